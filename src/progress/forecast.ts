import type { AsOf } from '../model/AsOf.js';
import type { CheckIn, Cycle, IsoDate, KeyResult, Measure } from '../model/types.js';
import { DAY_MS, formatIsoDay } from '../_lib/date.js';
import { CYCLE_END, keyResultWindow } from './keyResultWindow.js';
import { sortedCheckIns, type TimedCheckIn } from './sortedCheckIns.js';
import { toEndInstant, toInstant } from './_instant.js';
import { expectArgument, expectCheckIns, expectKeyResult, expectOptions } from './_arguments.js';
import { isBaseline, resolveBaseline } from './resolveBaseline.js';
import { rethrowAt } from './_rethrowAt.js';
import { checkMeasure, KR_MEASURE } from './_measureCheck.js';

/** Options of {@link forecast}. */
export interface ForecastOptions {
  /** The moment of the forecast: only check-ins at or before it count. */
  asOf: AsOf;
  /** Clamp `projectedScore` to 0–1 (default `true`); the fit itself always uses unclamped scores. */
  clamp?: boolean | undefined;
}

/** One point of the check-in history a forecast was fitted to. */
export interface ForecastPoint {
  /** The check-in's `at`. */
  at: IsoDate;
  /** The unclamped score of the check-in's value. */
  score: number;
}

/** A linear forecast of a key result's score. */
export interface Forecast {
  /** The fitted line's score at the end of the window (clamped to 0–1 unless `clamp: false`). */
  projectedScore: number;
  /**
   * The UTC calendar day the fitted line reaches 1 (on or after the first
   * check-in), `null` when it never does. It may fall after the window end:
   * compare it with the due date to tell "late".
   */
  reachesTargetAt: IsoDate | null;
  /** The slope of the fitted line in score per day (unclamped). */
  slopePerDay: number;
  /** The check-ins used, in time order (one per instant: the later in the array wins). */
  points: ForecastPoint[];
}

/**
 * Projects a key result's check-in history to the end of its window with a
 * least-squares line through (time, unclamped score) of the check-ins at or
 * before `asOf` inside the key result's window (the check-ins the rollup and
 * `scoreKeyResult` count: from the cycle's first day to the end of the cycle
 * or of the `due` day, whichever is later; a baseline metric starts at the
 * first of them):
 * `slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²`, `projected = ȳ + slope · (end − x̄)`.
 *
 * Edge cases, none of which divides by zero:
 * - no check-in: the KR sits at its start — projected 0, slope 0, never reached;
 * - one check-in after the window start: the line runs from the KR's start
 *   (score 0 at the window start) through that check-in;
 * - one check-in at the window start, or all at one instant: flat at that
 *   score;
 * - check-ins at the same instant count once (the later in the array, as in
 *   `latestCheckIn`); a flat series has slope 0.
 *
 * @param kr - the key result (not derived).
 * @param cycle - its cycle.
 * @param checkIns - the check-ins of this key result, any order.
 * @param options - `{ asOf, clamp? }`.
 * @returns `{ projectedScore, reachesTargetAt, slopePerDay, points }`.
 * @throws {@link SokrError} for invalid dates or values (as `scoreKeyResult`);
 *   `invalid_type` naming the argument (`['keyResult']`, `['keyResult', 'measure']`,
 *   `['cycle']`, `['checkIns']`, `['checkIns', i]`, `['options']`) when one is
 *   missing, `null` or not an object (an array for `checkIns`); the
 *   measure's errors of `measureProgress` at `['keyResult', 'measure', …]`
 *   for a measure `parseOkrSet` refuses (`invalid_value` at
 *   `['keyResult', 'measure', 'kind']` for an unknown kind, `invalid_type`
 *   at `['keyResult', 'measure', 'items']` for checklist items that are not
 *   a list, …).
 *
 * @example
 * ```ts
 * import { forecast } from 'sokr';
 * const cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-01-10' };
 * const kr = { id: 'kr', objectiveId: 'o', title: 'Ship', ownerId: 'p', measure: { kind: 'metric' as const, start: 0, target: 100 } };
 * const checkIns = [
 *   { id: 'a', keyResultId: 'kr', at: '2026-01-03', value: 10 },
 *   { id: 'b', keyResultId: 'kr', at: '2026-01-05', value: 30 },
 * ];
 * const f = forecast(kr, cycle, checkIns, { asOf: '2026-01-05' });
 * f.slopePerDay; // 0.1 (score per day)
 * f.projectedScore; // ≈ 0.9 at the end of Jan 10
 * f.reachesTargetAt; // '2026-01-12' (late: due 2026-01-10)
 * // A check-in from before the cycle is not a point of the line:
 * const early = [{ id: 'z', keyResultId: 'kr', at: '2025-12-20', value: 90 }, ...checkIns];
 * forecast(kr, cycle, early, { asOf: '2026-01-05' }).points.length; // 2
 * ```
 */
