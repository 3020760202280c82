import type { Id } from '../../model/types.js';
import { defineRule } from '../defineRule.js';

/**
 * `limits/company-objectives` — the root unit has `min`–`max` objectives per
 * cycle (1–3 by default): the few high-level objectives everything cascades
 * from. Above `max` counts the cycle's own root objectives. Below `min`
 * applies to every cycle that has objectives, and counts the root objectives
 * of the cycle and of its parent cycles (company objectives set for the year
 * cover its quarters).
 *
 * @example
 * ```ts
 * // Fails: acme (root) has 4 objectives in fy26; or q1 has team objectives but no
 * // company objective in q1 or fy26.
 * // Passes: acme has 2 objectives in fy26, teams have theirs in q1 (q1.parentId = fy26).
 * ```
 */
export const limitsCompanyObjectives = /* @__PURE__ */ defineRule({
  id: 'limits/company-objectives',
  meta: {
    description: 'The root unit has 1–3 high-level objectives per cycle.',
    severity: 'warning',
    options: {
      min: {
        type: 'number',
        default: 1,
        min: 0,
        integer: true,
        description: 'Fewest company objectives per cycle.',
      },
      max: {
        type: 'number',
        default: 3,
        min: 1,
        integer: true,
        description: 'Most company objectives per cycle.',
      },
    },
    checkOptions: (o) =>
      o.min > o.max ? `min (${o.min}) must not exceed max (${o.max})` : undefined,
  },
  check(ctx) {
    const { set, index, options } = ctx;
    const root = index.rootUnitId;
    if (root === undefined) return;
    const own = (cycleId: Id): number => index.objectivesOfUnit(root, cycleId).length;
    const rootPos = index.positions.units.get(root)!;
    for (const cycle of set.cycles) {
      const cycleId = cycle.id;
      if (index.cycles.get(cycleId) !== cycle || index.objectivesOfCycle(cycleId).length === 0)
        continue;
      const n = own(cycleId);
      if (n > options.max) {
        ctx.report({
          path: ['units', rootPos],
          ids: [root, cycleId],
          message: `The company ("${root}") has ${n} objectives in cycle "${cycleId}"; at most ${options.max} high-level objectives keep everyone focused.`,
          fix: 'Merge company objectives or move some down to the departments that own them.',
        });
        continue;
      }
      let covered = n;
      const visited = new Set<Id>([cycleId]);
      let parent = index.cycles.get(cycleId)?.parentId;
      while (covered < options.min && parent !== undefined && !visited.has(parent)) {
        visited.add(parent);
        covered += own(parent);
        parent = index.cycles.get(parent)?.parentId;
      }
      if (covered < options.min)
        ctx.report({
          path: ['units', rootPos],
          ids: [root, cycleId],
          message: `The company ("${root}") has ${covered} objective${covered === 1 ? '' : 's'} for cycle "${cycleId}"; teams need ${options.min}–${options.max} high-level objectives to align with.`,
        });
    }
  },
});
