import { latestAt } from '../../core/checkInTimeline.js';
import type { CheckIn, KeyResult } from '../../model/types.js';
import type { OkrIndex } from '../buildIndex.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * Per key result (by position in `set.keyResults`): whether the deliver rules
 * look at it, its window and the position (in `set.checkIns`, −1: none) of
 * its latest check-in at or before `asOfMs`. Kept in flat arrays read off the
 * set's graph, so a million key results cost no million objects.
 */
interface DeliverTable {
  asOfMs: number;
  eligible: Uint8Array;
  windowStart: Float64Array;
  windowEnd: Float64Array;
  latest: Int32Array;
}

/**
 * The table at `asOfMs`, kept in the graph's memo (the latest `asOf` asked
 * for), so the deliver rules of one validation share one table and a
 * compiled set validated again at the same `asOf` builds none.
 */
function deliverTable(index: OkrIndex, asOfMs: number): DeliverTable {
  const graph = graphOfIndex(index);
  const hit = graph.memo.get('deliverTable') as DeliverTable | undefined;
  if (hit !== undefined && hit.asOfMs === asOfMs) return hit;
  const krs = graph.set.keyResults;
  const objectives = graph.set.objectives;
  const n = krs.length;
  const table: DeliverTable = {
    asOfMs,
    eligible: new Uint8Array(n),
    windowStart: new Float64Array(n),
    windowEnd: new Float64Array(n),
    latest: new Int32Array(n).fill(-1),
  };
  const { keyResultObjective, keyResultWindow, windows, cycleEnd, keyResultOf } = graph;
  for (let k = 0; k < n; k++) {
    const kr = krs[k]!;
    if (kr.measure.kind === 'derived') continue;
    if (!keyResultOf.isFirst(k)) continue;
    const o = keyResultObjective[k]!;
    if (o < 0 || objectives[o]!.state !== 'active') continue;
    const w = keyResultWindow[k]!;
    if (w < 0) continue;
    const start = windows.start[w]!;
    if (Number.isNaN(start) || Number.isNaN(cycleEnd[windows.cycle[w]!]!)) continue;
    const end = windows.end[w]!;
    if (Number.isNaN(end)) continue; // an invalid due date: the parser reports it
    table.windowStart[k] = start;
    table.windowEnd[k] = end;
    // A check-in dated before the window does not count (the scorer skips it too): a key
    // result with only last quarter's baseline has no check-in yet in this one.
    const latest = latestAt(graph.checkIns, k, asOfMs);
    table.latest[k] = latest >= 0 && graph.checkIns.at[latest]! >= start ? latest : -1;
    table.eligible[k] = 1;
  }
  graph.memo.set('deliverTable', table);
  return table;
}

/**
 * Calls `visit` for every key result of an active objective whose window can
 * be computed (derived key results excluded: they take no check-ins), with
 * its window and its latest check-in in the window at or before `asOfMs`
 * (one dated before the window start does not count, as in the scorer) and that check-in's position in `set.checkIns` (−1:
 * none). Computed once per index and `asOf`, shared by the `deliver/*` rules.
 *
 * @internal
 */
export function forEachActiveKeyResult(
  index: OkrIndex,
  asOfMs: number,
  visit: (
    kr: KeyResult,
    position: number,
    latest: CheckIn | undefined,
    windowStart: number,
    windowEnd: number,
    latestPosition: number,
  ) => void,
): void {
  const table = deliverTable(index, asOfMs);
  const set = graphOfIndex(index).set;
  const krs = set.keyResults;
  const checkIns = set.checkIns;
  const { eligible, latest, windowStart, windowEnd } = table;
  for (let position = 0; position < krs.length; position++) {
    if (eligible[position] !== 1) continue;
    const at = latest[position]!;
    visit(
      krs[position]!,
      position,
      at < 0 ? undefined : checkIns[at],
      windowStart[position]!,
      windowEnd[position]!,
      at,
    );
  }
}

/**
 * `Ask "noah"` — the start of a deliver rule's fix, the owner's id quoted as
 * in messages (so `describeFix` writes the person's name); `Ask the owner`
 * for a key result without one.
 */
export function askOwner(ownerId: unknown): string {
  return typeof ownerId === 'string' && ownerId !== '' ? `Ask "${ownerId}"` : 'Ask the owner';
}
