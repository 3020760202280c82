/**
 * The tolerance used when a score is compared with a boundary (a band's
 * `min`, an expected-progress threshold, the target 1). Floating point makes
 * `0.6 − 0.2` equal `0.39999999999999997`; without a tolerance a score of
 * exactly 0.4 would fall on the wrong side. Every comparison in sokr reads
 * `score + SCORE_EPSILON >= boundary`, so boundaries belong to the better
 * side.
 *
 * @example
 * ```ts
 * import { SCORE_EPSILON } from 'sokr';
 * 0.4 + SCORE_EPSILON >= 0.6 - 0.2; // true
 * ```
 */
export const SCORE_EPSILON = 1e-9;
