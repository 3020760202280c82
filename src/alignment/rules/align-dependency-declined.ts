import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';

/** The finding's message: the objectives by their titles (`from`, `on` quoted by {@link idWithTitle}), not the dependency's id. */
function declinedText(from: string | undefined, on: string | undefined): string {
  if (on === undefined)
    return from === undefined
      ? 'A dependency was declined; the work that needs it must be re-planned.'
      : `The dependency of objective ${from} was declined; the objective must be re-planned.`;
  return from === undefined
    ? `The owners of ${on} declined a dependency on it; the work that needs it must be re-planned.`
    : `The owners of ${on} declined the dependency of objective ${from}, which must be re-planned.`;
}

/**
 * `align/dependency-declined` — a declined dependency is an open problem: the
 * work that needs it has to be re-planned (or the dependency removed) while
 * the objective is not closed.
 *
 * @example
 * ```ts
 * // Fails: { id: 'd1', from: { objectiveId: 'o-sales' }, on: …, state: 'declined' } with o-sales active.
 * // Passes: state 'accepted', or the `from` objective is closed.
 * ```
 */
export const alignDependencyDeclined = /* @__PURE__ */ defineRule({
  id: 'align/dependency-declined',
  meta: { description: 'No open objective relies on a declined dependency.', severity: 'warning' },
  check(ctx) {
    const { set, index } = ctx;
    set.dependencies.forEach((d, i) => {
      if (d.state !== 'declined') return;
      const fromId = index.refObjectiveId(d.from);
      if (fromId !== undefined && index.objectives.get(fromId)!.state === 'closed') return;
      const onId = index.refObjectiveId(d.on);
      const ids = [d.id];
      if (fromId !== undefined) ids.push(fromId);
      if (onId !== undefined) ids.push(onId);
      ctx.report({
        path: ['dependencies', i, 'state'],
        ids,
        message: declinedText(
          fromId === undefined
            ? undefined
            : idWithTitle(fromId, index.objectives.get(fromId)!.title),
          onId === undefined ? undefined : idWithTitle(onId, index.objectives.get(onId)!.title),
        ),
        fix: 'Re-scope the dependent key results, find another way, or escalate; then remove the dependency.',
      });
    });
  },
});
