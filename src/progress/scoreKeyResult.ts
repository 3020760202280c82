import type { AsOf } from '../model/AsOf.js';
import type { CheckIn, CheckInValue, Cycle, KeyResult } from '../model/types.js';
import { elapsed } from './expectedProgress.js';
import { statusOf } from './keyResultStatus.js';
import { checkStatusPolicy, defaultStatusPolicy } from './statusPolicy.js';
import { staleAfter } from './isStale.js';
import { CYCLE_END, keyResultWindow } from './keyResultWindow.js';
import { checkInInstant, latestCheckInIndex } from './latestCheckIn.js';
import { progressOf, UNCLAMPED } from './measureProgress.js';
import { checkpointScore } from './applyCheckpoints.js';
import { plannedProgressAt } from './plannedProgress.js';
import { resolveBaseline } from './resolveBaseline.js';
import type { KeyResultStatus, StatusPolicy } from './statusPolicy.js';
import { toEndInstant, toInstant, zoneOption } from './_instant.js';
import { rethrowAt } from './_rethrowAt.js';
import {
  expectArgument,
  expectCheckIns,
  expectKeyResult,
  expectOptions,
  expectPlan,
} from './_arguments.js';
import { checkMeasure, KR_MEASURE } from './_measureCheck.js';

/** Options of {@link scoreKeyResult}. */
export interface ScoreKeyResultOptions {
  /** The moment of the evaluation (ISO date/date-time or epoch ms). Required: nothing reads the clock. */
  asOf: AsOf;
  /** Clamp the score to 0–1 (default `true`). */
  clamp?: boolean | undefined;
  /** Overrides of `defaultStatusPolicy` (named `statusPolicy` everywhere; `policy` is for alignment). */
  statusPolicy?: Partial<StatusPolicy> | undefined;
  /**
   * The IANA time zone the key result's dates are calendar days in (`'UTC'` by
   * default); pass the set's `timeZone`. A date-only `asOf` is read there too.
   */
  timeZone?: string | undefined;
  /**
   * What a stale check-in does to the status: `'keep'` (default) nothing;
   * `'at-risk'` makes an `on-track` key result `at-risk` (a status is then at
   * most at risk while its latest check-in is stale).
   */
  staleStatus?: StaleStatus | undefined;
}

/**
 * What a stale check-in does to a key result's status: `'keep'` nothing,
 * `'at-risk'` caps `on-track` at `at-risk`.
 *
 * @example
 * ```ts
 * import type { StaleStatus } from 'sokr';
 * const staleStatus: StaleStatus = 'at-risk';
 * ```
 */
export type StaleStatus = 'keep' | 'at-risk';

/** Everything a dashboard shows for one key result at `asOf`. */
export interface KeyResultScore {
  /** The current value (of the latest check-in at or before `asOf`); `null` without one. */
  value: CheckInValue | null;
  /** The progress on 0–1 (unrounded; unclamped with `clamp: false`). 0 without a check-in. */
  score: number;
  /** The expected progress at `asOf` (elapsed fraction of the window). */
  expected: number;
  /** The status (see `keyResultStatus`). */
  status: KeyResultStatus;
  /** Whether the key result is overdue for a check-in (see below). */
  stale: boolean;
  /** The current check-in; `null` without one. */
  checkIn: CheckIn | null;
}

