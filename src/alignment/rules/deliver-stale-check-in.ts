import { DAY_MS } from '../../_lib/date.js';
import { staleAfter } from '../../progress/isStale.js';
import { DEFAULT_CADENCE_DAYS } from '../../progress/statusPolicy.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';
import { flatText } from '../../_lib/flatText.js';
import { askOwner, forEachActiveKeyResult } from './deliverKeyResults.js';

/**
 * `deliver/stale-check-in` — while its window is open, a key result of an
 * active objective has a check-in no older than the cadence (7 days by
 * default, the weekly rhythm; staleness as `isStale` defines it). Needs `asOf`.
 *
 * @example
 * ```ts
 * // asOf 2026-02-20, cadence 7 days
 * // Fails: latest check-in 2026-02-05.
 * // Passes: latest check-in 2026-02-16.
 * ```
 */
export const deliverStaleCheckIn = /* @__PURE__ */ defineRule({
  id: 'deliver/stale-check-in',
  meta: {
    description: 'Key results of active objectives are checked in every cadence (weekly).',
    severity: 'warning',
    requiresAsOf: true,
    options: {
      cadenceDays: {
        type: 'number',
        default: DEFAULT_CADENCE_DAYS,
        min: 0,
        description: 'Days after which the latest check-in is stale.',
      },
    },
  },
  check(ctx) {
    const { index, asOfMs, options } = ctx;
    if (asOfMs === undefined) return;
    const times = graphOfIndex(index).checkIns.at;
    // The fix is the same for every key result of an owner: one string per owner.
    const fixes = new Map<unknown, string>();
    const fixFor = (ownerId: unknown): string => {
      let fix = fixes.get(ownerId);
      if (fix === undefined) {
        fix = flatText`${askOwner(ownerId)} for this week's check-in: what moved, what is blocked, what is next.`;
        fixes.set(ownerId, fix);
      }
      return fix;
    };
    forEachActiveKeyResult(
      index,
      asOfMs,
      (kr, position, latest, windowStart, windowEnd, latestPosition) => {
        if (latest === undefined || asOfMs >= windowEnd || asOfMs < windowStart) return;
        const at = times[latestPosition]!;
        if (!staleAfter(at, asOfMs, options.cadenceDays)) return;
        const days = Math.floor((asOfMs - at) / DAY_MS);
        ctx.report({
          path: ['keyResults', position],
          ids: [kr.id, latest.id],
          message: flatText`Key result "${kr.id}" was last checked in ${latest.at} (${days} days ago); the cadence is ${options.cadenceDays} days.`,
          fix: fixFor(kr.ownerId),
        });
      },
    );
  },
});
