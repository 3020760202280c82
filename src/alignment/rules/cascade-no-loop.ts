import { defineRule } from '../defineRule.js';

/**
 * `cascade/no-loop` — the cascade has no loops: following `parent` (through a
 * key result to its objective) never comes back, however long the chain.
 * Each loop is reported once, on its first objective in set order, with the
 * loop's objectives in cascade order.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // Fails: o1's parent is kr-2 of o2, and o2's parent is o1.
 * const fails: Partial<Objective>[] = [
 *   { id: 'o1', parent: { keyResultId: 'kr-2' } },
 *   { id: 'o2', parent: { objectiveId: 'o1' } },
 * ];
 * // Passes: o2 cascades from o1, o1 has no parent.
 * const passes: Partial<Objective>[] = [{ id: 'o1' }, { id: 'o2', parent: { objectiveId: 'o1' } }];
 * ```
 */
export const cascadeNoLoop = /* @__PURE__ */ defineRule({
  id: 'cascade/no-loop',
  meta: {
    description: 'Parent chains (objective → key result → objective …) never loop.',
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    // Walk up from every objective once (by array position): 0 = unvisited,
    // 1 = on the current walk, 2 = done. Each objective has at most one
    // parent, so a walk that meets its own trail has found a loop.
    const n = set.objectives.length;
    const state = new Uint8Array(n);
    const loops: number[][] = [];
    const walk: number[] = [];
    for (let start = 0; start < n; start++) {
      if (state[start] !== 0) continue;
      walk.length = 0;
      let at = start;
      while (at >= 0 && state[at] === 0) {
        state[at] = 1;
        walk.push(at);
        at = index.parentObjectivePosition(at);
      }
      if (at >= 0 && state[at] === 1) loops.push(walk.slice(walk.indexOf(at)));
      for (const w of walk) state[w] = 2;
    }
    for (const loop of loops) {
      // Start the loop at its first objective in set order.
      let first = 0;
      for (let k = 1; k < loop.length; k++) if (loop[k]! < loop[first]!) first = k;
      const ordered = [...loop.slice(first), ...loop.slice(0, first)].map(
        (at) => set.objectives[at]!.id,
      );
      const head = ordered[0]!;
      ctx.report({
        path: ['objectives', loop[first]!, 'parent'],
        ids: ordered,
        message: `The cascade loops: ${[...ordered, head].map((id) => `"${id}"`).join(' → ')}.`,
        fix: 'Remove one parent link of the loop so the chain ends at a top-level objective.',
      });
    }
  },
});
