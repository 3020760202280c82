import type { Id } from '../model/types.js';
import type { OkrGraph } from './OkrGraph.js';

/**
 * Check-in positions by id (the last occurrence wins, as a later check-in
 * replaces an earlier one with the same id), built once per graph and
 * shared by every scorer on it (they never change it).
 */
export function checkInPositions(graph: OkrGraph): ReadonlyMap<Id, number> {
  let map = graph.memo.get('checkInPositions') as Map<Id, number> | undefined;
  if (map === undefined) {
    map = new Map();
    const checkIns = graph.set.checkIns ?? [];
    for (let i = 0; i < checkIns.length; i++) {
      map.set(checkIns[i]!.id, i);
    }
    graph.memo.set('checkInPositions', map);
  }
  return map;
}
