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
  const { nK, keyResults, index, krExpected, krOver, krActive, krStaleNone } = st;
  const { krFloor, krCutoff, graph } = st;
  const { asOfMs, policy } = st.options;
  const krObj = index.krObj;
  const objCycle = index.objCycle;
  const perCycle: (Map<string, number> | undefined)[] = new Array(index.cycleRecords.length);
  const winExpected: number[] = [];
  const winOver: number[] = [];
  const winActive: number[] = [];
  const winStaleNone: number[] = [];
  const winCutoff: number[] = [];
  const winStart: number[] = [];
  const winEnd: number[] = [];
  let lastCycle = -1;
  let lastDue: string | undefined;
  let lastW = -1;
  for (let k = 0; k < nK; k++) {
    const kr = keyResults[k]!;
    const c = objCycle[krObj[k]!]!;
    const key = kr.due ?? '';
    let w = c === lastCycle && key === lastDue ? lastW : undefined;
    if (w === undefined) {
      const cache = (perCycle[c] ??= new Map());
      w = cache.get(key);
      if (w === undefined) {
        const window = windowOf(st, k, c);
        w = winExpected.length;
        winExpected.push(expectedProgress(window, asOfMs));
        const over = asOfMs >= window.end;
        winOver.push(over ? 1 : 0);
        winActive.push(!over && asOfMs >= window.start ? 1 : 0);
        winStaleNone.push(isStale(window.start, asOfMs, policy) ? 1 : 0);
        const acceptEnd = Math.max(window.end, graph.cycleEnd[c]!);
        winCutoff.push(Math.min(asOfMs, acceptEnd - 1));
        winStart.push(window.start);
        winEnd.push(window.end);
        cache.set(key, w);
      }
      lastCycle = c;
      lastDue = key;
      lastW = w;
    }
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
