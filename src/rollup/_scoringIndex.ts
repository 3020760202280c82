// Private to the rollup layer: the structural index a scorer is built on.
// Ids become dense integers once (Maps only here), everything else lives in
// typed arrays: CSR child lists, the cascade order (Kahn, in _cascadeOrder.ts),
// unit tree order, pillar reach (_pillarReach.ts) and the sum-tree pool of
// every aggregate.
import {
  type GraphLoop,
  type OkrGraph,
  PARENT_KEY_RESULT,
  PARENT_NONE,
  PARENT_OBJECTIVE,
} from '../core/OkrGraph.js';
import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type { Cycle, Measure } from '../model/types.js';
import { orderCascade } from './_cascadeOrder.js';
import { checkWeight, danglingIssue, duplicateIssue, suggestDangling } from './_indexIssues.js';
import { pillarReach } from './_pillarReach.js';
import { countMembers, type MemberCounts } from './_scope.js';

export { PARENT_KEY_RESULT, PARENT_NONE, PARENT_OBJECTIVE };

/** A cascade loop in index terms (objective positions, lowest first). */
export type IndexLoop = GraphLoop;

/** The structural index (no scores). */
export interface ScoringIndex {
  /** The graph the index is built on. */
  graph: OkrGraph;
  nK: number;
  nO: number;
  krIds: string[];
  objIds: string[];
  krOfId: ReadonlyMap<string, number>;
  objOfId: ReadonlyMap<string, number>;
  krObj: Int32Array;
  krWeight: Float64Array;
  krMeasure: Measure[];
  krDerived: Uint8Array;
  /** Initial confidence of the KR (NaN when absent). */
  krConfidence: Float64Array;
  /**
   * The set's own measures, read once per index (the scorer's build reads
   * these instead of a million measure objects; its edits keep their own
   * state): 1 for a kept measure (threshold, range), else 0.
   */
  krHeld: Uint8Array;
  /** 1 for a metric whose start is the first check-in (`start: null`), else 0. */
  krBaseline: Uint8Array;
  /** The key results with a `plan`, in set order. */
  krPlanned: Int32Array;
  objWeight: Float64Array;
  objCycle: Int32Array;
  objUnit: Int32Array;
  objParentKind: Uint8Array;
  objParent: Int32Array;
  /** KRs of each objective (CSR, input order). */
  objKrStart: Int32Array;
  objKrList: Int32Array;
  /** Child objectives whose parent is this objective (CSR, input order). */
  objChildStart: Int32Array;
  objChildList: Int32Array;
  /** Child objectives whose parent is this KR (CSR, input order). */
  krChildStart: Int32Array;
  krChildList: Int32Array;
  // Cascade (depends on includeChildren and the derived flags):
  /** 1 when the objective's parent edge is ignored in scoring (it closes a loop). */
  objBroken: Uint8Array;
  /** Objectives (≥ 0) and derived KRs (encoded `-(k + 1)`) in dependency order. */
  order: Int32Array;
  loops: readonly IndexLoop[];
  // Units (positions in set.units):
  unitIds: string[];
  /** 0 for a later duplicate of a unit id (an empty root, left out of the scorecard). */
  unitLive: Uint8Array;
  unitParent: Int32Array;
  unitChildStart: Int32Array;
  unitChildList: Int32Array;
  /** Units, children before parents. */
  unitOrder: Int32Array;
  /** Root units in input order. */
  unitRoots: Int32Array;
  pillarIds: string[];
  cycleIds: string[];
  /** The cycle at each position. */
  cycleRecords: readonly Cycle[];
  ownerIds: string[];
  // Groups (sum trees): unit own [0, nU), pillars, cycles, owners, orphans (objectives without a known unit).
  groupCount: number;
  pillarGroup0: number;
  cycleGroup0: number;
  ownerGroup0: number;
  orphanGroup: number;
  /** Tree base offset of each group in the pool (node i of group g at base + i, i ∈ [1, 2m)). */
  groupBase: Int32Array;
  groupSize: Int32Array;
  poolSize: number;
  /** Memberships of each objective (CSR): group and leaf position. */
  objSlotStart: Int32Array;
  slotGroup: Int32Array;
  slotPos: Int32Array;
  /** Each KR's owner group leaf position. */
  krOwnerGroup: Int32Array;
  krOwnerPos: Int32Array;
  /** Objectives and key results of every aggregate when every cycle is in scope. */
  members: MemberCounts;
}

