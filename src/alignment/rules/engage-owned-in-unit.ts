import { defineRule } from '../defineRule.js';

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
    set.objectives.forEach((o, i) => {
      if (o.ownerId === undefined) return;
      const owner = index.people.get(o.ownerId);
      if (owner?.unitId === undefined || !index.units.has(o.unitId)) return;
      if (index.isAncestorOrSelf(o.unitId, owner.unitId)) return;
      ctx.report({
        path: ['objectives', i, 'ownerId'],
        ids: [o.id, owner.id],
        message: `Objective "${o.id}" of unit "${o.unitId}" is owned by "${owner.id}" of unit "${owner.unitId}": handed down, not co-developed.`,
        fix: `Let a person of "${o.unitId}" own it; "${owner.id}" can approve it.`,
      });
    });
  },
});
