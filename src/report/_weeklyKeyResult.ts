/**
 * Private to `weeklyReport`: one key result's entry — its figures at both
 * instants read off the two scorers' arrays (no card per key result), its
 * history, notes and current check-ins off the graph's timeline, its
 * forecast and outlook.
 *
 * @module
 */
import { ownValue } from '../_lib/ownValue.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Cycle, Objective } from '../model/types.js';
import { latestCheckIn } from '../progress/latestCheckIn.js';
import type { KeyResultStatus, StatusPolicy } from '../progress/statusPolicy.js';
import type { ScorerState } from '../rollup/_scorerState.js';
import { STATUS_NAMES } from '../rollup/_statusCodes.js';
import { grade } from '../scale/grade.js';
import type { Scale } from '../scale/Scale.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import { type ReportContext, reportForecast, scoreSeries, type WindowDays } from './_context.js';
import { figuresOf, numericValue } from './_figures.js';
import { keyResultHistory, latestTwoAt, notesInWeek } from './_history.js';
import { movementOf } from './_weekly.js';
import type { Outlook, WeeklyKeyResult } from './types.js';

/** What every key result entry of one weekly report reads. */
export interface WeekContext {
  readonly graph: OkrGraph;
  readonly ctx: ReportContext;
  /** The scorers' states at `asOf` and a week earlier (positions are the graph's). */
  readonly now: ScorerState;
  readonly before: ScorerState;
  /** Window days by the graph's window, shared by its key results (`windowMemo`). */
  readonly windows: (WindowDays | undefined)[];
  readonly zone: string;
  readonly asOfMs: number;
  readonly prevMs: number;
  readonly clamp: boolean;
  readonly scale: Scale;
  readonly policy: StatusPolicy;
}

/** The entry of key result `k` (a position in `set.keyResults`) of objective `o` in `cycle`. */
export function weeklyKeyResult(
  week: WeekContext,
  k: number,
  cycle: Cycle,
  o: Objective,
): WeeklyKeyResult {
  const { graph, ctx, windows, zone, asOfMs, prevMs, clamp, scale, policy } = week;
  const nowState = week.now;
  const beforeState = week.before;
  const set = graph.set;
  const kr = set.keyResults[k]!;
  // Read off the scorers' arrays, as their cards would give them (no card per key result).
  const latestNow = nowState.index.krDerived[k] === 1 ? undefined : nowState.krLatest[k];
  const score = nowState.krScore[k]!;
  const previousScore = beforeState.krScore[k]!;
  const status: KeyResultStatus = STATUS_NAMES[nowState.krStatus[k]!]!;
  const value = latestNow === undefined ? null : ownValue(latestNow.value);
  const {
    checkIns,
    window: w,
    measure,
    history,
  } = keyResultHistory(graph, k, cycle, windows, zone);
  const delta = score - previousScore;
  const entry: WeeklyKeyResult = {
    id: kr.id,
    title: kr.title,
    objectiveId: kr.objectiveId,
    ownerId: kr.ownerId,
    ownerName: ctx.people.get(kr.ownerId) ?? kr.ownerId,
    score,
    previousScore,
    delta,
    expected: nowState.krExpected[k]!,
    status,
    previousStatus: STATUS_NAMES[beforeState.krStatus[k]!]!,
    band: grade(score, scale),
    stale: nowState.krStale[k] === 1,
    lastCheckInAt: latestNow === undefined ? null : latestNow.at,
    value,
    confidence: null,
    previousConfidence: null,
    movement: movementOf(delta),
    outlook: null,
    forecast: null,
    notes: notesInWeek(graph, k, checkIns, prevMs, asOfMs),
    window: w.days,
    series: scoreSeries(history, w, asOfMs, clamp, kr.measure),
    figures: figuresOf(measure, value ?? undefined, measure !== kr.measure),
    unitId: o.unitId,
  };
  const both =
    checkIns.length === 0
      ? { latest: undefined, earlier: undefined }
      : latestTwoAt(graph, k, asOfMs, prevMs);
  const latest = both === undefined ? latestCheckIn(checkIns, asOfMs) : both.latest;
  const confidence = latest?.confidence ?? kr.confidence;
  if (confidence !== undefined) entry.confidence = confidence;
  const earlier = both === undefined ? latestCheckIn(checkIns, prevMs) : both.earlier;
  const previousConfidence = earlier?.confidence ?? kr.confidence;
  if (previousConfidence !== undefined) entry.previousConfidence = previousConfidence;
  if (earlier !== undefined) entry.figures.previous = numericValue(kr.measure, earlier.value);
  const f = reportForecast(history, w, asOfMs, clamp, zone);
  if (f !== null) {
    entry.forecast = f;
    let outlook: Outlook | undefined;
    // Already at the target (a held keep-above KR is on track at 1): nothing to reach.
    const open = status !== 'achieved' && status !== 'missed' && score + SCORE_EPSILON < 1;
    if (open && f.reachesTargetAt !== null) outlook = 'reaches-target';
    else if (status === 'on-track' && f.score + SCORE_EPSILON < 1 - policy.atRiskGap)
      outlook = 'falls-behind';
    if (outlook !== undefined) entry.outlook = outlook;
  }
  return entry;
}
