/**
 * Private to `sokr/testing`: the checks of what its helpers are given. A
 * policy test that passes because a helper ignored a misspelt option (`asof`
 * skipping every rule that needs a date, `keyresults: 3` building the default
 * two) proves nothing, so the helpers refuse unknown names with a suggestion,
 * as the library's own functions do.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import type { Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';

/** Throws `invalid_type` at `path` unless `value` is a plain object (not an array). */
export function requireObject(value: unknown, path: Path, what: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SokrError([
      { path, code: 'invalid_type', message: `Expected ${what}, got ${describeValue(value)}.` },
    ]);
  }
}

/** Throws `invalid_type` at `path` unless `value` is an array. */
export function requireArray(
  value: unknown,
  path: Path,
  what: string,
): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new SokrError([
      { path, code: 'invalid_type', message: `Expected ${what}, got ${describeValue(value)}.` },
    ]);
  }
}

/** An object whose names are all in `known` (`unknown_key` with a suggestion otherwise). */
export function requireOptions(
  value: unknown,
  known: readonly string[],
  path: Path,
  what: string,
): void {
  requireObject(value, path, what);
  checkOptionKeys(value, known, path);
}
