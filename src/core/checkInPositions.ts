import { IdIndex } from '../_lib/IdIndex.js';
import type { Id } from '../model/types.js';
import type { OkrGraph } from './OkrGraph.js';

/** Check-in positions by id, read by the scorer's edits. */
export interface CheckInPositions {
  get(id: Id): number | undefined;
}

/**
 * Check-in positions by id (the last occurrence wins, as a later check-in
 * replaces an earlier one with the same id), built once per graph and shared
 * by every scorer on it (they never change it). An open-addressing `IdIndex`
 * (a few times cheaper to build than a `Map` of millions of ids) plus a small
 * map for the ids that repeat.
 */
export function checkInPositions(graph: OkrGraph): CheckInPositions {
  let positions = graph.memo.get('checkInPositions') as CheckInPositions | undefined;
  if (positions === undefined) {
    const checkIns = graph.set.checkIns ?? [];
    const index = new IdIndex(checkIns);
    const later = new Map<Id, number>();
    for (const [i] of index.duplicates) later.set(checkIns[i]!.id, i); // in set order: the last wins
    positions = {
      get(id) {
        const repeated = later.get(id);
        if (repeated !== undefined) return repeated;
        const at = index.get(id);
        return at < 0 ? undefined : at;
      },
    };
    graph.memo.set('checkInPositions', positions);
  }
  return positions;
}
