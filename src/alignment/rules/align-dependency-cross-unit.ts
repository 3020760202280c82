import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';

/**
 * `align/dependency-cross-unit` — a dependency links two different units:
 * explicit dependencies are for work across teams (within a team it is
 * ordinary planning), and nothing depends on itself.
 *
 * @example
 * ```ts
 * // Fails: from o-web-1 on o-web-2, both of unit web.
 * // Passes: from o-sales (unit sales) on o-web-1 (unit web).
 * ```
 */
export const alignDependencyCrossUnit = /* @__PURE__ */ defineRule({
  id: 'align/dependency-cross-unit',
  meta: {
    description: 'A dependency links objectives of two different units.',
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    set.dependencies.forEach((d, i) => {
      const fromId = index.refObjectiveId(d.from);
      const onId = index.refObjectiveId(d.on);
      if (fromId === undefined || onId === undefined) return; // align/dependency-exists
      const from = index.objectives.get(fromId)!;
      const on = index.objectives.get(onId)!;
      if (from.unitId !== on.unitId) return;
      ctx.report({
        path: ['dependencies', i],
        ids: [d.id, fromId, onId],
        message:
          fromId === onId
            ? `Objective ${idWithTitle(fromId, from.title)} depends on itself.`
            : `The dependency of objective ${idWithTitle(fromId, from.title)} on ${idWithTitle(onId, on.title)} links two objectives of the same unit "${from.unitId}"; dependencies make cross-team work explicit.`,
        fix: 'Remove it, or point it at the other team whose work you need.',
      });
    });
  },
});
