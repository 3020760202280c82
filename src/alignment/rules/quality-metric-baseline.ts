import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * `quality/metric-baseline` — a metric key result starts from a real
 * baseline: flags `start: 0` (the placeholder of a baseline nobody
 * measured) unless the title says the thing is new (`newWords`: new,
 * first, launch, …) or says "from 0" (a currency sign may stand before the
 * 0: "from €0", "from $0").
 *
 * @example
 * ```ts
 * // Flagged: 'Checkout conversion to 4%' with start 0, target 4.
 * // Passes: start 2, target 4; or 'Sign 20 new partners' with start 0.
 * ```
 */
export const qualityMetricBaseline = /* @__PURE__ */ defineRule({
  id: 'quality/metric-baseline',
  meta: {
    description: 'A metric key result starts from a measured baseline, not a placeholder 0.',
    severity: 'warning',
    options: {
      newWords: {
        type: 'string[]',
        default: ['new', 'first', 'launch', 'launched', 'zero', 'additional', 'more'],
        description: 'Words that say the counted thing starts from nothing, lower case.',
      },
    },
  },
  check(ctx) {
    const fresh = wordSet(ctx.options.newWords);
    ctx.set.keyResults.forEach((kr, i) => {
      const m = kr.measure;
      if (m?.kind !== 'metric' || m.start !== 0 || m.target === 0) return;
      if (typeof kr.title === 'string') {
        const words = wordsOf(kr.title);
        if (words.some((w) => fresh.has(w))) return;
        if (/\bfrom\s+[^\p{L}\p{N}\s]{0,3}0(?![\d.,])/iu.test(kr.title)) return;
      }
      ctx.report({
        path: ['keyResults', i, 'measure', 'start'],
        ids: [kr.id, kr.objectiveId],
        message: `Key result "${kr.id}" ${titleText(kr.title ?? '')} starts from 0: is that a measured baseline or a placeholder?`,
        fix: 'Measure the current value and use it as start (say “from 0” or “new” in the title when it really starts from nothing).',
      });
    });
  },
});
