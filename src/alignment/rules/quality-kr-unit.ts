import { defineRule } from '../defineRule.js';
import { titleText, wordSet } from './qualityText.js';

/**
 * `quality/kr-unit` — a metric, threshold or range key result whose title
 * names a unit (`%`, a currency sign, or a word of `unitWords` right after a
 * number: `800 ms`, `3 days`, `1 day`, `40 points`; singular and plural
 * forms both count) gives its measure that `unit`,
 * so reports print values with it.
 *
 * @example
 * ```ts
 * // Flagged: 'Page load under 800 ms' as { kind: 'threshold', mode: 'atMost', value: 800 }.
 * // Passes: the same with unit: 'ms'; 'Deploys per week from 2 to 10' (no unit named).
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
          'Unit words that follow a number in a title, lower case; a word also matches in its singular or plural form (`day` / `days`).',
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
      const named = unitNamed(kr.title, units);
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

/** The unit a title names: `%`, a currency sign, or a unit word right after a number. */
function unitNamed(title: string, units: ReadonlySet<string>): string | undefined {
  if (/\d\s?%/.test(title)) return '%';
  const currency = /([$€£¥])\s?\d|\d\s?([$€£¥])/.exec(title);
  if (currency !== null) return currency[1] ?? currency[2];
  for (const match of title.matchAll(/\d(?:[\d.,]*\d)?\s?([\p{L}]+)/gu)) {
    const word = match[1]!.toLowerCase();
    if (isUnit(word, units)) return word;
  }
  return undefined;
}
