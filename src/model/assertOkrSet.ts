import type { ParseOptions } from './ParseOptions.js';
import { parseOkrSet } from './parseOkrSet.js';
import { SokrError } from './SokrError.js';
import type { OkrSet } from './types.js';
import { guardedRead } from './readingSet.js';

/**
 * The throwing twin of {@link parseOkrSet}: returns the parsed set or throws
 * a {@link SokrError} whose `.issues` lists every problem (path, code, message).
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @param options - `unknownKeys: 'reject'` (default) or `'keep'`; `maxIssues` caps `.issues` as in {@link parseOkrSet}.
 * @returns The parsed OKR set, defaults filled in.
 * @throws {SokrError} When the input is not a valid OKR set.
 * @example
 * ```ts
 * import { assertOkrSet, isSokrError } from 'sokr';
 * try {
 *   assertOkrSet({ version: 1, units: [{ id: 'u1', name: 'Acme', parentId: 'nope' }] });
 * } catch (error) {
 *   if (isSokrError(error)) console.log(error.issues[0]?.code); // 'dangling_reference'
 * }
 * ```
 */
export function assertOkrSet(input: unknown, options?: ParseOptions): OkrSet {
  return guardedRead('assertOkrSet', () => {
    const result = parseOkrSet(input, options);
    if (!result.ok) throw new SokrError(result.issues);
    return result.value;
  });
}
