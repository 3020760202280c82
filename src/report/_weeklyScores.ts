/**
 * Private to `weeklyReport`: the scores of the report's scope — each unit's
 * subtree and the top — from the weighted sums (objective weights) of the
 * objective scores at both instants, as the rollup's aggregates average them.
 *
 * @module
 */
import type { Id, Unit } from '../model/types.js';
import type { WeeklyUnit } from './types.js';

/** Weighted sums of objective scores now and a week earlier (objectives without a score left out). */
export interface ScopeSums {
  now: number;
  before: number;
  weight: number;
  weightBefore: number;
}

/**
 * Adds every unit's sums into its parent's (children come after their parent
 * in tree order, so bottom-up; the report's root unit `rootId` adds to no
 * parent), then sets each unit's `score` and `previousScore` (0 without weight).
 */
export function subtreeScores(
  units: WeeklyUnit[],
  tree: ReadonlyArray<{ unit: Unit }>,
  sums: Map<Id, ScopeSums>,
  rootId: Id | undefined,
): void {
  for (let i = tree.length - 1; i >= 0; i--) {
    const { unit } = tree[i]!;
    const parentId = unit.parentId;
    if (parentId === undefined || unit.id === rootId) continue;
    const acc = sums.get(unit.id);
    const parent = sums.get(parentId);
    if (acc === undefined || parent === undefined) continue;
    parent.now += acc.now;
    parent.before += acc.before;
    parent.weight += acc.weight;
    parent.weightBefore += acc.weightBefore;
  }
  for (const u of units) {
    const acc = sums.get(u.id);
    if (acc === undefined) continue;
    u.score = acc.weight > 0 ? acc.now / acc.weight : 0;
    u.previousScore = acc.weightBefore > 0 ? acc.before / acc.weightBefore : 0;
  }
}

/** The score of the whole scope: the sums of the top units (depth 0) together. */
export function topScores(
  tree: ReadonlyArray<{ unit: Unit; depth: number }>,
  sums: Map<Id, ScopeSums>,
): { score: number; previousScore: number } {
  let now = 0;
  let before = 0;
  let weight = 0;
  let weightBefore = 0;
  for (const { unit, depth } of tree) {
    if (depth !== 0) continue;
    const acc = sums.get(unit.id);
    if (acc === undefined) continue;
    now += acc.now;
    before += acc.before;
    weight += acc.weight;
    weightBefore += acc.weightBefore;
  }
  return {
    score: weight > 0 ? now / weight : 0,
    previousScore: weightBefore > 0 ? before / weightBefore : 0,
  };
}
