// Private to the rollup layer: the cards, aggregates and scorecard of a scorer.
import { ownValue } from '../_lib/ownValue.js';
import type { Id } from '../model/types.js';
import { grade } from '../scale/grade.js';
import { PARENT_KEY_RESULT } from './_scoringIndex.js';
import type { ScorerState } from './_scorerState.js';
import { NS, STATUS_NAMES } from './_statusCodes.js';
import { rootDen, rootNum } from './_sumTrees.js';
import type {
  Aggregate,
  CascadeLoop,
  KeyResultCard,
  ObjectiveCard,
  Scorecard,
  ScorecardOptions,
  StatusCounts,
  UnitAggregate,
} from './types.js';

/** Puts a value under an id in a plain record, safely for ids like `__proto__`. */
function put<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else record[key] = value;
}

function counts(arr: Int32Array, base: number): StatusCounts {
  return {
    pending: arr[base]!,
    'on-track': arr[base + 1]!,
    'at-risk': arr[base + 2]!,
    'off-track': arr[base + 3]!,
    achieved: arr[base + 4]!,
    missed: arr[base + 5]!,
  };
}

function aggregate(
  st: ScorerState,
  num: number,
  den: number,
  objectiveCount: number,
  keyResultCount: number,
  arr: Int32Array,
  base: number,
): Aggregate {
  const score = den > 0 ? num / den : null;
  return {
    score,
    bandId: score === null ? null : grade(score, st.options.scale).id,
    objectiveCount,
    keyResultCount,
    counts: counts(arr, base),
  };
}

/** The card of key result `k`. */
export function keyResultCard(st: ScorerState, k: number): KeyResultCard {
  const index = st.index;
  const ci = index.krDerived[k] === 1 ? undefined : st.krLatest[k];
  const score = st.krScore[k]!;
  return {
    id: index.krIds[k]!,
    objectiveId: index.objIds[index.krObj[k]!]!,
    value: ci === undefined ? null : ownValue(ci.value),
    score,
    expected: st.krExpected[k]!,
    status: STATUS_NAMES[st.krStatus[k]!]!,
    stale: st.krStale[k] === 1,
    bandId: grade(score, st.options.scale).id,
    lastCheckInAt: ci === undefined ? null : ci.at,
  };
}

/** Why objective `o` has no score. */
function explain(st: ScorerState, o: number): string {
  const { objKrStart, objKrList, krWeight, objChildStart, objChildList, objBroken, objWeight } =
    st.index;
  const includeChildren = st.options.includeChildren;
  const krCount = objKrStart[o + 1]! - objKrStart[o]!;
  let items = krCount;
  if (includeChildren) {
    for (let i = objChildStart[o]!; i < objChildStart[o + 1]!; i++)
      if (objBroken[objChildList[i]!] === 0) items++;
  }
  if (items === 0) return 'No score: the objective has no key results to score.';
  let weighted = false;
  for (let i = objKrStart[o]!; i < objKrStart[o + 1]!; i++)
    if (krWeight[objKrList[i]!]! > 0) weighted = true;
  if (includeChildren) {
    for (let i = objChildStart[o]!; i < objChildStart[o + 1]!; i++) {
      const c = objChildList[i]!;
      if (objBroken[c] === 0 && objWeight[c]! > 0) weighted = true;
    }
  }
  if (!weighted) return 'No score: every key result has weight 0 (weights must not all be 0).';
  return "No score: every weighted item is pending (no check-in) and pending key results are excluded (pending: 'exclude').";
}

/** The card of objective `o`. */
export function objectiveCard(st: ScorerState, o: number): ObjectiveCard {
  const index = st.index;
  const s = st.objScore[o]!;
  const score = !Number.isNaN(s) ? s : null;
  const e = st.objExpected[o]!;
  const objective = st.graph.set.objectives?.[o];
  const finalScore = objective?.finalScore;
  const card: ObjectiveCard = {
    id: index.objIds[o]!,
    score,
    bandId: score === null ? null : grade(score, st.options.scale).id,
    status: STATUS_NAMES[st.objStatus[o]!]!,
    expected: !Number.isNaN(e) ? e : null,
    counts: counts(st.objCounts, o * NS),
    keyResultCount: index.objKrStart[o + 1]! - index.objKrStart[o]!,
    explanation: score === null ? explain(st, o) : null,
    finalScore: typeof finalScore === 'number' ? finalScore : null,
    finalScoreReason: typeof finalScore === 'number' ? (objective?.finalScoreReason ?? null) : null,
  };
  return card;
}

