import type { Commitment } from '../model/types.js';

/**
 * The score an objective is expected to reach: 1.0 when `committed` (it must
 * be delivered in full), 0.7 when `aspirational` (the sweet spot of a stretch
 * goal).
 *
 * @param commitment - the objective's commitment.
 * @returns 1 or 0.7.
 *
 * @example
 * ```ts
 * import { commitmentTarget } from 'sokr';
 * commitmentTarget('committed'); // 1
 * commitmentTarget('aspirational'); // 0.7
 * ```
 */
export function commitmentTarget(commitment: Commitment): number {
  return commitment === 'committed' ? 1 : 0.7;
}
