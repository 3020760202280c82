import { isUnitAncestor } from '../../core/unitForest.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `engage/owned-in-unit` — an objective is owned by a person of its own unit
 * (or a unit below it): co-developed by the team that delivers it, not handed
 * down from above. People without a `unitId` are not judged.
 *
 * @example
 * ```ts
 * // people: ceo (unit acme), lea (unit web)
 * // Fails: { id: 'o-web', unitId: 'web', ownerId: 'ceo' }
 * // Passes: { id: 'o-web', unitId: 'web', ownerId: 'lea' }
 * ```
 */
export const engageOwnedInUnit = /* @__PURE__ */ defineRule({
  id: 'engage/owned-in-unit',
  meta: {
    description:
      "An objective's owner belongs to its unit or a unit below it (co-developed, not handed down).",
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    const { objectiveUnit, unitOf, units } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      if (o.ownerId === undefined) return;
      const owner = index.people.get(o.ownerId);
      const unit = objectiveUnit[i]!;
      if (owner?.unitId === undefined || unit < 0) return;
      const ownerUnit = unitOf.get(owner.unitId);
      if (ownerUnit === unit || (ownerUnit !== undefined && isUnitAncestor(units, unit, ownerUnit)))
        return;
      ctx.report({
        path: ['objectives', i, 'ownerId'],
        ids: [o.id, owner.id],
        message: `Objective "${o.id}" of unit "${o.unitId}" is owned by "${owner.id}" of unit "${owner.unitId}": handed down, not co-developed.`,
        fix: `Let a person of "${o.unitId}" own it; "${owner.id}" can approve it.`,
      });
    });
  },
});
