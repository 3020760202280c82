import type { Objective } from '../../model/types.js';
import { defineRule } from '../defineRule.js';
import { similarity, STOP_WORDS, titleText, wordSet, wordsOf } from './qualityText.js';

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
        default: STOP_WORDS,
        description: 'Words left out before comparing, lower case.',
      },
    },
  },
  check(ctx) {
    const { index, options } = ctx;
    const stop = wordSet(options.stopWords);
    const positions = index.positions;
    const key = (title: unknown) =>
      new Set(typeof title === 'string' ? wordsOf(title).filter((w) => !stop.has(w)) : []);
    const compare = (
      items: { id: string; title: string; path: (string | number)[]; ids: string[] }[],
      what: 'Objectives' | 'Key results',
      where: string,
    ) => {
      const words = items.map((x) => key(x.title));
      const exactOnly = items.length > MAX_PAIRWISE;
      const seen = new Map<string, number>();
      for (let b = 0; b < items.length; b++) {
        if (words[b]!.size === 0) continue;
        let match = -1;
        if (exactOnly) {
          const k = [...words[b]!].sort().join(' ');
          const a = seen.get(k);
          if (a === undefined) seen.set(k, b);
          else match = a;
        } else {
          for (let a = 0; a < b && match < 0; a++) {
            if (similarity(words[a]!, words[b]!) >= options.similarity) match = a;
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
            })),
          ),
          'Key results',
          where,
        );
      }
    }
  },
});