/**
 * The aggregate of group `g` (a unit's own objectives, a pillar, a cycle or
 * an owner: groups are numbered units first, then pillars, cycles, owners),
 * read from the sum trees without building any card.
 */
export function groupAggregateAt(st: ScorerState, g: number): Aggregate {
  return aggregate(
    st,
    rootNum(st, g),
    rootDen(st, g),
    st.members.groupObjectives[g]!,
    st.members.groupKeyResults[g]!,
    st.groupCounts,
    g * NS,
  );
}

/** The two aggregates of unit `u` (its own objectives, its subtree). */
export function unitAggregateAt(st: ScorerState, u: number): UnitAggregate {
  return {
    own: groupAggregateAt(st, u),
    subtree: aggregate(
      st,
      st.subNum[u]!,
      st.subDen[u]!,
      st.members.unitObjectives[u]!,
      st.members.unitKeyResults[u]!,
      st.subCounts,
      u * NS,
    ),
  };
}

/** The company aggregate (the objectives of the scope). */
export function companyAggregate(st: ScorerState): Aggregate {
  return aggregate(
    st,
    st.companyNum,
    st.companyDen,
    st.members.objectives,
    st.members.keyResults,
    st.companyCounts,
    0,
  );
}

/** The scorecard (cached until the next edit). */
export function snapshot(st: ScorerState): Scorecard {
  if (st.cached !== undefined) return st.cached;
  const { index, graph, nK, nO, nU } = st;
  const { krIds, objIds, objParentKind, objParent, objBroken } = index;
  const { asOf, scale, includeChildren, pending, clamp, policy } = st.options;
  const scorecardOptions: ScorecardOptions = {
    asOf,
    scaleId: scale.id,
    includeChildren,
    pending,
    clamp,
    statusPolicy: { ...policy },
    scope: Array.isArray(st.options.scope) ? [...st.options.scope] : st.options.scope,
    scopeCycleIds: [...st.scopeCycleIds],
    objectiveStatus: st.options.objectiveStatus,
    staleStatus: st.options.staleStatus,
  };
  const keyResultCards: Record<Id, KeyResultCard> = {};
  for (let k = 0; k < nK; k++) put(keyResultCards, krIds[k]!, keyResultCard(st, k));
  const objectiveCards: Record<Id, ObjectiveCard> = {};
  for (let o = 0; o < nO; o++) put(objectiveCards, objIds[o]!, objectiveCard(st, o));
  const groupAggregate = (g: number) => groupAggregateAt(st, g);
  const units: Record<Id, UnitAggregate> = {};
  for (let u = 0; u < nU; u++) {
    if (index.unitLive[u] === 0) continue;
    put(units, index.unitIds[u]!, unitAggregateAt(st, u));
  }
  const pillars: Record<Id, Aggregate> = {};
  for (let p = 0; p < index.pillarIds.length; p++) {
    if (graph.pillarOf.get(index.pillarIds[p]!) !== p) continue;
    put(pillars, index.pillarIds[p]!, groupAggregate(index.pillarGroup0 + p));
  }
  const cycles: Record<Id, Aggregate> = {};
  for (let c = 0; c < index.cycleIds.length; c++) {
    if (graph.cycleOf.get(index.cycleIds[c]!) !== c) continue;
    put(cycles, index.cycleIds[c]!, groupAggregate(index.cycleGroup0 + c));
  }
  const owners: Record<Id, Aggregate> = {};
  for (let w = 0; w < index.ownerIds.length; w++) {
    put(owners, index.ownerIds[w]!, groupAggregate(index.ownerGroup0 + w));
  }
  const loops: CascadeLoop[] = index.loops.map((loop) => {
    const ids: Id[] = [];
    for (const o of loop.objectives) {
      ids.push(objIds[o]!);
      if (objParentKind[o] === PARENT_KEY_RESULT) ids.push(krIds[objParent[o]!]!);
    }
    const first = loop.objectives[0]!;
    return { ids, brokenAt: objBroken[first] === 1 ? objIds[first]! : null };
  });
  const cached: Scorecard = {
    options: scorecardOptions,
    keyResults: keyResultCards,
    objectives: objectiveCards,
    units,
    pillars,
    owners,
    cycles,
    company: companyAggregate(st),
    loops,
  };
  st.cached = cached;
  return cached;
}
