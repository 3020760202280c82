import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';
import { titleList } from './quality-titles.js';

/**
 * The measures of key results that are done rather than measured, as
 * `quality/kr-activity` reads them: a milestone, and a checklist (its items
 * are work done, not a measure).
 */
const DONE_KINDS: ReadonlySet<string> = new Set(['milestone', 'checklist']);

/**
 * `quality/mostly-milestones` — an objective whose key results are mostly
 * milestones or checklists (more than `maxShare`, half by default, once it
 * has `minKeyResults` or more) is a project plan, not a set of outcomes.
 * Metric, threshold, range and derived key results are the outcomes.
 *
 * @example
 * ```ts
 * // Flagged: 2 of 3 key results are milestones; 3 checklists; a milestone and a checklist of 3.
 * // Passes: 1 of 3 (or 1 milestone of 2: exactly half is not "mostly").
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
        description: 'Largest share of milestone and checklist key results that is not flagged.',
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
      const done = krs.filter((k) => DONE_KINDS.has(k.measure?.kind));
      if (done.length / krs.length <= options.maxShare) return;
      const checklists = done.filter((k) => k.measure?.kind === 'checklist').length;
      const milestones = done.length - checklists;
      const counted = [
        milestones > 0 ? `${milestones} milestone${milestones === 1 ? '' : 's'}` : '',
        checklists > 0 ? `${checklists} checklist${checklists === 1 ? '' : 's'}` : '',
      ].filter((s) => s !== '');
      const kinds = [milestones > 0 ? 'milestones' : '', checklists > 0 ? 'checklists' : '']
        .filter((s) => s !== '')
        .join(' and ');
      ctx.report({
        path: ['objectives', i],
        ids: [o.id, ...done.map((k) => k.id)],
        message: `Objective ${idWithTitle(o.id, o.title)} has ${counted.join(' and ')} among its ${krs.length} key result${krs.length === 1 ? '' : 's'}: a project plan rather than outcomes.`,
        fix: `Replace the ${kinds} (${titleList(done.map((k) => k.title))}) with metrics of what they should change; keep the ${kinds} as initiatives.`,
      });
    });
  },
});
