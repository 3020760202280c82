import type { AsOf } from '../model/AsOf.js';
import type { Path } from '../model/issue.js';
import type { CheckIn, CheckInValue, Measure, MetricMeasure } from '../model/types.js';
import { fail, show } from '../scale/_fail.js';
import { toInstant, zoneOption } from './_instant.js';
import { expectArgument, expectCheckIns, expectOptions, finite } from './_arguments.js';
import { checkMeasure } from './_measureCheck.js';
import { checkInInstant } from './latestCheckIn.js';
import { type MeasureProgressOptions, progressOf } from './measureProgress.js';

/** Options of {@link resolveBaseline}. */
export interface ResolveBaselineOptions {
  /**
   * The IANA time zone the check-ins' dates are read in (`'UTC'` by default);
   * pass the set's `timeZone`.
   */
  timeZone?: string | undefined;
  /**
   * Check-ins before this moment do not count (the rollup passes the cycle
   * start, before which no check-in is current). Absent: every check-in counts.
   */
  from?: AsOf | undefined;
}

/** A metric whose start is not known yet (`start: null`). Internal. */
export function isBaseline(measure: Measure): measure is MetricMeasure & { start: null } {
  return measure.kind === 'metric' && measure.start === null;
}

/**
 * The baseline metric with `value` (the first check-in's) as its start; throws
 * `value_mismatch` at `path` when the value is not a finite number. Internal:
 * the one place a baseline becomes a start, for `resolveBaseline` and the rollup.
 */
export function withBaseline(
  measure: MetricMeasure,
  value: CheckInValue,
  path: Path,
): MetricMeasure {
  if (!finite(value))
    throw fail(path, 'value_mismatch', `Expected a finite number, got ${show(value)}.`);
  return { ...measure, start: value };
}

/**
 * Checks that a check-in value fits a measure (as `measureProgress` does); a
 * baseline metric takes any finite number. Internal: for the scorer's edits.
 */
export function checkValueFits(
  measure: Measure,
  value: CheckInValue,
  options?: MeasureProgressOptions,
): void {
  if (isBaseline(measure)) withBaseline(measure, value, ['value']);
  else progressOf(measure, value, options);
}

/**
 * Index of the first check-in (the earliest `at` not before `fromMs`; ties →
 * earlier in the array, the reverse of "latest"), −1 when none. Internal.
 */
export function firstCheckInIndex(
  checkIns: readonly CheckIn[],
  fromMs: number,
  zone?: string,
): number {
  let best = -1;
  let bestAt = Number.POSITIVE_INFINITY;
  for (let i = 0; i < checkIns.length; i++) {
    const at = checkInInstant(checkIns[i]!, i, zone);
    if (at >= fromMs && at < bestAt) {
      best = i;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Fills the start of a baseline key result: a metric written with
 * `start: null` (its start is not known when the key result is set) takes the
 * value of its first check-in as its start, so that check-in scores 0 and later
 * ones score `(v − start) / (target − start)`. The first check-in is the one
 * with the earliest `at` (ties: the earlier in the array; the latest check-in
 * is the later one, so the two never disagree about order). When the first
 * value equals the target, the metric follows the `start === target` rule of
 * `measureProgress` (met in its `direction`).
 *
 * Any other measure, and a baseline metric without a check-in, comes back
 * unchanged (the same object): without a check-in the key result is pending,
 * like any key result that has none. `scoreKeyResult`, the rollup, the reports
 * and the rules all resolve a baseline through this function.
 *
 * @param measure - the key result's measure.
 * @param checkIns - the check-ins of this key result (any order; not filtered by id).
 * @param options - `{ timeZone?, from? }`.
 * @returns the measure with its start filled, or the measure itself.
 * @throws {@link SokrError} `value_mismatch` at `[i, 'value']` when the first
 *   check-in's value is not a finite number; `invalid_date` at `[i, 'at']` for
 *   a check-in with an invalid date, at `['from']` for an invalid `from`;
 *   `invalid_value` at `['timeZone']` for an unknown zone; `invalid_type` at
 *   `['measure']` when `measure` is not an object, and for a baseline
 *   metric at `['checkIns']` (`['checkIns', i]`) when `checkIns` is not an
 *   array (an entry that is not an object: `null`, a string) and the
 *   measure's errors of `measureProgress` (`['measure', 'target']` for a
 *   missing target, …).
 *
 * @example
 * ```ts
 * import { measureProgress, resolveBaseline } from 'sokr';
 * const measure = { kind: 'metric' as const, start: null, target: 100 };
 * const checkIns = [
 *   { id: 'c2', keyResultId: 'kr', at: '2026-02-01', value: 70 },
 *   { id: 'c1', keyResultId: 'kr', at: '2026-01-10', value: 40 },
 * ];
 * const resolved = resolveBaseline(measure, checkIns); // { kind: 'metric', start: 40, target: 100 }
 * measureProgress(resolved, 70); // 0.5
 * resolveBaseline(measure, null as never); // throws SokrError: invalid_type at ['checkIns']
 * ```
 */
export function resolveBaseline(
  measure: Measure,
  checkIns: readonly CheckIn[],
  options?: ResolveBaselineOptions,
): Measure {
  expectArgument(measure, 'measure', 'object');
  if (options !== undefined) expectOptions(options);
  if (!isBaseline(measure)) return measure;
  checkMeasure(measure, ['measure']);
  expectCheckIns(checkIns);
  const zone = zoneOption(options);
  const from = options?.from;
  const fromMs = from === undefined ? Number.NEGATIVE_INFINITY : toInstant(from, 'from', zone);
  const i = firstCheckInIndex(checkIns, fromMs, zone);
  return i < 0 ? measure : withBaseline(measure, checkIns[i]!.value, [i, 'value']);
}
