import { defineRule } from '../defineRule.js';
import { forEachActiveKeyResult } from './deliverKeyResults.js';

/**
 * `deliver/confidence-drop` — flags a key result of an active objective whose
 * latest confidence (at or before `asOf`) fell by `drop` points or more (3 by
 * default, on the 0–10 scale) since the previous check-in that gave one (or
 * since the key result's initial `confidence`). Needs `asOf`.
 *
 * @example
 * ```ts
 * // Fails: check-ins with confidence 8 then 5.
 * // Passes: 8 then 6.
 * ```
 */
export const deliverConfidenceDrop = /* @__PURE__ */ defineRule({
  id: 'deliver/confidence-drop',
  meta: {
    description: 'Confidence in a key result did not fall sharply since the previous check-in.',
    severity: 'warning',
    requiresAsOf: true,
    options: {
      drop: {
        type: 'number',
        default: 3,
        min: 0,
        description: 'A fall by this many points or more is reported.',
      },
    },
  },
  check(ctx) {
    const { index, asOfMs, options } = ctx;
    if (asOfMs === undefined) return;
    forEachActiveKeyResult(index, asOfMs, (kr, position, latest) => {
      if (latest?.confidence === undefined) return;
      const checkIns = index.checkInsOf(kr.id);
      let previous: number | undefined = kr.confidence;
      let previousId: string | undefined;
      for (let k = checkIns.lastIndexOf(latest) - 1; k >= 0; k--) {
        const c = checkIns[k]!;
        if (c.confidence !== undefined) {
          previous = c.confidence;
          previousId = c.id;
          break;
        }
      }
      if (previous === undefined || previous - latest.confidence < options.drop) return;
      ctx.report({
        path: ['keyResults', position],
        ids: previousId === undefined ? [kr.id, latest.id] : [kr.id, latest.id, previousId],
        message: `Confidence in key result "${kr.id}" fell from ${previous} to ${latest.confidence} (check-in ${latest.at}).`,
        fix: 'Talk it through this week: what changed, what help is needed, should the plan change?',
      });
    });
  },
});
