import { describeValue } from '../_lib/quote.js';
import type { Path } from './issue.js';

/**
 * What is wrong with a metric's `checkpoints`, or `undefined`: not a list, an
 * entry that is not `{ value, score }` with finite numbers, a value outside
 * `start … target`, values not strictly ordered from start towards target, a
 * score outside 0–1 or below the one before, a checkpoint at `start` that does
 * not score 0 or one at `target` that does not score 1, or any checkpoints on a
 * baseline metric (`start: null`). The path is relative
 * to the measure (`['checkpoints', i, 'value']`). Internal: the schema and the
 * scorer's `setMeasure` share it.
 */
export function checkpointIssue(
  start: number | null,
  target: number,
  checkpoints: unknown,
): { path: Path; message: string } | undefined {
  if (start === null)
    return {
      path: ['checkpoints'],
      message:
        'A baseline metric (start: null) takes no checkpoints: their values are relative to a start the first check-in sets.',
    };
  if (!Array.isArray(checkpoints))
    return { path: ['checkpoints'], message: 'checkpoints are a list of { value, score }.' };
  const up = target >= start;
  const low = up ? start : target;
  const high = up ? target : start;
  let lastValue = Number.NaN;
  let lastScore = 0;
  for (let i = 0; i < checkpoints.length; i++) {
    const c: unknown = checkpoints[i];
    const at: Path = ['checkpoints', i];
    if (c === null || typeof c !== 'object')
      return { path: at, message: `A checkpoint is { value, score }, got ${describeValue(c)}.` };
    const { value, score } = c as { value?: unknown; score?: unknown };
    if (typeof value !== 'number' || !Number.isFinite(value))
      return {
        path: [...at, 'value'],
        message: `A checkpoint value is a finite number, got ${describeValue(value)}.`,
      };
    if (typeof score !== 'number' || !Number.isFinite(score))
      return {
        path: [...at, 'score'],
        message: `A checkpoint score is a finite number, got ${describeValue(score)}.`,
      };
    if (value < low || value > high)
      return {
        path: [...at, 'value'],
        message: `Checkpoint value ${value} is outside start ${start} … target ${target}.`,
      };
    if (i > 0 && (up ? value <= lastValue : value >= lastValue))
      return {
        path: [...at, 'value'],
        message: `Checkpoint values must run from start towards target: ${value} does not come after ${lastValue}.`,
      };
    if (score < 0 || score > 1)
      return { path: [...at, 'score'], message: `A checkpoint score is in 0–1, got ${score}.` };
    if (score < lastScore)
      return {
        path: [...at, 'score'],
        message: `Checkpoint scores must not decrease: ${score} comes after ${lastScore}.`,
      };
    if (value === start && score !== 0 && start !== target)
      return { path: [...at, 'score'], message: `A checkpoint at start ${start} scores 0.` };
    if (value === target && score !== 1 && start !== target)
      return { path: [...at, 'score'], message: `A checkpoint at target ${target} scores 1.` };
    lastValue = value;
    lastScore = score;
  }
  return undefined;
}
