// Private helpers (scale and progress layers): one place that builds sokr's errors, to keep bundles small.
import type { IssueCode, Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';

/** A SokrError with a single issue. */
export function fail(path: Path, code: IssueCode, message: string): SokrError {
  return new SokrError([{ path, code, message }]);
}

/** Throws `invalid_value` at `['score']` unless the score is a finite number. */
export function checkScore(score: number): void {
  if (typeof score !== 'number' || score - score !== 0) {
    throw fail(['score'], 'invalid_value', `Expected a finite score, got ${score}.`);
  }
}

/** A value as JSON for a message; never throws (a bigint, a symbol, a cycle). */
export function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
  }
}
