import type { Measure } from '../model/types.js';
import { expectArgument } from './_arguments.js';

/**
 * Turns the linear progress of a metric (from `measureProgress`) into its
 * score through the metric's `checkpoints`: a piecewise-linear map through
 * `(start, 0)`, each `(value, score)` and `(target, 1)`. Beyond start and
 * target (unclamped progress below 0 or above 1) the score stays linear, so
 * over-achievement still shows. A measure without checkpoints (or not a
 * metric) gives the progress back unchanged; so does a checkpoint that lies
 * on the straight line (`score` equal to its own linear progress).
 *
 * `measureProgress` itself is linear; `scoreKeyResult` and the rollup apply
 * the checkpoints. Checkpoints are assumed valid (as parsed: inside start …
 * target, strictly ordered, scores in 0–1 that never decrease).
 *
 * @param measure - the key result's measure.
 * @param progress - the linear progress of the current value.
 * @returns the score.
 * @throws {@link SokrError} `invalid_type` at `['measure']` when `measure` is
 *   not an object, at `['progress']` when `progress` is not a number.
 *
 * @example
 * ```ts
 * import { applyCheckpoints, measureProgress } from 'sokr';
 * const measure = {
 *   kind: 'metric' as const, start: 0, target: 100,
 *   checkpoints: [{ value: 50, score: 0.3 }, { value: 80, score: 0.7 }],
 * };
 * applyCheckpoints(measure, measureProgress(measure, 65)); // 0.5 (halfway from 0.3 to 0.7)
 * ```
 */
export function applyCheckpoints(measure: Measure, progress: number): number {
  expectArgument(measure, 'measure', 'object');
  expectArgument(progress, 'progress', 'number');
  if (measure.kind !== 'metric') return progress;
  const checkpoints = measure.checkpoints;
  if (checkpoints === undefined || checkpoints.length === 0) return progress;
  if (!(progress > 0 && progress < 1)) return progress;
  const { start } = measure;
  if (start === null) return progress; // a baseline metric has no checkpoints
  const span = measure.target - start;
  let p0 = 0;
  let s0 = 0;
  for (let i = 0; i <= checkpoints.length; i++) {
    const c = checkpoints[i];
    const p1 = c === undefined ? 1 : (c.value - start) / span;
    const s1 = c === undefined ? 1 : c.score;
    if (progress <= p1) {
      if (s0 === p0 && s1 === p1) return progress; // a segment on the straight line
      return p1 === p0 ? s1 : s0 + ((progress - p0) * (s1 - s0)) / (p1 - p0);
    }
    p0 = p1;
    s0 = s1;
  }
  return progress;
}
