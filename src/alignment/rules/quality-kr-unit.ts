import { defineRule } from '../defineRule.js';
import { titleText, wordSet } from './qualityText.js';

/**
 * `quality/kr-unit` — a metric, threshold or range key result whose title
 * names a unit (`%`, a currency sign, or a word of `unitWords` right after a
 * number: `800 ms`, `3 days`, `40 points`) gives its measure that `unit`,
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
          'seconds',
          'min',
          'mins',
          'minutes',
          'h',
          'hours',
          'days',
          'weeks',
          'months',
          'kb',
          'mb',
          'gb',
          'tb',
          'eur',
          'usd',
          'gbp',
          'points',
          'pts',
          'percent',
          'users',
          'customers',
          'shops',
        ],
        description: 'Unit words that follow a number in a title, lower case.',
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

/** The unit a title names: `%`, a currency sign, or a unit word right after a number. */
function unitNamed(title: string, units: ReadonlySet<string>): string | undefined {
  if (/\d\s?%/.test(title)) return '%';
  const currency = /([$€£¥])\s?\d|\d\s?([$€£¥])/.exec(title);
  if (currency !== null) return currency[1] ?? currency[2];
  for (const match of title.matchAll(/\d(?:[\d.,]*\d)?\s?([\p{L}]+)/gu)) {
    const word = match[1]!.toLowerCase();
    if (units.has(word)) return word;
  }
  return undefined;
}
