import type { Issue, Path } from '../model/issue.js';
import { isSokrError, SokrError } from '../model/SokrError.js';
import type { CheckIn, Id, Measure, OkrSet } from '../model/types.js';
import { expectedProgress } from '../progress/expectedProgress.js';
import { isStale } from '../progress/isStale.js';
import { keyResultStatus, type KeyResultStatusInput } from '../progress/keyResultStatus.js';
import { keyResultWindow } from '../progress/keyResultWindow.js';
import { latestCheckIn } from '../progress/latestCheckIn.js';
import { measureProgress } from '../progress/measureProgress.js';
import { objectiveStatus } from '../progress/objectiveStatus.js';
import {
  defaultStatusPolicy,
  type KeyResultStatus,
  type StatusPolicy,
} from '../progress/statusPolicy.js';
import { grade } from '../scale/grade.js';
import { googleScale } from '../scale/presets.js';
import { DAY_MS, describeInstant, instantFrom, isDateOnly } from '../_lib/date.js';
import { latestAt } from '../core/checkInTimeline.js';
import { checkInPositions } from '../core/checkInPositions.js';
import { type CompiledOkrSet, graphOf } from '../core/compile.js';
import {
  buildScoringIndex,
  orderCascade,
  sharedScoringIndex,
  PARENT_KEY_RESULT,
  parentEdgeLive,
} from './_scoringIndex.js';
import type {
  Aggregate,
  CascadeLoop,
  KeyResultCard,
  ObjectiveCard,
  RollupOptions,
  Scorecard,
  ScorecardOptions,
  Scorer,
  StatusCounts,
  UnitAggregate,
} from './types.js';

const STATUS_NAMES: readonly KeyResultStatus[] = [
  'pending',
  'on-track',
  'at-risk',
  'off-track',
  'achieved',
  'missed',
];
const PENDING = 0;
const NS = 6;

function statusCode(status: KeyResultStatus): number {
  switch (status) {
    case 'pending':
      return 0;
    case 'on-track':
      return 1;
    case 'at-risk':
      return 2;
    case 'off-track':
      return 3;
    case 'achieved':
      return 4;
    default:
      return 5;
  }
}

function fail(path: Path, code: Issue['code'], message: string): never {
  throw new SokrError([{ path, code, message }]);
}

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

/**
 * Builds a scoring index over an OKR set once and scores it in one linear
 * pass; afterwards check-ins, weight and measure changes rescore only the path
 * from the changed key result up to the roots (and the aggregates on it).
 *
 * - Ids become dense integers at build time; scores, weights and child lists
 *   live in typed arrays (CSR); the cascade (derived key results, and child
 *   objectives with `includeChildren`) is evaluated in a topological order
 *   computed with Kahn's algorithm: no recursion, so deep chains and loops of
 *   any length are safe. Loops are reported in `snapshot().loops` and broken.
 * - Every aggregate (unit, pillar, cycle, owner) is a sum tree over its
 *   members: an update recomputes only the log-depth path, summing in the same
 *   order as a full pass, so incremental results equal `rollup` of the edited
 *   set bit for bit.
 * - The input set is never mutated; the scorer keeps its own copies of weights,
 *   measures and check-ins.
 *
 * @param input - a structurally valid OKR set (as returned by `parseOkrSet`), or a
 *   {@link CompiledOkrSet} from `compile` to share one index with other calls.
 * @param options - `asOf` (required), `scale`, `statusPolicy`, `includeChildren`, `pending`, `clamp`.
 * @returns a {@link Scorer}.
 * @throws {@link SokrError} naming the path when scoring is impossible: a missing
 *   or invalid `asOf` or option, duplicate key result or objective ids, a key
 *   result of an unknown objective, an objective of an unknown cycle, a negative
 *   or non-finite weight, a check-in of an unknown key result or with an invalid
 *   date, a current check-in value that does not fit its measure.
 *
 * @example
 * ```ts
 * import { createScorer } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const scorer = createScorer(set, { asOf: '2026-02-15' });
 * const changed = scorer.applyCheckIn({ id: 'c42', keyResultId: 'kr1', at: '2026-02-14', value: 70 });
 * console.log(changed, scorer.snapshot().company.score);
 * ```
 */
