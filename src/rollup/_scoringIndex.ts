// Private to the rollup layer: the structural index a scorer is built on.
// Ids become dense integers once (Maps only here), everything else lives in
// typed arrays: CSR child lists, the cascade order (Kahn), unit tree order,
// pillar reach and the sum-tree pool of every aggregate.
import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type { Cycle, Measure, OkrSet } from '../model/types.js';

/** Parent kinds of an objective. */
export const PARENT_NONE = 0;
export const PARENT_OBJECTIVE = 1;
export const PARENT_KEY_RESULT = 2;

/** A cascade loop in index terms. */
export interface IndexLoop {
  /** Objective indices along the parent chain, starting at the lowest index. */
  objectives: number[];
}

/** The structural index (no scores). */
export interface ScoringIndex {
  nK: number;
  nO: number;
  krIds: string[];
  objIds: string[];
  krOfId: Map<string, number>;
  objOfId: Map<string, number>;
  krObj: Int32Array;
  krWeight: Float64Array;
  krMeasure: Measure[];
  krDerived: Uint8Array;
  /** Initial confidence of the KR (NaN when absent). */
  krConfidence: Float64Array;
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
  loops: IndexLoop[];
  // Units:
  unitIds: string[];
  unitParent: Int32Array;
  unitChildStart: Int32Array;
  unitChildList: Int32Array;
  /** Units, children before parents. */
  unitOrder: Int32Array;
  /** Root units in input order. */
  unitRoots: Int32Array;
  pillarIds: string[];
  cycleIds: string[];
  /** The first cycle record of each cycle id. */
  cycleRecords: Cycle[];
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
  groupObjectiveCount: Int32Array;
  groupKrCount: Int32Array;
  poolSize: number;
  /** Memberships of each objective (CSR): group and leaf position. */
  objSlotStart: Int32Array;
  slotGroup: Int32Array;
  slotPos: Int32Array;
  /** Each KR's owner group leaf position. */
  krOwnerGroup: Int32Array;
  krOwnerPos: Int32Array;
  unitSubObjectiveCount: Int32Array;
  unitSubKrCount: Int32Array;
}

function csr(n: number, count: number, keyOf: (i: number) => number): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) start[key + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(start[n]!);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) list[fill[key]!++] = i;
  }
  return [start, list];
}

function checkWeight(w: unknown, path: (string | number)[], issues: Issue[]): number {
  if (w === undefined) return 1;
  if (typeof w !== 'number' || !(w >= 0) || w === Number.POSITIVE_INFINITY) {
    issues.push({
      path,
      code: 'invalid_value',
      message: `A weight is a finite number ≥ 0, got ${JSON.stringify(w) ?? String(w)}.`,
    });
    return 0;
  }
  return w;
}

/**
 * Builds the structural index of a set. Throws a SokrError naming every
 * problem that makes scoring impossible (duplicate ids, a key result without
 * its objective, an objective without its cycle, an invalid weight).
 */
