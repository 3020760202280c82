import type { Measure } from '../model/types.js';
import { expectArgument } from './_arguments.js';

/**
 * The score of a metric's linear progress through its `checkpoints`: the
 * kernel of the public {@link applyCheckpoints} (`checkedScoring.ts`, which
 * documents the map), without its check of the measure. The rollup calls it
 * per key result on parsed measures, so it trusts the checkpoints (finite
 * `{ value, score }`, inside start … target, strictly ordered). Internal.
 */
export function checkpointScore(measure: Measure, progress: number): number {
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
