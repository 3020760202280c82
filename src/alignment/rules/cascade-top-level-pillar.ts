import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `cascade/top-level-pillar` — objectives of the root unit (the company's
 * objectives) link to a strategic pillar directly: the clean line from the
 * pillar to the objective to the key result.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // Fails: a company objective anchored on a SWOT item only.
 * const fails: Partial<Objective> = { id: 'o1', unitId: 'acme', links: [{ kind: 'threat', swotId: 't1' }] };
 * // Passes:
 * const passes: Partial<Objective> = {
 *   id: 'o1',
 *   unitId: 'acme',
 *   links: [{ kind: 'pillar', pillarId: 'growth' }],
 * };
 * ```
 */
export const cascadeTopLevelPillar = /* @__PURE__ */ defineRule({
  id: 'cascade/top-level-pillar',
  meta: {
    description: 'Objectives of the root unit link directly to a strategic pillar.',
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    const { objectiveUnit } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      const unit = objectiveUnit[i]!;
      if (unit < 0 || set.units[unit]!.parentId !== undefined) return;
      if (o.links.some((l) => l.kind === 'pillar')) return;
      ctx.report({
        path: ['objectives', i, 'links'],
        ids: [o.id],
        message: `Company objective "${o.id}" (root unit "${o.unitId}") does not link to a strategic pillar.`,
        fix: `Add { kind: 'pillar', pillarId: … } for the pillar it advances.`,
      });
    });
  },
});
