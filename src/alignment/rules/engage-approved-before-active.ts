import { isUnitAncestor } from '../../core/unitForest.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `engage/approved-before-active` — an objective below the root unit that is
 * `active` or `closed` was approved (`approvedBy`) by a person of a strict
 * ancestor unit: written by the team, agreed with the level above.
 *
 * @example
 * ```ts
 * // units acme ⊃ eng ⊃ web; people cto (eng), lea (web)
 * // Fails: { id: 'o-web', unitId: 'web', state: 'active' } (no approvedBy), or approvedBy: 'lea'.
 * // Passes: { id: 'o-web', unitId: 'web', state: 'active', approvedBy: 'cto' }
 * ```
 */
export const engageApprovedBeforeActive = /* @__PURE__ */ defineRule({
  id: 'engage/approved-before-active',
  meta: {
    description:
      'An active or closed objective below the root was approved by a person of an ancestor unit.',
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    const { objectiveUnit, unitOf, units } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      if (o.state !== 'active' && o.state !== 'closed') return;
      const unit = objectiveUnit[i]!;
      if (unit < 0 || set.units[unit]!.parentId === undefined) return;
      if (o.approvedBy === undefined) {
        ctx.report({
          path: ['objectives', i, 'approvedBy'],
          ids: [o.id],
          message: `Objective "${o.id}" is ${o.state} but was never approved.`,
          fix: `Have a leader of a unit above "${o.unitId}" approve it before activating it.`,
        });
        return;
      }
      const approver = index.people.get(o.approvedBy);
      if (approver === undefined) {
        ctx.report({
          path: ['objectives', i, 'approvedBy'],
          ids: [o.id, o.approvedBy],
          message: `Objective "${o.id}" was approved by "${o.approvedBy}", who is not in people.`,
        });
        return;
      }
      const approverUnit = approver.unitId === undefined ? undefined : unitOf.get(approver.unitId);
      if (approverUnit === undefined || !isUnitAncestor(units, approverUnit, unit))
        ctx.report({
          path: ['objectives', i, 'approvedBy'],
          ids: [o.id, approver.id],
          message: `Objective "${o.id}" of unit "${o.unitId}" was approved by "${approver.id}"${approver.unitId === undefined ? ', who belongs to no unit' : ` of unit "${approver.unitId}"`}, not by someone of a unit above it.`,
          fix: `Have a leader of ${
            index
              .unitAncestors(o.unitId)
              .map((u) => `"${u}"`)
              .join(' or ') || 'a unit above it'
          } approve it.`,
        });
    });
  },
});
