/**
 * Issues: what is wrong with an input, where, and by which rule.
 * Zod-free so every layer can report problems the same way.
 *
 * @module
 */

/** A path into a document: object keys and array indices, outermost first. */
export type Path = ReadonlyArray<string | number>;

/**
 * Stable codes of the problems `parseOkrSet`, `normalizeOkrSet` and the
 * operations report.
 */
export type IssueCode =
  /** A value has the wrong type (a string where a number belongs, an array where an object belongs). */
  | 'invalid_type'
  /** A value is of the right type but not allowed (unknown enum member, NaN, Infinity, negative weight). */
  | 'invalid_value'
  /** A number above the accepted range (a weight over `MAX_WEIGHT`). */
  | 'too_big'
  /** A number below the accepted range (a non-zero weight under `MIN_WEIGHT`). */
  | 'too_small'
  /** A required field is missing. */
  | 'missing'
  /** A field the schema does not know (rejected unless `unknownKeys: 'keep'`). */
  | 'unknown_key'
  /** A key that could pollute prototypes (`__proto__`, `constructor`, `prototype`). */
  | 'unsafe_key'
  /** A string that is not an ISO-8601 date, or a calendar day that does not exist. */
  | 'invalid_date'
  /** A span whose start lies after its end. */
  | 'date_order'
  /** Two entities of one kind share an id. */
  | 'duplicate_id'
  /** A reference to an entity that does not exist. */
  | 'dangling_reference'
  /** The unit tree has no root, several roots, or a loop. */
  | 'unit_tree'
  /** A parent chain (cycles, units) that loops. */
  | 'reference_loop'
  /** A check-in value that does not fit its key result's measure. */
  | 'value_mismatch'
  /** The input is not plain JSON data (cyclic, a function, a symbol, a bigint, a `Map`, a `Date`, a boxed primitive, a class instance). */
  | 'not_json'
  /** An operation that is not allowed in the current state. */
  | 'invalid_state'
  /** The last issue of a capped list (`maxIssues`): how many more were found. */
  | 'too_many_issues';

/**
 * A value quoted in an issue's data: JSON primitives only, so an issue never
 * holds (or leaks) the caller's objects. `NaN` and `±Infinity` are numbers.
 */
export type IssueValue = string | number | boolean | null;

/**
 * The kinds of things an id names, in `kind` of `duplicate_id` and
 * `dangling_reference` issues: the entities of an OKR set, the items of a
 * checklist, and the bands, rules and options of scales and policies.
 */
export type IdKind =
  | 'pillar'
  | 'swotItem'
  | 'unit'
  | 'person'
  | 'cycle'
  | 'objective'
  | 'keyResult'
  | 'checkIn'
  | 'initiative'
  | 'dependency'
  | 'risk'
  | 'checklistItem'
  | 'band'
  | 'rule';

/**
 * One problem with an input: where (`path`), what kind (`code`), a sentence
 * (`message`), and the data of its code, so a program can act on it without
 * reading the message (as zod's issues carry `expected` and `received`).
 *
 * | code | data |
 * |---|---|
 * | `invalid_type` | `expected`, `received` (the type found) |
 * | `missing` | `expected` |
 * | `invalid_value` | `received` (a JSON primitive), `options` when the value must be one of a list, `suggestion` |
 * | `too_big` / `too_small` | `maximum` / `minimum`, `received` |
 * | `invalid_date` | `received` |
 * | `unknown_key` | `key`, `suggestion` |
 * | `duplicate_id` | `id`, `kind` |
 * | `dangling_reference` | `id`, `kind`, `suggestion` |
 *
 * A data field is absent when it does not apply (a `received` value that is
 * not a JSON primitive is left out; `suggestion` only when a name is close).
 */
export interface Issue {
  /** Where: e.g. `['keyResults', 3, 'measure', 'target']`. */
  path: Path;
  /** What kind of problem (stable). */
  code: IssueCode;
  /** A sentence a person can act on. */
  message: string;
  /**
   * `invalid_type`, `missing`: what belongs there — `'string'`, `'number'`,
   * `'boolean'`, `'array'`, `'object'`, or a list of values (`'"metric" | "milestone"'`).
   */
  expected?: string;
  /**
   * `invalid_type`: the type found (`'string'`, `'number'`, `'boolean'`, `'null'`,
   * `'array'`, `'object'`, `'bigint'`, `'symbol'`, `'function'`, `'undefined'`);
   * `invalid_value`, `too_big`, `too_small`, `invalid_date`: the value found,
   * when it is a JSON primitive.
   */
  received?: IssueValue;
  /** `invalid_value`: the values allowed, when there is a list. */
  options?: readonly IssueValue[];
  /** `too_small`: the smallest value accepted. */
  minimum?: number;
  /** `too_big`: the largest value accepted. */
  maximum?: number;
  /** `unknown_key`, `unsafe_key`: the key (also the last element of `path`). */
  key?: string;
  /** `duplicate_id`, `dangling_reference`: the id. */
  id?: string;
  /** `duplicate_id`, `dangling_reference`: what the id names (or should name). */
  kind?: IdKind;
  /**
   * The closest known name, when one is close enough to be a likely typo
   * (`ownrId` → `'ownerId'`, `milestones` → `'milestone'`, a dangling id →
   * the closest existing id of the right kind). Also said in the message
   * (`did you mean "ownerId"?`).
   */
  suggestion?: string;
}

/** The result of a safe (non-throwing) function: the value, or the issues. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Formats a path as `keyResults[3].measure.target`: a key that is no
 * identifier is quoted (`units[0]["my key"]`), the empty path reads `(root)`.
 *
 * @example
 * ```ts
 * import { formatPath, parseOkrSet } from 'sokr';
 * formatPath(['objectives', 2, 'keyResults', 0, 'measure', 'target']);
 * // 'objectives[2].keyResults[0].measure.target'
 * formatPath([]); // '(root)'
 *
 * declare const input: unknown;
 * const result = parseOkrSet(input);
 * if (!result.ok) {
 *   for (const issue of result.issues) console.log(`${formatPath(issue.path)}: ${issue.message}`);
 * }
 * // objectives[0].title: is required (a string)
 * ```
 */
export function formatPath(path: Path): string {
  // A formatter of issues never throws: what is not a path reads as such.
  if (!Array.isArray(path)) return '(not a path)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part !== 'string') out += `[${typeof part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Caps an issue list at `max` issues (see `ParseOptions.maxIssues`): the
 * first `max` issues, then one `too_many_issues` issue counting the rest.
 * `undefined`, `NaN` and `Infinity` return the list as it is. Internal.
 */
export function capIssues(issues: Issue[], max: number | undefined): Issue[] {
  if (typeof max !== 'number' || Number.isNaN(max) || max === Number.POSITIVE_INFINITY)
    return issues;
  const keep = max > 0 ? Math.floor(max) : 0;
  if (issues.length <= keep) return issues;
  const rest = issues.length - keep;
  const kept = issues.slice(0, keep);
  kept.push({
    path: [],
    code: 'too_many_issues',
    message: `${rest} more issue${rest === 1 ? '' : 's'} not shown (at most ${keep} asked for with maxIssues)`,
  });
  return kept;
}
