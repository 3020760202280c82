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

/**
 * Calls `visit` for every key result of an active objective whose window can
 * be computed, with its latest check-in at or before `asOfMs`.
 *
 * @internal
 */
export function forEachActiveKeyResult(
  index: OkrIndex,
  asOfMs: number,
  visit: (item: DeliverItem) => void,
): void {
  index.set.keyResults.forEach((kr, position) => {
    if (index.keyResults.get(kr.id) !== kr) return;
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
    visit({ kr, position, objective, cycle, window, checkIns, latest });
  });
}
