import type { CheckIn, IsoDate, KeyResult } from '../model/types.js';
import { DAY_MS, formatIsoDay, isDateOnly } from '../_lib/date.js';
import { fail } from '../scale/_fail.js';
import { sortedCheckIns, type TimedCheckIn } from './sortedCheckIns.js';
import { toInstant } from './_instant.js';
import { expectCheckIns, expectKeyResult, expectOptions } from './_arguments.js';
import { checkMeasure, KR_MEASURE } from './_measureCheck.js';

/**
 * The `'check-in'` step of {@link progressSeries} over check-ins already in
 * time order (`sortedCheckIns`), in `[from, toEnd)`: one point per instant,
 * the later check-in winning a tie. Internal.
 */
export function checkInSeries(
  sorted: readonly TimedCheckIn[],
  from: number,
  toEnd: number,
  clamp: boolean,
): { at: IsoDate; score: number }[] {
  const out: { at: IsoDate; score: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (p.at < from || p.at >= toEnd) continue;
    if (i + 1 < sorted.length && sorted[i + 1]!.at === p.at) continue; // the later one wins
    out.push({ at: p.checkIn.at, score: clamp ? Math.min(1, Math.max(0, p.score)) : p.score });
  }
  return out;
}

/** Options of {@link progressSeries}. */
export interface ProgressSeriesOptions {
  /** First moment of the series (a calendar day means its start, 00:00 UTC). */
  from: IsoDate | number;
  /** Last moment of the series, inclusive (a calendar day means the whole day). */
  to: IsoDate | number;
  /** `'day'` (default): one point per UTC calendar day; `'check-in'`: one point per check-in in the range. */
  step?: 'day' | 'check-in' | undefined;
  /** Clamp scores to 0–1 (default `true`). */
  clamp?: boolean | undefined;
}

/** One point of a progress series. */
export interface ProgressPoint {
  /** The UTC day (`'day'` step) or the check-in's `at` (`'check-in'` step). */
  at: IsoDate;
  /** The score at the end of that day or at that check-in; `null` before the first check-in. */
  score: number | null;
}

/**
 * A key result's score over time, for charts.
 *
 * - `step: 'day'`: one point per UTC calendar day from `from` to `to`, the
 *   score of the latest check-in made by the end of that day, `null` on days
 *   before the first check-in (the KR has no reading yet, which a chart should
 *   show as a gap rather than a 0).
 * - `step: 'check-in'`: one point per check-in with `from ≤ at ≤ to`, in time
 *   order; check-ins at the same instant count once (the later in the array).
 *
 * Days are UTC days computed with plain millisecond arithmetic (24 h each).
 *
 * @param kr - the key result (not derived).
 * @param checkIns - its check-ins, any order.
 * @param options - `{ from, to, step?, clamp? }`.
 * @returns the points in time order.
 * @throws {@link SokrError}: `invalid_date` at `['from']`/`['to']`/`['checkIns', i, 'at']`,
 *   `date_order` at `['to']` when `to` is before `from`, `invalid_value` at `['to']`
 *   for a daily series longer than 100 000 days, `value_mismatch` at
 *   `['checkIns', i, 'value']`; `invalid_type` naming the argument (`['keyResult']`,
 *   `['keyResult', 'measure']`, `['checkIns']`, `['checkIns', i]`, `['options']`)
 *   when one is missing, `null` or not an object (an array for `checkIns`);
 *   the measure's errors of `measureProgress` at `['keyResult', 'measure', …]`
 *   for a measure `parseOkrSet` refuses (an unknown kind, a misspelled
 *   threshold mode, a missing target, …).
 *
 * @example
 * ```ts
 * import { progressSeries } from 'sokr';
 * const kr = { id: 'kr', objectiveId: 'o', title: 'Ship', ownerId: 'p', measure: { kind: 'metric' as const, start: 0, target: 10 } };
 * const checkIns = [{ id: 'a', keyResultId: 'kr', at: '2026-01-02T15:00:00Z', value: 4 }];
 * progressSeries(kr, checkIns, { from: '2026-01-01', to: '2026-01-03' });
 * // [{ at: '2026-01-01', score: null }, { at: '2026-01-02', score: 0.4 }, { at: '2026-01-03', score: 0.4 }]
 * ```
 */
export function progressSeries(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  options: ProgressSeriesOptions,
): ProgressPoint[] {
  expectKeyResult(kr);
  checkMeasure(kr.measure, KR_MEASURE);
  expectCheckIns(checkIns);
  expectOptions(options); // an object (invalid_type at ['options']) of known names
  const from = toInstant(options.from, 'from');
  const toStart = toInstant(options.to, 'to');
  // Exclusive end: the next day for a calendar day, just after the instant otherwise.
  const toEnd =
    typeof options.to === 'string' && isDateOnly(options.to) ? toStart + DAY_MS : toStart + 1;
  if (toEnd <= from) {
    throw fail(['to'], 'date_order', 'The series ends before it starts.');
  }
  const clamp = options.clamp !== false;
  const sorted = sortedCheckIns(kr, checkIns);
  if (options.step === 'check-in') return checkInSeries(sorted, from, toEnd, clamp);
  const shown = (score: number) => (clamp ? Math.min(1, Math.max(0, score)) : score);
  const out: ProgressPoint[] = [];
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor((toEnd - 1) / DAY_MS);
  if (lastDay - firstDay >= 100_000) {
    throw fail(['to'], 'invalid_value', 'A daily series is limited to 100 000 days.');
  }
  let next = 0;
  let current: number | null = null;
  for (let day = firstDay; day <= lastDay; day++) {
    const dayEnd = (day + 1) * DAY_MS;
    while (next < sorted.length && sorted[next]!.at < dayEnd) current = sorted[next++]!.score;
    out.push({ at: formatIsoDay(day * DAY_MS), score: current === null ? null : shown(current) });
  }
  return out;
}
