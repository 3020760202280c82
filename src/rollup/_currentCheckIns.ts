// Private to the rollup layer: the current check-in of each key result (the
// latest `at` ≤ asOf, ties → later in the set) and the facts that depend only on it.
import { showValue } from '../_lib/quote.js';
import { latestAt } from '../core/checkInTimeline.js';
import type { Issue, Path } from '../model/issue.js';
import { measureIssue } from '../model/measureIssue.js';
import { SokrError } from '../model/SokrError.js';
import type { CheckIn, Measure } from '../model/types.js';
import { staleAfter } from '../progress/isStale.js';
import { checkpointScore } from '../progress/applyCheckpoints.js';
import { progressOf } from '../progress/measureProgress.js';
import { isBaseline, withBaseline } from '../progress/resolveBaseline.js';
import { rebase } from './_errors.js';
import { danglingIssue, suggestDangling } from './_indexIssues.js';
import type { ScorerState } from './_scorerState.js';

/** True when a check-in at `atMs` may be the current one of key result `k` (in its window, by `asOf`). */
export function counts(st: ScorerState, k: number, atMs: number): boolean {
  const w = st.krWindow[k]!;
  return atMs >= st.graph.windows.start[w]! && atMs <= st.winCutoff[w]!;
}

/**
 * The current check-in among a key result's check-ins in set order: the latest
 * one that counts, the later in the set on ties.
 */
export function currentOf(
  st: ScorerState,
  k: number,
  items: readonly CheckIn[],
): CheckIn | undefined {
  let best: CheckIn | undefined;
  let bestAt = Number.NEGATIVE_INFINITY;
  for (const c of items) {
    const at = st.graph.instant(c.at);
    if (counts(st, k, at) && at >= bestAt) {
      best = c;
      bestAt = at;
    }
  }
  return best;
}

/** The path of a check-in in the set, else `['checkIn']`. */
export function checkInPath(st: ScorerState, ci: CheckIn): Path {
  const i = st.setCheckIns.indexOf(ci);
  return i >= 0 ? ['checkIns', i] : ['checkIn'];
}

/**
 * The largest unclamped score the scorer keeps (±1e9, a billion times the
 * target): with weights of at most 1e9, weighted sums of millions of key
 * results then stay finite. Clamped scores are 0–1 anyway.
 */
export const MAX_UNCLAMPED_SCORE = 1e9;

/**
 * Key result `k`'s first check-in that counts: the earliest `at`, the earlier
 * in the set on ties (the reverse of `currentOf`). From the edited list once
 * the key result was edited, else from the graph's timeline (time order).
 */
function firstOf(st: ScorerState, k: number): CheckIn | undefined {
  const entry = st.lists.get(k);
  if (entry !== undefined) {
    let best: CheckIn | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    for (const c of entry.items) {
      const at = st.graph.instant(c.at);
      if (counts(st, k, at) && at < bestAt) {
        best = c;
        bestAt = at;
      }
    }
    return best;
  }
  const { timeline, setCheckIns } = st;
  const { start, list } = timeline.byKeyResult;
  const w = st.krWindow[k]!;
  const floor = st.graph.windows.start[w]!;
  for (let j = start[k]!; j < start[k + 1]!; j++) {
    const i = list[j]!;
    const at = timeline.at[i]!;
    if (at >= floor) return at <= st.winCutoff[w]! ? setCheckIns[i] : undefined;
  }
  return undefined;
}

/**
 * The measure key result `k` scores with when it is `measure`: a baseline
 * metric resolved from its first check-in that counts (`undefined` without
 * one), any other measure `undefined`. Throws `value_mismatch` at the first
 * check-in's value. Pure: callers store it in `krResolved`.
 */
export function baselineOf(st: ScorerState, k: number, measure: Measure): Measure | undefined {
  if (!isBaseline(measure)) return undefined;
  const first = firstOf(st, k);
  if (first === undefined) return undefined;
  try {
    return withBaseline(measure, first.value, ['value']);
  } catch (error) {
    throw rebase(error, checkInPath(st, first));
  }
}

function checkInScore(st: ScorerState, k: number, measure: Measure, ci: CheckIn): number {
  let p: number;
  try {
    // A baseline not resolved yet (a what-if value on a KR without check-ins) starts at `ci`.
    if (isBaseline(measure)) measure = withBaseline(measure, ci.value, ['value']);
    p = checkpointScore(measure, progressOf(measure, ci.value, st.options.clampOption));
  } catch (error) {
    throw blame(st, k, ci, error);
  }
  // NaN: only a measure that was never parsed (checkpoints that are not a list) gives one.
  if (Number.isNaN(p)) throw blame(st, k, ci, undefined);
  return Math.max(-MAX_UNCLAMPED_SCORE, Math.min(MAX_UNCLAMPED_SCORE, p));
}

