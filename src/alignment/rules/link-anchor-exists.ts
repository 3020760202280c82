import { defineRule } from '../defineRule.js';

/**
 * `link/anchor-exists` — every link points at an anchor that exists: a
 * pillar of the strategy, a SWOT item of the matching kind, or an objective.
 *
 * @example
 * ```ts
 * // Fails: no pillar "growht"; "s1" is a threat, not a strength.
 * links: [{ kind: 'pillar', pillarId: 'growht' }, { kind: 'strength', swotId: 's1' }]
 * // Passes:
 * links: [{ kind: 'pillar', pillarId: 'growth' }, { kind: 'threat', swotId: 's1' }]
 * ```
 */
export const linkAnchorExists = /* @__PURE__ */ defineRule({
  id: 'link/anchor-exists',
  meta: {
    description:
      'Every link points at an existing pillar, SWOT item (of the same kind) or objective.',
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    set.objectives.forEach((o, i) => {
      o.links.forEach((link, j) => {
        if (link.kind === 'pillar') {
          if (!index.pillars.has(link.pillarId))
            ctx.report({
              path: ['objectives', i, 'links', j, 'pillarId'],
              ids: [o.id, link.pillarId],
              message: `Objective "${o.id}" links to pillar "${link.pillarId}", which the strategy does not have.`,
              fix: `Use one of the strategy's pillars: ${[...index.pillars.keys()].join(', ') || '(none defined)'}.`,
            });
        } else if (link.kind === 'supports') {
          if (!index.objectives.has(link.objectiveId))
            ctx.report({
              path: ['objectives', i, 'links', j, 'objectiveId'],
              ids: [o.id, link.objectiveId],
              message: `Objective "${o.id}" supports objective "${link.objectiveId}", which does not exist.`,
            });
        } else {
          const item = index.swot.get(link.swotId);
          if (item === undefined)
            ctx.report({
              path: ['objectives', i, 'links', j, 'swotId'],
              ids: [o.id, link.swotId],
              message: `Objective "${o.id}" links to ${link.kind} "${link.swotId}", which is not in the SWOT analysis.`,
            });
          else if (item.kind !== link.kind)
            ctx.report({
              path: ['objectives', i, 'links', j, 'kind'],
              ids: [o.id, link.swotId],
              message: `Objective "${o.id}" links to "${link.swotId}" as a ${link.kind}, but the SWOT analysis lists it as a ${item.kind}.`,
              fix: `Set the link's kind to "${item.kind}".`,
            });
        }
      });
    });
  },
});
