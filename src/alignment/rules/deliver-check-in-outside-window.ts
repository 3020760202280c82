import { defineRule } from '../defineRule.js';
import { flatText } from '../../_lib/flatText.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `deliver/check-in-outside-window` — every check-in lies inside its key
 * result's window: from its cycle's start to the end of the cycle or of the
 * key result's `due` day, whichever is later (the window `recordCheckIn` and
 * `editCheckIn` enforce). A check-in outside it — imported, written by hand,
 * or left behind when a cycle or due date moved — reports progress for a
 * time the key result does not cover.
 *
 * @example
 * ```ts
 * // cycle q1: 2026-01-01 … 2026-03-31, no due
 * // Fails: a check-in at 2025-12-20 or 2026-04-02.
 * // Passes: a check-in at 2026-03-31.
 * ```
 */
export const deliverCheckInOutsideWindow = /* @__PURE__ */ defineRule({
  id: 'deliver/check-in-outside-window',
  meta: {
    description:
      "Check-ins lie inside their key result's window (cycle start to cycle end or due).",
    severity: 'warning',
  },
  check(ctx) {
    const { index } = ctx;
    const graph = graphOfIndex(index);
    const { set, keyResultWindow, windows, cycleEnd } = graph;
    const checkIns = set.checkIns;
    const { keyResult: krOf, at: times } = graph.checkIns;
    // Check-ins come grouped by key result: the window is worked out once per run.
    let lastK = -2;
    let w = -1;
    let start = Number.NaN;
    let end = Number.NaN;
    for (let position = 0; position < checkIns.length; position++) {
      const k = krOf[position]!;
      if (k !== lastK) {
        lastK = k;
        w = k < 0 ? -1 : keyResultWindow[k]!;
        // A dangling reference or an invalid cycle: the parser reports it.
        if (w >= 0 && (Number.isNaN(windows.start[w]!) || Number.isNaN(windows.acceptEnd[w]!)))
          w = -1;
        if (w < 0) continue;
        start = windows.start[w]!;
        end = windows.acceptEnd[w]!;
      }
      if (w < 0) continue;
      const at = times[position]!;
      if (Number.isNaN(at) || (at >= start && at < end)) continue;
      const checkIn = checkIns[position]!;
      const kr = set.keyResults[k]!;
      const c = set.cycles[windows.cycle[w]!]!;
      const last = end > cycleEnd[windows.cycle[w]!]! ? kr.due! : c.end;
      ctx.report({
        path: ['checkIns', position, 'at'],
        ids: [checkIn.id, kr.id],
        message: flatText`Check-in "${checkIn.id}" of key result "${kr.id}" is dated ${checkIn.at}, outside the key result's window (cycle "${c.id}": ${c.start} – ${last}).`,
        fix: 'Correct its date, or record it on the key result of the cycle it belongs to.',
      });
    }
  },
});
