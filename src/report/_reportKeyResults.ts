/**
 * Private to the renderers: the key results of a weekly report read in one
 * pass — all of them, or those an objective's section lists name — without
 * the intermediate arrays of nested `flatMap`s (100k key results are read by
 * every section of a page).
 *
 * @module
 */
import type { Id } from '../model/types.js';
import type { WeeklyKeyResult, WeeklyObjective, WeeklyUnit } from './types.js';

/** Every key result of `units`, unit by unit, objective by objective. */
export function allKeyResults(units: readonly WeeklyUnit[]): WeeklyKeyResult[] {
  const out: WeeklyKeyResult[] = [];
  for (let u = 0; u < units.length; u++) {
    const objectives = units[u]!.objectives;
    for (let o = 0; o < objectives.length; o++) {
      const krs = objectives[o]!.keyResults;
      for (let k = 0; k < krs.length; k++) out.push(krs[k]!);
    }
  }
  return out;
}

/**
 * The key results of each objective of `units` whose id one of its section
 * lists (`atRisk`, `aboutTo`, `didNotMove`, …) names, in `keyResults` order.
 */
export function listedKeyResults(
  units: readonly WeeklyUnit[],
  ids: (o: WeeklyObjective) => readonly Id[],
): WeeklyKeyResult[] {
  const out: WeeklyKeyResult[] = [];
  for (let u = 0; u < units.length; u++) {
    const objectives = units[u]!.objectives;
    for (let o = 0; o < objectives.length; o++) {
      const objective = objectives[o]!;
      pickListed(objective.keyResults, ids(objective), out);
    }
  }
  return out;
}

/**
 * Appends to `out` the items of `keyResults` whose id is in `ids`, in
 * `keyResults` order. `weeklyReport` writes each list in that order, so one
 * walk over both suffices; a list in another order (a report edited or
 * written by hand) is matched by a set of its ids.
 */
export function pickListed(
  keyResults: readonly WeeklyKeyResult[],
  ids: readonly Id[],
  out: WeeklyKeyResult[],
): WeeklyKeyResult[] {
  if (ids.length === 0) return out;
  const before = out.length;
  let j = 0;
  for (let i = 0; i < keyResults.length && j < ids.length; i++) {
    const k = keyResults[i]!;
    if (k.id === ids[j]) {
      out.push(k);
      j++;
    }
  }
  if (j === ids.length) return out;
  out.length = before;
  const wanted = new Set(ids);
  for (const k of keyResults) if (wanted.has(k.id)) out.push(k);
  return out;
}
