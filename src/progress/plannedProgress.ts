import type { AsOf } from '../model/AsOf.js';
import type { Measure, Plan } from '../model/types.js';
import { expectArgument, expectEntries, expectWindow } from './_arguments.js';
import { checkMeasure } from './_measureCheck.js';
import { checkpointScore } from './applyCheckpoints.js';
import { progressOf } from './measureProgress.js';
import { curveAt } from './planCurve.js';
import { elapsed } from './expectedProgress.js';
import { toInstant } from './_instant.js';

/**
 * How far along a key result should be at `asOf` by its plan:
 *
 * - a curve preset (see {@link planCurve}) of the elapsed fraction of the window;
 *   `'linear'` is exactly `expectedProgress`;
 * - planned values `[{ at, value }]`: each value becomes the score it would
 *   give (`measureProgress` and the metric's checkpoints, clamped to 0–1; a
 *   checklist counts done items, a milestone or derived key result takes the
 *   value as its score), the window start counts as 0 and the window end as 1
 *   (unless a point lies at or after it); between points, linear in time;
 *   after the last point, its value. Points at or before the window start
 *   are left out (the start is 0 by definition).
 *
 * A date without a time is the start of that day, as for a check-in.
 *
 * @param plan - the key result's plan.
 * @param measure - its measure (planned values are in its unit).
 * @param window - `{ start, end }` in epoch ms, as from `keyResultWindow`.
 * @param asOf - the moment (ISO date/date-time, epoch ms or a `Date`).
 * @returns a number in [0, 1].
 * @throws {@link SokrError}: `invalid_date` at `['asOf']` or
 *   `['plan', i, 'at']`; `invalid_value` at `['plan']` for an unknown curve;
 *   `invalid_type` at `['plan']`, `['measure']` or `['window']` for a value
 *   of the wrong type (`null` included), at `['plan', i]` for a point that
 *   is not an object and at `['plan', i, 'value']` for one without a finite
 *   value; `invalid_value` at `['window', 'start']` or `['window', 'end']`
 *   for a start or end that is not a finite number of epoch ms (as
 *   `expectedProgress`; an end before the start is not an error); the
 *   measure's errors of `measureProgress`.
 *
 * @example
 * ```ts
 * import { plannedProgress } from 'sokr';
 * const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) };
 * const measure = { kind: 'metric' as const, start: 0, target: 90 };
 * // Deals close late in the quarter: 10 by mid-February, 30 by mid-March.
 * const plan = [{ at: '2026-02-15', value: 10 }, { at: '2026-03-15', value: 30 }];
 * plannedProgress(plan, measure, window, '2026-03-15'); // 0.333…
 * plannedProgress('back-loaded', measure, window, '2026-02-15'); // ≈ 0.24
 * ```
 */
export function plannedProgress(
  plan: Plan,
  measure: Measure,
  window: { start: number; end: number },
  asOf: AsOf,
): number {
  if (typeof plan !== 'string') expectEntries(plan, ['plan'], ['value']);
  expectArgument(measure, 'measure', 'object');
  checkMeasure(measure, ['measure']);
  expectWindow(window);
  const t = toInstant(asOf, 'asOf');
  return plannedProgressAt(plan, measure, window.start, window.end, t, pointInstant);
}

function pointInstant(at: string, index: number): number {
  return toInstant(at, ['plan', index, 'at']);
}

/**
 * {@link plannedProgress} on instants, with the reader of the points' dates
 * (the rollup reads them in the set's time zone). Internal.
 */
export function plannedProgressAt(
  plan: Plan,
  measure: Measure,
  start: number,
  end: number,
  t: number,
  instant: (at: string, index: number) => number,
): number {
  if (typeof plan === 'string') return curveAt(plan, elapsed(start, end, t));
  const points: { ms: number; index: number; value: number }[] = [];
  for (let i = 0; i < plan.length; i++) {
    const ms = instant(plan[i]!.at, i);
    if (ms > start) points.push({ ms, index: i, value: plan[i]!.value });
  }
  points.sort((a, b) => a.ms - b.ms || a.index - b.index);
  const times: number[] = [start];
  const scores: number[] = [0];
  for (const point of points) {
    times.push(point.ms);
    scores.push(plannedScore(measure, point.value));
  }
  if (times[times.length - 1]! < end) {
    times.push(end);
    scores.push(1);
  }
  return interpolate(times, scores, t);
}

/** The score a planned value gives, clamped to 0–1. */
function plannedScore(measure: Measure, value: number): number {
  let s: number;
  if (measure.kind === 'metric') s = checkpointScore(measure, progressOf(measure, value));
  else if (measure.kind === 'checklist')
    s = measure.items.length === 0 ? 0 : value / measure.items.length;
  else if (measure.kind === 'threshold' || measure.kind === 'range') s = progressOf(measure, value);
  else s = value;
  // biome-ignore lint/complexity/useMathMinMax: shorter than Math.min once minified, and the scoring bundle is at its 2 kB budget.
  return s > 0 ? (s < 1 ? s : 1) : 0;
}

/** Linear interpolation through (times[i], scores[i]), flat outside; times never decrease. */
function interpolate(times: number[], scores: number[], t: number): number {
  const n = times.length;
  if (t <= times[0]!) return scores[0]!;
  for (let i = 1; i < n; i++) {
    const t1 = times[i]!;
    if (t < t1) {
      const t0 = times[i - 1]!;
      const s0 = scores[i - 1]!;
      return t1 === t0 ? s0 : s0 + ((t - t0) * (scores[i]! - s0)) / (t1 - t0);
    }
  }
  return scores[n - 1]!;
}