/**
 * The error of a check-in that could not be scored: at the key result's
 * measure when that is not one (a set never parsed: `measure: 'x'`,
 * checkpoints that are not a list), else at the check-in (its value).
 */
function blame(st: ScorerState, k: number, ci: CheckIn, error: unknown): unknown {
  const measure = st.index.krMeasure[k];
  const issue = measureIssue(measure);
  if (issue !== undefined) {
    return new SokrError([{ ...issue, path: ['keyResults', k, 'measure', ...issue.path] }]);
  }
  if (error !== undefined) return rebase(error, checkInPath(st, ci));
  return new SokrError([
    {
      path: [...checkInPath(st, ci), 'value'],
      code: 'invalid_value',
      message: `Check-in ${showValue(ci.id)} does not give a score on its key result's measure.`,
    },
  ]);
}

/**
 * Records a KR's current check-in and the facts that depend only on it.
 * `atMs`: the check-in's instant when the caller has it from the timeline
 * (the build), so that staleness needs no lookup of its date string.
 */
export function setLatest(
  st: ScorerState,
  k: number,
  ci: CheckIn | undefined,
  atMs = Number.NaN,
): void {
  const index = st.index;
  const krCurConf = st.krCurConf;
  const krCurStale = st.krCurStale;
  const w = st.krWindow[k]!;
  const active = st.winActive[w]!;
  st.krLatest[k] = ci;
  st.krProgress[k] =
    ci === undefined || index.krDerived[k] === 1
      ? 0
      : checkInScore(st, k, st.krResolved[k] ?? index.krMeasure[k]!, ci);
  const conf = index.krConfidence[k]!;
  if (ci === undefined) {
    krCurConf[k] = conf;
    krCurStale[k] = active & st.winStaleNone[w]!;
    return;
  }
  krCurConf[k] = typeof ci.confidence === 'number' ? ci.confidence : conf;
  // The check-in's day is read in the set's zone (the graph's instant, parsed once per
  // date string), as asOf and the deliver/stale-check-in rule read it.
  const ms = Number.isNaN(atMs) ? st.graph.instant(ci.at) : atMs;
  krCurStale[k] =
    active & (staleAfter(ms, st.options.asOfMs, st.options.policy.cadenceDays) ? 1 : 0);
}

/**
 * Checks every check-in (a known key result, a valid date: all problems in one
 * error), then finds the current check-in of each key result: the latest in
 * its window at or before `asOf` (binary search over the graph's timeline).
 */
export function initCurrentCheckIns(st: ScorerState): void {
  const { setCheckIns, timeline, nK, krLatestAt, krWindow, winCutoff } = st;
  const floor = st.graph.windows.start;
  const baseline = st.index.krBaseline;
  const issues: Issue[] = [];
  for (let i = 0; i < setCheckIns.length; i++) {
    if (timeline.keyResult[i] === -1) {
      // The parser's issue: `no key result has id "kk"; did you mean "k"?`, with id, kind, suggestion.
      const ci = setCheckIns[i]!;
      issues.push(danglingIssue(['checkIns', i, 'keyResultId'], 'keyResult', ci.keyResultId));
    } else if (Number.isNaN(timeline.at[i]!)) {
      const ci = setCheckIns[i]!;
      const issue: Issue = {
        path: ['checkIns', i, 'at'],
        code: 'invalid_date',
        message: `Check-in ${showValue(ci.id)} has an invalid date ${showValue(ci.at)}.`,
      };
      if (typeof ci.at === 'string' || typeof ci.at === 'number') issue.received = ci.at;
      issues.push(issue);
    }
  }
  if (issues.length > 0) {
    suggestDangling(issues, st.graph.set);
    throw new SokrError(issues);
  }
  for (let k = 0; k < nK; k++) {
    const w = krWindow[k]!;
    let i = latestAt(timeline, k, winCutoff[w]!);
    if (i >= 0 && timeline.at[i]! < floor[w]!) i = -1; // only check-ins before the window
    if (i >= 0) krLatestAt[k] = timeline.at[i]!;
    // The set's own measure (a new scorer has made no edit): the index knows which are baselines.
    if (i >= 0 && baseline[k] === 1) st.krResolved[k] = baselineOf(st, k, st.index.krMeasure[k]!);
    if (i >= 0) setLatest(st, k, setCheckIns[i], timeline.at[i]!);
    else setLatest(st, k, undefined);
  }
}
