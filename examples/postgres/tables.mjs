// @ts-check
// How the fields of an OKR set map onto the columns of schema.sql, both ways.
// Example code (docs/guides/embedding.md, "Postgres"): sokr itself does no I/O.

/**
 * One field of an entity and the column(s) that hold it.
 * - `text` / `number`: one scalar column; an absent field is NULL.
 * - `json`: one JSONB column (nested values: a measure, links, a check-in value).
 * - `ref`: an `{ objectiveId } | { keyResultId }` choice, as two nullable columns.
 * @typedef {{ field: string, kind: 'text' | 'number' | 'json' | 'ref', columns: string[] }} Field
 */

/**
 * A record kept in one table: the list of the set it holds (`path`, e.g.
 * `['keyResults']`), or the single row of set-level fields (`path` `[]`).
 * `lists` names the fields held by other tables (the set's lists).
 * @typedef {{ table: string, path: string[], fields: Field[], extra: string, lists: string[] }} Table
 */

/** @param {string} name */
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** @param {string} field @param {string} [column] @returns {Field} */
const text = (field, column = snake(field)) => ({ field, kind: 'text', columns: [column] });
/** @param {string} field @param {string} [column] @returns {Field} */
const number = (field, column = snake(field)) => ({ field, kind: 'number', columns: [column] });
/** @param {string} field @param {string} [column] @returns {Field} */
const json = (field, column = snake(field)) => ({ field, kind: 'json', columns: [column] });
/** @param {string} field @param {string} prefix @returns {Field} */
const ref = (field, prefix) => ({
  field,
  kind: 'ref',
  columns: [`${prefix}_objective_id`, `${prefix}_key_result_id`],
});

/** @param {string} table @param {string[]} path @param {Field[]} fields @returns {Table} */
const list = (table, path, fields) => ({
  table,
  path,
  fields: [text('id'), ...fields],
  extra: 'extra',
  lists: [],
});

/** The lists of an OKR set, in the order of the set's fields. */
export const LISTS = [
  list('pillars', ['strategy', 'pillars'], [text('title'), text('description'), json('horizon')]),
  list(
    'swot_items',
    ['strategy', 'swot'],
    [text('kind'), text('title'), text('unitId'), text('description')],
  ),
  list('units', ['units'], [text('name'), text('parentId'), text('leadId')]),
  list('people', ['people'], [text('name'), text('unitId')]),
  list(
    'cycles',
    ['cycles'],
    [text('name'), text('start', 'start_on'), text('end', 'end_on'), text('parentId')],
  ),
  list(
    'objectives',
    ['objectives'],
    [
      text('title'),
      text('description'),
      text('unitId'),
      text('cycleId'),
      text('ownerId'),
      ref('parent', 'parent'),
      json('links'),
      text('commitment'),
      number('weight'),
      text('state'),
      text('approvedBy'),
      text('carriedFrom'),
    ],
  ),
  list(
    'key_results',
    ['keyResults'],
    [
      text('objectiveId'),
      text('title'),
      text('description'),
      text('ownerId'),
      number('weight'),
      text('due'),
      json('measure'),
      number('confidence'),
      json('plan'),
    ],
  ),
  list(
    'check_ins',
    ['checkIns'],
    [
      text('keyResultId'),
      text('at'),
      json('value'),
      number('confidence'),
      text('moved'),
      text('blocked'),
      text('next'),
      text('authorId'),
    ],
  ),
  list(
    'initiatives',
    ['initiatives'],
    [text('keyResultId'), text('title'), text('ownerId'), text('state'), text('due')],
  ),
  list(
    'dependencies',
    ['dependencies'],
    [ref('from', 'from'), ref('on', 'on'), text('state'), text('note'), text('decidedAt')],
  ),
  list(
    'risks',
    ['risks'],
    [
      text('keyResultId'),
      text('objectiveId'),
      text('title'),
      text('likelihood'),
      text('impact'),
      text('mitigation'),
    ],
  ),
];

