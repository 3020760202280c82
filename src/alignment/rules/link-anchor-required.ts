import { anchoredObjectives } from '../anchors.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `link/anchor-required` — every objective reaches one of the six LEAD
 * anchors (a strategic pillar, a supporting role for another team's
 * objective, a strength, a weakness, an opportunity or a threat), directly or
 * through its parent chain. An objective that links to none is "homework",
 * not strategy. Links to anchors that do not exist do not count.
 *
 * @example
 * ```ts
 * import type { Objective } from 'sokr';
 * // Fails: no link and no parent.
 * const fails: Partial<Objective> = { id: 'o1', unitId: 'web', links: [] };
 * // Passes: cascaded from an objective that links to a pillar, or linked to an anchor.
 * const passes: Partial<Objective>[] = [
 *   { id: 'o2', unitId: 'web', parent: { keyResultId: 'kr-company-1' }, links: [] },
 *   { id: 'o3', unitId: 'web', links: [{ kind: 'opportunity', swotId: 'ai-search' }] },
 * ];
 * ```
 */
export const linkAnchorRequired = /* @__PURE__ */ defineRule({
  id: 'link/anchor-required',
  meta: {
    description:
      'Every objective links to one of the six LEAD anchors, directly or through its parent chain; otherwise it is homework.',
    severity: 'warning',
  },
  check(ctx) {
    const { set, index } = ctx;
    const graph = graphOfIndex(index);
    const anchored = anchoredObjectives(graph);
    const objectiveOf = graph.objectiveOf;
    set.objectives.forEach((o, i) => {
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      if (anchored[objectiveOf.hasDuplicates ? objectiveOf.get(o.id)! : i] === 2) return;
      ctx.report({
        path: ['objectives', i, 'links'],
        ids: [o.id],
        message: `Objective "${o.id}" links to none of the six anchors (pillar, supported objective, strength, weakness, opportunity, threat): it is homework, not strategy.`,
        fix: 'Link it to a pillar or a SWOT item, to the objective it supports, or cascade it from an anchored objective (parent).',
      });
    });
  },
});
