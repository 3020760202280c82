import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * A figure in a title: a currency sign before it (`$2M`, `€ 1.5k`), digits
 * with separators and decimals (`10,000`, `2.5`), a multiplier right after
 * (`k`, `M`, `B`, `bn`, `mn`; or ` thousand`, ` million`, ` billion`) and a
 * percent or currency sign after (`20%`, `20 %`, `5M€`, `30 €`). The letters
 * just before the digits (`Q3`, `FY2026`, `B2B`) are captured apart.
 */
const FIGURE =
  /(?:([$€£¥])\s?|(\p{L}+))?\d+(?:[.,]\d+)*(?:(?:k|m|b|bn|mn)(?![\p{L}\p{N}])|\s(?:thousand|million|billion)(?![\p{L}\p{N}]))?(?:\s?[%$€£¥])?/giu;

/**
 * The first figure of a title that is not a year (1900–2099) or a period
 * name (`Q3`, `H2`, `FY2026`), quoted whole as written: its currency or `%`
 * sign and its multiplier (`$2M`, `€1.5k`, `20%`, `2.5 million`).
 */
function numberIn(title: string): string | undefined {
  for (const m of title.matchAll(FIGURE)) {
    const [text, currency, prefix] = m;
    // Digits inside a word: a period (`Q3`, `FY2026`) or a name (`B2B`).
    if (prefix !== undefined) continue;
    if (currency === undefined && /^(19|20)\d\d$/.test(text)) continue;
    return text;
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
