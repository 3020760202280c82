/**
 * Private: finding entities of a command's set — an id's index (a plain loop,
 * or a batch's id → index maps), a key result's objective, an objective's
 * cycle, and the span a key result's check-ins may fall in.
 *
 * @module
 */
import { zonedEnd, zonedInstant } from '../_lib/zonedDay.js';
import type { Cycle, KeyResult, Objective, OkrSet } from '../model/types.js';

/**
 * Id → index maps per array identity, built lazily (batch only). Valid because
 * the arrays are never mutated, except the batch's own copies whose in-place
 * appends are registered by `appendCommand` (`_writes.ts`).
 */
export type IdIndex = WeakMap<object, Map<string, number>>;

/**
 * Index of the entity with this id, or -1. A plain loop (no callbacks, no
 * allocation), or a lookup in `index` when a batch passes one.
 */
export function indexOfId(list: readonly { id: string }[], id: string, index?: IdIndex): number {
  if (index !== undefined) {
    let map = index.get(list);
    if (map === undefined) {
      map = new Map();
      for (let i = list.length - 1; i >= 0; i--) map.set(list[i]!.id, i); // the first occurrence wins
      index.set(list, map);
    }
    return map.get(id) ?? -1;
  }
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.id === id) return i;
  }
  return -1;
}

/**
 * The objective a key result belongs to, or undefined.
 *
 * @example
 * ```ts
 * import { objectiveOf } from './_lookups.js';
 * declare const set: import('sokr').OkrSet;
 * objectiveOf(set, set.keyResults[0])?.state; // 'active'
 * ```
 */
export function objectiveOf(
  set: OkrSet,
  kr: KeyResult | undefined,
  index?: IdIndex,
): Objective | undefined {
  return kr === undefined
    ? undefined
    : set.objectives[indexOfId(set.objectives, kr.objectiveId, index)];
}

/** The cycle an objective belongs to, or undefined. */
export function cycleOf(set: OkrSet, objective: Objective): Cycle | undefined {
  const i = indexOfId(set.cycles, objective.cycleId);
  return i < 0 ? undefined : set.cycles[i];
}

/**
 * The span check-ins of a key result may fall in (epoch ms, end exclusive):
 * from its cycle's start to the end of the cycle or of its due day, whichever is later,
 * with calendar days in the set's time zone `zone`.
 */
export function checkInWindow(
  kr: KeyResult,
  cycle: Cycle,
  zone = 'UTC',
): { start: number; end: number } {
  const start = zonedInstant(cycle.start, zone) ?? Number.NEGATIVE_INFINITY;
  const cycleEnd = zonedEnd(cycle.end, zone) ?? Number.POSITIVE_INFINITY;
  const due = kr.due === undefined ? undefined : zonedEnd(kr.due, zone);
  return { start, end: due !== undefined && due > cycleEnd ? due : cycleEnd };
}