/**
 * Scores one (non-derived) key result at `asOf`: current value = latest
 * check-in at or before `asOf` inside the key result's window (`latestCheckIn`;
 * the window as the rollup counts check-ins: from the cycle's first day to
 * the end of the cycle or of the `due` day, whichever is later), score =
 * `measureProgress(measure, value)`, expected = `expectedProgress(window, asOf)`,
 * status = `keyResultStatus` with the confidence of the current check-in (or
 * the key result's initial `confidence` when the check-in has none).
 *
 * The score goes through the metric's `checkpoints` (`applyCheckpoints`);
 * with a `plan`, expected progress follows it (`plannedProgress`). A kept
 * key result (threshold or range) is `held` for its status
 * (`keyResultStatus`) and ignores a plan: it has no time line, so its
 * expected progress is `expectedProgress(window, asOf)`, as in the rollup.
 * The measure and the plan are checked first, as `measureProgress` checks a
 * measure, so a measure `parseOkrSet` refuses throws instead of scoring.
 * A baseline metric (`start: null`) takes its start from its first check-in
 * in the window (`resolveBaseline`); without a check-in it is pending like
 * any other. A check-in dated before the cycle or after the window never
 * counts (it is not the current one and sets no baseline), so the result
 * equals the rollup's card of the key result.
 *
 * `stale` is `true` while the window runs (start ≤ asOf < end) and the
 * latest check-in is older than the cadence; without any check-in it is
 * measured from the window start (no check-in 8 days into the cycle is stale).
 * Before the window and after it, nothing is stale.
 *
 * @param kr - the key result.
 * @param cycle - its cycle.
 * @param checkIns - the check-ins of this key result (any order; not filtered by id).
 * @param options - `{ asOf, clamp?, statusPolicy?, timeZone? }`.
 * @returns `{ value, score, expected, status, stale, checkIn }`.
 * @throws {@link SokrError} naming the path: `['asOf']`, `['cycle', 'start']`,
 *   `['keyResult', 'due']`, `['checkIns', i, 'at']` (`invalid_date`),
 *   `['checkIns', i, 'value', …]` (`value_mismatch`),
 *   `['keyResult', 'measure', 'kind']` for a derived key result (the rollup scores those);
 *   `invalid_type` naming the argument (`['keyResult']`, `['keyResult', 'measure']`,
 *   `['cycle']`, `['checkIns']`, `['checkIns', i]`, `['options']`) when one is
 *   missing, `null` or not an object (an array for `checkIns`): `options` is
 *   required, for its `asOf`; the measure's errors of `measureProgress` at
 *   `['keyResult', 'measure', …]` (`invalid_value` at
 *   `['keyResult', 'measure', 'kind']` for an unknown kind, at `[…, 'mode']`
 *   for a misspelled threshold mode; `invalid_type` at `[…, 'target']` for a
 *   missing or non-number target, at `[…, 'items']` for checklist items that
 *   are not a list, …); `invalid_type` at `['keyResult', 'plan']` for a
 *   plan that is `null` or neither a curve nor a list, at
 *   `['keyResult', 'plan', i]` for a point that is not an object and at
 *   `['keyResult', 'plan', i, 'value']` for one without a finite value;
 *   `invalid_date` at `['cycle', 'end']` for a cycle end that does not parse.
 *
 * @example
 * ```ts
 * import { scoreKeyResult } from 'sokr';
 * const cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
 * const kr = {
 *   id: 'kr1', objectiveId: 'o1', title: 'Cut complaints', ownerId: 'ann',
 *   measure: { kind: 'metric' as const, start: 200, target: 140 },
 * };
 * const checkIns = [{ id: 'c1', keyResultId: 'kr1', at: '2026-02-01', value: 170 }];
 * const r = scoreKeyResult(kr, cycle, checkIns, { asOf: '2026-02-05' });
 * r.score; // 0.5
 * r.status; // 'on-track'
 * // A check-in from before the cycle does not count, as in the rollup:
 * const early = [{ id: 'c0', keyResultId: 'kr1', at: '2025-12-01', value: 170 }];
 * scoreKeyResult(kr, cycle, early, { asOf: '2026-02-05' }).status; // 'pending'
 * // A measure parseOkrSet refuses throws a SokrError naming the path:
 * const typo = { ...kr, measure: { kind: 'metric', start: 200 } } as never;
 * scoreKeyResult(typo, cycle, checkIns, { asOf: '2026-02-05' });
 * // throws SokrError: invalid_type at ['keyResult', 'measure', 'target']
 * ```
 */
export function scoreKeyResult(
  kr: KeyResult,
  cycle: Cycle,
  checkIns: readonly CheckIn[],
  options: ScoreKeyResultOptions,
): KeyResultScore {
  expectKeyResult(kr);
  checkMeasure(kr.measure, KR_MEASURE);
  expectPlan(kr.plan, ['keyResult', 'plan']);
  expectArgument(cycle, 'cycle', 'object');
  expectCheckIns(checkIns);
  expectOptions(options); // an object (invalid_type at ['options']) of known names
  const zone = zoneOption(options);
  const asOf = toInstant(options.asOf, 'asOf', zone);
  const { start, end } = keyResultWindow(kr, cycle, { timeZone: zone });
  // A check-in counts at or before asOf, inside the window recordCheckIn
  // accepts: to the end of the cycle or of the due day, whichever is later.
  const cutoff = Math.min(asOf, Math.max(end, toEndInstant(cycle.end, CYCLE_END, zone)) - 1);
  let index = -1;
  let score: number;
  try {
    index = latestCheckInIndex(checkIns, cutoff, zone, start);
    const measure = resolveBaseline(kr.measure, checkIns, { timeZone: zone, from: start });
    score = checkpointScore(
      measure,
      progressOf(
        measure,
        index < 0 ? undefined : checkIns[index]!.value,
        options.clamp === false ? UNCLAMPED : undefined,
      ),
    );
  } catch (error) {
    rethrowAt(error, index);
  }
  const checkIn = index < 0 ? null : checkIns[index]!;
  const value = checkIn === null ? null : checkIn.value;
  const windowOver = asOf >= end;
  const plan = kr.plan;
  const kind = kr.measure.kind;
  // Kept key results (threshold, range) have no time line: they ignore a plan.
  const held = kind === 'threshold' || kind === 'range';
  const expected =
    plan === undefined || held
      ? elapsed(start, end, asOf)
      : plannedProgressAt(plan, kr.measure, start, end, asOf, (at, i) =>
          toInstant(at, ['keyResult', 'plan', i, 'at'], zone),
        );
  const policy = { ...defaultStatusPolicy, ...checkStatusPolicy(options.statusPolicy) };
  let status = statusOf(
    {
      score,
      expected,
      hasCheckIn: checkIn !== null,
      windowOver,
      confidence: checkIn?.confidence ?? kr.confidence,
      held,
    },
    policy,
  );
  const stale =
    !windowOver &&
    asOf >= start &&
    staleAfter(
      checkIn === null ? start : checkInInstant(checkIn, index, zone),
      asOf,
      policy.cadenceDays,
    );
  if (stale && status === 'on-track' && options.staleStatus === 'at-risk') status = 'at-risk';
  return { value, score, expected, status, stale, checkIn };
}
