// Private to the analysis layer: how a scope's score flows down the cascade
// to the key results — every node's effective weight in that score.
import { SokrError } from '../model/SokrError.js';
import type { ScorerState } from '../rollup/_scorerState.js';
import type { AnalysisScope } from './types.js';

const PENDING = 0;

/** Effective weights: of each objective and key result (derived ones included) in a scope's score. */
export interface Flow {
  /** Effective weight of each objective (as a whole, before it splits over its items). */
  objective: Float64Array;
  /** Effective weight of each key result (a derived one passes its weight on to its children). */
  keyResult: Float64Array;
  /** Effective weight of each key result that holds it (leaf key results, and derived ones without scored children). */
  leaf: Float64Array;
}

/** The objectives a scope's score averages, with their weights (score and weight known, weight > 0). */
function members(st: ScorerState, scope: AnalysisScope): Float64Array {
  const { index, nO, objScore, inScope } = st;
  const { objWeight, objUnit, objCycle, objSlotStart, slotGroup } = index;
  const out = new Float64Array(nO);
  const scored = (o: number) => !Number.isNaN(objScore[o]!) && objWeight[o]! > 0;
  const covered = (o: number) => inScope === undefined || inScope[o] === 1;
  if (scope === 'company') {
    for (let o = 0; o < nO; o++) if (scored(o) && covered(o)) out[o] = objWeight[o]!;
    return out;
  }
  if (scope === null || typeof scope !== 'object') return badScope();
  if ('objectiveId' in scope) {
    const o = lookup(index.objOfId.get(scope.objectiveId), 'objectiveId', scope.objectiveId);
    if (!Number.isNaN(objScore[o]!)) out[o] = 1;
    return out;
  }
  if ('cycleId' in scope) {
    const c = lookup(index.graph.cycleOf.get(scope.cycleId), 'cycleId', scope.cycleId);
    for (let o = 0; o < nO; o++) if (scored(o) && objCycle[o] === c) out[o] = objWeight[o]!;
    return out;
  }
  if ('pillarId' in scope) {
    const p = lookup(index.graph.pillarOf.get(scope.pillarId), 'pillarId', scope.pillarId);
    const g = index.pillarGroup0 + p;
    for (let o = 0; o < nO; o++) {
      if (!scored(o) || !covered(o)) continue;
      for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
        if (slotGroup[j] === g) out[o] = objWeight[o]!;
    }
    return out;
  }
  if ('unitId' in scope) {
    const u = lookup(index.unitIds.indexOf(scope.unitId), 'unitId', scope.unitId);
    const inTree = new Uint8Array(index.unitIds.length);
    const stack = [u];
    while (stack.length > 0) {
      const x = stack.pop()!;
      inTree[x] = 1;
      for (let i = index.unitChildStart[x]!; i < index.unitChildStart[x + 1]!; i++)
        stack.push(index.unitChildList[i]!);
    }
    for (let o = 0; o < nO; o++) {
      const ou = objUnit[o]!;
      if (scored(o) && covered(o) && ou >= 0 && inTree[ou] === 1) out[o] = objWeight[o]!;
    }
    return out;
  }
  return badScope();
}

function badScope(): never {
  throw new SokrError([
    {
      path: ['scope'],
      code: 'invalid_value',
      message:
        "scope is 'company' or one of { unitId }, { pillarId }, { cycleId }, { objectiveId }.",
    },
  ]);
}

function lookup(position: number | undefined, key: string, id: unknown): number {
  if (position === undefined || position < 0) {
    throw new SokrError([
      {
        path: ['scope', key],
        code: 'dangling_reference',
        message: `Unknown ${key.slice(0, -2)} ${JSON.stringify(String(id))}.`,
      },
    ]);
  }
  return position;
}

/**
 * The effective weights of a scope: its members' weights normalized to sum
 * to 1, then split, parents before children (the reverse of the cascade
 * order), over each objective's items and each derived key result's child
 * objectives in the proportions the scorer averages them with.
 */
export function flowOf(st: ScorerState, scope: AnalysisScope): Flow {
  const { index, nO, nK, krStatus, objScore } = st;
  const { objKrStart, objKrList, krWeight, objChildStart, objChildList, objBroken, objWeight } =
    index;
  const { krChildStart, krChildList, krDerived, order } = index;
  const { exclude, includeChildren } = st.options;
  const objective = members(st, scope);
  let total = 0;
  for (let o = 0; o < nO; o++) total += objective[o]!;
  const keyResult = new Float64Array(nK);
  const leaf = new Float64Array(nK);
  if (total === 0) return { objective, keyResult, leaf };
  for (let o = 0; o < nO; o++) objective[o] = objective[o]! / total;
  const childCounts = (c: number) => objBroken[c] === 0 && !Number.isNaN(objScore[c]!);
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    if (n >= 0) {
      const mass = objective[n]!;
      if (mass === 0) continue;
      let den = 0;
      for (let j = objKrStart[n]!; j < objKrStart[n + 1]!; j++) {
        const k = objKrList[j]!;
        if (!(exclude && krStatus[k] === PENDING)) den += krWeight[k]!;
      }
      if (includeChildren) {
        for (let j = objChildStart[n]!; j < objChildStart[n + 1]!; j++) {
          const c = objChildList[j]!;
          if (childCounts(c)) den += objWeight[c]!;
        }
      }
      if (den <= 0) continue;
      for (let j = objKrStart[n]!; j < objKrStart[n + 1]!; j++) {
        const k = objKrList[j]!;
        if (exclude && krStatus[k] === PENDING) continue;
        const share = (mass * krWeight[k]!) / den;
        keyResult[k] = keyResult[k]! + share;
        if (krDerived[k] === 0) leaf[k] = leaf[k]! + share;
      }
      if (includeChildren) {
        for (let j = objChildStart[n]!; j < objChildStart[n + 1]!; j++) {
          const c = objChildList[j]!;
          if (childCounts(c)) objective[c] = objective[c]! + (mass * objWeight[c]!) / den;
        }
      }
    } else {
      const k = -n - 1;
      const mass = keyResult[k]!;
      if (mass === 0) continue;
      let den = 0;
      for (let j = krChildStart[k]!; j < krChildStart[k + 1]!; j++) {
        const c = krChildList[j]!;
        if (childCounts(c)) den += objWeight[c]!;
      }
      if (den <= 0) {
        leaf[k] = leaf[k]! + mass; // scores 0 without scored children: it holds its weight
        continue;
      }
      for (let j = krChildStart[k]!; j < krChildStart[k + 1]!; j++) {
        const c = krChildList[j]!;
        if (childCounts(c)) objective[c] = objective[c]! + (mass * objWeight[c]!) / den;
      }
    }
  }
  return { objective, keyResult, leaf };
}
