import { defineRule } from '../defineRule.js';
import { isBlank } from './isBlank.js';

/**
 * `owner/objective-owner` — every objective has an owner (`ownerId`) who
 * exists in `people`.
 *
 * @example
 * ```ts
 * // Fails: no ownerId, or ownerId 'ghost' (no such person).
 * // Passes: { id: 'o1', ownerId: 'ana', … }
 * ```
 */
export const ownerObjectiveOwner = /* @__PURE__ */ defineRule({
  id: 'owner/objective-owner',
  meta: { description: 'Every objective has an owner who exists.', severity: 'warning' },
  check(ctx) {
    const { set, index } = ctx;
    // Objectives of one unit often share their owner: one lookup per run.
    let lastOwner: string | undefined;
    let lastKnown = false;
    set.objectives.forEach((o, i) => {
      if (o.ownerId === undefined || isBlank(o.ownerId)) {
        ctx.report({
          path: ['objectives', i, 'ownerId'],
          ids: [o.id],
          message: `Objective "${o.id}" has no owner.`,
          fix: `Set ownerId to the person of unit "${o.unitId}" who leads it.`,
        });
        return;
      }
      if (o.ownerId !== lastOwner) {
        lastOwner = o.ownerId;
        lastKnown = index.people.has(o.ownerId);
      }
      if (!lastKnown)
        ctx.report({
          path: ['objectives', i, 'ownerId'],
          ids: [o.id, o.ownerId],
          message: `Objective "${o.id}" is owned by "${o.ownerId}", who is not in people.`,
        });
    });
  },
});