export function forecast(
  kr: KeyResult,
  cycle: Cycle,
  checkIns: readonly CheckIn[],
  options: ForecastOptions,
): Forecast {
  expectKeyResult(kr);
  checkMeasure(kr.measure, KR_MEASURE);
  expectArgument(cycle, 'cycle', 'object');
  expectCheckIns(checkIns);
  expectOptions(options); // an object (invalid_type at ['options']) of known names
  const asOf = toInstant(options.asOf, 'asOf');
  const window = keyResultWindow(kr, cycle);
  let measure: Measure;
  try {
    measure = resolveBaseline(kr.measure, checkIns, { from: window.start });
  } catch (error) {
    rethrowAt(error, -1);
  }
  // A baseline still unset has no check-in in the window: no point to fit.
  const sorted = isBaseline(measure) ? [] : sortedCheckIns(kr, checkIns, measure);
  return forecastOfSorted(
    window,
    sorted.filter((p) => p.at >= window.start),
    // At or before asOf, inside the window recordCheckIn accepts (as scoreKeyResult).
    Math.min(asOf, Math.max(window.end, toEndInstant(cycle.end, CYCLE_END)) - 1),
    options.clamp !== false,
  );
}

/**
 * The forecast over check-ins already in time order with their instants and
 * unclamped scores (`sortedCheckIns`): what `forecast` computes after reading
 * its arguments, for callers that sort once and use the list several times.
 * Every point up to `asOf` counts: callers leave out those before the window
 * (and pass the cutoff of the window as `asOf`). Internal.
 */
export function forecastOfSorted(
  window: { start: number; end: number },
  sorted: readonly TimedCheckIn[],
  asOf: number,
  clamp: boolean,
): Forecast {
  const points: ForecastPoint[] = [];
  const xs: number[] = [];
  for (const p of sorted) {
    if (p.at > asOf) break;
    if (xs.length > 0 && xs[xs.length - 1] === p.at) {
      points[points.length - 1] = { at: p.checkIn.at, score: p.score };
      continue;
    }
    xs.push(p.at);
    points.push({ at: p.checkIn.at, score: p.score });
  }
  const ys = points.map((p) => p.score);
  if (points.length === 1 && xs[0]! > window.start) {
    xs.unshift(window.start);
    ys.unshift(0);
  }
  const n = xs.length;
  if (n === 0) return { projectedScore: 0, reachesTargetAt: null, slopePerDay: 0, points };
  // Fit in days relative to the first point, for numerical stability.
  const x0 = xs[0]!;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (xs[i]! - x0) / DAY_MS;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i]! - x0) / DAY_MS - mx;
    sxy += dx * (ys[i]! - my);
    sxx += dx * dx;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  if (!Number.isFinite(slope) || !Number.isFinite(my)) {
    // Scores beyond the float range (unclamped, e.g. ±1e308): no line to fit;
    // the forecast is the latest score, flat.
    const last = ys[n - 1]!;
    const flat = clamp ? Math.min(1, Math.max(0, last)) : last;
    return { projectedScore: flat, reachesTargetAt: null, slopePerDay: 0, points };
  }
  const at = (day: number) => my + slope * (day - mx);
  const endDay = (window.end - x0) / DAY_MS;
  const fitted = at(endDay);
  // Far from the data the line can leave the float range: keep it finite.
  const raw = Number.isFinite(fitted) ? fitted : fitted > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  const projectedScore = clamp ? Math.min(1, Math.max(0, raw)) : raw;
  // First day (≥ the first point) on which the line is at or above 1.
  let reachDay: number | undefined;
  if (at(0) + 1e-9 >= 1) reachDay = 0;
  else if (slope > 0) reachDay = mx + (1 - my) / slope;
  const reachMs = reachDay === undefined ? Number.NaN : x0 + reachDay * DAY_MS;
  const reachesTargetAt = Math.abs(reachMs) <= 8.64e15 ? formatIsoDay(reachMs) : null;
  return { projectedScore, reachesTargetAt, slopePerDay: slope, points };
}
