/**
 * Private to `cycleReview`: the outcome per strategic pillar — the weighted
 * mean score of the cycle's objectives that reach the pillar through their
 * links or their parent chain.
 *
 * @module
 */
import type { Cycle, Id, OkrSet } from '../model/types.js';
import { pillarReach } from '../rollup/_pillarReach.js';
import type { Scorecard } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import type { Scale } from '../scale/Scale.js';
import type { ReportContext } from './_context.js';
import type { PillarOutcome, ReviewObjective } from './types.js';

/**
 * Per pillar of the set's strategy: the weighted mean (objective weights) of
 * the rollup scores of the reviewed `objectives` of `cycle` that reach it
 * (`null` with none), graded on `scale`, with how many reach it and how many met
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
  // The rollup's reach (one pass down the cascade): linear in the set, however deep the chain.
  const graph = ctx.graph;
  const reachOf = pillarReach(graph, set.objectives);
  const reach = new Map<Id, readonly number[]>();
  for (const o of objectives) {
    const at = graph.objectiveOf.get(o.id);
    const r =
      at === undefined || set.objectives[at]!.cycleId !== cycle.id ? undefined : reachOf[at];
    if (r !== undefined) reach.set(o.id, r);
  }
  for (const p of set.strategy.pillars) {
    const at = graph.pillarOf.get(p.id);
    let sum = 0;
    let weight = 0;
    let count = 0;
    let met = 0;
    for (const o of objectives) {
      if (at === undefined || !reach.get(o.id)?.includes(at)) continue;
      count += 1;
      if (!o.flagged) met += 1;
      const oc = card.objectives[o.id];
      if (oc?.score === null || oc === undefined) continue;
      const wgt = ctx.objectives.get(o.id)?.weight ?? 1;
      sum += wgt * oc.score;
      weight += wgt;
    }
    // No objective of the cycle reaches it (or none has a score): nothing to grade, not a red 0.
    const score = weight > 0 ? sum / weight : null;
    pillars.push({
      pillarId: p.id,
      title: p.title,
      score,
      band: score === null ? null : grade(score, scale),
      objectives: count,
      met,
    });
  }
  return pillars;
}
