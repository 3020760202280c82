// Private to the rollup layer: the check-ins of each key result for edits.
// The graph's timelines, and check-in positions by id built with the scorer
// (the first edit costs what the others do). Global positions keep the
// tie-break (later in the set wins) identical to a full rescore.
import type { Id } from '../model/types.js';
import { baselineOf, currentOf, setLatest } from './_currentCheckIns.js';
import { propagate } from './_propagate.js';
import type { CheckInList, ScorerState } from './_scorerState.js';

/** The check-ins of a KR in set order with their global positions (materialized on first edit). */
export function listOf(st: ScorerState, k: number): CheckInList {
  let entry = st.lists.get(k);
  if (entry === undefined) {
    const { start, list } = st.timeline.byKeyResult;
    const setCheckIns = st.setCheckIns;
    const pos = Array.from(list.subarray(start[k]!, start[k + 1]!)).sort((x, y) => x - y);
    entry = { items: pos.map((i) => setCheckIns[i]!), pos };
    st.lists.set(k, entry);
  }
  return entry;
}

/** Where a check-in id lives now: its global position and KR. */
export function locate(st: ScorerState, id: string): { k: number; position: number } | undefined {
  const moved = st.placeOf.get(id);
  if (moved !== undefined) return moved;
  const i = st.homeOf.get(id);
  if (i === undefined) return undefined;
  return { k: st.timeline.keyResult[i]!, position: i };
}

/** Finds a KR's current check-in again after its list changed, and rescores from it. */
export function refreshLatest(st: ScorerState, k: number, changed: Id[]): void {
  const before = st.krLatest[k];
  const after = currentOf(st, k, listOf(st, k).items);
  // A baseline key result's start follows its first check-in (like a measure change).
  st.krResolved[k] = baselineOf(st, k, st.index.krMeasure[k]!);
  st.krLatestAt[k] = after === undefined ? Number.NEGATIVE_INFINITY : st.graph.instant(after.at);
  setLatest(st, k, after);
  if (st.index.krDerived[k] === 1) return;
  propagate(st, -k - 1, false, before !== after, changed);
}
