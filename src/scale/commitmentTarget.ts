import type { Commitment } from '../model/types.js';
import { fail, show } from './_fail.js';

/**
 * The score an objective is expected to reach: 1.0 when `committed` (it must
 * be delivered in full), 0.7 when `aspirational` (the sweet spot of a stretch
 * goal).
 *
 * @param commitment - the objective's commitment.
 * @returns 1 or 0.7.
 * @throws {@link SokrError} `invalid_value` at `['commitment']` for anything
 *   else (an unknown commitment is not read as aspirational).
 *
 * @example
 * ```ts
 * import { commitmentTarget } from 'sokr';
 * commitmentTarget('committed'); // 1
 * commitmentTarget('aspirational'); // 0.7
 * ```
 */
export function commitmentTarget(commitment: Commitment): number {
  if (commitment === 'committed') return 1;
  if (commitment === 'aspirational') return 0.7;
  throw fail(
    ['commitment'],
    'invalid_value',
    `Expected "committed" or "aspirational", got ${show(commitment)}.`,
  );
}