/** The set-level fields: one row of `okr_set`. */
export const SET_FIELDS = /** @type {Table} */ ({
  table: 'okr_set',
  path: [],
  fields: [number('version'), text('timeZone')],
  extra: 'extra',
  lists: ['strategy', ...LISTS.filter((t) => t.path.length === 1).map((t) => t.path[0])],
});

/** The strategy's own fields (its lists are tables): the same row of `okr_set`. */
export const STRATEGY_FIELDS = /** @type {Table} */ ({
  table: 'okr_set',
  path: ['strategy'],
  fields: [
    text('id', 'strategy_id'),
    text('mission'),
    text('vision'),
    json('values', 'strategy_values'),
  ],
  extra: 'strategy_extra',
  lists: ['pillars', 'swot'],
});

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The SQL parameters of one field's value (one per column), and the casts
 * they need. Refuses values a column cannot hold, so nothing is lost quietly.
 * @param {Field} f @param {unknown} value @returns {unknown[]}
 */
export function encodeField(f, value) {
  if (value === undefined) return f.columns.map(() => null);
  if (f.kind === 'json') return [JSON.stringify(value)];
  if (f.kind === 'ref') {
    const keys = isRecord(value) ? Object.keys(value) : [];
    if (keys.length !== 1 || !['objectiveId', 'keyResultId'].includes(keys[0] ?? ''))
      throw new Error(
        `${f.field}: expected { objectiveId } or { keyResultId }, got ${JSON.stringify(value)}`,
      );
    const r = /** @type {Record<string, unknown>} */ (value);
    return [r['objectiveId'] ?? null, r['keyResultId'] ?? null];
  }
  const type = f.kind === 'number' ? 'number' : 'string';
  if (typeof value !== type || (type === 'number' && !Number.isFinite(value)))
    throw new Error(`${f.field}: a ${f.kind} column cannot hold ${JSON.stringify(value)}`);
  return [value];
}

/** The field's value read back from a row, or `undefined` when absent. @param {Field} f @param {Record<string, unknown>} row */
export function decodeField(f, row) {
  const [a, b] = f.columns.map((c) => row[c]);
  if (f.kind === 'ref') {
    if (a !== null && a !== undefined) return { objectiveId: a };
    if (b !== null && b !== undefined) return { keyResultId: b };
    return undefined;
  }
  return a === null ? undefined : a;
}

/** The SQL placeholder of a column's parameter. @param {Field} f @param {number} n */
export function placeholder(f, n) {
  return f.kind === 'json' ? `$${n}::jsonb` : `$${n}`;
}

/**
 * A row's columns and parameters for an entity: mapped fields, then every
 * other field in `extra`.
 * @param {Table} t @param {Record<string, unknown>} entity
 * @returns {{ columns: string[], values: string[], params: unknown[] }}
 */
export function rowOf(t, entity) {
  /** @type {string[]} */ const columns = [];
  /** @type {string[]} */ const values = [];
  /** @type {unknown[]} */ const params = [];
  for (const f of t.fields) {
    const encoded = encodeField(f, entity[f.field]);
    f.columns.forEach((column, i) => {
      columns.push(column);
      params.push(encoded[i]);
      values.push(placeholder(f, params.length));
    });
  }
  const known = new Set([...t.fields.map((f) => f.field), ...t.lists]);
  const extra = Object.fromEntries(Object.entries(entity).filter(([k]) => !known.has(k)));
  columns.push(t.extra);
  params.push(JSON.stringify(extra));
  values.push(`$${params.length}::jsonb`);
  return { columns, values, params };
}

/** An entity from its row: mapped fields first, in the model's order, then `extra`. @param {Table} t @param {Record<string, unknown>} row */
export function entityOf(t, row) {
  /** @type {Record<string, unknown>} */ const entity = {};
  for (const f of t.fields) {
    const value = decodeField(f, row);
    if (value !== undefined) entity[f.field] = value;
  }
  const extra = /** @type {Record<string, unknown>} */ (row[t.extra] ?? {});
  for (const [key, value] of Object.entries(extra))
    Object.defineProperty(entity, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return entity;
}
