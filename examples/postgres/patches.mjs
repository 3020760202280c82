// @ts-check
// sokr's patches (from a command, or its inverse patches for undo) as SQL:
// INSERT, UPDATE and DELETE statements against schema.sql, run in one
// transaction. Example code (docs/guides/embedding.md, "Postgres").
//
// A patch is `{ op: 'add' | 'replace' | 'remove', path, value? }` on the set as
// JSON. Its path says where it lands:
//   [list]                      the whole list      → DELETE all, INSERT each
//   [list, i]                   the i-th entity     → INSERT / upsert / DELETE, positions shifted
//   [list, i, field]            a field             → UPDATE … SET column(s)
//   [list, i, field, …]         inside a JSONB field → UPDATE … SET col = jsonb_set(…) / col #- path
//   [field, …], ['strategy', field, …]  a set-level field → UPDATE okr_set
// where `list` is a list of the set (`checkIns`, or `strategy.pillars`).
import { valueAt, writeList, writeSet, writeStrategy, upsertRow } from './store.mjs';
import {
  decodeField,
  encodeField,
  isRecord,
  LISTS,
  placeholder,
  SET_FIELDS,
  STRATEGY_FIELDS,
} from './tables.mjs';

/** @typedef {import('./store.mjs').Db} Db */
/** @typedef {import('./tables.mjs').Table} Table */
/** @typedef {{ op: 'add' | 'replace' | 'remove', path: (string | number)[], value?: unknown }} Patch */
/** @typedef {{ sql: string, params: unknown[], rows: number }} Statement */

/**
 * Runs `patches` as SQL in one transaction: either every patch lands, or none
 * does (a failing statement, or a foreign key still dangling at COMMIT, rolls
 * the whole transaction back).
 * @param {import('@electric-sql/pglite').PGlite} db
 * @param {readonly Patch[]} patches
 * @returns {Promise<Statement[]>} the statements run, in order
 */
export async function persistPatches(db, patches) {
  return db.transaction(async (tx) => {
    /** @type {Statement[]} */ const log = [];
    const logged = logging(tx, log);
    for (const patch of patches) await persistPatch(logged, patch);
    return log;
  });
}

/** A Db that records each statement it runs. @param {Db} db @param {Statement[]} log @returns {Db} */
function logging(db, log) {
  return {
    exec: db.exec.bind(db),
    async query(sql, params, options) {
      const result = await db.query(sql, params, options);
      log.push({
        sql: sql.replace(/\s+/g, ' ').trim(),
        params: params ?? [],
        rows: result.affectedRows ?? 0,
      });
      return /** @type {any} */ (result);
    },
  };
}

/** The table holding the list a path starts with, and the rest of the path. @param {Patch['path']} path */
function listOf(path) {
  for (const t of LISTS)
    if (t.path.every((key, i) => path[i] === key)) return { t, rest: path.slice(t.path.length) };
  return undefined;
}

/** Runs one patch. @param {Db} db @param {Patch} patch */
async function persistPatch(db, patch) {
  const { op, path, value } = patch;
  if (path.length === 0) {
    if (op === 'remove') throw new Error('A patch cannot remove the whole set.');
    return writeSet(db, /** @type {Record<string, any>} */ (value));
  }
  const found = listOf(path);
  if (found === undefined) return persistSetField(db, patch);
  const { t, rest } = found;
  if (rest.length === 0) {
    // The whole list (or, for the strategy's optional `swot`, adding or removing it).
    if (t.table === 'swot_items')
      await db.query('update okr_set set has_swot = $1', [op !== 'remove']);
    return writeList(db, t, op === 'remove' ? [] : value);
  }
  const index = rest[0];
  if (index === 'length' && rest.length === 1) {
    // An array shortened by setting its length (older patch producers).
    await db.query(`delete from ${t.table} where position >= $1`, [value]);
    return;
  }
  if (typeof index !== 'number')
    throw new Error(`No list index in patch path ${JSON.stringify(path)}.`);
  if (rest.length === 1) return persistEntity(db, t, op, index, value);
  const field = String(rest[1]);
  await updateField(db, t, 'position = $1', [index], op, field, rest.slice(2), value);
}

/**
 * The i-th entity of a list. An `add` shifts the rows from `i` on and inserts;
 * a `remove` deletes and shifts back; a `replace` puts the entity at `i`. An
 * entity whose id already has a row (immer's patches move an entity along a
 * list as a run of replaces) is updated and moved there, so ids stay unique at
 * every step; the foreign keys are checked at COMMIT.
 * @param {Db} db @param {Table} t @param {Patch['op']} op @param {number} index @param {unknown} value
 */
