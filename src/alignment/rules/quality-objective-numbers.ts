import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * The first number of a title that is not a year (1900–2099) or a period
 * name (`Q3`, `H2`, `FY2026`), with its `%` or currency sign.
 */
function numberIn(title: string): string | undefined {
  for (const m of title.matchAll(/([$€£¥]\s?)?(\p{L}*)(\d+(?:[.,]\d+)*)(\s?%)?/gu)) {
    const [, currency, prefix, digits, percent] = m;
    if (currency !== undefined || percent !== undefined)
      return m[0].replace(prefix ?? '', '').trim();
    // Digits inside a word: a period (`Q3`, `FY2026`) or a name (`B2B`).
    if (prefix !== undefined && prefix !== '') continue;
    if (/^(19|20)\d\d$/.test(digits!)) continue;
    return digits;
  }
  return undefined;
}

/**
 * `quality/objective-numbers` — an objective's title carries no numbers or
 * metrics: the objective says *what* and *why* in words, its key results
 * carry the numbers. Flags a number (not a year such as 2026, nor a
 * quarter such as Q3), a percent or currency sign, or a metric word
 * (`metricWords`: percent, KPI, NPS, ARR, …).
 *
 * @example
 * ```ts
 * // Flagged: 'Grow revenue to $2M', 'Reach 10,000 active users', 'Raise NPS'.
 * // Passes: 'Delight small shops in 2026', 'Win the mid-market in Q3'.
 * ```
 */
export const qualityObjectiveNumbers = /* @__PURE__ */ defineRule({
  id: 'quality/objective-numbers',
  meta: {
    description:
      'An objective title is qualitative: numbers and metrics belong in its key results.',
    severity: 'warning',
    options: {
      metricWords: {
        type: 'string[]',
        default: [
          'percent',
          'percentage',
          'kpi',
          'kpis',
          'nps',
          'csat',
          'arr',
          'mrr',
          'roi',
          'dau',
          'mau',
          'churn rate',
          'conversion rate',
        ],
        description: 'Words (or two-word phrases) that name a metric, lower case.',
      },
    },
  },
  check(ctx) {
    const single = wordSet(ctx.options.metricWords.filter((w) => !w.includes(' ')));
    const phrases = ctx.options.metricWords
      .filter((w) => w.includes(' '))
      .map((w) => w.toLowerCase());
    ctx.set.objectives.forEach((o, i) => {
      if (typeof o.title !== 'string') return;
      const words = wordsOf(o.title);
      const joined = words.join(' ');
      const metric =
        words.find((w) => single.has(w)) ?? phrases.find((p) => ` ${joined} `.includes(` ${p} `));
      const number = numberIn(o.title);
      if (metric === undefined && number === undefined) return;
      ctx.report({
        path: ['objectives', i, 'title'],
        ids: [o.id],
        message: `Objective "${o.id}" ${titleText(o.title)} carries ${number !== undefined ? `a number (${number})` : `a metric (${metric})`}; an objective is qualitative.`,
        fix: 'Say what you want to achieve and why in words, and move the number into a key result.',
      });
    });
  },
});
