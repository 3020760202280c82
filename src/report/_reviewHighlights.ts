/**
 * Private to `cycleReview`: what to celebrate (achieved key results, the
 * largest improvements short of the target, the owners of achieved key
 * results) and what to carry over (objectives below 1.0 with their unfinished
 * key results).
 *
 * @module
 */
import type { Id, OkrSet } from '../model/types.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import type { ReportContext } from './_context.js';
import type { CarryOverCandidate, CycleReview, ReviewObjective } from './types.js';

/** Improvements listed under "celebrate". */
const TOP_IMPROVEMENTS = 5;

/**
 * Achieved key results (earliest first, undated last), the five largest
 * positive improvements among the others, and the owners of achieved key
 * results (most first, then by name).
 */
export function celebrateOf(
  objectives: readonly ReviewObjective[],
  ctx: ReportContext,
): CycleReview['celebrate'] {
  const krs = objectives.flatMap((o) => o.keyResults);
  const achieved = krs
    .filter((k) => k.status === 'achieved')
    .sort((a, b) => (a.achievedAt ?? '\uffff').localeCompare(b.achievedAt ?? '\uffff'));
  const improvements = krs
    .filter(
      (k) => k.status !== 'achieved' && k.firstScore !== null && k.improvement > SCORE_EPSILON,
    )
    .sort((a, b) => b.improvement - a.improvement)
    .slice(0, TOP_IMPROVEMENTS);
  const ownerCounts = new Map<Id, number>();
  for (const k of achieved) ownerCounts.set(k.ownerId, (ownerCounts.get(k.ownerId) ?? 0) + 1);
  const owners = [...ownerCounts]
    .map(([ownerId, n]) => ({ ownerId, name: ctx.people.get(ownerId) ?? ownerId, achieved: n }))
    .sort((a, b) => b.achieved - a.achieved || a.name.localeCompare(b.name));
  return {
    achieved: achieved.map((k) => k.id),
    improvements: improvements.map((k) => k.id),
    owners,
  };
}

/**
 * Objectives below 1.0 with a key result below 1.0: flagged committed ones
 * first, then by score (closest to done first), their unfinished key results
 * worst first; `carriedTo` names the first objective of `set` whose
 * `carriedFrom` is it.
 */
export function carryOverOf(
  objectives: readonly ReviewObjective[],
  set: OkrSet,
  ctx: ReportContext,
): CarryOverCandidate[] {
  const carriedTo = new Map<Id, Id>();
  for (const o of set.objectives) {
    if (o.carriedFrom !== undefined && !carriedTo.has(o.carriedFrom))
      carriedTo.set(o.carriedFrom, o.id);
  }
  return objectives
    .filter(
      (o) => o.score + SCORE_EPSILON < 1 && o.keyResults.some((k) => k.score + SCORE_EPSILON < 1),
    )
    .sort(
      (a, b) =>
        Number(b.flagged && b.commitment === 'committed') -
          Number(a.flagged && a.commitment === 'committed') || b.score - a.score,
    )
    .map((o) => {
      const to = carriedTo.get(o.id);
      const c: CarryOverCandidate = {
        objectiveId: o.id,
        title: o.title,
        score: o.score,
        commitment: o.commitment,
        keyResults: o.keyResults
          .filter((k) => k.score + SCORE_EPSILON < 1)
          .sort((a, b) => a.score - b.score)
          .map((k) => k.id),
        carriedTo: to ?? null,
        carriedToTitle: to === undefined ? null : (ctx.objectives.get(to)?.title ?? to),
        carriedToCycle: null,
      };
      if (to !== undefined) {
        const cycleId = ctx.objectives.get(to)?.cycleId;
        c.carriedToCycle =
          cycleId === undefined ? null : (ctx.cycles.get(cycleId)?.name ?? cycleId);
      }
      return c;
    });
}
