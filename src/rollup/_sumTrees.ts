// Private to the rollup layer: the sum trees of every aggregate (unit own,
// pillar, cycle, owner, orphans) in one pool, the unit subtree sums and the
// company. An update recomputes only the log-depth path of a leaf, summing in
// the same order as a full rebuild, so both give the same sums bit for bit.
import type { ScorerState } from './_scorerState.js';
import { NS, PENDING } from './_statusCodes.js';

/** Sets a leaf of group `g` and recomputes the path to its root. */
export function setLeaf(st: ScorerState, g: number, pos: number, num: number, den: number): void {
  const { pNum, pDen } = st;
  const base = st.index.groupBase[g]!;
  let i = st.index.groupSize[g]! + pos;
  pNum[base + i] = num;
  pDen[base + i] = den;
  while (i > 1) {
    i >>= 1;
    pNum[base + i] = pNum[base + 2 * i]! + pNum[base + 2 * i + 1]!;
    pDen[base + i] = pDen[base + 2 * i]! + pDen[base + 2 * i + 1]!;
  }
}

/** The weighted score sum of group `g`. */
export function rootNum(st: ScorerState, g: number): number {
  const index = st.index;
  return index.groupSize[g]! > 0 ? st.pNum[index.groupBase[g]! + 1]! : 0;
}

/** The weight sum of group `g`. */
export function rootDen(st: ScorerState, g: number): number {
  const index = st.index;
  return index.groupSize[g]! > 0 ? st.pDen[index.groupBase[g]! + 1]! : 0;
}

/**
 * True when slot `j` of objective `o` counts: every slot of an objective in
 * scope; only its cycle's slot (the second) otherwise.
 */
function slotCounts(st: ScorerState, o: number, j: number): boolean {
  return st.inScope === undefined || st.inScope[o] === 1 || j === st.index.objSlotStart[o]! + 1;
}

/** True when key result `k` counts in its owner's aggregate and the company's. */
function krCounts(st: ScorerState, k: number): boolean {
  return st.inScope === undefined || st.inScope[st.index.krObj[k]!] === 1;
}

/** Writes an objective's leaves in every group it belongs to (no path update). */
function writeObjectiveLeaves(st: ScorerState, o: number): void {
  const { objWeight, objSlotStart, slotGroup, slotPos, groupBase, groupSize } = st.index;
  const { pNum, pDen } = st;
  const s = st.objScore[o]!;
  const w = objWeight[o]!;
  const num = !Number.isNaN(s) ? w * s : 0;
  const den = !Number.isNaN(s) ? w : 0;
  for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++) {
    const g = slotGroup[j]!;
    const base = groupBase[g]!;
    const i = groupSize[g]! + slotPos[j]!;
    const counted = slotCounts(st, o, j);
    pNum[base + i] = counted ? num : 0;
    pDen[base + i] = counted ? den : 0;
  }
}

/** Updates an objective's leaves and paths, then the subtree sums of its unit chain. */
export function updateObjectiveLeaves(st: ScorerState, o: number): void {
  const { objWeight, objSlotStart, slotGroup, slotPos, objUnit, unitParent } = st.index;
  const s = st.objScore[o]!;
  const w = objWeight[o]!;
  const num = !Number.isNaN(s) ? w * s : 0;
  const den = !Number.isNaN(s) ? w : 0;
  for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++) {
    if (slotCounts(st, o, j)) setLeaf(st, slotGroup[j]!, slotPos[j]!, num, den);
  }
  for (let u = objUnit[o]!; u !== -1; u = unitParent[u]!) recomputeUnit(st, u);
}

/** A KR's owner leaf: its weighted score (0 when pending and excluded). */
export function ownerLeafNum(st: ScorerState, k: number): number {
  return !krCounts(st, k) || (st.options.exclude && st.krStatus[k] === PENDING)
    ? 0
    : st.index.krWeight[k]! * st.krScore[k]!;
}

/** A KR's owner leaf weight (0 when pending and excluded). */
export function ownerLeafDen(st: ScorerState, k: number): number {
  return !krCounts(st, k) || (st.options.exclude && st.krStatus[k] === PENDING)
    ? 0
    : st.index.krWeight[k]!;
}

/** Moves key result `k` from status `from` to `to` in its owner's counts (when it counts there). */
export function moveOwnerCount(st: ScorerState, k: number, from: number, to: number): void {
  if (!krCounts(st, k)) return;
  const gb = st.index.krOwnerGroup[k]! * NS;
  st.groupCounts[gb + from]!--;
  st.groupCounts[gb + to]!++;
}

