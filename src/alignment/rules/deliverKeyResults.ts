import type { CheckIn, Cycle, KeyResult, Objective } from '../../model/types.js';
import { keyResultWindow, type KeyResultWindow } from '../../progress/keyResultWindow.js';
import { latestCheckIn } from '../../progress/latestCheckIn.js';
import type { OkrIndex } from '../buildIndex.js';

/** A key result of an active objective, with what the deliver rules look at. */
export interface DeliverItem {
  kr: KeyResult;
  position: number;
  objective: Objective;
  cycle: Cycle;
  window: KeyResultWindow;
  /** Check-ins sorted by date. */
  checkIns: readonly CheckIn[];
  /** The latest check-in at or before asOf. */
  latest: CheckIn | undefined;
}

let cache: WeakMap<OkrIndex, { asOfMs: number; items: DeliverItem[] }> | undefined;

function deliverItems(index: OkrIndex, asOfMs: number): DeliverItem[] {
  cache ??= new WeakMap();
  const hit = cache.get(index);
  if (hit !== undefined && hit.asOfMs === asOfMs) return hit.items;
  const items: DeliverItem[] = [];
  index.set.keyResults.forEach((kr, position) => {
    if (kr.measure.kind === 'derived') return;
    if (index.hasDuplicateIds && index.keyResults.get(kr.id) !== kr) return;
    const objective = index.objectives.get(kr.objectiveId);
    if (objective === undefined || objective.state !== 'active') return;
    const cycle = index.cycles.get(objective.cycleId);
    if (cycle === undefined || index.cycleSpan(cycle.id) === undefined) return;
    let window: KeyResultWindow;
    try {
      window = keyResultWindow(kr, cycle);
    } catch {
      return; // an invalid due date: the parser reports it
    }
    const checkIns = index.checkInsOf(kr.id);
    const latest = checkIns.length === 0 ? undefined : latestCheckIn(checkIns, asOfMs);
    items.push({ kr, position, objective, cycle, window, checkIns, latest });
  });
  cache.set(index, { asOfMs, items });
  return items;
}

/**
 * Calls `visit` for every key result of an active objective whose window can
 * be computed (derived key results excluded: they take no check-ins), with
 * its latest check-in at or before `asOfMs` (`latestCheckIn` of the progress
 * layer). The list is computed once per index and `asOf`, and shared by the
 * `deliver/*` rules.
 *
 * @internal
 */
export function forEachActiveKeyResult(
  index: OkrIndex,
  asOfMs: number,
  visit: (item: DeliverItem) => void,
): void {
  for (const item of deliverItems(index, asOfMs)) visit(item);
}