async function persistEntity(db, t, op, index, value) {
  if (op === 'remove') {
    await db.query(`delete from ${t.table} where position = $1`, [index]);
    await db.query(`update ${t.table} set position = position - 1 where position > $1`, [index]);
    return;
  }
  if (!isRecord(value) || typeof value['id'] !== 'string')
    throw new Error(
      `${t.table}[${index}]: expected an entity with an id, got ${JSON.stringify(value)}`,
    );
  if (op === 'add')
    await db.query(`update ${t.table} set position = position + 1 where position >= $1`, [index]);
  else
    await db.query(`delete from ${t.table} where position = $1 and id <> $2`, [index, value['id']]);
  await upsertRow(db, t, value, index);
}

/** A field of the set (`version`, `timeZone`) or of its strategy (`mission`, …). @param {Db} db @param {Patch} patch */
async function persistSetField(db, { op, path, value }) {
  if (path[0] === 'strategy') {
    if (path.length === 1) {
      if (op === 'remove') throw new Error('A set has a strategy: it cannot be removed.');
      return writeStrategy(db, /** @type {Record<string, any>} */ (value));
    }
    return updateField(
      db,
      STRATEGY_FIELDS,
      'singleton',
      [],
      op,
      String(path[1]),
      path.slice(2),
      value,
    );
  }
  return updateField(db, SET_FIELDS, 'singleton', [], op, String(path[0]), path.slice(1), value);
}

/**
 * One field of one row, or a path inside it. A mapped column is set (NULL when
 * the field is removed); inside a JSONB column, `jsonb_set` / `jsonb_insert` /
 * `#-` change just that part; a field without a column lives in `extra`.
 * Exactly one row must change, or the patch does not fit the tables and the
 * transaction is rolled back.
 * @param {Db} db @param {Table} t @param {string} where @param {unknown[]} whereParams
 * @param {Patch['op']} op @param {string} field @param {Patch['path']} sub @param {unknown} value
 */
async function updateField(db, t, where, whereParams, op, field, sub, value) {
  const f = t.fields.find((x) => x.field === field);
  const params = [...whereParams];
  /** @type {string[]} */ const assignments = [];
  if (f === undefined || f.kind === 'json') {
    // JSONB: the field's own column, or `extra` with the field name first.
    const column = f === undefined ? t.extra : /** @type {string} */ (f.columns[0]);
    const inner = f === undefined ? [field, ...sub] : sub;
    if (inner.length === 0) {
      params.push(op === 'remove' ? null : JSON.stringify(value));
      assignments.push(`${column} = $${params.length}::jsonb`);
    } else assignments.push(`${column} = ${jsonEdit(column, op, inner, value, params)}`);
  } else if (sub.length === 0) {
    const encoded = encodeField(f, op === 'remove' ? undefined : value);
    f.columns.forEach((column, i) => {
      params.push(encoded[i]);
      assignments.push(`${column} = ${placeholder(f, params.length)}`);
    });
  } else {
    // Inside a reference ({ objectiveId } → { keyResultId } one key at a time): read, change, write.
    const row = (await db.query(`select * from ${t.table} where ${where}`, whereParams)).rows[0];
    if (row === undefined)
      throw new Error(`No row of ${t.table} where ${where} ${JSON.stringify(whereParams)}.`);
    const current = structuredClone(decodeField(f, /** @type {Record<string, unknown>} */ (row)));
    const parent = /** @type {any} */ (valueAt(current, sub.slice(0, -1)));
    const key = /** @type {string} */ (sub[sub.length - 1]);
    if (op === 'remove') delete parent[key];
    else parent[key] = value;
    return updateField(db, t, where, whereParams, 'replace', field, [], current);
  }
  const result = await db.query(
    `update ${t.table} set ${assignments.join(', ')} where ${where}`,
    params,
  );
  if (result.affectedRows !== 1)
    throw new Error(
      `A patch of ${t.table}.${field} where ${where} ${JSON.stringify(whereParams)} changed ${result.affectedRows} rows.`,
    );
}

/**
 * The SQL expression that applies one patch at `path` inside a JSONB column:
 * `jsonb_insert` adds to an array, `jsonb_set` adds or replaces an object key
 * or array element, `#-` removes.
 * @param {string} column @param {Patch['op']} op @param {Patch['path']} path @param {unknown} value @param {unknown[]} params
 */
function jsonEdit(column, op, path, value, params) {
  params.push(path.map(String));
  const p = `$${params.length}::text[]`;
  if (op === 'remove') return `${column} #- ${p}`;
  params.push(JSON.stringify(value));
  const v = `$${params.length}::jsonb`;
  if (op === 'add' && typeof path[path.length - 1] === 'number')
    return `jsonb_insert(${column}, ${p}, ${v})`;
  return `jsonb_set(${column}, ${p}, ${v}, true)`;
}
