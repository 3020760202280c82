import type { Commitment } from '../model/types.js';
import { commitmentTarget } from './commitmentTarget.js';
import { grade } from './grade.js';
import { googleScale } from './presets.js';
import type { Band, Scale } from './Scale.js';
import { SCORE_EPSILON } from './scoreEpsilon.js';

/** The grade of an objective: its band, the score it was expected to reach, and whether it did. */
export interface ObjectiveGrade {
  /** The band of the score on the scale. */
  band: Band;
  /** 1 for a committed objective, 0.7 for an aspirational one. */
  target: number;
  /** `score ≥ target` (within {@link SCORE_EPSILON}). */
  met: boolean;
}

/**
 * Grades an objective's score against what its commitment asks for:
 * a committed objective meets its target at 1.0, an aspirational one at 0.7.
 *
 * @param score - the objective's score.
 * @param commitment - `'committed'` or `'aspirational'`.
 * @param scale - the scale for the band; `googleScale` when absent.
 * @returns `{ band, target, met }`.
 * @throws {@link SokrError} when the score is not a finite number, the
 *   commitment neither `committed` nor `aspirational`, or the scale not a
 *   scale (as {@link grade} and {@link commitmentTarget} refuse them).
 *
 * @example
 * ```ts
 * import { gradeObjective } from 'sokr';
 * gradeObjective(0.7, 'aspirational').met; // true
 * gradeObjective(0.7, 'committed').met; // false
 * ```
 */
export function gradeObjective(
  score: number,
  commitment: Commitment,
  scale: Scale = googleScale,
): ObjectiveGrade {
  const band = grade(score, scale);
  const target = commitmentTarget(commitment);
  return { band, target, met: score + SCORE_EPSILON >= target };
}
