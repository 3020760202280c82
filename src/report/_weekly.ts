/**
 * Private helpers of `weeklyReport`: which cycles a week covers, movement,
 * dependency alerts (the week's notes and the check-ins at two instants are
 * read off the graph's timeline, in `_history.ts`).
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import { zonedInstant } from '../_lib/zonedDay.js';
import { SokrError } from '../model/SokrError.js';
import type { Cycle, Dependency, Id, OkrRef } from '../model/types.js';
import type { Scorer } from '../rollup/types.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import { cycleRunning, type ReportContext, unknownRef } from './_context.js';
import type { DependencyAlert, DependencySide, Movement } from './types.js';

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

/** Ids in scope (a `Set`, or marks on positions). */
export interface InScope {
  has(id: Id): boolean;
}

function refInScope(ref: OkrRef, objectives: InScope, keyResults: InScope): boolean {
  return 'objectiveId' in ref ? objectives.has(ref.objectiveId) : keyResults.has(ref.keyResultId);
}

export function dependencyAlerts(
  deps: readonly Dependency[],
  ctx: ReportContext,
  card: Cards,
  objectives: InScope,
  keyResults: InScope,
): DependencyAlert[] {
  const out: DependencyAlert[] = [];
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i]!;
    // A set never parsed: a side that is no reference is named, not a TypeError from `in`.
    for (const side of ['from', 'on'] as const) {
      const ref: unknown = d[side];
      if (typeof ref !== 'object' || ref === null) {
        throw new SokrError([
          {
            path: ['dependencies', i, side],
            code: 'invalid_type',
            message: `A dependency's ${side} is a reference { objectiveId } or { keyResultId }, got ${describeValue(ref)}.`,
          },
        ]);
      }
    }
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
