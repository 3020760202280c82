import { SokrError } from '../model/SokrError.js';
import type { CommandResult, CommandSuccess } from './CommandResult.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * The throwing style for any command: returns the success, or throws a
 * {@link SokrError} carrying the command's issues.
 *
 * @param result - What a command returned.
 * @returns The same result, narrowed to {@link CommandSuccess}.
 * @throws SokrError when the command was refused (its issues), or `invalid_type` at
 *   `['result']` for what is not a command result.
 * @example
 * ```ts
 * import { approve, assertOk } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const { set: next } = assertOk(approve(set, { objectiveId: 'o1', by: 'ceo' }));
 * ```
 */
export function assertOk(result: CommandResult): CommandSuccess {
  return guardedRead('assertOk', () => {
    if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean')
      throw new SokrError([
        {
          path: ['result'],
          code: 'invalid_type',
          message:
            'assertOk takes what a command returns ({ ok: true, … } or { ok: false, issues }).',
        },
      ]);
    if (!result.ok) throw new SokrError(result.issues);
    return result;
  });
}
