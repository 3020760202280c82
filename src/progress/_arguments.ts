// Private to the progress layer: the checks of the arguments a progress function reads first.
import { formatPath, type Path } from '../model/issue.js';
import { fail, show } from '../scale/_fail.js';
import { SokrError } from '../model/SokrError.js';

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
    throw fail(
      typeof name === 'string' ? [name] : name,
      'invalid_type',
      `Expected ${formatPath(typeof name === 'string' ? [name] : name)} to be ${type === 'number' ? 'a' : 'an'} ${type}, got ${show(value)}.`,
    );
}

/**
 * Throws `invalid_type` unless `checkIns` is an array (at `['checkIns']`)
 * without `null` or `undefined` (at `['checkIns', i]`; other values are the
 * date and value checks' to report).
 */
export function expectCheckIns(checkIns: unknown): void {
  expectArgument(checkIns, 'checkIns', 'array');
  const list = checkIns as readonly unknown[];
  for (let i = 0; i < list.length; i++)
    if (list[i] == null) expectArgument(list[i], ['checkIns', i], 'object');
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
