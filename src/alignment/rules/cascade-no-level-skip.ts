import { defineRule } from '../defineRule.js';

/**
 * `cascade/no-level-skip` — an objective cascades from its own unit or its
 * unit's direct parent, never across several levels (company → team,
 * skipping the department). Off in `recommended`, on in `strict`.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // units: acme ⊃ eng ⊃ web
 * // Fails: web's objective cascades straight from acme's.
 * const fails: Partial<Objective> = { id: 'o-web', unitId: 'web', parent: { objectiveId: 'o-acme' } };
 * // Passes: from eng's.
 * const passes: Partial<Objective> = { id: 'o-web', unitId: 'web', parent: { objectiveId: 'o-eng' } };
 * ```
 */
export const cascadeNoLevelSkip = /* @__PURE__ */ defineRule({
  id: 'cascade/no-level-skip',
  meta: {
    description: "A child objective's unit is its parent's unit or a direct child of it.",
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    set.objectives.forEach((o, i) => {
      const parent = set.objectives[index.parentObjectivePosition(i)];
      if (parent === undefined || parent.unitId === o.unitId) return;
      if (index.units.get(o.unitId)?.parentId === parent.unitId) return;
      if (!index.isAncestor(parent.unitId, o.unitId)) return; // cascade/parent-unit reports it
      const skipped = index.unitAncestors(o.unitId);
      const between = skipped.slice(0, skipped.indexOf(parent.unitId));
      ctx.report({
        path: ['objectives', i, 'parent'],
        ids: [o.id, parent.id],
        message: `Objective "${o.id}" (unit "${o.unitId}") cascades from "${parent.id}" of unit "${parent.unitId}", skipping ${between.map((u) => `"${u}"`).join(', ')}.`,
        fix: `Cascade through an objective of "${between[between.length - 1]}".`,
      });
    });
  },
});
