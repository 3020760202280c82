import { defineRule } from '../defineRule.js';

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
        message: `Dependency "${d.id}" was declined${onId === undefined ? '' : ` by the owners of "${onId}"`}; ${fromId === undefined ? 'the work that needs it' : `"${fromId}"`} must be re-planned.`,
        fix: 'Re-scope the dependent key results, find another way, or escalate; then remove the dependency.',
      });
    });
  },
});
