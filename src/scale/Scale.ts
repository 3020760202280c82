/**
 * The shape of a scoring scale: bands that map a 0–1 score to a label and a colour.
 *
 * @module
 */

/**
 * One band of a {@link Scale}: every score from `min` (inclusive) up to the
 * next band's `min` (exclusive). The last band has no upper bound, so scores
 * above 1 (unclamped over-achievement) grade in it; scores below 0 grade in
 * the first band.
 *
 * @example
 * ```ts
 * import type { Band } from 'sokr';
 * const green: Band = { id: 'green', label: 'Green', color: '#188038', min: 0.7 };
 * ```
 */
export interface Band {
  /** Stable identifier, unique within its scale (`'green'`, `'commit'`). */
  id: string;
  /** Human-readable name. */
  label: string;
  /** A CSS colour for displays. */
  color: string;
  /** Lowest score in the band (inclusive). The first band's `min` is always 0. */
  min: number;
}

/**
 * A scoring scale: how a score is graded into bands and how it is formatted.
 * Build custom ones with `defineScale`; presets are `googleScale`,
 * `zonesScale`, `percentScale` and `trafficScale`.
 *
 * @example
 * ```ts
 * import { grade, zonesScale } from 'sokr';
 * grade(0.75, zonesScale).id; // 'target'
 * ```
 */
export interface Scale {
  /** Stable identifier (`'google'`). */
  id: string;
  /** Human-readable name. */
  name: string;
  /** Bands ordered by `min`, the first starting at 0. */
  bands: Band[];
  /** `'decimal'` formats 0.7 as `0.7`; `'percent'` as `70%`. */
  format: 'decimal' | 'percent';
}