/**
 * Builds the scoring index of a set on its graph: the graph gives positions,
 * parent chains, CSR lists, loops and the unit forest; this adds weights,
 * owners, pillar reach and the sum-tree pool. Throws a SokrError naming every
 * problem that makes scoring impossible (duplicate ids, a key result without
 * its objective, an objective without its cycle, an invalid weight).
 */
export function buildScoringIndex(graph: OkrGraph, includeChildren: boolean): ScoringIndex {
  const set = graph.set;
  const issues: Issue[] = [];
  const cycles = set.cycles ?? [];
  const units = set.units ?? [];
  const objectives = set.objectives ?? [];
  const keyResults = set.keyResults ?? [];
  const pillars = set.strategy?.pillars ?? [];
  const { objectiveOf: objOfId, keyResultOf: krOfId } = graph;

  // Objectives.
  const nO = objectives.length;
  const objIds: string[] = new Array(nO);
  const objWeight = new Float64Array(nO);
  const objCycle = graph.objectiveCycle;
  // Per-item duplicate checks only when the graph saw a repeated id.
  const dupObjectives = objOfId.size !== nO;
  const dupKeyResults = krOfId.size !== keyResults.length;
  for (let o = 0; o < nO; o++) {
    const obj = objectives[o]!;
    objIds[o] = obj.id;
    if (dupObjectives && objOfId.get(obj.id) !== o) {
      issues.push(
        duplicateIssue(['objectives', o, 'id'], 'objective', obj.id, [
          'objectives',
          objOfId.get(obj.id)!,
        ]),
      );
    }
    objWeight[o] = checkWeight(obj.weight, ['objectives', o, 'weight'], issues);
    if (objCycle[o] === -1) {
      issues.push(danglingIssue(['objectives', o, 'cycleId'], 'cycle', obj.cycleId));
    }
  }

  // Key results.
  const nK = keyResults.length;
  const krIds: string[] = new Array(nK);
  const krObj = graph.keyResultObjective;
  const krWeight = new Float64Array(nK);
  const krMeasure: Measure[] = new Array(nK);
  const krDerived = new Uint8Array(nK);
  const krConfidence = new Float64Array(nK);
  const krHeld = new Uint8Array(nK);
  const krBaseline = new Uint8Array(nK);
  const planned: number[] = [];
  const ownerOf = new Map<string, number>();
  const ownerIds: string[] = [];
  const krOwner = new Int32Array(nK);
  let lastOwner: string | undefined;
  let lastOwnerAt = -1;
  for (let k = 0; k < nK; k++) {
    const kr = keyResults[k]!;
    krIds[k] = kr.id;
    if (dupKeyResults && krOfId.get(kr.id) !== k) {
      issues.push(
        duplicateIssue(['keyResults', k, 'id'], 'keyResult', kr.id, [
          'keyResults',
          krOfId.get(kr.id)!,
        ]),
      );
    }
    if (krObj[k] === -1) {
      issues.push(danglingIssue(['keyResults', k, 'objectiveId'], 'objective', kr.objectiveId));
    }
    krWeight[k] = checkWeight(kr.weight, ['keyResults', k, 'weight'], issues);
    krMeasure[k] = kr.measure;
    const kind = kr.measure?.kind;
    krDerived[k] = kind === 'derived' ? 1 : 0;
    krHeld[k] = kind === 'threshold' || kind === 'range' ? 1 : 0;
    krBaseline[k] = kind === 'metric' && kr.measure.start === null ? 1 : 0;
    if (kr.plan !== undefined) planned.push(k);
    krConfidence[k] = typeof kr.confidence === 'number' ? kr.confidence : Number.NaN;
    if (kr.ownerId !== lastOwner || k === 0) {
      let owner = ownerOf.get(kr.ownerId);
      if (owner === undefined) {
        owner = ownerIds.length;
        ownerOf.set(kr.ownerId, owner);
        ownerIds.push(kr.ownerId);
      }
      lastOwner = kr.ownerId;
      lastOwnerAt = owner;
    }
    krOwner[k] = lastOwnerAt;
  }
  if (issues.length > 0) {
    suggestDangling(issues, set);
    throw new SokrError(issues);
  }

  const objParentKind = graph.objectiveParentKind;
  const objParent = graph.objectiveParent;
  const reach = pillarReach(graph, objectives);

  // Units: the graph's forest (positions in set.units; later duplicates are empty roots).
  const forest = graph.units;
  const nU = units.length;
  const unitIds: string[] = new Array(nU);
  const unitLive = new Uint8Array(nU).fill(1);
  const dupUnits = graph.unitOf.size !== nU;
  for (let u = 0; u < nU; u++) {
    unitIds[u] = units[u]!.id;
    if (dupUnits && graph.unitOf.get(units[u]!.id) !== u) unitLive[u] = 0;
  }
  const objUnit = graph.objectiveUnit;
  const objKrStart = graph.keyResultsOf.start;
  const objKrList = graph.keyResultsOf.list;

  // Groups.
  const nP = pillars.length;
  const nC = cycles.length;
  const nOw = ownerIds.length;
  const pillarGroup0 = nU;
  const cycleGroup0 = pillarGroup0 + nP;
  const ownerGroup0 = cycleGroup0 + nC;
  const orphanGroup = ownerGroup0 + nOw;
  const groupCount = orphanGroup + 1;
  const groupSize = new Int32Array(groupCount);
  const objSlotStart = new Int32Array(nO + 1);
  for (let o = 0; o < nO; o++) {
    const r = reach[o];
    const slots = 2 + (r === undefined ? 0 : r.length);
    objSlotStart[o + 1] = objSlotStart[o]! + slots;
  }
  const slotGroup = new Int32Array(objSlotStart[nO]!);
  const slotPos = new Int32Array(objSlotStart[nO]!);
  for (let o = 0; o < nO; o++) {
    let s = objSlotStart[o]!;
    const add = (g: number) => {
      slotGroup[s] = g;
      slotPos[s] = groupSize[g]!++;
      s++;
    };
    add(objUnit[o]! >= 0 ? objUnit[o]! : orphanGroup);
    add(cycleGroup0 + objCycle[o]!);
    const r = reach[o];
    if (r !== undefined) for (const p of r) add(pillarGroup0 + p);
  }
  const krOwnerGroup = new Int32Array(nK);
  const krOwnerPos = new Int32Array(nK);
  for (let k = 0; k < nK; k++) {
    const g = ownerGroup0 + krOwner[k]!;
    krOwnerGroup[k] = g;
    krOwnerPos[k] = groupSize[g]!++;
  }
  const groupBase = new Int32Array(groupCount);
  let poolSize = 0;
  for (let g = 0; g < groupCount; g++) {
    groupBase[g] = poolSize;
    poolSize += 2 * groupSize[g]! + 1;
  }
  const index: ScoringIndex = {
    graph,
    nK,
    nO,
    krIds,
    objIds,
    krOfId,
    objOfId,
    krObj,
    krWeight,
    krMeasure,
    krDerived,
    krConfidence,
    krHeld,
    krBaseline,
    krPlanned: Int32Array.from(planned),
    objWeight,
    objCycle,
    objUnit,
    objParentKind,
    objParent,
    objKrStart,
    objKrList,
    objChildStart: graph.childrenOfObjective.start,
    objChildList: graph.childrenOfObjective.list,
    krChildStart: graph.childrenOfKeyResult.start,
    krChildList: graph.childrenOfKeyResult.list,
    objBroken: new Uint8Array(nO),
    order: new Int32Array(0),
    loops: graph.loops,
    unitIds,
    unitLive,
    unitParent: forest.parent,
    unitChildStart: forest.children.start,
    unitChildList: forest.children.list,
    unitOrder: forest.bottomUp,
    unitRoots: forest.roots,
    pillarIds: pillars.map((p) => p.id),
    cycleIds: cycles.map((c) => c.id),
    cycleRecords: cycles,
    ownerIds,
    groupCount,
    pillarGroup0,
    cycleGroup0,
    ownerGroup0,
    orphanGroup,
    groupBase,
    groupSize,
    poolSize,
    objSlotStart,
    slotGroup,
    slotPos,
    krOwnerGroup,
    krOwnerPos,
    members: undefined as unknown as MemberCounts,
  };
  index.members = countMembers(index, undefined);
  orderCascade(index, includeChildren);
  return index;
}

/**
 * The scoring index of a graph for read-only scorers, built once per graph and
 * `includeChildren` (read-only scorers never change it).
 */
export function sharedScoringIndex(graph: OkrGraph, includeChildren: boolean): ScoringIndex {
  const key = includeChildren ? 'scoringIndex:children' : 'scoringIndex';
  let index = graph.memo.get(key) as ScoringIndex | undefined;
  if (index === undefined) {
    index = buildScoringIndex(graph, includeChildren);
    graph.memo.set(key, index);
  }
  return index;
}
