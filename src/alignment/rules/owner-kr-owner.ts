import { defineRule } from '../defineRule.js';
import { isBlank } from './isBlank.js';

/**
 * `owner/kr-owner` — every key result has exactly one owner (`ownerId`,
 * one person) who exists in `people`.
 *
 * @example
 * ```ts
 * import type { KeyResult } from 'sokr';
 * // Fails: ownerId '' or 'nobody' (no such person).
 * const fails: Partial<KeyResult> = { id: 'kr1', ownerId: 'nobody' };
 * // Passes:
 * const passes: Partial<KeyResult> = { id: 'kr1', ownerId: 'ana' };
 * ```
 */
export const ownerKrOwner = /* @__PURE__ */ defineRule({
  id: 'owner/kr-owner',
  meta: { description: 'Every key result has exactly one owner who exists.', severity: 'error' },
  check(ctx) {
    const { set, index } = ctx;
    // Key results of one objective often share their owner: one lookup per run.
    let lastOwner: string | undefined;
    let lastKnown = false;
    set.keyResults.forEach((kr, i) => {
      const owner = kr.ownerId as unknown;
      if (typeof owner !== 'string' || isBlank(owner)) {
        ctx.report({
          path: ['keyResults', i, 'ownerId'],
          ids: [kr.id],
          message: `Key result "${kr.id}" has no owner; every key result needs exactly one named owner.`,
          fix: 'Set ownerId to the one person accountable for it.',
        });
        return;
      }
      if (owner !== lastOwner) {
        lastOwner = owner;
        lastKnown = index.people.has(owner);
      }
      if (!lastKnown)
        ctx.report({
          path: ['keyResults', i, 'ownerId'],
          ids: [kr.id, owner],
          message: `Key result "${kr.id}" is owned by "${owner}", who is not in people.`,
        });
    });
  },
});
