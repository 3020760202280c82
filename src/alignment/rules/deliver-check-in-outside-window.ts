import { defineRule } from '../defineRule.js';
import { flatText } from './flatText.js';
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
    const { set, keyResultObjective, objectiveCycle, cycleStart, cycleEnd } = graph;
    const checkIns = set.checkIns;
    const { keyResult: krOf, at: times } = graph.checkIns;
    // Check-ins come grouped by key result: the window is worked out once per run.
    let lastK = -2;
    let kr: (typeof set.keyResults)[number] | undefined;
    let start = Number.NaN;
    let end = Number.NaN;
    let extended = false;
    for (let position = 0; position < checkIns.length; position++) {
      const k = krOf[position]!;
      if (k !== lastK) {
        lastK = k;
        const o = k < 0 ? -1 : keyResultObjective[k]!;
        const c = o < 0 ? -1 : objectiveCycle[o]!;
        if (c < 0 || Number.isNaN(cycleStart[c]!) || Number.isNaN(cycleEnd[c]!)) {
          kr = undefined; // a dangling reference or an invalid cycle: the parser reports it
          continue;
        }
        kr = set.keyResults[k]!;
        start = cycleStart[c]!;
        end = cycleEnd[c]!;
        const due = kr.due === undefined ? Number.NaN : graph.endInstant(kr.due);
        extended = due > end;
        if (extended) end = due;
      }
      if (kr === undefined) continue;
      const at = times[position]!;
      if (Number.isNaN(at) || (at >= start && at < end)) continue;
      const checkIn = checkIns[position]!;
      const c = set.cycles[objectiveCycle[keyResultObjective[lastK]!]!]!;
      const last = extended ? kr.due! : c.end;
      ctx.report({
        path: ['checkIns', position, 'at'],
        ids: [checkIn.id, kr.id],
        message: flatText`Check-in "${checkIn.id}" of key result "${kr.id}" is dated ${checkIn.at}, outside the key result's window (cycle "${c.id}": ${c.start} – ${last}).`,
        fix: 'Correct its date, or record it on the key result of the cycle it belongs to.',
      });
    }
  },
});
