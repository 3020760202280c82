import { analysisScope } from './_options.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import {
  companyAggregate,
  groupAggregateAt,
  objectiveCard,
  unitAggregateAt,
} from '../rollup/_scorecard.js';
import type { ScorerState } from '../rollup/_scorerState.js';
import type { Scorer } from '../rollup/types.js';
import { type Flow, flowOf } from './_flow.js';
import type { AnalysisOptions, AnalysisScope, Contribution, Contributions } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * Where a score comes from: each key result's effective weight in the
 * company's score (or a unit's subtree, a pillar's, a cycle's, an
 * objective's). The weights follow the rollup exactly — objective weights
 * within the scope, key result weights within each objective, a derived key
 * result's weight split over its child objectives (and child objectives with
 * `includeChildren`), pending key results left out with `pending: 'exclude'` —
 * so they sum to 1 and `Σ weight × score` is the scope's score (up to
 * floating-point rounding).
 *
 * It takes a scorer, not a scorecard: a scorecard carries scores, not the
 * weights and cascade they came from.
 *
 * @param scorer - a scorer from `createScorer`.
 * @param options - `{ scope }` (`'company'` by default).
 * @returns the scope's score and its key results by weight.
 * @throws {@link SokrError}: `invalid_type` at `['scorer']` for anything but a
 *   scorer; `dangling_reference` at `['scope', 'unitId']` (…) for an unknown
 *   id; `invalid_value` at `['scope']` for an unknown scope; `invalid_type` at
 *   `['options']` for options that are not an object, `unknown_key` at
 *   `['options', key]` for a misspelt one.
 *
 * @example
 * ```ts
 * import { contributions, createScorer } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const { keyResults } = contributions(createScorer(set, { asOf: '2026-02-15' }));
 * // The two key results that would move the company score most:
 * [...keyResults].sort((a, b) => b.headroom - a.headroom).slice(0, 2);
 * ```
 */
export function contributions(scorer: Scorer, options?: AnalysisOptions): Contributions {
  return guardedRead('contributions', () => {
    const st = stateOf(scorer);
    const scope = analysisScope(options, 'contributions');
    const flow = flowOf(st, scope);
    const keyResults: Contribution[] = [];
    for (let k = 0; k < st.nK; k++)
      if (flow.leaf[k]! > 0) keyResults.push(contributionOf(st, flow, k));
    keyResults.sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.keyResultId < b.keyResultId ? -1 : a.keyResultId > b.keyResultId ? 1 : 0),
    );
    return { scope, score: scopeScoreOf(st, scope), keyResults };
  });
}

/**
 * The score of a scope read from the scorer's running sums, without a
 * scorecard (the same value its snapshot holds for the scope). The scope
 * was checked by `flowOf`. Internal.
 */
export function scopeScoreOf(st: ScorerState, scope: AnalysisScope): number | null {
  const { graph, index } = st;
  if (scope === 'company') return companyAggregate(st).score;
  if ('objectiveId' in scope) {
    const o = index.objOfId.get(scope.objectiveId);
    return o === undefined ? null : objectiveCard(st, o).score;
  }
  if ('unitId' in scope) {
    const u = graph.unitOf.get(scope.unitId);
    return u === undefined || index.unitLive[u] === 0 ? null : unitAggregateAt(st, u).subtree.score;
  }
  if ('pillarId' in scope) {
    const p = graph.pillarOf.get(scope.pillarId);
    return p === undefined ? null : groupAggregateAt(st, index.pillarGroup0 + p).score;
  }
  const c = graph.cycleOf.get(scope.cycleId);
  return c === undefined ? null : groupAggregateAt(st, index.cycleGroup0 + c).score;
}

/**
 * The `count` key results with the most headroom in a scope's score, most
 * first (ties: larger weight, then id), as `contributions` would list them
 * after sorting by headroom — in one pass, without a contribution per key
 * result. Internal (the weekly report's movers).
 */
export function largestHeadroom(
  scorer: Scorer,
  scope: AnalysisScope,
  count: number,
): Contribution[] {
  const st = stateOf(scorer);
  const flow = flowOf(st, scope);
  const { krIds } = st.index;
  const krScore = st.krScore;
  const top: number[] = [];
  const headroomOf = (k: number) => {
    const score = krScore[k]!;
    return score < 1 ? flow.leaf[k]! * (1 - score) : 0;
  };
  const before = (a: number, b: number): boolean => {
    const ha = headroomOf(a);
    const hb = headroomOf(b);
    if (ha !== hb) return ha > hb;
    const wa = flow.leaf[a]!;
    const wb = flow.leaf[b]!;
    if (wa !== wb) return wa > wb;
    return krIds[a]! < krIds[b]!;
  };
  for (let k = 0; k < st.nK; k++) {
    if (!(flow.leaf[k]! > 0) || !(headroomOf(k) > 0)) continue;
    if (top.length === count && !before(k, top[count - 1]!)) continue;
    let i = top.length === count ? count - 1 : top.length;
    while (i > 0 && before(k, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = k;
  }
  return top.map((k) => contributionOf(st, flow, k));
}

/** Key result `k`'s contribution to the scope whose flow is `flow`. */
function contributionOf(st: ScorerState, flow: Flow, k: number): Contribution {
  const { krIds, objIds, krObj } = st.index;
  const weight = flow.leaf[k]!;
  const score = st.krScore[k]!;
  return {
    keyResultId: krIds[k]!,
    objectiveId: objIds[krObj[k]!]!,
    weight,
    score,
    impact: weight * score,
    headroom: score < 1 ? weight * (1 - score) : 0,
  };
}
