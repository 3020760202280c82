import { defineRule } from '../defineRule.js';
import { flatText } from '../../_lib/flatText.js';
import { graphOfIndex } from '../indexGraph.js';
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
    const graph = graphOfIndex(index);
    const checkIns = graph.set.checkIns;
    const { start, list } = graph.checkIns.byKeyResult;
    forEachActiveKeyResult(index, asOfMs, (kr, position, latest, _start, _end, latestPosition) => {
      if (latest?.confidence === undefined) return;
      // The latest check-in's place in the key result's timeline, then back to the previous confidence.
      const from = start[position]!;
      let k = start[position + 1]! - 1;
      while (k >= from && list[k] !== latestPosition) k--;
      let previous: number | undefined = kr.confidence;
      let previousId: string | undefined;
      for (k--; k >= from; k--) {
        const c = checkIns[list[k]!]!;
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
        message: flatText`Confidence in key result "${kr.id}" fell from ${previous} to ${latest.confidence} (check-in ${latest.at}).`,
        fix: 'Talk it through this week: what changed, what help is needed, should the plan change?',
      });
    });
  },
});
