import { checkIntegrity } from './checkIntegrity.js';
import { capIssues, type Issue, type Path, type Result } from './issue.js';
import type { ParseOptions } from './ParseOptions.js';
import { copyPlainData, findNonPlainObjects } from './plainData.js';
import { errorText, scanJsonData } from './scanJsonData.js';
import { okrSchemas } from './schemas.js';
import type { OkrSet } from './types.js';
import { zodIssuesToIssues } from './zodIssues.js';

export type { ParseOptions, UnknownKeys } from './ParseOptions.js';

/**
 * Parses and checks an OKR set. Never throws, whatever the input.
 *
 * First the structure (zod schemas, see {@link okrSchemas}): types, required
 * fields, enums, finite numbers, weights 0 or within [`MIN_WEIGHT`, `MAX_WEIGHT`]
 * (`too_small` / `too_big`), confidence 0–10, real calendar
 * dates, unknown keys (one `unknown_key` issue each, or kept verbatim with
 * `{ unknownKeys: 'keep' }`), prototype-polluting keys (`unsafe_key`, in both
 * modes). When the structure is valid, the integrity of the set
 * ({@link checkIntegrity}): duplicate ids, dangling references, date order,
 * the unit tree, check-in values against their measure.
 *
 * Input that is not plain JSON data (cycles, bigints, functions, symbols,
 * getters that throw) gives `not_json` issues instead of an exception. Only
 * plain objects (prototype `Object.prototype` or `null`) and real arrays are
 * objects here: a `Map`, `Set`, `Date`, boxed primitive (`new Boolean(false)`)
 * or class instance is `not_json` at its path, at every level. The
 * parsed value is a fresh copy with the defaults filled in; it shares no
 * object with the input, and all its objects are ordinary ones (values kept
 * under `unknownKeys: 'keep'` are deep copies, a null-prototype object among
 * them becomes an ordinary object).
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @param options - `unknownKeys: 'reject'` (default) or `'keep'`; `maxIssues` to cap
 *   the issue list (default: all issues): the first `maxIssues`, then one
 *   `too_many_issues` issue (path `[]`) saying how many more there were.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`, each issue with `path`, `code`, `message`.
 * @example
 * ```ts
 * import { parseOkrSet } from 'sokr';
 * const result = parseOkrSet({
 *   units: [{ id: 'acme', name: 'Acme' }],
 *   people: [{ id: 'ada', name: 'Ada', unitId: 'acme' }],
 *   cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
 *   objectives: [{ id: 'o1', title: 'Delight customers', unitId: 'acme', cycleId: 'q1' }],
 *   keyResults: [{ id: 'kr1', objectiveId: 'o1', title: 'NPS 20 → 40', ownerId: 'ada',
 *     measure: { kind: 'metric', start: 20, target: 40 } }],
 * });
 * if (result.ok) console.log(result.value.objectives[0]?.state); // 'draft'
 * else console.log(result.issues);
 *
 * parseOkrSet(new Map()); // { ok: false, issues: [{ path: [], code: 'not_json', … }] }
 * parseOkrSet({ units: 42 }, { maxIssues: 10 }); // at most 10 issues, then a count of the rest
 * ```
 */
export function parseOkrSet(input: unknown, options?: ParseOptions): Result<OkrSet> {
  const unreadable = unreadableOptions(options);
  if (unreadable !== undefined) return { ok: false, issues: [unreadable] };
  const result = parse(input, options);
  if (result.ok || options?.maxIssues === undefined) return result;
  return { ok: false, issues: capIssues(result.issues, options.maxIssues) };
}

function parse(input: unknown, options: ParseOptions | undefined): Result<OkrSet> {
  try {
    if (options?.unknownKeys === 'keep') {
      // Kept values are copied verbatim, unseen by the schemas: check they are JSON data.
      const found = scanJsonData(input);
      if (found.length > 0) return { ok: false, issues: found };
    }
    // zod takes a Map, a Date or a boxed boolean for an object (an empty one):
    // find them where the schemas expect objects.
    const nonPlain = findNonPlainObjects(input);
    const schema = okrSchemas(options).okrSet;
    const parsed = schema.safeParse(input);
    if (nonPlain.length > 0) {
      const rest = parsed.success ? [] : zodIssuesToIssues(parsed.error, [], input, schema);
      return { ok: false, issues: mergeNonPlain(nonPlain, rest) };
    }
    if (!parsed.success)
      return { ok: false, issues: zodIssuesToIssues(parsed.error, [], input, schema) };
    const issues = checkIntegrity(parsed.data);
    if (issues.length > 0) return { ok: false, issues };
    // Kept values are the caller's objects: copy them, so that the value shares nothing with the input.
    return {
      ok: true,
      value: options?.unknownKeys === 'keep' ? copyPlainData(parsed.data) : parsed.data,
    };
  } catch (error) {
    // Only input that is not plain data gets here (a getter or proxy trap that throws).
    const found = scanJsonData(input);
    if (found.length > 0) return { ok: false, issues: found };
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'not_json',
          message: `the input could not be read (${errorText(error)})`,
        },
      ],
    };
  }
}

/**
 * The non-plain objects, then zod's other issues; those at or below a
 * non-plain object (a `Map` entity "misses" its id) say nothing more.
 */
function mergeNonPlain(nonPlain: Issue[], rest: readonly Issue[]): Issue[] {
  const out = nonPlain.slice();
  const at = new Set<string>();
  for (const n of nonPlain) at.add(pathKey(n.path, n.path.length));
  for (const issue of rest) {
    let below = false;
    for (let length = 0; length <= issue.path.length && !below; length++) {
      below = at.has(pathKey(issue.path, length));
    }
    if (!below) out.push(issue);
  }
  return out;
}

/** A key for the first `length` parts of a path (numbers and strings kept apart). */
function pathKey(path: Path, length: number): string {
  let key = '';
  for (let i = 0; i < length; i++) {
    const part = path[i];
    key += typeof part === 'number' ? `#${part}` : `.${JSON.stringify(part)}`;
  }
  return key;
}

/**
 * A `not_json` issue at `['options']` when reading the options' own fields
 * throws (a getter or a Proxy trap): the safe twins never throw. Internal.
 */
export function unreadableOptions(options: unknown): Issue | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    for (const key of Object.keys(options)) void (options as Record<string, unknown>)[key];
    return undefined;
  } catch (error) {
    return {
      path: ['options'],
      code: 'not_json',
      message: `the options could not be read (${errorText(error)})`,
    };
  }
}