export function buildScoringIndex(set: OkrSet, includeChildren: boolean): ScoringIndex {
  const issues: Issue[] = [];
  const cycles = set.cycles ?? [];
  const units = set.units ?? [];
  const objectives = set.objectives ?? [];
  const keyResults = set.keyResults ?? [];
  const pillars = set.strategy?.pillars ?? [];

  const cycleOf = new Map<string, number>();
  const cycleIds: string[] = [];
  const cycleRecords: Cycle[] = [];
  for (let i = 0; i < cycles.length; i++) {
    const id = cycles[i]!.id;
    if (!cycleOf.has(id)) {
      cycleOf.set(id, cycleIds.length);
      cycleIds.push(id);
      cycleRecords.push(cycles[i]!);
    }
  }
  const unitOf = new Map<string, number>();
  const unitIds: string[] = [];
  const unitParentIds: (string | undefined)[] = [];
  for (let i = 0; i < units.length; i++) {
    const id = units[i]!.id;
    if (!unitOf.has(id)) {
      unitOf.set(id, unitIds.length);
      unitIds.push(id);
      unitParentIds.push(units[i]!.parentId);
    }
  }
  const pillarOf = new Map<string, number>();
  const pillarIds: string[] = [];
  for (const p of pillars) {
    if (!pillarOf.has(p.id)) {
      pillarOf.set(p.id, pillarIds.length);
      pillarIds.push(p.id);
    }
  }

  // Objectives.
  const nO = objectives.length;
  const objOfId = new Map<string, number>();
  const objIds: string[] = new Array(nO);
  const objWeight = new Float64Array(nO);
  const objCycle = new Int32Array(nO);
  const objUnit = new Int32Array(nO);
  for (let o = 0; o < nO; o++) {
    const obj = objectives[o]!;
    objIds[o] = obj.id;
    const knownObjectives = objOfId.size;
    objOfId.set(obj.id, o); // one hash lookup; a duplicate throws below anyway
    if (objOfId.size === knownObjectives) {
      issues.push({
        path: ['objectives', o, 'id'],
        code: 'duplicate_id',
        message: `Objective id ${JSON.stringify(obj.id)} is used twice.`,
      });
    }
    objWeight[o] = checkWeight(obj.weight, ['objectives', o, 'weight'], issues);
    const c = cycleOf.get(obj.cycleId);
    if (c === undefined) {
      issues.push({
        path: ['objectives', o, 'cycleId'],
        code: 'dangling_reference',
        message: `Objective ${JSON.stringify(obj.id)} refers to an unknown cycle ${JSON.stringify(obj.cycleId)}.`,
      });
    }
    objCycle[o] = c ?? -1;
    objUnit[o] = unitOf.get(obj.unitId) ?? -1;
  }

  // Key results.
  const nK = keyResults.length;
  const krOfId = new Map<string, number>();
  const krIds: string[] = new Array(nK);
  const krObj = new Int32Array(nK);
  const krWeight = new Float64Array(nK);
  const krMeasure: Measure[] = new Array(nK);
  const krDerived = new Uint8Array(nK);
  const krConfidence = new Float64Array(nK);
  const ownerOf = new Map<string, number>();
  const ownerIds: string[] = [];
  const krOwner = new Int32Array(nK);
  for (let k = 0; k < nK; k++) {
    const kr = keyResults[k]!;
    krIds[k] = kr.id;
    const knownKrs = krOfId.size;
    krOfId.set(kr.id, k); // one hash lookup; a duplicate throws below anyway
    if (krOfId.size === knownKrs) {
      issues.push({
        path: ['keyResults', k, 'id'],
        code: 'duplicate_id',
        message: `Key result id ${JSON.stringify(kr.id)} is used twice.`,
      });
    }
    const o = objOfId.get(kr.objectiveId);
    if (o === undefined) {
      issues.push({
        path: ['keyResults', k, 'objectiveId'],
        code: 'dangling_reference',
        message: `Key result ${JSON.stringify(kr.id)} refers to an unknown objective ${JSON.stringify(kr.objectiveId)}.`,
      });
    }
    krObj[k] = o ?? -1;
    krWeight[k] = checkWeight(kr.weight, ['keyResults', k, 'weight'], issues);
    krMeasure[k] = kr.measure;
    krDerived[k] = kr.measure?.kind === 'derived' ? 1 : 0;
    krConfidence[k] = typeof kr.confidence === 'number' ? kr.confidence : Number.NaN;
    let owner = ownerOf.get(kr.ownerId);
    if (owner === undefined) {
      owner = ownerIds.length;
      ownerOf.set(kr.ownerId, owner);
      ownerIds.push(kr.ownerId);
    }
    krOwner[k] = owner;
  }
  if (issues.length > 0) throw new SokrError(issues);

  // Parents (unknown parents are ignored: integrity checks report them).
  const objParentKind = new Uint8Array(nO);
  const objParent = new Int32Array(nO).fill(-1);
  for (let o = 0; o < nO; o++) {
    const parent = objectives[o]!.parent;
    if (parent === undefined) continue;
    if ('objectiveId' in parent) {
      const p = objOfId.get(parent.objectiveId);
      if (p !== undefined) {
        objParentKind[o] = PARENT_OBJECTIVE;
        objParent[o] = p;
      }
    } else if ('keyResultId' in parent) {
      const p = krOfId.get(parent.keyResultId);
      if (p !== undefined) {
        objParentKind[o] = PARENT_KEY_RESULT;
        objParent[o] = p;
      }
    }
  }
  const [objKrStart, objKrList] = csr(nO, nK, (k) => krObj[k]!);
  const [objChildStart, objChildList] = csr(nO, nO, (o) =>
    objParentKind[o] === PARENT_OBJECTIVE ? objParent[o]! : -1,
  );
  const [krChildStart, krChildList] = csr(nK, nO, (o) =>
    objParentKind[o] === PARENT_KEY_RESULT ? objParent[o]! : -1,
  );

  // Parent-chain loops (options-independent): next objective up the chain.
  const chainNext = (o: number): number => {
    const kind = objParentKind[o];
    if (kind === PARENT_OBJECTIVE) return objParent[o]!;
    if (kind === PARENT_KEY_RESULT) return krObj[objParent[o]!]!;
    return -1;
  };
  const loops: IndexLoop[] = [];
  const onLoop = new Int32Array(nO).fill(-1);
  {
    const walk = new Int32Array(nO);
    for (let s = 0; s < nO; s++) {
      if (walk[s] !== 0) continue;
      let v = s;
      while (v !== -1 && walk[v] === 0) {
        walk[v] = s + 1;
        v = chainNext(v);
      }
      if (v === -1 || walk[v] !== s + 1) continue;
      const members: number[] = [];
      let u = v;
      do {
        members.push(u);
        u = chainNext(u);
      } while (u !== v);
      let minAt = 0;
      for (let i = 1; i < members.length; i++) if (members[i]! < members[minAt]!) minAt = i;
      const rotated = members.slice(minAt).concat(members.slice(0, minAt));
      for (const m of rotated) onLoop[m] = loops.length;
      loops.push({ objectives: rotated });
    }
  }

  // Pillar reach through parent chains: roots first; loop members share the loop's union.
  const ownPillars: (number[] | undefined)[] = new Array(nO);
  for (let o = 0; o < nO; o++) {
    const links = objectives[o]!.links;
    if (links === undefined) continue;
    for (const link of links) {
      if (link.kind !== 'pillar') continue;
      const p = pillarOf.get(link.pillarId);
      if (p === undefined) continue;
      const own = (ownPillars[o] ??= []);
      if (!own.includes(p)) own.push(p);
    }
  }
  const reach: (number[] | undefined)[] = new Array(nO);
  {
    const union = (base: number[] | undefined, extra: number[] | undefined) => {
      if (extra === undefined || extra.length === 0) return base;
      if (base === undefined) return extra;
      let out: number[] | undefined;
      for (const p of extra) {
        if (base.includes(p) || out?.includes(p)) continue;
        out ??= base.slice();
        out.push(p);
      }
      return out ?? base;
    };
    const [chainChildStart, chainChildList] = csr(nO, nO, (o) => chainNext(o));
    const queue = new Int32Array(nO);
    let tail = 0;
    for (const loop of loops) {
      let u: number[] | undefined;
      for (const m of loop.objectives) u = union(u, ownPillars[m]);
      for (const m of loop.objectives) {
        reach[m] = u;
        queue[tail++] = m;
      }
    }
    for (let o = 0; o < nO; o++) {
      if (chainNext(o) === -1) {
        reach[o] = ownPillars[o];
        queue[tail++] = o;
      }
    }
    for (let head = 0; head < tail; head++) {
      const p = queue[head]!;
      for (let i = chainChildStart[p]!; i < chainChildStart[p + 1]!; i++) {
        const c = chainChildList[i]!;
        if (onLoop[c] !== -1) continue;
        reach[c] = union(reach[p], ownPillars[c]);
        queue[tail++] = c;
      }
    }
  }

  // Unit tree: loops broken at their lowest-index unit; children before parents.
  const nU = unitIds.length;
  const unitParent = new Int32Array(nU).fill(-1);
  for (let u = 0; u < nU; u++) {
    const pid = unitParentIds[u];
    if (pid !== undefined) unitParent[u] = unitOf.get(pid) ?? -1;
  }
  {
    const walk = new Int32Array(nU);
    for (let s = 0; s < nU; s++) {
      if (walk[s] !== 0) continue;
      let v = s;
      while (v !== -1 && walk[v] === 0) {
        walk[v] = s + 1;
        v = unitParent[v]!;
      }
      if (v === -1 || walk[v] !== s + 1) continue;
      let min = v;
      let u = unitParent[v]!;
      while (u !== v) {
        if (u < min) min = u;
        u = unitParent[u]!;
      }
      unitParent[min] = -1;
    }
  }
  const [unitChildStart, unitChildList] = csr(nU, nU, (u) => unitParent[u]!);
  const unitOrder = new Int32Array(nU);
  const rootList: number[] = [];
  {
    let tail = 0;
    for (let u = 0; u < nU; u++) {
      if (unitParent[u] === -1) {
        rootList.push(u);
        unitOrder[tail++] = u;
      }
    }
    for (let head = 0; head < tail; head++) {
      const p = unitOrder[head]!;
      for (let i = unitChildStart[p]!; i < unitChildStart[p + 1]!; i++)
        unitOrder[tail++] = unitChildList[i]!;
    }
    unitOrder.reverse();
  }

  // Groups.
  const nP = pillarIds.length;
  const nC = cycleIds.length;
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
  const groupObjectiveCount = new Int32Array(groupCount);
  const groupKrCount = new Int32Array(groupCount);
  for (let o = 0; o < nO; o++) {
    let s = objSlotStart[o]!;
    const krs = objKrStart[o + 1]! - objKrStart[o]!;
    const add = (g: number) => {
      slotGroup[s] = g;
      slotPos[s] = groupSize[g]!++;
      groupObjectiveCount[g]!++;
      groupKrCount[g]! += krs;
      s++;
    };
    add(objUnit[o]! >= 0 ? objUnit[o]! : orphanGroup);
    add(cycleGroup0 + objCycle[o]!);
    const r = reach[o];
    if (r !== undefined) for (const p of r) add(pillarGroup0 + p);
  }
  const krOwnerGroup = new Int32Array(nK);
  const krOwnerPos = new Int32Array(nK);
  {
    const seen = new Int32Array(nO).fill(-1);
    for (let k = 0; k < nK; k++) {
      const g = ownerGroup0 + krOwner[k]!;
      krOwnerGroup[k] = g;
      krOwnerPos[k] = groupSize[g]!++;
      groupKrCount[g]!++;
      const o = krObj[k]!;
      if (seen[o] !== g) {
        seen[o] = g;
        groupObjectiveCount[g]!++;
      }
    }
  }
  const groupBase = new Int32Array(groupCount);
  let poolSize = 0;
  for (let g = 0; g < groupCount; g++) {
    groupBase[g] = poolSize;
    poolSize += 2 * groupSize[g]! + 1;
  }
  const unitSubObjectiveCount = new Int32Array(nU);
  const unitSubKrCount = new Int32Array(nU);
  for (let i = 0; i < nU; i++) {
    const u = unitOrder[i]!;
    let oc = groupObjectiveCount[u]!;
    let kc = groupKrCount[u]!;
    for (let j = unitChildStart[u]!; j < unitChildStart[u + 1]!; j++) {
      const c = unitChildList[j]!;
      oc += unitSubObjectiveCount[c]!;
      kc += unitSubKrCount[c]!;
    }
    unitSubObjectiveCount[u] = oc;
    unitSubKrCount[u] = kc;
  }

  const index: ScoringIndex = {
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
    objWeight,
    objCycle,
    objUnit,
    objParentKind,
    objParent,
    objKrStart,
    objKrList,
    objChildStart,
    objChildList,
    krChildStart,
    krChildList,
    objBroken: new Uint8Array(nO),
    order: new Int32Array(0),
    loops,
    unitIds,
    unitParent,
    unitChildStart,
    unitChildList,
    unitOrder,
    unitRoots: Int32Array.from(rootList),
    pillarIds,
    cycleIds,
    cycleRecords,
    ownerIds,
    groupCount,
    pillarGroup0,
    cycleGroup0,
    ownerGroup0,
    orphanGroup,
    groupBase,
    groupSize,
    groupObjectiveCount,
    groupKrCount,
    poolSize,
    objSlotStart,
    slotGroup,
    slotPos,
    krOwnerGroup,
    krOwnerPos,
    unitSubObjectiveCount,
    unitSubKrCount,
  };
  orderCascade(index, includeChildren);
  return index;
}

