import { isUnitAncestor } from '../../core/unitForest.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `cascade/parent-unit` — an objective cascades from an objective of its own
 * unit or of an ancestor unit. Lateral help for another team goes through a
 * `supports` link, not a parent.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // units: acme ⊃ eng ⊃ web, acme ⊃ sales
 * // Fails: web's objective cascades from sales' objective (a sibling branch).
 * const fails: Partial<Objective> = { id: 'o-web', unitId: 'web', parent: { objectiveId: 'o-sales' } };
 * // Passes: cascades from eng's (an ancestor's) objective.
 * const passes: Partial<Objective> = { id: 'o-web', unitId: 'web', parent: { objectiveId: 'o-eng' } };
 * ```
 */
export const cascadeParentUnit = /* @__PURE__ */ defineRule({
  id: 'cascade/parent-unit',
  meta: {
    description: 'The parent objective belongs to the same unit or an ancestor unit.',
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    const { chainNext, objectiveUnit, units } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      const p = chainNext[i]!;
      if (p < 0) return;
      const parent = set.objectives[p]!;
      const unit = objectiveUnit[i]!;
      const parentUnit = objectiveUnit[p]!;
      if (unit < 0 || parentUnit < 0) return;
      if (parentUnit !== unit && !isUnitAncestor(units, parentUnit, unit))
        ctx.report({
          path: ['objectives', i, 'parent'],
          ids: [o.id, parent.id],
          message: `Objective "${o.id}" (unit "${o.unitId}") cascades from "${parent.id}" of unit "${parent.unitId}", which is neither its unit nor above it.`,
          fix: `Replace the parent by a supports link: { kind: 'supports', objectiveId: '${parent.id}' }.`,
        });
    });
  },
});
