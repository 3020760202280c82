import { defineRule } from '../defineRule.js';

/**
 * `cascade/parent-cycle` — a child objective's cycle lies within its parent
 * objective's cycle (a quarter within its year, or the same cycle).
 *
 * @example
 * ```ts
 * // cycles: fy26 2026-01-01…2026-12-31, q1 2026-01-01…2026-03-31, q1-27 2027-01-01…2027-03-31
 * // Fails: the child runs in 2027, its parent in 2026.
 * // (o1 runs in cycle fy26)
 * { id: 'o2', cycleId: 'q1-27', parent: { objectiveId: 'o1' } }
 * // Passes:
 * { id: 'o2', cycleId: 'q1', parent: { objectiveId: 'o1' } }
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
    set.objectives.forEach((o, i) => {
      const parent = set.objectives[index.parentObjectivePosition(i)];
      if (parent === undefined || parent.cycleId === o.cycleId) return;
      const child = index.cycleSpan(o.cycleId);
      const outer = index.cycleSpan(parent.cycleId);
      if (child === undefined || outer === undefined) return;
      if (child.start < outer.start || child.end > outer.end)
        ctx.report({
          path: ['objectives', i, 'cycleId'],
          ids: [o.id, parent.id],
          message: `Objective "${o.id}" runs in cycle "${o.cycleId}", which is not within cycle "${parent.cycleId}" of its parent "${parent.id}".`,
          fix: `Move it to cycle "${parent.cycleId}" or one of its sub-cycles.`,
        });
    });
  },
});
