import type { Id } from '../../model/types.js';
import { defineRule } from '../defineRule.js';

/**
 * `cascade/no-loop` — the cascade has no loops: following `parent` (through a
 * key result to its objective) never comes back, however long the chain.
 * Each loop is reported once, on its first objective in set order, with the
 * loop's objectives in cascade order.
 *
 * @example
 * ```ts
 * // Fails: o1's parent is kr-2 of o2, and o2's parent is o1.
 * { id: 'o1', parent: { keyResultId: 'kr-2' } }, { id: 'o2', parent: { objectiveId: 'o1' } }
 * // Passes: o2 cascades from o1, o1 has no parent.
 * ```
 */
export const cascadeNoLoop = /* @__PURE__ */ defineRule({
  id: 'cascade/no-loop',
  meta: { description: 'Parent chains (objective → key result → objective …) never loop.', severity: 'error' },
  check(ctx) {
    const { set, index } = ctx;
    // 0 = unvisited, 1 = on the current walk, 2 = done.
    const state = new Map<Id, number>();
    const loops: Id[][] = [];
    for (const o of set.objectives) {
      if (state.has(o.id)) continue;
      const walk: Id[] = [];
      let current: Id | undefined = o.id;
      while (current !== undefined && !state.has(current)) {
        state.set(current, 1);
        walk.push(current);
        current = index.parentObjectiveId(current);
      }
      if (current !== undefined && state.get(current) === 1) loops.push(walk.slice(walk.indexOf(current)));
      for (const id of walk) state.set(id, 2);
    }
    for (const loop of loops) {
      // Start the loop at its first objective in set order.
      let first = 0;
      for (let k = 1; k < loop.length; k++) {
        if (index.positions.objectives.get(loop[k]!)! < index.positions.objectives.get(loop[first]!)!) first = k;
      }
      const ordered = [...loop.slice(first), ...loop.slice(0, first)];
      const head = ordered[0]!;
      ctx.report({
        path: ['objectives', index.positions.objectives.get(head)!, 'parent'],
        ids: ordered,
        message: `The cascade loops: ${[...ordered, head].map((id) => `"${id}"`).join(' → ')}.`,
        fix: 'Remove one parent link of the loop so the chain ends at a top-level objective.',
      });
    }
  },
});