export function createScorer(input: OkrSet | CompiledOkrSet, options: RollupOptions): Scorer {
  return buildScorer(input, options, true);
}

/**
 * The scorer behind `createScorer` and `rollup`. A read-only scorer (`editable`
 * false: rollup, the reports) shares the graph's scoring index and builds no
 * check-in lookup for edits; its edit methods must not be called. Internal.
 */
export function buildScorer(
  input: OkrSet | CompiledOkrSet,
  options: RollupOptions,
  editable: boolean,
): Scorer {
  if (options === undefined || options === null || typeof options !== 'object') {
    fail(['options'], 'missing', 'rollup options with an asOf are required.');
  }
  const asOf = options.asOf;
  if (asOf === undefined)
    fail(['asOf'], 'missing', 'asOf is required: scoring never reads the clock.');
  const parsedAsOf = instantFrom(asOf);
  if (parsedAsOf === undefined) {
    fail(
      ['asOf'],
      'invalid_date',
      `${describeInstant(asOf)} is not an ISO-8601 date, epoch milliseconds or a valid Date.`,
    );
  }
  const asOfMs: number = parsedAsOf;
  const pending = options.pending ?? 'zero';
  if (pending !== 'zero' && pending !== 'exclude') {
    fail(
      ['pending'],
      'invalid_value',
      `pending is 'zero' or 'exclude', got ${JSON.stringify(pending)}.`,
    );
  }
  const includeChildren = options.includeChildren === true;
  const clamp = options.clamp !== false;
  const scale = options.scale ?? googleScale;
  const policy: StatusPolicy = { ...defaultStatusPolicy, ...options.statusPolicy };
  const exclude = pending === 'exclude';
  const clampOption = { clamp };

  const graph = graphOf(input);
  const set = graph.set;
  const index = editable
    ? buildScoringIndex(graph, includeChildren)
    : sharedScoringIndex(graph, includeChildren);
  const {
    nK,
    nO,
    krIds,
    objIds,
    krOfId,
    objOfId,
    krObj,
    krWeight,
    krDerived,
    krConfidence,
    objWeight,
    objParentKind,
    objParent,
    objKrStart,
    objKrList,
    objChildStart,
    objChildList,
    krChildStart,
    krChildList,
    objBroken,
    objUnit,
    unitParent,
    unitChildStart,
    unitChildList,
    unitOrder,
    unitRoots,
    groupBase,
    groupSize,
    groupCount,
    objSlotStart,
    slotGroup,
    slotPos,
    krOwnerGroup,
    krOwnerPos,
    orphanGroup,
  } = index;
  const krMeasure = index.krMeasure;
  const keyResults = set.keyResults ?? [];
  // A private copy: the caller may edit its arrays after building the scorer.
  const setCheckIns = (set.checkIns ?? []).slice();
  const nU = index.unitIds.length;

  // ---- Static per-KR facts: window → expected progress, window over.
  const krExpected = new Float64Array(nK);
  const krOver = new Uint8Array(nK);
  /** The window has started and is not over: only then can a key result be stale. */
  const krActive = new Uint8Array(nK);
  /** Stale without any check-in: the window started longer than a cadence ago. */
  const krStaleNone = new Uint8Array(nK);
  {
    // Key results of one cycle share a few windows (one per due date): facts per window.
    const perCycle: (Map<string, number> | undefined)[] = new Array(index.cycleRecords.length);
    const winExpected: number[] = [];
    const winOver: number[] = [];
    const winActive: number[] = [];
    const winStaleNone: number[] = [];
    let lastCycle = -1;
    let lastDue: string | undefined;
    let lastW = -1;
    for (let k = 0; k < nK; k++) {
      const kr = keyResults[k]!;
      const c = index.objCycle[krObj[k]!]!;
      const key = kr.due ?? '';
      let w = c === lastCycle && key === lastDue ? lastW : undefined;
      if (w === undefined) {
        const cache = (perCycle[c] ??= new Map());
        w = cache.get(key);
        if (w === undefined) {
          const window = windowOf(k, c);
          w = winExpected.length;
          winExpected.push(expectedProgress(window, asOfMs));
          const over = asOfMs >= window.end;
          winOver.push(over ? 1 : 0);
          winActive.push(!over && asOfMs >= window.start ? 1 : 0);
          winStaleNone.push(isStale(window.start, asOfMs, policy) ? 1 : 0);
          cache.set(key, w);
        }
        lastCycle = c;
        lastDue = key;
        lastW = w;
      }
      krExpected[k] = winExpected[w]!;
      krOver[k] = winOver[w]!;
      krActive[k] = winActive[w]!;
      krStaleNone[k] = winStaleNone[w]!;
    }
  }

  /** A key result's window from the graph's instants; the same errors as keyResultWindow. */
  function windowOf(k: number, c: number): { start: number; end: number } {
    const kr = keyResults[k]!;
    const start = graph.cycleStart[c]!;
    let end = graph.cycleEnd[c]!;
    if (kr.due !== undefined) {
      end = graph.instant(kr.due);
      if (isDateOnly(kr.due)) end += DAY_MS;
    }
    if (!Number.isNaN(start) && !Number.isNaN(end)) return { start, end };
    try {
      return keyResultWindow(kr, index.cycleRecords[c]!);
    } catch (error) {
      if (!isSokrError(error)) throw error;
      throw new SokrError(
        error.issues.map((issue) => {
          const last = issue.path[issue.path.length - 1];
          const path: Path =
            last === 'due' ? ['keyResults', k, 'due'] : ['cycles', c, last ?? 'start'];
          return { ...issue, path };
        }),
      );
    }
  }

  // ---- Current check-in of each KR (latest `at` ≤ asOf, ties → later in the array).
  const krLatest: (CheckIn | undefined)[] = new Array(nK).fill(undefined);
  /** `at` of the current check-in in epoch ms (−∞ without one). */
  const krLatestAt = new Float64Array(nK).fill(Number.NEGATIVE_INFINITY);
  /** Progress of the current check-in (computed when the check-in or the measure changes). */
  const krProgress = new Float64Array(nK);
  /** Confidence of the current check-in, else the KR's initial one (NaN: none). */
  const krCurConf = Float64Array.from(krConfidence);
  /** Whether the current check-in is stale. */
  const krCurStale = new Uint8Array(nK);
  const staleCache = new Map<string, number>();
  const timeline = graph.checkIns;
  {
    const issues: Issue[] = [];
    for (let i = 0; i < setCheckIns.length; i++) {
      if (timeline.keyResult[i] === -1) {
        const ci = setCheckIns[i]!;
        issues.push({
          path: ['checkIns', i, 'keyResultId'],
          code: 'dangling_reference',
          message: `Check-in ${JSON.stringify(ci.id)} refers to an unknown key result ${JSON.stringify(ci.keyResultId)}.`,
        });
      } else if (Number.isNaN(timeline.at[i]!)) {
        const ci = setCheckIns[i]!;
        issues.push({
          path: ['checkIns', i, 'at'],
          code: 'invalid_date',
          message: `Check-in ${JSON.stringify(ci.id)} has an invalid date ${JSON.stringify(ci.at)}.`,
        });
      }
    }
    if (issues.length > 0) throw new SokrError(issues);
    for (let k = 0; k < nK; k++) {
      const i = latestAt(timeline, k, asOfMs);
      if (i >= 0) krLatestAt[k] = timeline.at[i]!;
      setLatest(k, i >= 0 ? setCheckIns[i] : undefined);
    }
  }

  // ---- Scores.
  const krScore = new Float64Array(nK);
  const krStatus = new Uint8Array(nK);
  const krStale = new Uint8Array(nK);
  const krHas = new Uint8Array(nK);
  const objScore = new Float64Array(nO);
  const objExpected = new Float64Array(nO);
  const objStatus = new Uint8Array(nO);
  const objHas = new Uint8Array(nO);
  const objCounts = new Int32Array(nO * NS);
  const pNum = new Float64Array(index.poolSize);
  const pDen = new Float64Array(index.poolSize);
  const groupCounts = new Int32Array(groupCount * NS);
  const subNum = new Float64Array(nU);
  const subDen = new Float64Array(nU);
  const subCounts = new Int32Array(nU * NS);
  const companyCounts = new Int32Array(NS);
  let companyNum = 0;
  let companyDen = 0;

  const statusInput: KeyResultStatusInput = {
    score: 0,
    expected: 0,
    hasCheckIn: false,
    windowOver: false,
    confidence: undefined,
  };
  const scratch: KeyResultStatus[] = [];
  const tally = new Int32Array(NS);

  function checkInPath(ci: CheckIn): Path {
    const i = setCheckIns.indexOf(ci);
    return i >= 0 ? ['checkIns', i] : ['checkIn'];
  }

  function progressOf(measure: Measure, ci: CheckIn): number {
    try {
      return measureProgress(measure, ci.value, clampOption);
    } catch (error) {
      throw rebase(error, checkInPath(ci));
    }
  }

  function scoreLeafKr(k: number): void {
    const ci = krLatest[k];
    statusInput.expected = krExpected[k]!;
    statusInput.windowOver = krOver[k] === 1;
    const conf = krCurConf[k]!;
    statusInput.confidence = Number.isNaN(conf) ? undefined : conf;
    krStale[k] = krCurStale[k]!;
    if (ci === undefined) {
      krScore[k] = 0;
      statusInput.score = 0;
      statusInput.hasCheckIn = false;
      krHas[k] = 0;
    } else {
      const score = krProgress[k]!;
      krScore[k] = score;
      statusInput.score = score;
      statusInput.hasCheckIn = true;
      krHas[k] = 1;
    }
    krStatus[k] = statusCode(keyResultStatus(statusInput, policy));
  }

  /** Records a KR's current check-in and the facts that depend only on it. */
  function setLatest(k: number, ci: CheckIn | undefined): void {
    krLatest[k] = ci;
    krProgress[k] = ci === undefined || krDerived[k] === 1 ? 0 : progressOf(krMeasure[k]!, ci);
    const conf = krConfidence[k]!;
    if (ci === undefined) {
      krCurConf[k] = conf;
      krCurStale[k] = krActive[k]! & krStaleNone[k]!;
      return;
    }
    krCurConf[k] = typeof ci.confidence === 'number' ? ci.confidence : conf;
    let stale = staleCache.get(ci.at);
    if (stale === undefined) {
      stale = isStale(ci.at, asOfMs, policy) ? 1 : 0;
      staleCache.set(ci.at, stale);
    }
    krCurStale[k] = krActive[k]! & stale;
  }

  /** objectiveStatus depends only on how many items are in each status: memoized by the counts. */
  // Counts below 8 pack into 18 bits: a flat table (0 = not yet known, else code + 1).
  const statusMemo = new Uint8Array(1 << 18);
  function statusOfTally(): number {
    let key = 0;
    let small = true;
    for (let s = NS - 1; s >= 0; s--) {
      const c = tally[s]!;
      if (c >= 8) small = false;
      key = (key << 3) | c;
    }
    if (small) {
      const hit = statusMemo[key]!;
      if (hit !== 0) return hit - 1;
    }
    scratch.length = 0;
    for (let s = 0; s < NS; s++) for (let i = 0; i < tally[s]!; i++) scratch.push(STATUS_NAMES[s]!);
    const code = statusCode(objectiveStatus(scratch));
    if (small) statusMemo[key] = code + 1;
    return code;
  }

  function scoreDerivedKr(k: number): void {
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
    krScore[k] = score;
    krStale[k] = 0;
    krHas[k] = has;
    statusInput.score = score;
    statusInput.expected = krExpected[k]!;
    statusInput.windowOver = krOver[k] === 1;
    statusInput.hasCheckIn = has === 1;
    statusInput.confidence = !Number.isNaN(conf) ? conf : undefined;
    krStatus[k] = statusCode(keyResultStatus(statusInput, policy));
  }

  function scoreObjective(o: number): void {
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
      const st = krStatus[k]!;
      objCounts[base + st]!++;
      tally[st]!++;
      if (st === PENDING) {
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
    objStatus[o] = statusOfTally();
  }

  // ---- Sum trees.
  function setLeaf(g: number, pos: number, num: number, den: number): void {
    const base = groupBase[g]!;
    let i = groupSize[g]! + pos;
    pNum[base + i] = num;
    pDen[base + i] = den;
    while (i > 1) {
      i >>= 1;
      pNum[base + i] = pNum[base + 2 * i]! + pNum[base + 2 * i + 1]!;
      pDen[base + i] = pDen[base + 2 * i]! + pDen[base + 2 * i + 1]!;
    }
  }
  const rootNum = (g: number) => (groupSize[g]! > 0 ? pNum[groupBase[g]! + 1]! : 0);
  const rootDen = (g: number) => (groupSize[g]! > 0 ? pDen[groupBase[g]! + 1]! : 0);

  function writeObjectiveLeaves(o: number): void {
    const s = objScore[o]!;
    const w = objWeight[o]!;
    const num = !Number.isNaN(s) ? w * s : 0;
    const den = !Number.isNaN(s) ? w : 0;
    for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++) {
      const g = slotGroup[j]!;
      const base = groupBase[g]!;
      const i = groupSize[g]! + slotPos[j]!;
      pNum[base + i] = num;
      pDen[base + i] = den;
    }
  }
  function updateObjectiveLeaves(o: number): void {
    const s = objScore[o]!;
    const w = objWeight[o]!;
    const num = !Number.isNaN(s) ? w * s : 0;
    const den = !Number.isNaN(s) ? w : 0;
    for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
      setLeaf(slotGroup[j]!, slotPos[j]!, num, den);
    for (let u = objUnit[o]!; u !== -1; u = unitParent[u]!) recomputeUnit(u);
  }
  const ownerLeafNum = (k: number) =>
    exclude && krStatus[k] === PENDING ? 0 : krWeight[k]! * krScore[k]!;
  const ownerLeafDen = (k: number) => (exclude && krStatus[k] === PENDING ? 0 : krWeight[k]!);

  function recomputeUnit(u: number): void {
    let num = rootNum(u);
    let den = rootDen(u);
    for (let i = unitChildStart[u]!; i < unitChildStart[u + 1]!; i++) {
      const c = unitChildList[i]!;
      num += subNum[c]!;
      den += subDen[c]!;
    }
    subNum[u] = num;
    subDen[u] = den;
  }
  function recomputeCompany(): void {
    let num = 0;
    let den = 0;
    for (let i = 0; i < unitRoots.length; i++) {
      const r = unitRoots[i]!;
      num += subNum[r]!;
      den += subDen[r]!;
    }
    companyNum = num + rootNum(orphanGroup);
    companyDen = den + rootDen(orphanGroup);
  }

  function scoreAll(): void {
    for (let k = 0; k < nK; k++) if (krDerived[k] === 0) scoreLeafKr(k);
    const order = index.order;
    for (let i = 0; i < order.length; i++) {
      const n = order[i]!;
      if (n >= 0) scoreObjective(n);
      else scoreDerivedKr(-n - 1);
    }
    // Aggregates: leaves, then every tree bottom-up (same sums as the incremental path).
    groupCounts.fill(0);
    companyCounts.fill(0);
    for (let o = 0; o < nO; o++) writeObjectiveLeaves(o);
    for (let k = 0; k < nK; k++) {
      const st = krStatus[k]!;
      const o = krObj[k]!;
      for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
        groupCounts[slotGroup[j]! * NS + st]!++;
      companyCounts[st]!++;
      const g = krOwnerGroup[k]!;
      const i = groupBase[g]! + groupSize[g]! + krOwnerPos[k]!;
      if (exclude && st === PENDING) {
        pNum[i] = 0;
        pDen[i] = 0;
      } else {
        const w = krWeight[k]!;
        pNum[i] = w * krScore[k]!;
        pDen[i] = w;
      }
      groupCounts[g * NS + st]!++;
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
      recomputeUnit(u);
      const ub = u * NS;
      for (let s = 0; s < NS; s++) subCounts[ub + s]! += groupCounts[ub + s]!;
      const p = unitParent[u]!;
      if (p !== -1) for (let s = 0; s < NS; s++) subCounts[p * NS + s]! += subCounts[ub + s]!;
    }
    recomputeCompany();
  }

  scoreAll();

  // ---- Incremental updates.
  let cached: Scorecard | undefined;
  const oldCounts = new Int32Array(NS);

  function addObjectiveCounts(o: number, s: number, d: number): void {
    for (let j = objSlotStart[o]!; j < objSlotStart[o + 1]!; j++)
      groupCounts[slotGroup[j]! * NS + s]! += d;
    for (let u = objUnit[o]!; u !== -1; u = unitParent[u]!) subCounts[u * NS + s]! += d;
    companyCounts[s]! += d;
  }

  /**
   * Rescores from a node (≥ 0 objective, < 0 KR `-(k + 1)`) up the cascade.
   * `force`: the first node's leaves changed (weight) even if its score did not.
   * `forceCard`: the first KR's card changed (its current check-in).
   */
  function propagate(start: number, force: boolean, forceCard: boolean, changed: Id[]): void {
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
        if (krDerived[k] === 1) scoreDerivedKr(k);
        else scoreLeafKr(k);
        const scoreChanged = !Object.is(oldScore, krScore[k]!);
        const statusChanged = oldStatus !== krStatus[k];
        if (scoreChanged || statusChanged || oldStale !== krStale[k] || (first && forceCard)) {
          changed.push(krIds[k]!);
        }
        const up = scoreChanged || statusChanged || oldHas !== krHas[k] || (first && force);
        if (scoreChanged || statusChanged || (first && force)) {
          setLeaf(krOwnerGroup[k]!, krOwnerPos[k]!, ownerLeafNum(k), ownerLeafDen(k));
          if (statusChanged) {
            const gb = krOwnerGroup[k]! * NS;
            groupCounts[gb + oldStatus]!--;
            groupCounts[gb + krStatus[k]!]!++;
          }
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
      scoreObjective(o);
      let countsChanged = false;
      for (let s = 0; s < NS; s++) {
        const d = objCounts[cb + s]! - oldCounts[s]!;
        if (d !== 0) {
          countsChanged = true;
          addObjectiveCounts(o, s, d);
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
        updateObjectiveLeaves(o);
        leafDirty = true;
      }
      const up = out || (first && force);
      first = false;
      if (!up || objBroken[o] === 1 || !parentEdgeLive(index, o, includeChildren)) break;
      node = objParentKind[o] === PARENT_KEY_RESULT ? -objParent[o]! - 1 : objParent[o]!;
    }
    if (leafDirty) recomputeCompany();
  }

  // Check-ins per KR for edits: the graph's timelines, and check-in positions by
  // id built with the scorer (the first edit costs what the others do). Global
  // positions keep the tie-break (later in the set wins) identical to a full rescore.
  const homeOf: ReadonlyMap<Id, number> = editable ? checkInPositions(graph) : new Map();
  let nextPosition = setCheckIns.length;
  const lists = new Map<number, { items: CheckIn[]; pos: number[] }>();

  /** The check-ins of a KR in set order with their global positions (materialized on first edit). */
  function listOf(k: number): { items: CheckIn[]; pos: number[] } {
    let entry = lists.get(k);
    if (entry === undefined) {
      const { start, list } = timeline.byKeyResult;
      const pos = Array.from(list.subarray(start[k]!, start[k + 1]!)).sort((x, y) => x - y);
      entry = { items: pos.map((i) => setCheckIns[i]!), pos };
      lists.set(k, entry);
    }
    return entry;
  }
  /** Where a check-in id lives now: its global position and KR. */
  const placeOf = new Map<string, { k: number; position: number }>();
  function locate(id: string): { k: number; position: number } | undefined {
    const moved = placeOf.get(id);
    if (moved !== undefined) return moved;
    const i = homeOf.get(id);
    if (i === undefined) return undefined;
    return { k: timeline.keyResult[i]!, position: i };
  }

  function refreshLatest(k: number, changed: Id[]): void {
    const before = krLatest[k];
    const after = latestCheckIn(listOf(k).items, asOfMs);
    krLatestAt[k] = after === undefined ? Number.NEGATIVE_INFINITY : graph.instant(after.at);
    setLatest(k, after);
    if (krDerived[k] === 1) return;
    propagate(-k - 1, false, before !== after, changed);
  }

  function invalidate(): void {
    cached = undefined;
  }

  function krIndexOf(id: Id): number {
    const k = krOfId.get(id);
    if (k === undefined)
      fail(['keyResultId'], 'dangling_reference', `Unknown key result ${JSON.stringify(id)}.`);
    return k;
  }
  function checkWeight(weight: number): void {
    if (typeof weight !== 'number' || !(weight >= 0) || weight === Number.POSITIVE_INFINITY) {
      fail(
        ['weight'],
        'invalid_value',
        `A weight is a finite number ≥ 0, got ${JSON.stringify(weight) ?? String(weight)}.`,
      );
    }
  }

  // ---- Snapshot.
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
      band: score === null ? null : grade(score, scale).id,
      objectiveCount,
      keyResultCount,
      counts: counts(arr, base),
    };
  }
  function keyResultCard(k: number): KeyResultCard {
    const ci = krDerived[k] === 1 ? undefined : krLatest[k];
    const score = krScore[k]!;
    return {
      id: krIds[k]!,
      objectiveId: objIds[krObj[k]!]!,
      value: ci === undefined ? null : ci.value,
      score,
      expected: krExpected[k]!,
      status: STATUS_NAMES[krStatus[k]!]!,
      stale: krStale[k] === 1,
      band: grade(score, scale).id,
      lastCheckInAt: ci === undefined ? null : ci.at,
    };
  }
  function explain(o: number): string {
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
  function objectiveCard(o: number): ObjectiveCard {
    const s = objScore[o]!;
    const score = !Number.isNaN(s) ? s : null;
    const e = objExpected[o]!;
    const card: ObjectiveCard = {
      id: objIds[o]!,
      score,
      band: score === null ? null : grade(score, scale).id,
      status: STATUS_NAMES[objStatus[o]!]!,
      expected: !Number.isNaN(e) ? e : null,
      counts: counts(objCounts, o * NS),
      keyResultCount: objKrStart[o + 1]! - objKrStart[o]!,
    };
    if (score === null) card.explanation = explain(o);
    return card;
  }

  function snapshot(): Scorecard {
    if (cached !== undefined) return cached;
    const scorecardOptions: ScorecardOptions = {
      asOf,
      scale: scale.id,
      includeChildren,
      pending,
      clamp,
      statusPolicy: { ...policy },
    };
    const keyResultCards: Record<Id, KeyResultCard> = {};
    for (let k = 0; k < nK; k++) put(keyResultCards, krIds[k]!, keyResultCard(k));
    const objectiveCards: Record<Id, ObjectiveCard> = {};
    for (let o = 0; o < nO; o++) put(objectiveCards, objIds[o]!, objectiveCard(o));
    const groupAggregate = (g: number) =>
      aggregate(
        rootNum(g),
        rootDen(g),
        index.groupObjectiveCount[g]!,
        index.groupKrCount[g]!,
        groupCounts,
        g * NS,
      );
    const units: Record<Id, UnitAggregate> = {};
    for (let u = 0; u < nU; u++) {
      if (index.unitLive[u] === 0) continue;
      put(units, index.unitIds[u]!, {
        own: groupAggregate(u),
        subtree: aggregate(
          subNum[u]!,
          subDen[u]!,
          index.unitSubObjectiveCount[u]!,
          index.unitSubKrCount[u]!,
          subCounts,
          u * NS,
        ),
      });
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
    cached = {
      options: scorecardOptions,
      keyResults: keyResultCards,
      objectives: objectiveCards,
      units,
      pillars,
      owners,
      cycles,
      company: aggregate(companyNum, companyDen, nO, nK, companyCounts, 0),
      loops,
    };
    return cached;
  }

  return {
    snapshot,
    rescore(): void {
      scoreAll();
      invalidate();
    },
    applyCheckIn(checkIn: CheckIn): Id[] {
      if (checkIn === null || typeof checkIn !== 'object')
        fail([], 'invalid_type', 'A check-in is an object.');
      if (typeof checkIn.id !== 'string')
        fail(['id'], 'invalid_type', 'A check-in id is a string.');
      const k = krIndexOf(checkIn.keyResultId);
      const atMs = graph.instant(checkIn.at);
      if (Number.isNaN(atMs)) {
        fail(['at'], 'invalid_date', `${JSON.stringify(checkIn.at)} is not an ISO-8601 date.`);
      }
      if (krDerived[k] === 0) {
        try {
          measureProgress(krMeasure[k]!, checkIn.value, clampOption);
        } catch (error) {
          throw rebase(error, []);
        }
      }
      const changed: Id[] = [];
      const where = locate(checkIn.id);
      let position: number;
      if (where === undefined) {
        position = nextPosition++;
      } else {
        position = where.position;
        const old = listOf(where.k);
        const at = old.pos.indexOf(position);
        old.items.splice(at, 1);
        old.pos.splice(at, 1);
        if (where.k !== k) refreshLatest(where.k, changed);
      }
      const target = listOf(k);
      let at = target.pos.length;
      while (at > 0 && target.pos[at - 1]! > position) at--;
      target.items.splice(at, 0, checkIn);
      target.pos.splice(at, 0, position);
      placeOf.set(checkIn.id, { k, position });
      if (where === undefined) {
        // A new check-in is the last in the set: it is current iff it is the latest at or before asOf.
        if (atMs <= asOfMs && atMs >= krLatestAt[k]!) {
          krLatestAt[k] = atMs;
          setLatest(k, checkIn);
          if (krDerived[k] === 0) propagate(-k - 1, false, true, changed);
        }
      } else refreshLatest(k, changed);
      invalidate();
      return changed;
    },
    setKeyResultWeight(id: Id, weight: number): Id[] {
      const k = krIndexOf(id);
      checkWeight(weight);
      krWeight[k] = weight;
      const changed: Id[] = [];
      propagate(-k - 1, true, false, changed);
      invalidate();
      return changed;
    },
    setObjectiveWeight(id: Id, weight: number): Id[] {
      const o = objOfId.get(id);
      if (o === undefined)
        fail(['objectiveId'], 'dangling_reference', `Unknown objective ${JSON.stringify(id)}.`);
      checkWeight(weight);
      objWeight[o] = weight;
      const changed: Id[] = [];
      propagate(o, true, false, changed);
      invalidate();
      return changed;
    },
    setMeasure(id: Id, measure: Measure): Id[] {
      const k = krIndexOf(id);
      if (measure === null || typeof measure !== 'object')
        fail(['measure'], 'invalid_type', 'A measure is an object.');
      const derived = measure.kind === 'derived' ? 1 : 0;
      const ci = krLatest[k];
      if (derived === 0 && ci !== undefined) {
        try {
          measureProgress(measure, ci.value, clampOption);
        } catch (error) {
          throw rebase(error, checkInPath(ci));
        }
      }
      invalidate();
      if (derived === krDerived[k]) {
        krMeasure[k] = measure;
        setLatest(k, ci);
        const changed: Id[] = [];
        propagate(-k - 1, false, false, changed);
        return changed;
      }
      // Turning to or from derived changes the cascade: reorder, rescore, diff.
      const before = {
        krScore: krScore.slice(),
        krStatus: krStatus.slice(),
        krStale: krStale.slice(),
        objScore: objScore.slice(),
        objExpected: objExpected.slice(),
        objStatus: objStatus.slice(),
        objCounts: objCounts.slice(),
      };
      krMeasure[k] = measure;
      krDerived[k] = derived;
      setLatest(k, ci);
      orderCascade(index, includeChildren);
      scoreAll();
      const changed: Id[] = [];
      for (let j = 0; j < nK; j++) {
        if (
          j === k ||
          !Object.is(before.krScore[j], krScore[j]) ||
          before.krStatus[j] !== krStatus[j] ||
          before.krStale[j] !== krStale[j]
        ) {
          changed.push(krIds[j]!);
        }
      }
      for (let o = 0; o < nO; o++) {
        let diff =
          !Object.is(before.objScore[o], objScore[o]) ||
          !Object.is(before.objExpected[o], objExpected[o]) ||
          before.objStatus[o] !== objStatus[o];
        for (let s = 0; s < NS && !diff; s++)
          diff = before.objCounts[o * NS + s] !== objCounts[o * NS + s];
        if (diff) changed.push(objIds[o]!);
      }
      return changed;
    },
    keyResult(id: Id): KeyResultCard | undefined {
      const k = krOfId.get(id);
      return k === undefined ? undefined : keyResultCard(k);
    },
    objective(id: Id): ObjectiveCard | undefined {
      const o = objOfId.get(id);
      return o === undefined ? undefined : objectiveCard(o);
    },
    objectiveScore(id: Id): number | null | undefined {
      const o = objOfId.get(id);
      if (o === undefined) return undefined;
      const score = objScore[o]!;
      return Number.isNaN(score) ? null : score;
    },
    objectiveScores: () => objScore.slice(),
    keyResultScores: () => krScore.slice(),
  };
}

/** Re-throws a SokrError with its issue paths prefixed; other errors unchanged. */
function rebase(error: unknown, prefix: Path): unknown {
  if (!isSokrError(error)) return error;
  return new SokrError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}
