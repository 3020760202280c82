import { PARENT_KEY_RESULT, PARENT_OBJECTIVE } from '../../core/OkrGraph.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `cascade/parent-exists` — an objective's `parent` (an objective or a key
 * result) exists.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // Fails: there is no key result "kr-9".
 * const fails: Partial<Objective> = { id: 'o2', parent: { keyResultId: 'kr-9' } };
 * // Passes:
 * const passes: Partial<Objective> = { id: 'o2', parent: { keyResultId: 'kr-1' } };
 * ```
 */
export const cascadeParentExists = /* @__PURE__ */ defineRule({
  id: 'cascade/parent-exists',
  meta: { description: "An objective's parent objective or key result exists.", severity: 'error' },
  check(ctx) {
    const { set, index } = ctx;
    const { objectiveParentKind, objectiveParent, keyResultObjective } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      const parent = o.parent;
      if (parent === undefined) return;
      // The graph resolved the parent: an objective, or a key result whose objective exists.
      const kind = objectiveParentKind[i]!;
      if (kind === PARENT_OBJECTIVE) return;
      if (kind === PARENT_KEY_RESULT && keyResultObjective[objectiveParent[i]!]! >= 0) return;
      if ('objectiveId' in parent) {
        if (!index.objectives.has(parent.objectiveId))
          ctx.report({
            path: ['objectives', i, 'parent', 'objectiveId'],
            ids: [o.id, parent.objectiveId],
            message: `Objective "${o.id}" cascades from objective "${parent.objectiveId}", which does not exist.`,
          });
      } else {
        const kr = index.keyResults.get(parent.keyResultId);
        if (kr === undefined)
          ctx.report({
            path: ['objectives', i, 'parent', 'keyResultId'],
            ids: [o.id, parent.keyResultId],
            message: `Objective "${o.id}" cascades from key result "${parent.keyResultId}", which does not exist.`,
          });
        else if (!index.objectives.has(kr.objectiveId))
          ctx.report({
            path: ['objectives', i, 'parent', 'keyResultId'],
            ids: [o.id, kr.id, kr.objectiveId],
            message: `Objective "${o.id}" cascades from key result "${kr.id}", whose objective "${kr.objectiveId}" does not exist.`,
          });
      }
    });
  },
});
