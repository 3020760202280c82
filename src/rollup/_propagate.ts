// Private to the rollup layer: incremental rescoring from one changed node up
// the cascade, with the aggregates on the way.
import type { Id } from '../model/types.js';
import { scoreDerivedKr, scoreLeafKr, scoreObjective } from './_kernels.js';
import { parentEdgeLive } from './_cascadeOrder.js';
import { PARENT_KEY_RESULT } from './_scoringIndex.js';
import type { ScorerState } from './_scorerState.js';
import { NS } from './_statusCodes.js';
import {
  addObjectiveCounts,
  moveOwnerCount,
  ownerLeafDen,
  ownerLeafNum,
  recomputeCompany,
  setLeaf,
  updateObjectiveLeaves,
} from './_sumTrees.js';

/**
 * Rescores from a node (≥ 0 objective, < 0 KR `-(k + 1)`) up the cascade.
 * `force`: the first node's leaves changed (weight) even if its score did not.
 * `forceCard`: the first KR's card changed (its current check-in).
 */
export function propagate(
  st: ScorerState,
  start: number,
  force: boolean,
  forceCard: boolean,
  changed: Id[],
): void {
  const { index, krScore, krStatus, krStale, krHas } = st;
  const { objScore, objExpected, objStatus, objHas, objCounts, oldCounts } = st;
  const { krIds, objIds, krDerived, krObj, krOwnerGroup, krOwnerPos } = index;
  const { objBroken, objParentKind, objParent } = index;
  const includeChildren = st.options.includeChildren;
  let node = start;
  let first = true;
  let leafDirty = false;
  for (;;) {
    if (node < 0) {
      const k = -node - 1;
      const oldScore = krScore[k]!;
      const oldStatus = krStatus[k]!;
      const oldStale = krStale[k]!;
      const oldHas = krHas[k]!;
      if (krDerived[k] === 1) scoreDerivedKr(st, k);
      else scoreLeafKr(st, k);
      const scoreChanged = !Object.is(oldScore, krScore[k]!);
      const statusChanged = oldStatus !== krStatus[k];
      if (scoreChanged || statusChanged || oldStale !== krStale[k] || (first && forceCard)) {
        changed.push(krIds[k]!);
      }
      const up = scoreChanged || statusChanged || oldHas !== krHas[k] || (first && force);
      if (scoreChanged || statusChanged || (first && force)) {
        setLeaf(st, krOwnerGroup[k]!, krOwnerPos[k]!, ownerLeafNum(st, k), ownerLeafDen(st, k));
        if (statusChanged) moveOwnerCount(st, k, oldStatus, krStatus[k]!);
      }
      first = false;
      if (!up) break;
      node = krObj[k]!;
      continue;
    }
    const o = node;
    const oldScore = objScore[o]!;
    const oldExpected = objExpected[o]!;
    const oldStatus = objStatus[o]!;
    const oldHas = objHas[o]!;
    const cb = o * NS;
    for (let s = 0; s < NS; s++) oldCounts[s] = objCounts[cb + s]!;
    scoreObjective(st, o);
    let countsChanged = false;
    for (let s = 0; s < NS; s++) {
      const d = objCounts[cb + s]! - oldCounts[s]!;
      if (d !== 0) {
        countsChanged = true;
        addObjectiveCounts(st, o, s, d);
      }
    }
    const scoreChanged = !Object.is(oldScore, objScore[o]!);
    const out =
      scoreChanged ||
      !Object.is(oldExpected, objExpected[o]!) ||
      oldStatus !== objStatus[o] ||
      oldHas !== objHas[o];
    if (out || countsChanged) changed.push(objIds[o]!);
    if (scoreChanged || (first && force)) {
      updateObjectiveLeaves(st, o);
      leafDirty = true;
    }
    const up = out || (first && force);
    first = false;
    if (!up || objBroken[o] === 1 || !parentEdgeLive(index, o, includeChildren)) break;
    node = objParentKind[o] === PARENT_KEY_RESULT ? -objParent[o]! - 1 : objParent[o]!;
  }
  if (leafDirty) recomputeCompany(st);
}
