/**
 * What to do with fields the OKR set schema does not know.
 *
 * - `'reject'` (default): each unknown field is an `unknown_key` issue.
 * - `'keep'`: unknown fields are kept verbatim (deep-copied) in the parsed value (they must
 *   still be plain JSON data).
 *
 * Keys that could pollute prototypes (`__proto__`, `constructor`,
 * `prototype`) are reported as `unsafe_key` in both modes.
 */
export type UnknownKeys = 'reject' | 'keep';

/**
 * Options of {@link parseOkrSet}, {@link assertOkrSet} and {@link okrSchemas}.
 *
 * @example
 * ```ts
 * import { parseOkrSet, type ParseOptions } from 'sokr';
 * const options: ParseOptions = { unknownKeys: 'keep', maxIssues: 100 };
 * parseOkrSet({ version: 1, units: [{ id: 'u1', name: 'Acme', color: 'red' }] }, options);
 * ```
 */
export interface ParseOptions {
  /** Reject unknown fields (default) or keep them verbatim. */
  unknownKeys?: UnknownKeys;
  /**
   * Report at most this many issues (default: all). When more were found,
   * the first `maxIssues` are followed by one last issue with code
   * `too_many_issues`, path `[]` and the count of the rest in its message.
   * `0` (or a negative number) gives that summary issue alone; a fraction is
   * rounded down; `NaN` and `Infinity` mean no cap.
   */
  maxIssues?: number;
}
