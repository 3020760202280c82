/**
 * Private to `cycleReview`: the outcome per strategic pillar — the weighted
 * mean score of the cycle's objectives that reach the pillar through their
 * links or their parent chain.
 *
 * @module
 */
import type { Cycle, Id, Objective, OkrSet } from '../model/types.js';
import type { Scorecard } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import type { Scale } from '../scale/Scale.js';
import type { ReportContext } from './_context.js';
import type { PillarOutcome, ReviewObjective } from './types.js';

/** Pillars an objective reaches through its own links and its parent chain. */
function pillarsReached(o: Objective, ctx: ReportContext): Set<Id> {
  const out = new Set<Id>();
  const seen = new Set<Id>();
  let cur: Objective | undefined = o;
  while (cur !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    for (const l of cur.links) if (l.kind === 'pillar') out.add(l.pillarId);
    const parent: Objective['parent'] = cur.parent;
    if (parent === undefined) break;
    const parentId: Id | undefined =
      'objectiveId' in parent
        ? parent.objectiveId
        : ctx.keyResultsById.get(parent.keyResultId)?.objectiveId;
    cur = parentId === undefined ? undefined : ctx.objectives.get(parentId);
  }
  return out;
}

/**
 * Per pillar of the set's strategy: the weighted mean (objective weights) of
 * the rollup scores of the reviewed `objectives` of `cycle` that reach it (0
 * with none), graded on `scale`, with how many reach it and how many met
 * their target.
 */
export function pillarOutcomesOf(
  objectives: readonly ReviewObjective[],
  set: OkrSet,
  cycle: Cycle,
  card: Scorecard,
  scale: Scale,
  ctx: ReportContext,
): PillarOutcome[] {
  const pillars: PillarOutcome[] = [];
  const reach = new Map<Id, Set<Id>>();
  for (const o of set.objectives)
    if (o.cycleId === cycle.id) reach.set(o.id, pillarsReached(o, ctx));
  for (const p of set.strategy.pillars) {
    let sum = 0;
    let weight = 0;
    let count = 0;
    let met = 0;
    for (const o of objectives) {
      if (!reach.get(o.id)?.has(p.id)) continue;
      count += 1;
      if (!o.flagged) met += 1;
      const oc = card.objectives[o.id];
      if (oc?.score === null || oc === undefined) continue;
      const wgt = ctx.objectives.get(o.id)?.weight ?? 1;
      sum += wgt * oc.score;
      weight += wgt;
    }
    const score = weight > 0 ? sum / weight : 0;
    pillars.push({
      pillarId: p.id,
      title: p.title,
      score,
      band: grade(score, scale),
      objectives: count,
      met,
    });
  }
  return pillars;
}