/** True when the objective's parent edge feeds a score (before loop breaking). */
export function parentEdgeLive(index: ScoringIndex, o: number, includeChildren: boolean): boolean {
  const kind = index.objParentKind[o];
  if (kind === PARENT_OBJECTIVE) return includeChildren;
  if (kind === PARENT_KEY_RESULT) return index.krDerived[index.objParent[o]!] === 1;
  return false;
}

/**
 * Breaks the loops that feed scores (at their lowest-index objective) and
 * orders objectives and derived KRs so that every node comes after the nodes
 * it reads (Kahn's algorithm, iterative). Depends on the derived flags, so
 * it runs again when a measure turns to or from `derived`.
 */
export function orderCascade(index: ScoringIndex, includeChildren: boolean): void {
  const { nO, nK, objBroken, objParentKind, objParent, krDerived, krObj } = index;
  objBroken.fill(0);
  for (const loop of index.loops) {
    let live = true;
    for (const o of loop.objectives) if (!parentEdgeLive(index, o, includeChildren)) live = false;
    if (live) objBroken[loop.objectives[0]!] = 1;
  }
  // Node ids: objectives [0, nO), KRs nO + k (only derived ones are scheduled).
  const indeg = new Int32Array(nO + nK);
  const next = (node: number): number => {
    if (node < nO) {
      if (objBroken[node] === 1 || !parentEdgeLive(index, node, includeChildren)) return -1;
      return objParentKind[node] === PARENT_OBJECTIVE ? objParent[node]! : nO + objParent[node]!;
    }
    return krObj[node - nO]!;
  };
  let derivedCount = 0;
  for (let o = 0; o < nO; o++) {
    const n = next(o);
    if (n >= 0) indeg[n]!++;
  }
  for (let k = 0; k < nK; k++) {
    if (krDerived[k] !== 1) continue;
    derivedCount++;
    indeg[krObj[k]!]!++;
  }
  const total = nO + derivedCount;
  const queue = new Int32Array(total);
  let tail = 0;
  for (let o = 0; o < nO; o++) if (indeg[o] === 0) queue[tail++] = o;
  for (let k = 0; k < nK; k++)
    if (krDerived[k] === 1 && indeg[nO + k] === 0) queue[tail++] = nO + k;
  for (let head = 0; head < tail; head++) {
    const n = next(queue[head]!);
    if (n >= 0 && --indeg[n]! === 0) queue[tail++] = n;
  }
  if (tail !== total) {
    // Cannot happen once live loops are broken; guard against silent garbage.
    throw new SokrError([
      {
        path: ['objectives'],
        code: 'reference_loop',
        message: 'The cascade could not be ordered.',
      },
    ]);
  }
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const n = queue[i]!;
    order[i] = n < nO ? n : -(n - nO + 1);
  }
  index.order = order;
}
