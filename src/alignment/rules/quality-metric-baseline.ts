import { defineRule } from '../defineRule.js';
import { titleText, wordSet, wordsOf } from './qualityText.js';

/**
 * `quality/metric-baseline` — a metric key result starts from a real
 * baseline: flags `start: 0` (the placeholder of a baseline nobody
 * measured) unless the title says the thing is new (`newWords`: new,
 * first, launch, …, or a phrase naming the cycle as the period counted:
 * "this quarter", "in Q3"), says "from 0" (a currency sign may stand before
 * the 0: "from €0", "from $0"), or counts events of the cycle: it opens with
 * a verb of `countVerbs` (get, close, sign, win, hire, …, and the activities
 * `quality/kr-activity` flags when counted: run, hold, publish, …) followed by the
 * target as a plain number ("Close 8 enterprise deals", "Get 50 signups
 * from the referral programme"), which every cycle counts from 0. A level
 * ("Reach 1,000 paying shops", "Checkout conversion to 4%") has a baseline
 * to measure.
 *
 * @example
 * ```ts
 * // Flagged: 'Checkout conversion to 4%' with start 0, target 4; 'Reach 1,000 paying shops'.
 * // Passes: start 2, target 4; 'Sign 20 new partners', 'Close 8 enterprise deals' or
 * // 'Demo requests this quarter to 120' with start 0.
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
        default: [
          'new',
          'first',
          'launch',
          'launched',
          'zero',
          'additional',
          'more',
          'this quarter',
          'this cycle',
          'this half',
          'this month',
          'this year',
          'in q1',
          'in q2',
          'in q3',
          'in q4',
          'in h1',
          'in h2',
        ],
        description:
          'Words (or phrases of several words) that say the counted thing starts from nothing, lower case.',
      },
      countVerbs: {
        type: 'string[]',
        default: [
          'get',
          'close',
          'sign',
          'win',
          'hire',
          'add',
          'acquire',
          'onboard',
          'book',
          'recruit',
          'gain',
          'secure',
          'land',
          // Activities counted (quality/kr-activity flags them as activities; their count
          // does start from 0 each cycle): "Run 30 discovery calls".
          'run',
          'hold',
          'host',
          'publish',
          'write',
          'conduct',
          'complete',
          'ship',
          'deliver',
          'interview',
        ],
        description:
          'Verbs that, opening a title before its target as a plain number, count events of the cycle (from 0), lower case.',
      },
    },
  },
  check(ctx) {
    const fresh = ctx.options.newWords.map((w) => wordsOf(w).join(' ')).filter((w) => w !== '');
    const counting = wordSet(ctx.options.countVerbs);
    ctx.set.keyResults.forEach((kr, i) => {
      const m = kr.measure;
      if (m?.kind !== 'metric' || m.start !== 0 || m.target === 0) return;
      if (typeof kr.title === 'string') {
        const joined = ` ${wordsOf(kr.title).join(' ')} `;
        if (fresh.some((w) => joined.includes(` ${w} `))) return;
        if (/\bfrom\s+[^\p{L}\p{N}\s]{0,3}0(?![\d.,])/iu.test(kr.title)) return;
        if (countsEvents(kr.title, m.target, counting)) return;
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

/**
 * Whether a title counts events of the cycle: a verb of `verbs` first, then
 * the target as a plain number (`Close 8 enterprise deals`, `Get 1,000
 * signups`), not a share (`Get 40% of …`).
 */
function countsEvents(title: string, target: unknown, verbs: ReadonlySet<string>): boolean {
  const m = /^\s*(\p{L}+)\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\s?%)(?![\d.,%\p{L}])/u.exec(
    title,
  );
  if (m === null || !verbs.has(m[1]!.toLowerCase())) return false;
  return Number(m[2]!.replace(/,/g, '')) === target;
}
