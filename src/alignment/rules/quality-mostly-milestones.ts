import { defineRule } from '../defineRule.js';

/**
 * `quality/mostly-milestones` — an objective whose key results are mostly
 * milestones (more than `maxShare`, half by default, once it has
 * `minKeyResults` or more) is a project plan, not a set of outcomes.
 *
 * @example
 * ```ts
 * // Flagged: 2 of 3 key results are milestones.
 * // Passes: 1 of 3 (or 1 of 2: exactly half is not "mostly").
 * ```
 */
export const qualityMostlyMilestones = /* @__PURE__ */ defineRule({
  id: 'quality/mostly-milestones',
  meta: {
    description: 'Most key results of an objective are measured outcomes, not milestones.',
    severity: 'warning',
    options: {
      maxShare: {
        type: 'number',
        default: 0.5,
        min: 0,
        max: 1,
        description: 'Largest share of milestone key results that is not flagged.',
      },
      minKeyResults: {
        type: 'number',
        default: 2,
        min: 1,
        integer: true,
        description: 'Objectives with fewer key results are not checked.',
      },
    },
  },
  check(ctx) {
    const { set, index, options } = ctx;
    set.objectives.forEach((o, i) => {
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      const krs = index.keyResultsOf(o.id);
      if (krs.length < options.minKeyResults) return;
      const milestones = krs.filter((k) => k.measure?.kind === 'milestone');
      if (milestones.length / krs.length <= options.maxShare) return;
      ctx.report({
        path: ['objectives', i],
        ids: [o.id, ...milestones.map((k) => k.id)],
        message: `Objective "${o.id}" has ${milestones.length} milestones among its ${krs.length} key results: a project plan rather than outcomes.`,
        fix: 'Replace milestones with metrics of what they should change; keep the milestones as initiatives.',
      });
    });
  },
});
