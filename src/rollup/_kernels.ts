// Private to the rollup layer: the scoring kernels (a leaf key result, a
// derived key result, an objective) and the full pass over the cascade.
import { statusOf } from '../progress/keyResultStatus.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import type { ScorerState } from './_scorerState.js';
import { NS, PENDING, statusCode, statusOfTally } from './_statusCodes.js';

const ON_TRACK = 1;
const AT_RISK = 2;
const OFF_TRACK = 3;
import { rebuildAggregates } from './_sumTrees.js';

/** Scores a key result from its current check-in. */
export function scoreLeafKr(st: ScorerState, k: number): void {
  const statusInput = st.statusInput;
  const krScore = st.krScore;
  const krHas = st.krHas;
  const ci = st.krLatest[k];
  statusInput.expected = st.krExpected[k]!;
  statusInput.windowOver = st.winOver[st.krWindow[k]!] === 1;
  const conf = st.krCurConf[k]!;
  statusInput.confidence = Number.isNaN(conf) ? undefined : conf;
  statusInput.held = st.krHeld[k] === 1;
  const stale = st.krCurStale[k]!;
  st.krStale[k] = stale;
  if (ci === undefined) {
    krScore[k] = 0;
    statusInput.score = 0;
    statusInput.hasCheckIn = false;
    krHas[k] = 0;
  } else {
    const score = st.krProgress[k]!;
    krScore[k] = score;
    statusInput.score = score;
    statusInput.hasCheckIn = true;
    krHas[k] = 1;
  }
  const code = statusCode(statusOf(statusInput, st.options.policy));
  // staleStatus 'at-risk': a stale check-in makes a status at most at risk.
  st.krStatus[k] = code === ON_TRACK && stale === 1 && st.options.staleAtRisk ? AT_RISK : code;
}

/** Scores a derived key result: the weighted score of its child objectives. */
export function scoreDerivedKr(st: ScorerState, k: number): void {
  const { krChildStart, krChildList, objBroken, objWeight, krConfidence } = st.index;
  const { objHas, objScore, statusInput } = st;
  let num = 0;
  let den = 0;
  let has = 0;
  let weighted = 0;
  let oneScore = 0;
  for (let i = krChildStart[k]!; i < krChildStart[k + 1]!; i++) {
    const c = krChildList[i]!;
    if (objBroken[c] === 1) continue;
    if (objHas[c] === 1) has = 1;
    const s = objScore[c]!;
    if (Number.isNaN(s)) continue;
    const w = objWeight[c]!;
    num += w * s;
    den += w;
    if (w > 0) {
      weighted++;
      oneScore = s;
    }
  }
  const score = weighted === 1 ? oneScore : den > 0 ? num / den : 0;
  const conf = krConfidence[k]!;
  st.krScore[k] = score;
  st.krStale[k] = 0;
  st.krHas[k] = has;
  statusInput.score = score;
  statusInput.expected = st.krExpected[k]!;
  statusInput.windowOver = st.winOver[st.krWindow[k]!] === 1;
  statusInput.hasCheckIn = has === 1;
  statusInput.confidence = !Number.isNaN(conf) ? conf : undefined;
  statusInput.held = false;
  st.krStatus[k] = statusCode(statusOf(statusInput, st.options.policy));
}

/** Scores an objective: its key results, and its child objectives with `includeChildren`. */
export function scoreObjective(st: ScorerState, o: number): void {
  const { objKrStart, objKrList, krWeight, objChildStart, objChildList, objBroken, objWeight } =
    st.index;
  const { objCounts, krStatus, krScore, krExpected, objStatus, objHas, objScore, objExpected } = st;
  const { exclude, includeChildren } = st.options;
  const tallyMemo = st.tallyMemo;
  const tally = tallyMemo.tally;
  let num = 0;
  let den = 0;
  let exp = 0;
  let has = 0;
  let weighted = 0;
  let oneScore = 0;
  let oneExpected = 0;
  const base = o * NS;
  for (let s = 0; s < NS; s++) {
    objCounts[base + s] = 0;
    tally[s] = 0;
  }
  for (let i = objKrStart[o]!; i < objKrStart[o + 1]!; i++) {
    const k = objKrList[i]!;
    const status = krStatus[k]!;
    objCounts[base + status]!++;
    tally[status]!++;
    if (status === PENDING) {
      if (exclude) continue;
    } else has = 1;
    const w = krWeight[k]!;
    num += w * krScore[k]!;
    den += w;
    exp += w * krExpected[k]!;
    if (w > 0) {
      weighted++;
      oneScore = krScore[k]!;
      oneExpected = krExpected[k]!;
    }
  }
  if (includeChildren) {
    for (let i = objChildStart[o]!; i < objChildStart[o + 1]!; i++) {
      const c = objChildList[i]!;
      if (objBroken[c] === 1) continue;
      tally[objStatus[c]!]!++;
      if (objHas[c] === 1) has = 1;
      const s = objScore[c]!;
      if (Number.isNaN(s)) continue;
      const w = objWeight[c]!;
      num += w * s;
      den += w;
      exp += w * objExpected[c]!;
      if (w > 0) {
        weighted++;
        oneScore = s;
        oneExpected = objExpected[c]!;
      }
    }
  }
  if (weighted === 1) {
    // One weighted item: its score exactly (w·s / w may differ in the last bit).
    objScore[o] = oneScore;
    objExpected[o] = oneExpected;
  } else if (den > 0) {
    objScore[o] = num / den;
    objExpected[o] = exp / den;
  } else {
    objScore[o] = Number.NaN;
    objExpected[o] = Number.NaN;
  }
  objHas[o] = has;
  const status = statusOfTally(tallyMemo);
  objStatus[o] =
    st.options.scoreStatus && status >= ON_TRACK && status <= OFF_TRACK && den > 0
      ? statusByScore(st, objScore[o]!, objExpected[o]!)
      : status;
}

/**
 * objectiveStatus 'score': the weighted score against the weighted expected
 * progress, with the key results' thresholds (a boundary is the better status).
 */
function statusByScore(st: ScorerState, score: number, expected: number): number {
  const policy = st.options.policy;
  const s = score + SCORE_EPSILON;
  if (s >= expected - policy.atRiskGap) return ON_TRACK;
  return s >= expected - policy.offTrackGap ? AT_RISK : OFF_TRACK;
}

/** Scores every key result and objective in cascade order, then rebuilds every aggregate. */
export function scoreAll(st: ScorerState): void {
  const { nK, index } = st;
  const krDerived = index.krDerived;
  for (let k = 0; k < nK; k++) if (krDerived[k] === 0) scoreLeafKr(st, k);
  const order = index.order;
  for (let i = 0; i < order.length; i++) {
    const n = order[i]!;
    if (n >= 0) scoreObjective(st, n);
    else scoreDerivedKr(st, -n - 1);
  }
  rebuildAggregates(st);
}
