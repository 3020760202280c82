/**
 * Private helpers of `weeklyReport`: which cycles a week covers, the week's
 * notes, the current check-ins at two instants, movement, dependency alerts.
 *
 * @module
 */
import { zonedInstant } from '../_lib/zonedDay.js';
import type { CheckIn, Cycle, Dependency, Id, OkrRef } from '../model/types.js';
import type { Scorer } from '../rollup/types.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import { cycleRunning, type ReportContext, unknownRef } from './_context.js';
import type { DependencyAlert, DependencySide, Movement, WeeklyKeyResult } from './types.js';

/** What the report reads of a scorer: cards one at a time. */
export type Cards = Pick<Scorer, 'keyResult' | 'objective' | 'objectiveScore'>;

export const WEEK_MS = 604_800_000; // 7 days; a literal keeps the module free of top-level work

export function coveredCycles(
  ctx: ReportContext,
  asOfMs: number,
  cycleId: Id | undefined,
): Cycle[] {
  if (cycleId !== undefined) {
    const c = ctx.cycles.get(cycleId);
    if (c === undefined) throw unknownRef('cycleId', cycleId, 'cycle');
    return [c];
  }
  const zone = ctx.graph.timeZone;
  const running = ctx.set.cycles.filter((c) => cycleRunning(c, asOfMs, zone));
  if (running.length > 0) return running;
  let best: Cycle | undefined;
  let bestStart = Number.NEGATIVE_INFINITY;
  for (const c of ctx.set.cycles) {
    const s = zonedInstant(c.start, zone);
    if (s !== undefined && s <= asOfMs && s >= bestStart) {
      best = c;
      bestStart = s;
    }
  }
  return best === undefined ? [] : [best];
}

export function notesBetween(
  checkIns: readonly CheckIn[],
  time: (c: CheckIn) => number,
  fromMs: number,
  toMs: number,
): WeeklyKeyResult['notes'] {
  const notes: WeeklyKeyResult['notes'] = { moved: [], blocked: [], next: [] };
  // One pass collecting the week's check-ins; a sort only when there are several.
  let inWeek: Array<{ c: CheckIn; i: number; at: number }> | undefined;
  for (let i = 0; i < checkIns.length; i++) {
    const c = checkIns[i]!;
    const at = time(c);
    if (!(at > fromMs && at <= toMs)) continue;
    if (inWeek === undefined) inWeek = [];
    inWeek.push({ c, i, at });
  }
  if (inWeek === undefined) return notes;
  if (inWeek.length > 1) inWeek.sort((a, b) => a.at - b.at || a.i - b.i);
  for (const { c } of inWeek) {
    if (c.moved !== undefined && c.moved.trim() !== '') notes.moved.push(c.moved);
    if (c.blocked !== undefined && c.blocked.trim() !== '') notes.blocked.push(c.blocked);
    if (c.next !== undefined && c.next.trim() !== '') notes.next.push(c.next);
  }
  return notes;
}

/**
 * The latest check-ins at `asOfMs` and at `prevMs` in one pass (the later one
 * wins a tie, as in `latestCheckIn`); `undefined` when a date does not parse,
 * so that the caller falls back to `latestCheckIn` and its error.
 */
export function latestTwo(
  checkIns: readonly CheckIn[],
  time: (c: CheckIn) => number,
  asOfMs: number,
  prevMs: number,
): { latest: CheckIn | undefined; earlier: CheckIn | undefined } | undefined {
  let latest: CheckIn | undefined;
  let latestAt = Number.NEGATIVE_INFINITY;
  let earlier: CheckIn | undefined;
  let earlierAt = Number.NEGATIVE_INFINITY;
  for (const c of checkIns) {
    const at = time(c);
    if (Number.isNaN(at)) return undefined;
    if (at <= asOfMs && at >= latestAt) {
      latest = c;
      latestAt = at;
    }
    if (at <= prevMs && at >= earlierAt) {
      earlier = c;
      earlierAt = at;
    }
  }
  return { latest, earlier };
}

export function movementOf(delta: number): Movement {
  if (delta > SCORE_EPSILON) return 'up';
  if (delta < -SCORE_EPSILON) return 'down';
  return 'flat';
}

function sideOf(ref: OkrRef, ctx: ReportContext, card: Cards): DependencySide {
  if ('objectiveId' in ref) {
    const o = ctx.objectives.get(ref.objectiveId);
    const oc = card.objective(ref.objectiveId);
    return {
      ref,
      title: o?.title ?? ref.objectiveId,
      unitId: o?.unitId ?? null,
      status: oc?.status ?? null,
    };
  }
  const kr = ctx.keyResultsById.get(ref.keyResultId);
  const unitId = kr === undefined ? undefined : ctx.objectives.get(kr.objectiveId)?.unitId;
  const kc = card.keyResult(ref.keyResultId);
  return {
    ref,
    title: kr?.title ?? ref.keyResultId,
    unitId: unitId ?? null,
    status: kc?.status ?? null,
  };
}

function refInScope(
  ref: OkrRef,
  objectives: ReadonlySet<Id>,
  keyResults: ReadonlySet<Id>,
): boolean {
  return 'objectiveId' in ref ? objectives.has(ref.objectiveId) : keyResults.has(ref.keyResultId);
}

export function dependencyAlerts(
  deps: readonly Dependency[],
  ctx: ReportContext,
  card: Cards,
  objectives: ReadonlySet<Id>,
  keyResults: ReadonlySet<Id>,
): DependencyAlert[] {
  const out: DependencyAlert[] = [];
  for (const d of deps) {
    if (!refInScope(d.from, objectives, keyResults) && !refInScope(d.on, objectives, keyResults))
      continue;
    const on = sideOf(d.on, ctx, card);
    let reason: DependencyAlert['reason'] | undefined;
    if (d.state === 'proposed') reason = 'not-accepted';
    else if (d.state === 'declined') reason = 'declined';
    else if (on.status === 'off-track' || on.status === 'missed') reason = 'blocking';
    if (reason === undefined) continue;
    const alert: DependencyAlert = {
      id: d.id,
      state: d.state,
      reason,
      from: sideOf(d.from, ctx, card),
      on,
      note: d.note ?? null,
    };
    out.push(alert);
  }
  return out;
}
