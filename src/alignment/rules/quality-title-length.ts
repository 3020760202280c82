import { defineRule } from '../defineRule.js';
import { titleText, wordsOf } from './qualityText.js';

/**
 * `quality/title-length` — objective and key result titles are neither too
 * short to say anything (fewer than `minWords`, 3) nor too long to remember
 * (more than `maxWords`, 20 for a key result, `maxObjectiveWords` 12 for an
 * objective). A figure counts as one word (`10,000`, `99.95%`).
 *
 * @example
 * ```ts
 * // Flagged: an objective 'Growth'; a key result of 25 words.
 * // Passes: 'Delight small shops'; 'Checkout conversion from 2% to 4%'.
 * ```
 */
export const qualityTitleLength = /* @__PURE__ */ defineRule({
  id: 'quality/title-length',
  meta: {
    description: 'Titles are long enough to say something and short enough to remember.',
    severity: 'info',
    options: {
      minWords: {
        type: 'number',
        default: 3,
        min: 1,
        integer: true,
        description: 'Fewest words in a title.',
      },
      maxObjectiveWords: {
        type: 'number',
        default: 12,
        min: 1,
        integer: true,
        description: 'Most words in an objective title.',
      },
      maxWords: {
        type: 'number',
        default: 20,
        min: 1,
        integer: true,
        description: 'Most words in a key result title.',
      },
    },
    checkOptions: (o) =>
      o.minWords > o.maxWords || o.minWords > o.maxObjectiveWords
        ? `minWords (${o.minWords}) must not exceed maxWords (${o.maxWords}) or maxObjectiveWords (${o.maxObjectiveWords})`
        : undefined,
  },
  check(ctx) {
    const { minWords, maxWords, maxObjectiveWords } = ctx.options;
    const check = (
      what: 'Objective' | 'Key result',
      id: string,
      ids: string[],
      title: unknown,
      path: (string | number)[],
      max: number,
    ) => {
      if (typeof title !== 'string') return;
      // A figure is one word: `10,000` and `99.95%` are not two.
      const n = wordsOf(title.replace(/(\d)[.,](?=\d)/g, '$1')).length;
      if (n >= minWords && n <= max) return;
      const short = n < minWords;
      ctx.report({
        path,
        ids,
        message: `${what} "${id}" ${titleText(title)} has ${n} word${n === 1 ? '' : 's'}; ${short ? `at least ${minWords}` : `at most ${max}`} read${short ? 's' : ''} better.`,
        fix: short
          ? 'Say what should be true at the end of the cycle, and for whom.'
          : 'Keep one idea in the title and move the detail to the description.',
      });
    };
    ctx.set.objectives.forEach((o, i) => {
      check('Objective', o.id, [o.id], o.title, ['objectives', i, 'title'], maxObjectiveWords);
    });
    ctx.set.keyResults.forEach((k, i) => {
      check(
        'Key result',
        k.id,
        [k.id, k.objectiveId],
        k.title,
        ['keyResults', i, 'title'],
        maxWords,
      );
    });
  },
});
