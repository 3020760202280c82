import type { MetricMeasure, RangeMeasure, ThresholdMeasure } from '../../model/types.js';
import { defineRule } from '../defineRule.js';
import { titleText, wordSet } from './qualityText.js';

/**
 * `quality/kr-unit` — a metric, threshold or range key result whose title
 * names a unit (`%`, a currency sign, or a word of `unitWords` right after a
 * number: `800 ms`, `3 days`, `1 day`, `40 points`; singular and plural
 * forms both count) gives its measure that `unit`,
 * so reports print values with it. A multiplier may stand between the
 * number and the unit (`2M€`, `1.5k$`, `2M USD`, `2 million users`). A
 * number after `in`, `within`, `over`, `during`, `for` or `after` (also
 * `in the next 3 months`) that is none of the measure's values (start,
 * target, value, min, max) is a time frame, not the measured figure: its
 * word is not read as a unit (`Sev-1 incidents at 2 or fewer in 3 months`);
 * so is any other number that is none of them while the title writes one
 * of them elsewhere: a condition on what is counted (`Issues open longer
 * than 30 days from 48 to 5`, `Tickets per 1,000 customers from 30 to 12`).
 *
 * @example
 * ```ts
 * // Flagged: 'Page load under 800 ms' as { kind: 'threshold', mode: 'atMost', value: 800 };
 * // 'Revenue from 2M€ to 3M€' as a metric from 2 to 3 (unit '€').
 * // Passes: the same with unit: 'ms'; 'Deploys per week from 2 to 10' (no unit named);
 * // 'Sev-1 incidents at 2 or fewer in 3 months' as a threshold of 2 (3 months is its time frame).
 * ```
 */
export const qualityKrUnit = /* @__PURE__ */ defineRule({
  id: 'quality/kr-unit',
  meta: {
    description: 'A key result whose title names a unit has that unit in its measure.',
    severity: 'warning',
    options: {
      unitWords: {
        type: 'string[]',
        default: [
          'ms',
          's',
          'sec',
          'secs',
          'second',
          'seconds',
          'min',
          'mins',
          'minute',
          'minutes',
          'h',
          'hour',
          'hours',
          'day',
          'days',
          'week',
          'weeks',
          'month',
          'months',
          'kb',
          'mb',
          'gb',
          'tb',
          'eur',
          'usd',
          'gbp',
          'point',
          'points',
          'pt',
          'pts',
          'percent',
          'user',
          'users',
          'customer',
          'customers',
          'shop',
          'shops',
        ],
        description:
          'Unit words (one or two: `story points`) that follow a number in a title, in any case; a word also matches in its singular or plural form (`day` / `days`).',
      },
    },
  },
  check(ctx) {
    const units = wordSet(ctx.options.unitWords);
    ctx.set.keyResults.forEach((kr, i) => {
      const m = kr.measure;
      if (m?.kind !== 'metric' && m?.kind !== 'threshold' && m?.kind !== 'range') return;
      if (m.unit !== undefined && m.unit !== '') return;
      if (typeof kr.title !== 'string') return;
      const named = unitNamed(kr.title, units, measureValues(m));
      if (named === undefined) return;
      ctx.report({
        path: ['keyResults', i, 'measure', 'unit'],
        ids: [kr.id, kr.objectiveId],
        message: `Key result "${kr.id}" ${titleText(kr.title)} names a unit (${named}) that its measure does not have.`,
        fix: `Add unit: '${named}' to the measure.`,
      });
    });
  },
});

/**
 * Whether `word` is one of `units`, as listed or in its other number: a
 * singular whose plural is listed (`day` for `days`) or a plural whose
 * singular is listed (`sprints` for `sprint`). One-letter words and stems
 * are not changed (`m` is not `ms`).
 */
function isUnit(word: string, units: ReadonlySet<string>): boolean {
  if (units.has(word)) return true;
  if (word.length >= 2 && units.has(`${word}s`)) return true;
  return word.length >= 3 && word.endsWith('s') && units.has(word.slice(0, -1));
}

/**
 * A multiplier right after a number: `k`, `M`, `B`, `bn`, `mn` joined to it
 * (`2M`), or ` thousand`, ` million`, ` billion` (as in the figures of
 * `quality/objective-numbers`).
 */
const MULTIPLIER = '(?:(k|m|bn|b|mn)(?!\\p{L})|\\s(thousand|million|billion)(?!\\p{L}))?';

/** A figure with its signs: a currency sign before it, the digits, a multiplier, a sign after it (`$2M`, `€ 1.5k`, `2M€`, `1.5k $`, `30 €`). */
const MONEY = /* @__PURE__ */ pattern(
  '(?:([$€£¥])\\s?)?(\\d(?:[\\d.,]*\\d)?)',
  '(?:\\s?([$€£¥]))?',
);

