import type { OkrRef } from '../../model/types.js';
import type { OkrIndex } from '../buildIndex.js';
import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';

function missing(index: OkrIndex, ref: OkrRef): [string, string] | undefined {
  if ('objectiveId' in ref)
    return index.objectives.has(ref.objectiveId) ? undefined : ['objectiveId', ref.objectiveId];
  return index.keyResults.has(ref.keyResultId) ? undefined : ['keyResultId', ref.keyResultId];
}

/**
 * `align/dependency-exists` — both sides of a dependency (`from` and `on`)
 * point at an objective or key result that exists.
 *
 * @example
 * ```ts
 * // Fails: { id: 'd1', from: { objectiveId: 'o-sales' }, on: { keyResultId: 'kr-gone' } }
 * // Passes: both ids exist.
 * ```
 */
export const alignDependencyExists = /* @__PURE__ */ defineRule({
  id: 'align/dependency-exists',
  meta: { description: 'Both sides of a dependency exist.', severity: 'error' },
  check(ctx) {
    const { set, index } = ctx;
    set.dependencies.forEach((d, i) => {
      for (const side of ['from', 'on'] as const) {
        const gone = missing(index, d[side]);
        if (gone === undefined) continue;
        const what = `${gone[0] === 'objectiveId' ? 'objective' : 'key result'} "${gone[1]}", which does not exist.`;
        // The other end by its objective's title, not the dependency's id.
        const otherId = index.refObjectiveId(d[side === 'from' ? 'on' : 'from']);
        const other =
          otherId === undefined
            ? undefined
            : idWithTitle(otherId, index.objectives.get(otherId)?.title);
        ctx.report({
          path: ['dependencies', i, side, gone[0]],
          ids: [d.id, gone[1]],
          message:
            side === 'from'
              ? `A dependency ${other === undefined ? '' : `on objective ${other} `}comes from ${what}`
              : `${other === undefined ? 'A dependency is' : `Objective ${other} depends`} on ${what}`,
        });
      }
    });
  },
});
