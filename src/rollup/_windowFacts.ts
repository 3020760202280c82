// Private to the rollup layer: the static facts of each key result's window
// (expected progress, window over, active, stale without a check-in).
import type { Path } from '../model/issue.js';
import { isSokrError, SokrError } from '../model/SokrError.js';
import { expectedProgress } from '../progress/expectedProgress.js';
import { staleAfter } from '../progress/isStale.js';
import { keyResultWindow } from '../progress/keyResultWindow.js';
import type { ScorerState } from './_scorerState.js';

/**
 * Fills the facts of each window of the graph — over, active, stale without
 * a check-in, the end of the span in which a check-in counts (winCutoff: `asOf`
 * or the end of the window `recordCheckIn` accepts — the cycle's end or the
 * `due` day, whichever is later — if that comes first; the span starts at the
 * graph's `windows.start`) — and each key result's expected progress.
 */
export function computeWindowFacts(st: ScorerState): void {
  const { nK, krExpected, graph, krWindow } = st;
  const { winOver, winActive, winStaleNone, winCutoff, winStart, winEnd } = st;
  const { asOfMs, policy } = st.options;
  const windows = graph.windows;
  const count = windows.cycle.length;
  const winExpected = new Float64Array(count);
  // Windows are numbered in the order their first key results come in the
  // set: the first invalid one throws at the same key result as a walk would.
  for (let w = 0; w < count; w++) {
    const c = windows.cycle[w]!;
    const window = windowOf(st, windows.first[w]!, c);
    winExpected[w] = expectedProgress(window, asOfMs);
    const over = asOfMs >= window.end;
    winOver[w] = over ? 1 : 0;
    winActive[w] = !over && asOfMs >= window.start ? 1 : 0;
    winStaleNone[w] = staleAfter(window.start, asOfMs, policy.cadenceDays) ? 1 : 0;
    const acceptEnd = Math.max(window.end, graph.cycleEnd[c]!);
    winCutoff[w] = Math.min(asOfMs, acceptEnd - 1);
    winStart[w] = window.start;
    winEnd[w] = window.end;
  }
  for (let k = 0; k < nK; k++) krExpected[k] = winExpected[krWindow[k]!]!;
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