/** A unit's subtree sums: its own group, then its child units' subtrees. */
function recomputeUnit(st: ScorerState, u: number): void {
  const { unitChildStart, unitChildList } = st.index;
  const { subNum, subDen } = st;
  let num = rootNum(st, u);
  let den = rootDen(st, u);
  for (let i = unitChildStart[u]!; i < unitChildStart[u + 1]!; i++) {
    const c = unitChildList[i]!;
    num += subNum[c]!;
    den += subDen[c]!;
  }
  subNum[u] = num;
  subDen[u] = den;
}

/** The company sums: the root units' subtrees, then the orphans. */
export function recomputeCompany(st: ScorerState): void {
  const { unitRoots, orphanGroup } = st.index;
  const { subNum, subDen } = st;
  let num = 0;
  let den = 0;
  for (let i = 0; i < unitRoots.length; i++) {
    const r = unitRoots[i]!;
    num += subNum[r]!;
    den += subDen[r]!;
  }
  st.companyNum = num + rootNum(st, orphanGroup);
  st.companyDen = den + rootDen(st, orphanGroup);
}

/** Adds `d` items of status `s` to every aggregate an objective belongs to. */
export function addObjectiveCounts(st: ScorerState, o: number, s: number, d: number): void {
  const { objSlotStart, slotGroup, objUnit, unitParent } = st.index;
  const { groupCounts, subCounts } = st;
  if (st.inScope !== undefined && st.inScope[o] !== 1) {
    groupCounts[slotGroup[objSlotStart[o]! + 1]! * NS + s]! += d; // its cycle only
    return;
  }
  for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
    groupCounts[slotGroup[j]! * NS + s]! += d;
  for (let u = objUnit[o]!; u !== -1; u = unitParent[u]!) subCounts[u * NS + s]! += d;
  st.companyCounts[s]! += d;
}

/** Rebuilds every aggregate from the scores: leaves, then every tree bottom-up. */
export function rebuildAggregates(st: ScorerState): void {
  const { nK, nO, nU, index } = st;
  const { pNum, pDen, groupCounts, companyCounts, subCounts, krStatus, krScore } = st;
  const { krObj, krWeight, objSlotStart, slotGroup, krOwnerGroup, krOwnerPos } = index;
  const { groupBase, groupSize, groupCount, unitOrder, unitParent } = index;
  const exclude = st.options.exclude;
  const inScope = st.inScope;
  groupCounts.fill(0);
  companyCounts.fill(0);
  for (let o = 0; o < nO; o++) writeObjectiveLeaves(st, o);
  for (let k = 0; k < nK; k++) {
    const status = krStatus[k]!;
    const o = krObj[k]!;
    const g = krOwnerGroup[k]!;
    const i = groupBase[g]! + groupSize[g]! + krOwnerPos[k]!;
    if (inScope !== undefined && inScope[o] !== 1) {
      // Out of scope: it counts in its cycle only.
      groupCounts[slotGroup[objSlotStart[o]! + 1]! * NS + status]!++;
      pNum[i] = 0;
      pDen[i] = 0;
      continue;
    }
    for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
      groupCounts[slotGroup[j]! * NS + status]!++;
    companyCounts[status]!++;
    if (exclude && status === PENDING) {
      pNum[i] = 0;
      pDen[i] = 0;
    } else {
      const w = krWeight[k]!;
      pNum[i] = w * krScore[k]!;
      pDen[i] = w;
    }
    groupCounts[g * NS + status]!++;
  }
  for (let g = 0; g < groupCount; g++) {
    const base = groupBase[g]!;
    for (let i = groupSize[g]! - 1; i >= 1; i--) {
      pNum[base + i] = pNum[base + 2 * i]! + pNum[base + 2 * i + 1]!;
      pDen[base + i] = pDen[base + 2 * i]! + pDen[base + 2 * i + 1]!;
    }
  }
  subCounts.fill(0);
  for (let i = 0; i < nU; i++) {
    const u = unitOrder[i]!;
    recomputeUnit(st, u);
    const ub = u * NS;
    for (let s = 0; s < NS; s++) subCounts[ub + s]! += groupCounts[ub + s]!;
    const p = unitParent[u]!;
    if (p !== -1) for (let s = 0; s < NS; s++) subCounts[p * NS + s]! += subCounts[ub + s]!;
  }
  recomputeCompany(st);
}
