import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * `quality/kr-activity` — a key result describes an outcome, not an activity:
 * flags a key result whose title starts with an activity verb
 * (`activityVerbs`: write, launch, hold, run, build, implement, …). Such a
 * title names work to do (an initiative), and is usually a milestone.
 *
 * @example
 * ```ts
 * // Flagged: 'Launch the new checkout', 'Hold 3 customer workshops', 'Write the onboarding guide'.
 * // Passes: 'Checkout conversion from 2% to 4%', '90% of new shops finish onboarding in a day'.
 * ```
 */
export const qualityKrActivity = /* @__PURE__ */ defineRule({
  id: 'quality/kr-activity',
  meta: {
    description: 'A key result names an outcome to reach, not an activity to do.',
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
      if (typeof kr.title !== 'string') return;
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
