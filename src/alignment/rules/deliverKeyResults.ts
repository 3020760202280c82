import type { CheckIn, KeyResult } from '../../model/types.js';
import type { OkrIndex } from '../buildIndex.js';

/**
 * Per key result (by position in `set.keyResults`): whether the deliver rules
 * look at it, its window and its latest check-in at or before `asOfMs`. Kept
 * in flat arrays, so a million key results cost no million objects.
 */
interface DeliverTable {
  asOfMs: number;
  eligible: Uint8Array;
  windowStart: Float64Array;
  windowEnd: Float64Array;
  latest: Array<CheckIn | undefined>;
}

let cache: WeakMap<OkrIndex, DeliverTable> | undefined;

function deliverTable(index: OkrIndex, asOfMs: number): DeliverTable {
  cache ??= new WeakMap();
  const hit = cache.get(index);
  if (hit !== undefined && hit.asOfMs === asOfMs) return hit;
  const krs = index.set.keyResults;
  const table: DeliverTable = {
    asOfMs,
    eligible: new Uint8Array(krs.length),
    windowStart: new Float64Array(krs.length),
    windowEnd: new Float64Array(krs.length),
    latest: new Array(krs.length),
  };
  for (let position = 0; position < krs.length; position++) {
    const kr = krs[position]!;
    if (kr.measure.kind === 'derived') continue;
    if (index.hasDuplicateIds && index.keyResults.get(kr.id) !== kr) continue;
    const objective = index.objectives.get(kr.objectiveId);
    if (objective === undefined || objective.state !== 'active') continue;
    const cycle = index.cycles.get(objective.cycleId);
    if (cycle === undefined || index.cycleSpan(cycle.id) === undefined) continue;
    const window = index.keyResultSpan(kr.id);
    if (window === undefined) continue; // an invalid due date: the parser reports it
    table.windowStart[position] = window.start;
    table.windowEnd[position] = window.end;
    table.latest[position] = index.latestCheckInOf(kr.id, asOfMs);
    table.eligible[position] = 1;
  }
  cache.set(index, table);
  return table;
}

/**
 * Calls `visit` for every key result of an active objective whose window can
 * be computed (derived key results excluded: they take no check-ins), with
 * its window and its latest check-in at or before `asOfMs` (`latestCheckIn`
 * of the progress layer). Computed once per index and `asOf`, shared by the
 * `deliver/*` rules.
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
  ) => void,
): void {
  const table = deliverTable(index, asOfMs);
  const krs = index.set.keyResults;
  for (let position = 0; position < krs.length; position++) {
    if (table.eligible[position] === 1)
      visit(
        krs[position]!,
        position,
        table.latest[position],
        table.windowStart[position]!,
        table.windowEnd[position]!,
      );
  }
}
