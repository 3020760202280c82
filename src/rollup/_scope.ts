// Private to the rollup layer: which objectives the aggregates cover (the
// scope by cycle), and how many objectives and key results each aggregate has.
import { showValue } from '../_lib/quote.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Id } from '../model/types.js';
import { fail } from './_errors.js';
import type { ScoringIndex } from './_scoringIndex.js';
import type { RollupScope } from './types.js';

/** The scope of a scorer, resolved at its `asOf`. */
export interface ResolvedScope {
  /** 1 for objectives the aggregates cover; `undefined` when every objective is covered. */
  readonly objectives: Uint8Array | undefined;
  /** The ids of the cycles in scope, in set order (every cycle for `'all'`). */
  readonly cycleIds: Id[];
}

/**
 * Resolves `scope` at `asOfMs`:
 * - `'running'`: the cycles whose span holds `asOf` (first day to the end of the
 *   last day); when none runs, the most recently started ones (a review after
 *   the quarter); when none has started, the first to start;
 * - `'all'`: every cycle;
 * - a list of cycle ids: those (an unknown id is an error at `['scope', i]`).
 */
export function resolveScope(
  graph: OkrGraph,
  index: ScoringIndex,
  scope: RollupScope,
  asOfMs: number,
): ResolvedScope {
  const cycles = graph.set.cycles ?? [];
  const n = cycles.length;
  const chosen = new Uint8Array(n);
  if (scope === 'all') chosen.fill(1);
  else if (scope === 'running') {
    const { cycleStart, cycleEnd } = graph;
    let running = false;
    let latest = Number.NEGATIVE_INFINITY;
    let earliest = Number.POSITIVE_INFINITY;
    for (let c = 0; c < n; c++) {
      const start = cycleStart[c]!;
      if (start <= asOfMs && asOfMs < cycleEnd[c]!) {
        chosen[c] = 1;
        running = true;
      }
      if (start <= asOfMs && start > latest) latest = start;
      if (start < earliest) earliest = start;
    }
    if (!running) {
      const pick = latest > Number.NEGATIVE_INFINITY ? latest : earliest;
      for (let c = 0; c < n; c++) if (cycleStart[c] === pick) chosen[c] = 1;
    }
  } else if (Array.isArray(scope)) {
    scope.forEach((id, i) => {
      const c = typeof id === 'string' ? graph.cycleOf.get(id) : undefined;
      if (c === undefined) {
        fail(['scope', i], 'dangling_reference', `scope names an unknown cycle ${showValue(id)}.`);
      }
      chosen[c] = 1;
    });
  } else {
    fail(
      ['scope'],
      'invalid_value',
      `scope is 'running', 'all' or a list of cycle ids, got ${showValue(scope)}.`,
    );
  }
  const cycleIds: Id[] = [];
  let all = true;
  for (let c = 0; c < n; c++) {
    if (graph.cycleOf.get(cycles[c]!.id) !== c) continue; // a later duplicate
    if (chosen[c] === 1) cycleIds.push(cycles[c]!.id);
    else all = false;
  }
  if (all) return { objectives: undefined, cycleIds };
  const objectives = new Uint8Array(index.nO);
  for (let o = 0; o < index.nO; o++) objectives[o] = chosen[index.objCycle[o]!]!;
  return { objectives, cycleIds };
}

/** How many objectives and key results each aggregate covers. */
export interface MemberCounts {
  /** Objectives per group (unit own, pillar, cycle, owner, orphans). */
  readonly groupObjectives: Int32Array;
  /** Key results per group. */
  readonly groupKeyResults: Int32Array;
  /** Objectives per unit subtree. */
  readonly unitObjectives: Int32Array;
  /** Key results per unit subtree. */
  readonly unitKeyResults: Int32Array;
  /** Objectives and key results of the company. */
  readonly objectives: number;
  readonly keyResults: number;
}

/**
 * Counts the members of every aggregate. An objective out of scope counts in
 * its cycle's aggregate only; its key results count nowhere else either.
 */
export function countMembers(index: ScoringIndex, inScope: Uint8Array | undefined): MemberCounts {
  const { nO, nK, groupCount, objSlotStart, slotGroup, objKrStart, krObj, krOwnerGroup } = index;
  const { unitOrder, unitChildStart, unitChildList } = index;
  const nU = index.unitIds.length;
  const groupObjectives = new Int32Array(groupCount);
  const groupKeyResults = new Int32Array(groupCount);
  let objectives = 0;
  let keyResults = 0;
  for (let o = 0; o < nO; o++) {
    const krs = objKrStart[o + 1]! - objKrStart[o]!;
    const covered = inScope === undefined || inScope[o] === 1;
    if (covered) {
      objectives++;
      keyResults += krs;
    }
    for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++) {
      // The second slot is the objective's cycle: it counts whatever the scope.
      if (!covered && j !== objSlotStart[o]! + 1) continue;
      const g = slotGroup[j]!;
      groupObjectives[g]!++;
      groupKeyResults[g]! += krs;
    }
  }
  const seen = new Int32Array(nO).fill(-1);
  for (let k = 0; k < nK; k++) {
    const o = krObj[k]!;
    if (inScope !== undefined && inScope[o] !== 1) continue;
    const g = krOwnerGroup[k]!;
    groupKeyResults[g]!++;
    if (seen[o] !== g) {
      seen[o] = g;
      groupObjectives[g]!++;
    }
  }
  const unitObjectives = new Int32Array(nU);
  const unitKeyResults = new Int32Array(nU);
  for (let i = 0; i < nU; i++) {
    const u = unitOrder[i]!;
    let oc = groupObjectives[u]!;
    let kc = groupKeyResults[u]!;
    for (let j = unitChildStart[u]!; j < unitChildStart[u + 1]!; j++) {
      const c = unitChildList[j]!;
      oc += unitObjectives[c]!;
      kc += unitKeyResults[c]!;
    }
    unitObjectives[u] = oc;
    unitKeyResults[u] = kc;
  }
  return {
    groupObjectives,
    groupKeyResults,
    unitObjectives,
    unitKeyResults,
    objectives,
    keyResults,
  };
}
