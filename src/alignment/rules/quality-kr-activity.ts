import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * The measures whose key results are done rather than measured: a milestone
 * (done or not) and a checklist (items done). A metric, threshold, range or
 * derived key result is measured, whatever its title's first word.
 */
const DONE_KINDS: ReadonlySet<string> = new Set(['milestone', 'checklist']);

/**
 * `quality/kr-activity` — a key result describes an outcome, not an activity:
 * flags a milestone or checklist key result whose title starts with an
 * activity verb (`activityVerbs`: write, launch, hold, run, build,
 * implement, …). Such a title names work to do (an initiative). A metric,
 * threshold, range or derived key result is measured by definition and is
 * never flagged: `Build times under 10 minutes`, `Run-rate revenue from €1M
 * to €2M` and `Plan upgrades from 5% to 12%` are outcomes.
 *
 * @example
 * ```ts
 * // Flagged (milestones): 'Launch the new checkout', 'Write the onboarding guide';
 * // a checklist 'Run the three pricing workshops'.
 * // Passes: 'Checkout conversion from 2% to 4%'; 'Hold time on support calls from 6 to 2 minutes' as a metric.
 * ```
 */
export const qualityKrActivity = /* @__PURE__ */ defineRule({
  id: 'quality/kr-activity',
  meta: {
    description:
      'A milestone or checklist key result names an outcome to reach, not an activity to do.',
    severity: 'warning',
    options: {
      activityVerbs: {
        type: 'string[]',
        default: [
          'write',
          'launch',
          'hold',
          'run',
          'build',
          'create',
          'implement',
          'develop',
          'organize',
          'organise',
          'conduct',
          'attend',
          'start',
          'begin',
          'complete',
          'finish',
          'prepare',
          'draft',
          'design',
          'set',
          'setup',
          'introduce',
          'roll',
          'publish',
          'host',
          'plan',
          'do',
          'work',
        ],
        description:
          'Verbs that open an activity, lower case; matched against the first word of the title.',
      },
    },
  },
  check(ctx) {
    const verbs = wordSet(ctx.options.activityVerbs);
    ctx.set.keyResults.forEach((kr, i) => {
      if (typeof kr.title !== 'string' || !DONE_KINDS.has(kr.measure?.kind)) return;
      const first = wordsOf(kr.title)[0];
      if (first === undefined || !verbs.has(first)) return;
      ctx.report({
        path: ['keyResults', i, 'title'],
        ids: [kr.id, kr.objectiveId],
        message: `Key result "${kr.id}" ${titleText(kr.title)} describes an activity (“${first}”), not an outcome.`,
        fix: 'Ask what changes once it is done, and measure that (keep the activity as an initiative of the key result).',
      });
    });
  },
});
