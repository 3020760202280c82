// Private to the progress layer: the checks of the arguments a progress function reads first.
import { formatPath, type Issue, type IssueCode, type Path } from '../model/issue.js';
import { fail, show } from '../scale/_fail.js';
import { SokrError } from '../model/SokrError.js';

/**
 * Throws `code` at `path`: "Expected keyResult.measure.mode to be …, got …"
 * ("Expected the input to be …" at `[]`).
 */
export function refuse(path: Path, code: IssueCode, expected: string, value: unknown): never {
  throw fail(
    [...path], // a fresh path: callers pass lists they made once
    code,
    `Expected ${path.length > 0 ? formatPath(path) : 'the input'} to be ${expected}, got ${show(value)}.`,
  );
}

/**
 * Throws `invalid_type` at `[name]` unless `value` is an object (`'object'`:
 * not `null`; arrays pass, their missing fields are reported by the caller's
 * own checks), an array or a number. The check the progress functions make on
 * each argument before reading it, so a missing or `null` argument is a
 * `SokrError` that names it, never a `TypeError`.
 */
export function expectArgument(
  value: unknown,
  name: string | Path,
  type: 'object' | 'array' | 'number',
): void {
  if (
    type === 'array'
      ? !Array.isArray(value)
      : type === 'object'
        ? typeof value !== 'object' || value === null
        : typeof value !== 'number'
  )
    refuse(
      typeof name === 'string' ? [name] : name,
      'invalid_type',
      `${type === 'number' ? 'a' : 'an'} ${type}`,
      value,
    );
}

/** True for a finite number. */
export function finite(value: unknown): value is number {
  return typeof value === 'number' && value - value === 0;
}

/**
 * Throws `code` (`invalid_type` by default) at `[...path, field]` for the
 * first of `fields` of `value` (an object, else `invalid_type` at `path`)
 * that `fits` refuses (a finite number by default); `expected` says what
 * fits. The one check of an argument's fields: a status input's, a window's,
 * the entries of {@link expectEntries}.
 */
export function expectFields(
  value: unknown,
  path: Path,
  fields: readonly string[],
  fits: (value: unknown) => boolean = finite,
  expected = 'a finite number',
  code: IssueCode = 'invalid_type',
): void {
  expectArgument(value, path, 'object');
  for (const field of fields) {
    const v = (value as Record<string, unknown>)[field];
    if (!fits(v)) refuse([...path, field], code, expected, v);
  }
}

/**
 * Throws `invalid_type` at `path` unless `list` is an array of objects (at
 * `[...path, i]`) whose `fields` pass `fits` (at `[...path, i, field]`; a
 * finite number by default, `expected` saying what fits): a plan's points, a
 * metric's checkpoints, a checklist's items, check-ins.
 */
export function expectEntries(
  list: unknown,
  path: Path,
  fields: readonly string[],
  fits?: (value: unknown) => boolean,
  expected?: string,
): void {
  expectArgument(list, path, 'array');
  const entries = list as readonly unknown[];
  for (let i = 0; i < entries.length; i++)
    expectFields(entries[i], [...path, i], fields, fits, expected);
}

/**
 * Throws `invalid_value` at `['window']` + `'start'` / `'end'` unless `window`
 * (an object, else `invalid_type` at `['window']`) has a finite `start` and
 * `end` (epoch ms). An `end` before `start` passes: `keyResultWindow` gives
 * one for a `due` before the cycle start, and the callers read it as a jump.
 */
export function expectWindow(window: unknown): void {
  // Named reads, not `expectFields`' keyed ones: callers check a window per key result.
  expectArgument(window, 'window', 'object');
  const { start, end } = window as { start?: unknown; end?: unknown };
  if (!finite(start)) refuse(['window', 'start'], 'invalid_value', EPOCH_MS, start);
  if (!finite(end)) refuse(['window', 'end'], 'invalid_value', EPOCH_MS, end);
}

const EPOCH_MS = 'a finite number (epoch ms)';

/**
 * Throws `invalid_type` at `path` (`['keyResult', 'plan']`) unless `plan` is
 * absent, a curve's name (the curve checks it) or a list of `{ at, value }`
 * with a finite `value` (at `[...path, i]` and `[...path, i, 'value']`;
 * `at` is the date checks' to report). `null` is refused.
 */
export function expectPlan(plan: unknown, path: Path): void {
  if (plan !== undefined && typeof plan !== 'string') expectEntries(plan, path, ['value']);
}

/**
 * Throws `invalid_type` unless `checkIns` is an array (at `['checkIns']`) of
 * objects (at `['checkIns', i]`: `null`, a string, a number); their fields
 * are the date and value checks' to report.
 */