/**
 * A global, case-blind Unicode pattern: a figure's `before` part, its
 * {@link MULTIPLIER}, then `after`. Built by a call marked pure whose
 * arguments are plain strings: a pure `new RegExp` of a template that
 * interpolates a constant stayed in every bundle that imports anything from
 * sokr (bundlers cannot tell the template has no side effect), and the
 * scoring import carried both patterns.
 */
function pattern(before: string, after: string): RegExp {
  return new RegExp(before + MULTIPLIER + after, 'giu');
}

/** How a unit writes a multiplier (`M€`, `$k`: see `withUnit`). */
const MAGNITUDE: Readonly<Record<string, string>> = {
  k: 'k',
  thousand: 'k',
  m: 'M',
  mn: 'M',
  million: 'M',
  b: 'bn',
  bn: 'bn',
  billion: 'bn',
};

/**
 * The currency unit a title names: the first sign before or after a number
 * (`€`, `$`), with the multiplier when the number as written is one of the
 * measure's `values` (`Revenue from 2M€ to 3M€` from 2 to 3 is in `M€`;
 * from 2000000 to 3000000 in `€`).
 */
function currencyNamed(title: string, values: readonly unknown[]): string | undefined {
  for (const m of title.matchAll(MONEY)) {
    const [, before, digits, joined, word, after] = m;
    const sign = before ?? after;
    if (sign === undefined) continue;
    const magnitude = MAGNITUDE[(joined ?? word ?? '').toLowerCase()];
    if (magnitude === undefined || !values.includes(figureValue(digits!))) return sign;
    return before !== undefined ? `${sign}${magnitude}` : `${magnitude}${sign}`;
  }
  return undefined;
}

/**
 * A number (`800`, `1,000`, `2.5`), its multiplier, the word right after and
 * the word after that (`800 ms`, `2M USD`, `40 story points`).
 */
const NUMBER_WORD = /* @__PURE__ */ pattern(
  '(\\d(?:[\\d.,]*\\d)?)',
  '\\s?(\\p{L}+)(?:\\s+(\\p{L}+))?',
);

/** What opens a time frame before its number: `in`, `within`, `over`, `during`, `for`, `after` (and `the next`, `the first`, …). */
const TIME_FRAME =
  /(?:^|[^\p{L}])(?:in|within|over|during|for|after)(?:\s+the)?(?:\s+(?:next|first|last|coming))?\s+$/iu;

/** The values of a measure, which the figure a title measures is one of. */
function measureValues(m: MetricMeasure | ThresholdMeasure | RangeMeasure): unknown[] {
  if (m.kind === 'metric') return [m.start, m.target];
  return m.kind === 'threshold' ? [m.value] : [m.min, m.max];
}

/** The number a figure writes (`1,000` → 1000, `2.5` → 2.5, `2,5` → 2.5), or NaN. */
function figureValue(digits: string): number {
  return Number(
    /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)
      ? digits.replace(/,/g, '')
      : digits.replace(',', '.'),
  );
}

/** The values of the figures a title writes (`from 1,000 to 2.5` → 1000, 2.5). */
function figuresOf(title: string): number[] {
  return [...title.matchAll(/\d(?:[\d.,]*\d)?/g)].map((m) => figureValue(m[0]));
}

/**
 * The unit a title names: `%`, a currency ({@link currencyNamed}), or a unit
 * word (or two words of `units`) right after a number, as written, with its
 * multiplier when the number is one of the measure's `values` (`2M USD`), unless that
 * number is a time frame: after {@link TIME_FRAME} and none of the measure's
 * `values`.
 */
function unitNamed(
  title: string,
  units: ReadonlySet<string>,
  values: readonly unknown[],
): string | undefined {
  if (/\d\s?%/.test(title)) return '%';
  const currency = currencyNamed(title, values);
  if (currency !== undefined) return currency;
  let writesValues: boolean | undefined;
  for (const match of title.matchAll(NUMBER_WORD)) {
    const [, digits, joined, spelled, first, second] = match;
    // Two words first (a unit of your list such as `story points`), then one.
    const two = second === undefined ? undefined : `${first} ${second}`;
    const written = two !== undefined && isUnit(two.toLowerCase(), units) ? two : first!;
    if (written === first && !isUnit(first.toLowerCase(), units)) continue;
    const value = figureValue(digits!);
    if (!values.includes(value)) {
      // A time frame (`in 3 months`), or a condition on what is counted while the title
      // writes the measured figures elsewhere (`open longer than 30 days from 48 to 5`,
      // `tickets per 1,000 customers from 30 to 12`): not the measure's unit.
      if (TIME_FRAME.test(title.slice(0, match.index))) continue;
      if ((writesValues ??= figuresOf(title).some((v) => values.includes(v)))) continue;
    }
    // The word as written (`KB`, not `kb`), after its multiplier when the number as written is
    // one of the measure's values (`2M USD` from 2 to 3 is in `M USD`).
    const magnitude = MAGNITUDE[(joined ?? spelled ?? '').toLowerCase()];
    return magnitude !== undefined && values.includes(value) ? `${magnitude} ${written}` : written;
  }
  return undefined;
}
