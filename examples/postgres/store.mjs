// @ts-check
// An OKR set in Postgres: create the tables, write a whole set, read it back,
// and store a scorecard. Example code (docs/guides/embedding.md, "Postgres").
import { readFileSync } from 'node:fs';
import { entityOf, LISTS, rowOf, SET_FIELDS, STRATEGY_FIELDS } from './tables.mjs';

/**
 * A PGlite database or one of its transactions: what this code needs is
 * `query(text, params)` and `exec(sql)` (node-postgres' `Client` has both;
 * its results count rows in `rowCount` where PGlite's say `affectedRows`).
 * @typedef {Pick<import('@electric-sql/pglite').Transaction, 'query' | 'exec'>} Db
 */

/** The DDL of schema.sql. */
export const SCHEMA_SQL = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');

/** Creates the tables. @param {Db} db */
export async function createSchema(db) {
  await db.exec(SCHEMA_SQL);
}

/** The value at a path of a JSON document (`undefined` when absent). @param {unknown} doc @param {readonly (string | number)[]} path */
export function valueAt(doc, path) {
  let node = /** @type {any} */ (doc);
  for (const key of path) node = node?.[key];
  return node;
}

/**
 * Inserts (or, with the same id, replaces) one entity as the row at `position`.
 * @param {Db} db @param {import('./tables.mjs').Table} t @param {Record<string, unknown>} entity @param {number} position
 */
export async function upsertRow(db, t, entity, position) {
  const { columns, values, params } = rowOf(t, entity);
  const update = ['position', ...columns.filter((c) => c !== 'id')]
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  params.push(position);
  await db.query(
    `insert into ${t.table} (${columns.join(', ')}, position) values (${values.join(', ')}, $${params.length})
     on conflict (id) do update set ${update}`,
    params,
  );
}

/** Writes a list of the set into its (emptied) table. @param {Db} db @param {import('./tables.mjs').Table} t @param {unknown} rows */
export async function writeList(db, t, rows) {
  await db.query(`delete from ${t.table}`);
  if (!Array.isArray(rows)) return;
  for (let i = 0; i < rows.length; i++) await upsertRow(db, t, rows[i], i);
}

/** Writes the strategy: its fields on the `okr_set` row, its lists in their tables. @param {Db} db @param {Record<string, any>} strategy */
export async function writeStrategy(db, strategy) {
  const { columns, values, params } = rowOf(STRATEGY_FIELDS, strategy);
  const assignments = columns.map((c, i) => `${c} = ${values[i]}`);
  params.push(Array.isArray(strategy['swot']));
  await db.query(
    `update okr_set set ${assignments.join(', ')}, has_swot = $${params.length}`,
    params,
  );
  for (const t of LISTS.filter((l) => l.path[0] === 'strategy'))
    await writeList(db, t, strategy[/** @type {string} */ (t.path[1])]);
}

/**
 * Writes a whole OKR set, replacing whatever the tables held. Run it in a
 * transaction (`saveSet` does).
 * @param {Db} db @param {Record<string, any>} set
 */
export async function writeSet(db, set) {
  await db.query('delete from okr_set');
  const { columns, values, params } = rowOf(SET_FIELDS, set);
  await db.query(
    `insert into okr_set (${columns.join(', ')}) values (${values.join(', ')})`,
    params,
  );
  await writeStrategy(db, set['strategy'] ?? {});
  for (const t of LISTS.filter((l) => l.path.length === 1))
    await writeList(db, t, valueAt(set, t.path));
}

/** Saves a whole OKR set in one transaction. @param {import('@electric-sql/pglite').PGlite} db @param {import('sokr').OkrSet} set */
export async function saveSet(db, set) {
  await db.transaction((tx) => writeSet(tx, set));
}

/**
 * Reads the OKR set back from the tables: the set as it was written, list
 * order included (parse it before trusting it: rows can be edited by anyone).
 * @param {Db} db @returns {Promise<Record<string, unknown>>}
 */
export async function loadSet(db) {
  const meta = (await db.query('select * from okr_set')).rows[0];
  if (meta === undefined) throw new Error('The database holds no OKR set (okr_set is empty).');
  const row = /** @type {Record<string, unknown>} */ (meta);
  /** @type {Record<string, unknown[]>} */ const lists = {};
  for (const t of LISTS) {
    const rows = (await db.query(`select * from ${t.table} order by position`)).rows;
    lists[t.path.join('.')] = rows.map((r) =>
      entityOf(t, /** @type {Record<string, unknown>} */ (r)),
    );
  }
  const { version, timeZone, ...extra } = entityOf(SET_FIELDS, row);
  const { id, mission, vision, values, ...strategyExtra } = entityOf(STRATEGY_FIELDS, row);
  // The fields in the model's order; absent optional fields stay absent.
  const strategy = omitUndefined({
    id,
    mission,
    vision,
    values,
    pillars: lists['strategy.pillars'],
  });
  if (row['has_swot'] === true) strategy['swot'] = lists['strategy.swot'];
  const set = omitUndefined({ version, timeZone, strategy: { ...strategy, ...strategyExtra } });
  for (const t of LISTS.filter((l) => l.path.length === 1))
    set[/** @type {string} */ (t.path[0])] = lists[t.path.join('.')];
  return { ...set, ...extra };
}

/** @param {Record<string, unknown>} record */
function omitUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/**
 * Stores a scorecard as rows of `scores` under a label (replacing that label's
 * rows): the company, each unit (its subtree), pillar, objective and key result.
 * @param {Db} db @param {string} label @param {import('sokr').Scorecard} card
 * @returns {Promise<number>} the number of rows written
 */
export async function writeScorecard(db, label, card) {
  /** @type {[string, string, number | null, string | null, string | null][]} */
  const rows = [['company', '', card.company.score, card.company.bandId, null]];
  for (const [id, u] of Object.entries(card.units))
    rows.push(['unit', id, u.subtree.score, u.subtree.bandId, null]);
  for (const [id, p] of Object.entries(card.pillars))
    rows.push(['pillar', id, p.score, p.bandId, null]);
  for (const [id, o] of Object.entries(card.objectives))
    rows.push(['objective', id, o.score, o.bandId, o.status]);
  for (const [id, k] of Object.entries(card.keyResults))
    rows.push(['key_result', id, k.score, k.bandId, k.status]);
  await db.query('delete from scores where label = $1', [label]);
  for (const [subject, id, score, bandId, status] of rows)
    await db.query(
      'insert into scores (label, as_of, subject, subject_id, score, band_id, status) values ($1, $2, $3, $4, $5, $6, $7)',
      [label, String(card.options.asOf), subject, id, score, bandId, status],
    );
  return rows.length;
}
