import { DAY_MS } from '../../_lib/date.js';
import { DEFAULT_CADENCE_DAYS } from '../../progress/statusPolicy.js';
import { defineRule } from '../defineRule.js';
import { flatText } from '../../_lib/flatText.js';
import { askOwner, forEachActiveKeyResult } from './deliverKeyResults.js';

/**
 * `deliver/missing-check-in` — a key result of an active objective has at
 * least one check-in once more than one cadence has passed since its window
 * started. Needs `asOf`.
 *
 * @example
 * ```ts
 * // cycle starts 2026-01-01, cadence 7 days
 * // Fails: asOf 2026-01-20 and no check-in at or before it.
 * // Passes: asOf 2026-01-05 (first week), or a check-in on 2026-01-08.
 * ```
 */
export const deliverMissingCheckIn = /* @__PURE__ */ defineRule({
  id: 'deliver/missing-check-in',
  meta: {
    description:
      'Key results of active objectives get their first check-in within the first cadence.',
    severity: 'warning',
    requiresAsOf: true,
    options: {
      cadenceDays: {
        type: 'number',
        default: DEFAULT_CADENCE_DAYS,
        min: 0,
        description: 'Days after the window start by which the first check-in is due.',
      },
    },
  },
  check(ctx) {
    const { index, asOfMs, options } = ctx;
    if (asOfMs === undefined) return;
    forEachActiveKeyResult(index, asOfMs, (kr, position, latest, windowStart, windowEnd) => {
      if (latest !== undefined) return;
      if (asOfMs - windowStart <= options.cadenceDays * DAY_MS) return;
      const days = Math.floor((asOfMs - windowStart) / DAY_MS);
      // Past its window it is not "96 days into" a 90-day window: the window is over.
      const message =
        asOfMs >= windowEnd
          ? flatText`Key result "${kr.id}" had no check-in in its window of ${Math.round((windowEnd - windowStart) / DAY_MS)} days, which is over.`
          : flatText`Key result "${kr.id}" has no check-in yet, ${days} days into its window.`;
      ctx.report({
        path: ['keyResults', position],
        ids: [kr.id],
        message,
        fix: flatText`${askOwner(kr.ownerId)} for a first check-in so progress is visible.`,
      });
    });
  },
});
