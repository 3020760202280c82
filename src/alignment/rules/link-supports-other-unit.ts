import { defineRule } from '../defineRule.js';

/**
 * `link/supports-other-unit` — a `supports` link is a supporting role for
 * *another* team: it points at an objective of a different unit (support
 * within a unit is a parent link, not a supports link).
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // Fails: o2 (unit web) supports o1, also of unit web.
 * const o2: Partial<Objective> = { id: 'o2', unitId: 'web', links: [{ kind: 'supports', objectiveId: 'o1' }] };
 * // Passes: o1 belongs to unit sales.
 * ```
 */
export const linkSupportsOtherUnit = /* @__PURE__ */ defineRule({
  id: 'link/supports-other-unit',
  meta: {
    description: "A supports link points at another unit's objective.",
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    set.objectives.forEach((o, i) => {
      o.links.forEach((link, j) => {
        if (link.kind !== 'supports') return;
        const target = index.objectives.get(link.objectiveId);
        if (target === undefined) return; // link/anchor-exists reports it
        if (target.id === o.id)
          ctx.report({
            path: ['objectives', i, 'links', j, 'objectiveId'],
            ids: [o.id],
            message: `Objective "${o.id}" supports itself.`,
            fix: "Point the supports link at the other team's objective this one helps.",
          });
        else if (target.unitId === o.unitId)
          ctx.report({
            path: ['objectives', i, 'links', j, 'objectiveId'],
            ids: [o.id, target.id],
            message: `Objective "${o.id}" supports "${target.id}" of its own unit "${o.unitId}"; a supporting role is for another team.`,
            fix: `Make "${target.id}" (or one of its key results) the parent of "${o.id}" instead.`,
          });
      });
    });
  },
});
