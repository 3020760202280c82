import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `cascade/parent-cycle` — a child objective's cycle lies within its parent
 * objective's cycle (a quarter within its year, or the same cycle).
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // cycles: fy26 2026-01-01…2026-12-31, q1 2026-01-01…2026-03-31, q1-27 2027-01-01…2027-03-31
 * // Fails: the child runs in 2027, its parent in 2026.
 * // (o1 runs in cycle fy26)
 * const fails: Partial<Objective> = { id: 'o2', cycleId: 'q1-27', parent: { objectiveId: 'o1' } };
 * // Passes:
 * const passes: Partial<Objective> = { id: 'o2', cycleId: 'q1', parent: { objectiveId: 'o1' } };
 * ```
 */
export const cascadeParentCycle = /* @__PURE__ */ defineRule({
  id: 'cascade/parent-cycle',
  meta: {
    description: "A child objective's cycle lies within its parent's cycle.",
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    const { chainNext, objectiveCycle, cycleStart, cycleEnd } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      const p = chainNext[i]!;
      if (p < 0) return;
      const parent = set.objectives[p]!;
      if (parent.cycleId === o.cycleId) return;
      const child = objectiveCycle[i]!;
      const outer = objectiveCycle[p]!;
      if (child < 0 || outer < 0) return;
      const childStart = cycleStart[child]!;
      const childEnd = cycleEnd[child]!;
      const outerStart = cycleStart[outer]!;
      const outerEnd = cycleEnd[outer]!;
      if ([childStart, childEnd, outerStart, outerEnd].some(Number.isNaN)) return;
      if (childStart < outerStart || childEnd > outerEnd)
        ctx.report({
          path: ['objectives', i, 'cycleId'],
          ids: [o.id, parent.id],
          message: `Objective "${o.id}" runs in cycle "${o.cycleId}", which is not within cycle "${parent.cycleId}" of its parent "${parent.id}".`,
          fix: `Move it to cycle "${parent.cycleId}" or one of its sub-cycles.`,
        });
    });
  },
});
