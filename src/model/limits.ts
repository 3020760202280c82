/**
 * Numeric limits of the OKR model, shared by the parser and the scorers.
 *
 * @module
 */

/**
 * The largest weight an objective or key result may have (1e9). With every
 * weight at most this and at least {@link MIN_WEIGHT} (or exactly 0), a
 * weighted mean of scores on 0–1 never overflows nor underflows: sums of
 * up to a million weights stay far below `Number.MAX_VALUE`.
 *
 * @example
 * ```ts
 * import { MAX_WEIGHT, MIN_WEIGHT } from 'sokr';
 * const ok = (w: number) => w === 0 || (w >= MIN_WEIGHT && w <= MAX_WEIGHT);
 * ok(2); // true
 * ok(1e308); // false
 * ```
 */
export const MAX_WEIGHT = 1e9;

/**
 * The smallest non-zero weight an objective or key result may have (1e-9).
 * A weight of exactly 0 is allowed (the item is shown but does not count);
 * anything between 0 and this is refused (`too_small`), so that a mean of
 * tiny weights cannot underflow to 0 / 0.
 *
 * @example
 * ```ts
 * import { MIN_WEIGHT, parseOkrSet } from 'sokr';
 * console.log(MIN_WEIGHT); // 1e-9
 * parseOkrSet({ objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'c', weight: 5e-324 }] });
 * // → issue { path: ['objectives', 0, 'weight'], code: 'too_small', … }
 * ```
 */
export const MIN_WEIGHT = 1e-9;
