/**
 * Private to the rollup layer: the order a scorer computes the cascade in —
 * loops that feed scores broken at their lowest-index objective, then
 * objectives and derived key results in dependency order (Kahn).
 *
 * @module
 */
import { PARENT_KEY_RESULT, PARENT_OBJECTIVE } from '../core/OkrGraph.js';
import { SokrError } from '../model/SokrError.js';
import type { ScoringIndex } from './_scoringIndex.js';

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
