import { defineRule } from '../defineRule.js';

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
    const { set, index } = ctx;
    const checkIns = set.checkIns;
    for (let position = 0; position < checkIns.length; position++) {
      const checkIn = checkIns[position]!;
      const kr = index.keyResults.get(checkIn.keyResultId);
      if (kr === undefined) continue; // a dangling reference: the parser reports it
      const objective = index.objectives.get(kr.objectiveId);
      if (objective === undefined) continue;
      const cycle = index.cycleSpan(objective.cycleId);
      if (cycle === undefined) continue;
      const due = kr.due === undefined ? undefined : index.keyResultSpan(kr.id);
      const end = due !== undefined && due.end > cycle.end ? due.end : cycle.end;
      const at = index.checkInTime(checkIn);
      if (Number.isNaN(at) || (at >= cycle.start && at < end)) continue;
      const c = index.cycles.get(objective.cycleId)!;
      const last = kr.due !== undefined && end > cycle.end ? kr.due : c.end;
      ctx.report({
        path: ['checkIns', position, 'at'],
        ids: [checkIn.id, kr.id],
        message: `Check-in "${checkIn.id}" of key result "${kr.id}" is dated ${checkIn.at}, outside the key result's window (cycle "${c.id}": ${c.start} – ${last}).`,
        fix: 'Correct its date, or record it on the key result of the cycle it belongs to.',
      });
    }
  },
});
