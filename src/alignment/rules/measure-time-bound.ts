import { DEFAULT_TIME_ZONE, zonedEnd } from '../../_lib/zonedDay.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `measure/time-bound` — a key result's `due` date lies inside its
 * objective's cycle (a key result without `due` ends with the cycle).
 *
 * @example
 * ```ts
 * // cycle q1: 2026-01-01 … 2026-03-31
 * // Fails: due: '2026-04-15' (after the cycle) or '2025-12-01' (before it).
 * // Passes: due: '2026-02-28', or no due.
 * ```
 */
export const measureTimeBound = /* @__PURE__ */ defineRule({
  id: 'measure/time-bound',
  meta: {
    description: "A key result's due date lies inside its objective's cycle.",
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    const graph = graphOfIndex(index);
    const { keyResultObjective, objectiveCycle, cycleStart, cycleEnd } = graph;
    const zone = set.timeZone ?? DEFAULT_TIME_ZONE;
    // In UTC the graph's parsed end instants are the same as zonedEnd's.
    const endOf = (text: string): number | undefined => {
      if (zone !== DEFAULT_TIME_ZONE) return zonedEnd(text, zone);
      const ms = graph.endInstant(text);
      return Number.isNaN(ms) ? undefined : ms;
    };
    set.keyResults.forEach((kr, i) => {
      if (kr.due === undefined) return;
      const o = keyResultObjective[i]!;
      if (o < 0) return;
      const objective = set.objectives[o]!;
      const c = objectiveCycle[o]!;
      const start = c < 0 ? Number.NaN : cycleStart[c]!;
      const end = c < 0 ? Number.NaN : cycleEnd[c]!;
      const due = endOf(kr.due);
      if (Number.isNaN(start) || Number.isNaN(end) || due === undefined) return;
      // `due` is the end of the key result's window: it must end after the cycle starts
      // and no later than the cycle ends.
      if (due <= start || due > end) {
        const cycle = index.cycles.get(objective.cycleId)!;
        ctx.report({
          path: ['keyResults', i, 'due'],
          ids: [kr.id, objective.cycleId],
          message: `Key result "${kr.id}" is due ${kr.due}, outside cycle "${cycle.id}" (${cycle.start} – ${cycle.end}).`,
          fix: `Set due within ${cycle.start} – ${cycle.end}, or remove it to end with the cycle.`,
        });
      }
    });
  },
});
