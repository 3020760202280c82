// Private to the rollup layer: what a key result's measure and plan change in
// its static facts — kept (threshold, range) or not, and expected progress by plan.
import { SokrError } from '../model/SokrError.js';
import { expectedProgress } from '../progress/expectedProgress.js';
import { plannedProgressAt } from '../progress/plannedProgress.js';
import type { ScorerState } from './_scorerState.js';

/**
 * Fills krHeld of every key result and the planned expected progress of those
 * with a plan, from the index's facts of the set's measures (a new scorer's
 * measures are the set's: edits reshape one key result at a time).
 */
export function computeShapes(st: ScorerState): void {
  const krHeld = st.krHeld;
  krHeld.set(st.index.krHeld);
  const planned = st.index.krPlanned;
  for (let i = 0; i < planned.length; i++) {
    const k = planned[i]!;
    // Kept key results (threshold, range) have no time line: they ignore a plan.
    if (krHeld[k] === 0) planExpected(st, k);
  }
}

/** Recomputes key result `k`'s facts after its measure changed. */
export function reshape(st: ScorerState, k: number): void {
  const kind = st.index.krMeasure[k]!.kind;
  st.krHeld[k] = kind === 'threshold' || kind === 'range' ? 1 : 0;
  if (st.keyResults[k]!.plan === undefined) return;
  if (st.krHeld[k] === 0) planExpected(st, k);
  // Kept now: back to the time-based expected progress of its window.
  else {
    const w = st.krWindow[k]!;
    st.krExpected[k] = expectedProgress(
      { start: st.winStart[w]!, end: st.winEnd[w]! },
      st.options.asOfMs,
    );
  }
}

function planExpected(st: ScorerState, k: number): void {
  const graph = st.graph;
  st.krExpected[k] = plannedProgressAt(
    st.keyResults[k]!.plan!,
    st.index.krMeasure[k]!,
    st.winStart[st.krWindow[k]!]!,
    st.winEnd[st.krWindow[k]!]!,
    st.options.asOfMs,
    (at, i) => {
      const ms = graph.instant(at);
      if (Number.isNaN(ms)) {
        throw new SokrError([
          {
            path: ['keyResults', k, 'plan', i, 'at'],
            code: 'invalid_date',
            message: `Key result "${st.index.krIds[k]}" has a plan point with an invalid date.`,
          },
        ]);
      }
      return ms;
    },
  );
}
