/**
 * What to do with fields the OKR set schema does not know.
 *
 * - `'reject'` (default): each unknown field is an `unknown_key` issue.
 * - `'keep'`: unknown fields are kept verbatim in the parsed value (they must
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
 * const options: ParseOptions = { unknownKeys: 'keep' };
 * parseOkrSet({ version: 1, units: [{ id: 'u1', name: 'Acme', color: 'red' }] }, options);
 * ```
 */
export interface ParseOptions {
  /** Reject unknown fields (default) or keep them verbatim. */
  unknownKeys?: UnknownKeys;
}
