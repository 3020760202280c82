import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * A figure in a title: a currency sign before it (`$2M`, `€ 1.5k`), digits
 * with separators and decimals (`10,000`, `2.5`), a multiplier right after
 * (`k`, `M`, `B`, `bn`, `mn`; or ` thousand`, ` million`, ` billion`) and a
 * percent or currency sign after (`20%`, `20 %`, `5M€`, `30 €`); a ratio or
 * an ordinal is one figure (`24/7`, `1st`). The letters
 * just before the digits (`Q3`, `FY2026`, `B2B`) are captured apart.
 */
// A constructor call marked pure (a literal with \p{…} is lowered to an unmarked `new RegExp`
// for older targets, which then stays in every bundle that imports anything from sokr: the
// scoring import carried this one).
// biome-ignore lint/complexity/useRegexLiterals: a literal would be lowered to an unmarked call (above).
const FIGURE = /* @__PURE__ */ new RegExp(
  '(?:([$€£¥])\\s?|(\\p{L}+))?\\d+(?:[.,]\\d+)*(?:\\/\\d+|(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))?(?:(?:k|m|b|bn|mn)(?![\\p{L}\\p{N}])|\\s(?:thousand|million|billion)(?![\\p{L}\\p{N}]))?(?:\\s?[%$€£¥])?',
  'giu',
);

/**
 * Words after which a number from 1900 to 2099 is a year: `in 2026`,
 * `by 2027`, `since 2019`, `end of 2026`, `FY 2026`, `by mid-2027`,
 * `Q3 2026`.
 */
const YEAR_BEFORE: ReadonlySet<string> = new Set([
  'in',
  'by',
  'for',
  'of',
  'from',
  'since',
  'until',
  'till',
  'before',
  'after',
  'during',
  'through',
  'throughout',
  'fy',
  'mid',
  'early',
  'late',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
]);

/** Words after which a plain number is part of a name: `version 2`, `phase 3`, `tier 1`. */
const NAME_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:version|phase|stage|tier|level|wave|generation|gen|release|step|pillar|sev|severity)\s+$/iu;

/**
 * Whether the 4-digit number 1900–2099 at `start`…`end` of a title is a
 * year: the title ends after it (`Delight small shops in 2026.`), it follows
 * a word of {@link YEAR_BEFORE} (`in 2026`, `by mid-2027`), or it closes a
 * range whose first year is one (`from 2026 to 2030`, `2026–2027`,
 * `2026 and 2027`). Anywhere else it counts (`Reach 2000 paying customers`).
 */
function isYear(
  title: string,
  start: number,
  end: number,
  lastYearEnd: number | undefined,
): boolean {
  const after = title.slice(end);
  if (/^[\s\p{P}]*$/u.test(after)) return true;
  // The year as a subject or a name: `Make 2026 the year of the customer`, `Turn 2026 into…`,
  // `our 2026 roadmap`, `the 2026 World Cup`.
  if (/^\s+(?:the|a|an|our|into|as)(?![\p{L}\p{N}])/iu.test(after)) return true;
  const before = title.slice(0, start);
  if (/(?:^|[^\p{L}\p{N}])(?:our|the|this|next|last)\s+$/iu.test(before)) return true;
  if (
    lastYearEnd !== undefined &&
    /^\s*(?:to|and|or|through|until|[-–—/&])\s*$/iu.test(before.slice(lastYearEnd))
  )
    return true;
  const word = /([\p{L}\p{N}]+)[\s-]+$/u.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && YEAR_BEFORE.has(word);
}

/**
 * The first figure of a title that is not a year (1900–2099 in a year's
 * place, {@link isYear}) or a period name (`Q3`, `H2`, `FY2026`), quoted
 * whole as written: its currency or `%` sign and its multiplier (`$2M`,
 * `€1.5k`, `20%`, `2.5 million`).
 */
function numberIn(title: string): string | undefined {
  let lastYearEnd: number | undefined;
  for (const m of title.matchAll(FIGURE)) {
    const [text, currency, prefix] = m;
    // Digits inside a word: a period (`Q3`, `FY2026`) or a name (`B2B`).
    if (prefix !== undefined) continue;
    // A plain number after an acronym names a standard or a version: `SOC 2`, `ISO 27001`,
    // `WCAG 2.2`, `PCI DSS 4.0` (a metric word before a number is found as a metric); so does
    // one after a word that names a step or a grade (`version 2`, `phase 3`, `tier 1`), or
    // joined to a word by a hyphen (`Sev-1`, `Day-1`, `COVID-19`).
    const before = title.slice(0, m.index);
    if (
      currency === undefined &&
      /^\d+(?:\.\d+)*$/.test(text) &&
      (/\p{Lu}{2,}\s$/u.test(before) || /\p{L}-$/u.test(before) || NAME_BEFORE.test(before))
    )
      continue;
    const end = m.index + text.length;
    if (
      currency === undefined &&
      /^(19|20)\d\d$/.test(text) &&
      isYear(title, m.index, end, lastYearEnd)
    ) {
      lastYearEnd = end;
      continue;
    }
    return text;
  }
  return undefined;
}

/**
 * `quality/objective-numbers` — an objective's title carries no numbers or
 * metrics: the objective says *what* and *why* in words, its key results
 * carry the numbers. Flags a number (not a year such as 2026, nor a
 * quarter such as Q3), a percent or currency sign, or a metric word
 * (`metricWords`: percent, KPI, NPS, ARR, …). A number from 1900 to 2099 is a
 * year only in a year's place: at the end of the title, after `in`, `by`,
 * `for`, `of`, `from`, `since`, `until`, `before`, `after`, `during`,
 * `through`, `FY`, `mid`, … or a quarter (`Q3 2026`), or as the second year
 * of a range (`2026 to 2030`), or as a subject or name (`Make 2026 the
 * year…`, `our 2026 roadmap`); `Reach 2000 paying customers` is flagged. A
 * plain number right after an acronym names a standard or a version and is
 * not flagged either (`SOC 2`, `ISO 27001`, `WCAG 2.2`).
 *
 * @example
 * ```ts
 * // Flagged: 'Grow revenue to $2M', 'Reach 10,000 active users', 'Raise NPS', 'Reach 2000 paying customers'.
 * // Passes: 'Delight small shops in 2026', 'Win the mid-market in Q3', 'Lead the market from 2026 to 2030',
 * // 'Make 2026 the year shops choose us', 'Be ready for the SOC 2 audit'.
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
      const quoted = number ?? asWritten(o.title, metric!);
      ctx.report({
        path: ['objectives', i, 'title'],
        ids: [o.id],
        message: `Objective "${o.id}" ${titleText(o.title)} carries ${number !== undefined ? `a number (${quoted})` : `a metric (${quoted})`}; an objective is qualitative.`,
        fix:
          number !== undefined
            ? 'Say what you want to achieve and why in words, and move the number into a key result.'
            : `Say what you want to achieve and why in words, and measure ${quoted} in a key result (from its baseline to its target).`,
      });
    });
  },
});

/** A metric word or phrase as the title writes it (`ARR`, `Churn rate`), found case-insensitively. */
function asWritten(title: string, metric: string): string {
  const lower = title.toLowerCase();
  if (lower.length !== title.length) return metric; // a letter whose lower case is longer (İ)
  let at = lower.indexOf(metric);
  while (at >= 0) {
    const before = at === 0 ? '' : title[at - 1]!;
    const after = title[at + metric.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
      return title.slice(at, at + metric.length);
    at = lower.indexOf(metric, at + 1);
  }
  return metric;
}