export function expectCheckIns(checkIns: unknown): void {
  expectEntries(checkIns, ['checkIns'], []);
}

/**
 * Throws `invalid_type` unless `kr` is an object (at `['keyResult']`) whose
 * `measure` is one (at `['keyResult', 'measure']`).
 */
export function expectKeyResult(kr: unknown): void {
  expectArgument(kr, 'keyResult', 'object');
  expectArgument((kr as { measure?: unknown }).measure, ['keyResult', 'measure'], 'object');
}

/**
 * The `SokrError` for an error thrown while reading the arguments (`args`, by
 * name) that is not one: a getter or a proxy trap of an argument that throws
 * is `not_json` at that argument's name (`['options']`); anything else (data
 * of the wrong shape deep inside an argument) is `invalid_type` at `[]`. A
 * `SokrError` is returned as it is.
 */
export function argumentError(
  error: unknown,
  what: string,
  args: Readonly<Record<string, unknown>>,
): SokrError {
  if (error instanceof SokrError) return error;
  let text = 'unreadable error';
  try {
    text = String(error instanceof Error ? error.message : error).slice(0, 200);
  } catch {}
  const name = Object.keys(args).find((key) => !readable(args[key]));
  return new SokrError([
    name === undefined
      ? {
          path: [],
          code: 'invalid_type',
          message: `${what} could not read its arguments (${text}).`,
        }
      : { path: [name], code: 'not_json', message: `${what} could not read ${name} (${text}).` },
  ]);
}

/** False when reading `value` or one of its fields throws (a getter, a proxy trap); two levels deep. */
function readable(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 2) return true;
  try {
    void (value as { toJSON?: unknown }).toJSON;
    return Object.keys(value).every((key) =>
      readable((value as Record<string, unknown>)[key], depth + 1),
    );
  } catch {
    return false;
  }
}

/**
 * True when the lower-cased names `a` and `b` differ by at most one letter
 * changed (same length) or by one or two letters left out anywhere
 * (`atriskgp` in `atriskgap`, `offtrakgap` in `offtrackgap`): with a few names
 * that is the whole suggester, no edit-distance search (the scoring bundle
 * carries it).
 */
function near(a: string, b: string): boolean {
  let i = 0;
  let misses = 0;
  if (a.length === b.length) {
    for (; i < a.length; i++) if (a[i] !== b[i]) misses++;
    return misses < 2;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (const c of long) if (c === short[i]) i++;
  return i === short.length && long.length - i < 3;
}

/**
 * `unknown_key` for a name (`noun`: `field`, `option`) that is not in
 * `known`, like the model's unknown fields (`did you mean "atRiskGap"?`, or
 * `remove it`): the suggestion is a known name `given` lacks that differs
 * only in case, by one letter changed or by a letter or two left out or added
 * ({@link near}). A status policy's fields and the progress functions'
 * options get it.
 */
export function unknownField(
  path: Path,
  key: string,
  given: object,
  known: readonly string[],
  noun: string,
): Issue {
  const lower = key.toLowerCase();
  const suggestion = known.find((k) => !Object.hasOwn(given, k) && near(k.toLowerCase(), lower));
  const issue: Issue = {
    path: [...path, key],
    code: 'unknown_key',
    message: `unknown ${noun} ${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)}${suggestion === undefined ? ': remove it' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
    key,
  };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}

/**
 * The option names of the scoring functions, one family: each function
 * accepts a name any of them takes, so one options object can be shared
 * (`{ asOf, timeZone }` for `scoreKeyResult` and `keyResultWindow`); any
 * other name is a typo.
 */
const SCORING_OPTIONS: readonly string[] = [
  'asOf',
  'clamp',
  'statusPolicy',
  'timeZone',
  'staleStatus',
  'from',
  'to',
  'step',
];

/**
 * Throws unless `options` is an object (`invalid_type` at
 * `['options']`) whose names are all scoring options (`unknown_key` at
 * `[key]` with a suggestion, as a status policy's fields get one): a
 * misspelt option (`{ clam: false }`) would otherwise apply the default
 * silently. Callers skip it for absent options, so that a call without
 * options costs what it did (`measureProgress` runs once per key result).
 */
export function expectOptions(options: unknown, known = SCORING_OPTIONS): void {
  expectArgument(options, 'options', 'object');
  const issues: Issue[] = [];
  for (const key of Object.keys(options as object))
    if (!known.includes(key))
      issues.push(unknownField([], key, options as object, known, 'option'));
  if (issues.length > 0) throw new SokrError(issues);
}
