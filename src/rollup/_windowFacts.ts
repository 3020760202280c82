// Private to the rollup layer: the static facts of each key result's window
// (expected progress, window over, active, stale without a check-in).
import type { Path } from '../model/issue.js';
import { isSokrError, SokrError } from '../model/SokrError.js';
import { expectedProgress } from '../progress/expectedProgress.js';
import { isStale } from '../progress/isStale.js';
import { keyResultWindow } from '../progress/keyResultWindow.js';
import type { ScorerState } from './_scorerState.js';

/**
 * Fills krExpected, krOver, krActive, krStaleNone and the span in which a
 * check-in counts (krFloor … krCutoff: from the cycle's start to `asOf` or the
 * end of the window `recordCheckIn` accepts — the cycle's end or the `due`
 * day, whichever is later — if that comes first). Key results of one cycle
 * share a few windows (one per due date): the facts are computed per window.
 */
export function computeWindowFacts(st: ScorerState): void {
  const { nK, krExpected, krOver, krActive, krStaleNone } = st;
  const { krFloor, krCutoff, graph } = st;
  const { asOfMs, policy } = st.options;
  // The graph places every key result in a window (its cycle and due day):
  // the facts are worked out once per window, for its first key result, whose
  // path an invalid date is reported at.
  const { keyResultWindow, windows } = graph;
  const count = windows.cycle.length;
  const winExpected = new Float64Array(count);
  const winOver = new Uint8Array(count);
  const winActive = new Uint8Array(count);
  const winStaleNone = new Uint8Array(count);
  const winCutoff = new Float64Array(count);
  const winStart = new Float64Array(count);
  const winEnd = new Float64Array(count);
  // Windows are numbered in the order their first key results come in the
  // set: the first invalid one throws at the same key result as a walk would.
  for (let w = 0; w < count; w++) {
    const c = windows.cycle[w]!;
    const window = windowOf(st, windows.first[w]!, c);
    winExpected[w] = expectedProgress(window, asOfMs);
    const over = asOfMs >= window.end;
    winOver[w] = over ? 1 : 0;
    winActive[w] = !over && asOfMs >= window.start ? 1 : 0;
    winStaleNone[w] = isStale(window.start, asOfMs, policy) ? 1 : 0;
    const acceptEnd = Math.max(window.end, graph.cycleEnd[c]!);
    winCutoff[w] = Math.min(asOfMs, acceptEnd - 1);
    winStart[w] = window.start;
    winEnd[w] = window.end;
  }
  for (let k = 0; k < nK; k++) {
    const w = keyResultWindow[k]!;
    const c = windows.cycle[w]!;
    krExpected[k] = winExpected[w]!;
    krOver[k] = winOver[w]!;
    krActive[k] = winActive[w]!;
    krStaleNone[k] = winStaleNone[w]!;
    krFloor[k] = graph.cycleStart[c]!;
    krCutoff[k] = winCutoff[w]!;
    st.krWindowStart[k] = winStart[w]!;
    st.krWindowEnd[k] = winEnd[w]!;
  }
}

/** A key result's window from the graph's instants; the same errors as keyResultWindow. */
function windowOf(st: ScorerState, k: number, c: number): { start: number; end: number } {
  const graph = st.graph;
  const kr = st.keyResults[k]!;
  const start = graph.cycleStart[c]!;
  let end = graph.cycleEnd[c]!;
  if (kr.due !== undefined) end = graph.endInstant(kr.due);
  if (!Number.isNaN(start) && !Number.isNaN(end)) return { start, end };
  try {
    return keyResultWindow(kr, st.index.cycleRecords[c]!, { timeZone: graph.timeZone });
  } catch (error) {
    if (!isSokrError(error)) throw error;
    throw new SokrError(
      error.issues.map((issue) => {
        const last = issue.path[issue.path.length - 1];
        const path: Path =
          last === 'due' ? ['keyResults', k, 'due'] : ['cycles', c, last ?? 'start'];
        return { ...issue, path };
      }),
    );
  }
}
