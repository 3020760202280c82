import type { Measure, Objective } from '../../model/types.js';
import { defineRule } from '../defineRule.js';
import { similarity, titleText, wordSet, wordsOf } from './qualityText.js';

/** Pairs compared per unit and cycle at most (above it only exact duplicates are found). */
const MAX_PAIRWISE = 200;

/**
 * `quality/duplicate-title` — within one unit and cycle, no two objectives
 * and no two key results have the same or nearly the same title: the words
 * of each title, lower case and without `stopWords` (a, the, of, …), are
 * compared as sets, and a Jaccard similarity of `similarity` (0.8) or more
 * is flagged. Duplicates split effort and double-count progress.
 *
 * @example
 * ```ts
 * // Flagged: 'Improve onboarding for new users' and 'Improve the onboarding of new users'.
 * // Passes: 'Grow revenue in Europe' and 'Grow revenue in Asia' (similarity 0.5).
 * ```
 */
export const qualityDuplicateTitle = /* @__PURE__ */ defineRule({
  id: 'quality/duplicate-title',
  meta: {
    description:
      'No two objectives or key results of one unit and cycle have (nearly) the same title.',
    severity: 'warning',
    options: {
      similarity: {
        type: 'number',
        default: 0.8,
        min: 0,
        max: 1,
        description:
          'Word-set similarity (Jaccard, 0–1) at or above which two titles are near duplicates.',
      },
      stopWords: {
        type: 'string[]',
        // Small English words that do not change what a title says, and `from` ("from 2% to
        // 4%"); the only list of them (a spread of a shared one in a pure call's argument would
        // keep the rule in bundles that never use it).
        default: [
          'a',
          'an',
          'and',
          'the',
          'of',
          'for',
          'to',
          'in',
          'on',
          'at',
          'by',
          'with',
          'our',
          'we',
          'is',
          'are',
          'be',
          'from',
        ],
        description: 'Words left out before comparing, lower case.',
      },
    },
  },
  check(ctx) {
    const { index, options } = ctx;
    const stop = wordSet(options.stopWords);
    const positions = index.positions;
    const key = (title: unknown, values: readonly unknown[] = []) =>
      new Set(
        typeof title === 'string'
          ? wordsOf(withoutValues(title, values)).filter((w) => !stop.has(w))
          : [],
      );
    const compare = (
      items: {
        id: string;
        title: string;
        path: (string | number)[];
        ids: string[];
        values?: unknown[];
      }[],
      what: 'Objectives' | 'Key results',
      where: string,
    ) => {
      // Every word (the same title is always a duplicate), and the words without the
      // measure's own figures (the same metric with other targets is one too).
      const whole = items.map((x) => key(x.title));
      const words = items.map((x, i) =>
        x.values === undefined ? whole[i]! : key(x.title, x.values),
      );
      const exactOnly = items.length > MAX_PAIRWISE;
      const seen = new Map<string, number>();
      for (let b = 0; b < items.length; b++) {
        if (whole[b]!.size === 0) continue;
        let match = -1;
        if (exactOnly) {
          const k = [...whole[b]!].sort().join(' ');
          const a = seen.get(k);
          if (a === undefined) seen.set(k, b);
          else match = a;
        } else {
          for (let a = 0; a < b && match < 0; a++) {
            if (whole[a]!.size === 0) continue;
            if (similarity(whole[a]!, whole[b]!) === 1) match = a;
            else if (
              words[a]!.size > 0 &&
              words[b]!.size > 0 &&
              similarity(words[a]!, words[b]!) >= options.similarity
            )
              match = a;
          }
        }
        if (match < 0) continue;
        const first = items[match]!;
        const second = items[b]!;
        ctx.report({
          path: second.path,
          ids: [second.id, first.id, ...second.ids],
          message: `${what} "${first.id}" ${titleText(first.title)} and "${second.id}" ${titleText(second.title)} of ${where} say (nearly) the same.`,
          fix: 'Merge them, or say in each title what sets it apart.',
        });
      }
    };
    for (const [unitId, byCycle] of index.objectivesByUnitCycle) {
      for (const [cycleId, objectives] of byCycle) {
        const where = `unit "${unitId}" in cycle "${cycleId}"`;
        compare(
          objectives.map((o: Objective) => ({
            id: o.id,
            title: o.title,
            path: ['objectives', positions.objectives.get(o.id) ?? 0, 'title'],
            ids: [],
          })),
          'Objectives',
          where,
        );
        compare(
          objectives.flatMap((o) =>
            index.keyResultsOf(o.id).map((k) => ({
              id: k.id,
              title: k.title,
              path: ['keyResults', positions.keyResults.get(k.id) ?? 0, 'title'],
              ids: [o.id],
              values: measureValues(k.measure),
            })),
          ),
          'Key results',
          where,
        );
      }
    }
  },
});

/** The figures of a measure (start, target, value, min, max): what its title's numbers say. */
function measureValues(m: Measure | undefined): unknown[] {
  switch (m?.kind) {
    case 'metric':
      return [m.start, m.target];
    case 'threshold':
      return [m.value];
    case 'range':
      return [m.min, m.max];
    default:
      return [];
  }
}

/**
 * A key result's title without the figures that are its measure's values
 * (`Weekly active users in France from 10,000 to 15,000` → `Weekly active
 * users in France from  to `): two key results that measure the same thing
 * with other targets are alike, two that measure different things to the
 * same targets are not. A figure joined to a word (`Sev-1`, `Day-30`, `p95`)
 * or that is none of the values (`within 48 hours`) stays.
 */
function withoutValues(title: string, values: readonly unknown[]): string {
  if (values.length === 0) return title;
  return title.replace(
    /(?<![\p{L}\p{N}][-–]?|[\d.,])[$€£¥]?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(k|m|bn|b|mn)?(?![\p{L}\p{N}])\s?%?/giu,
    (figure, digits: string, magnitude: string | undefined) => {
      const n = Number(
        /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)
          ? digits.replace(/,/g, '')
          : digits.replace(',', '.'),
      );
      const scale =
        { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 }[magnitude?.toLowerCase() ?? ''] ?? 1;
      return values.includes(n) || values.includes(n * scale) ? ' ' : figure;
    },
  );
}
