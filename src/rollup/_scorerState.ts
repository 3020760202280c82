// Private to the rollup layer: everything a scorer computes and keeps, in one
// object created once and passed to the plain functions of the other files.
import type { CheckInPositions } from '../core/checkInPositions.js';
import type { CheckInTimeline } from '../core/checkInTimeline.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { CheckIn, KeyResult, Measure } from '../model/types.js';
import type { KeyResultStatusInput } from '../progress/keyResultStatus.js';
import { countMembers, type MemberCounts, type ResolvedScope } from './_scope.js';
import type { ScoringIndex } from './_scoringIndex.js';
import type { ScorerOptions } from './_scorerOptions.js';
import { createTallyMemo, NS, type TallyMemo } from './_statusCodes.js';
import type { Scorecard } from './types.js';

/** The check-ins of a KR in set order with their global positions. */
export interface CheckInList {
  items: CheckIn[];
  pos: number[];
}

/** The state of one scorer: its options, its index, and typed arrays of facts and scores. */
export interface ScorerState {
  readonly options: ScorerOptions;
  readonly graph: OkrGraph;
  /** The structural index (weights, measures and derived flags change with edits). */
  readonly index: ScoringIndex;
  readonly nK: number;
  readonly nO: number;
  readonly nU: number;
  readonly keyResults: readonly KeyResult[];
  /**
   * The set's check-ins, read only. An editable scorer over a plain set keeps a
   * copy (the caller may edit the set's arrays while it lives); a compiled
   * set's arrays stay as compiled, and a read-only scorer lives one call.
   */
  readonly setCheckIns: readonly CheckIn[];
  readonly timeline: CheckInTimeline;
  /** 1 for objectives the aggregates cover (`undefined`: all of them), and the cycles in scope. */
  readonly inScope: Uint8Array | undefined;
  readonly scopeCycleIds: string[];
  /** Objectives and key results of every aggregate, in scope. */
  readonly members: MemberCounts;

  // ---- Static facts of each window (the graph's `keyResultWindow` places each
  // key result in one): kept per window, not copied per key result.
  /** Key result → window (the graph's, shared). */
  readonly krWindow: Int32Array;
  /** Expected progress at `asOf` (per key result: a plan replaces its window's). */
  readonly krExpected: Float64Array;
  readonly winOver: Uint8Array;
  /** The window has started and is not over: only then can a key result be stale. */
  readonly winActive: Uint8Array;
  /** Stale without any check-in: the window started longer than a cadence ago. */
  readonly winStaleNone: Uint8Array;
  /**
   * A check-in counts when its `at` lies in [start, winCutoff] (start: the
   * graph's `windows.start`, the cycle's first day): the key result's window
   * as `recordCheckIn` accepts it, up to `asOf`. A check-in outside its window
   * (which `validate` reports) never becomes current.
   */
  readonly winCutoff: Float64Array;
  /** The window (`keyResultWindow`), for plans. */
  readonly winStart: Float64Array;
  readonly winEnd: Float64Array;
  /** 1 for a kept key result (threshold, range): status by holding, not by time. */
  readonly krHeld: Uint8Array;

  // ---- Current check-in of each KR (latest `at` ≤ asOf, ties → later in the array).
  readonly krLatest: (CheckIn | undefined)[];
  /** `at` of the current check-in in epoch ms (−∞ without one). */
  readonly krLatestAt: Float64Array;
  /**
   * A baseline key result's measure with its start from its first check-in that
   * counts (`resolveBaseline`); `undefined` for other key results and before
   * the first check-in. Set with the current check-in, read by `setLatest`.
   */
  readonly krResolved: (Measure | undefined)[];
  /** Progress of the current check-in (computed when the check-in or the measure changes). */
  readonly krProgress: Float64Array;
  /** Confidence of the current check-in, else the KR's initial one (NaN: none). */
  readonly krCurConf: Float64Array;
  /** Whether the current check-in is stale. */
  readonly krCurStale: Uint8Array;

  // ---- Scores.
  readonly krScore: Float64Array;
  readonly krStatus: Uint8Array;
  readonly krStale: Uint8Array;
  readonly krHas: Uint8Array;
  readonly objScore: Float64Array;
  readonly objExpected: Float64Array;
  readonly objStatus: Uint8Array;
  readonly objHas: Uint8Array;
  /** Status counts of each objective's key results (`o * NS + status`). */
  readonly objCounts: Int32Array;

  // ---- Aggregates: the sum-tree pool of every group, unit subtrees, the company.
  readonly pNum: Float64Array;
  readonly pDen: Float64Array;
  readonly groupCounts: Int32Array;
  readonly subNum: Float64Array;
  readonly subDen: Float64Array;
  readonly subCounts: Int32Array;
  readonly companyCounts: Int32Array;
  companyNum: number;
  companyDen: number;

  // ---- Scratch.
  readonly statusInput: KeyResultStatusInput;
  readonly tallyMemo: TallyMemo;
  /** An objective's counts before it is rescored (propagation). */
  readonly oldCounts: Int32Array;

  /** The last snapshot, until an edit. */
  cached: Scorecard | undefined;

  // ---- Check-ins for edits.
  /** Check-in positions by id in the set (empty for a read-only scorer). */
  homeOf: CheckInPositions;
  /** The global position of the next new check-in. */
  nextPosition: number;
  /** Check-in lists of the KRs edited so far. */
  readonly lists: Map<number, CheckInList>;
  /** Where a check-in id lives after an edit: its global position and KR. */
  readonly placeOf: Map<string, { k: number; position: number }>;
}

/** Allocates the state of a scorer (nothing computed yet). */
export function createScorerState(
  options: ScorerOptions,
  graph: OkrGraph,
  index: ScoringIndex,
  scope: ResolvedScope,
  copyCheckIns: boolean,
): ScorerState {
  const set = graph.set;
  const nK = index.nK;
  const nO = index.nO;
  const nU = index.unitIds.length;
  const setCheckIns = copyCheckIns ? (set.checkIns ?? []).slice() : (set.checkIns ?? []);
  const nW = graph.windows.cycle.length;
  return {
    options,
    graph,
    index,
    nK,
    nO,
    nU,
    keyResults: set.keyResults ?? [],
    setCheckIns,
    timeline: graph.checkIns,
    inScope: scope.objectives,
    scopeCycleIds: scope.cycleIds,
    members: scope.objectives === undefined ? index.members : countMembers(index, scope.objectives),
    krWindow: graph.keyResultWindow,
    krExpected: new Float64Array(nK),
    winOver: new Uint8Array(nW),
    winActive: new Uint8Array(nW),
    winStaleNone: new Uint8Array(nW),
    winCutoff: new Float64Array(nW),
    winStart: new Float64Array(nW),
    winEnd: new Float64Array(nW),
    krHeld: new Uint8Array(nK),
    krLatest: new Array(nK).fill(undefined),
    krLatestAt: new Float64Array(nK).fill(Number.NEGATIVE_INFINITY),
    krResolved: new Array<Measure | undefined>(nK),
    krProgress: new Float64Array(nK),
    krCurConf: Float64Array.from(index.krConfidence),
    krCurStale: new Uint8Array(nK),
    krScore: new Float64Array(nK),
    krStatus: new Uint8Array(nK),
    krStale: new Uint8Array(nK),
    krHas: new Uint8Array(nK),
    objScore: new Float64Array(nO),
    objExpected: new Float64Array(nO),
    objStatus: new Uint8Array(nO),
    objHas: new Uint8Array(nO),
    objCounts: new Int32Array(nO * NS),
    pNum: new Float64Array(index.poolSize),
    pDen: new Float64Array(index.poolSize),
    groupCounts: new Int32Array(index.groupCount * NS),
    subNum: new Float64Array(nU),
    subDen: new Float64Array(nU),
    subCounts: new Int32Array(nU * NS),
    companyCounts: new Int32Array(NS),
    companyNum: 0,
    companyDen: 0,
    statusInput: {
      score: 0,
      expected: 0,
      hasCheckIn: false,
      windowOver: false,
      confidence: undefined,
      held: false,
    },
    tallyMemo: createTallyMemo(),
    oldCounts: new Int32Array(NS),
    cached: undefined,
    homeOf: new Map(),
    nextPosition: setCheckIns.length,
    lists: new Map(),
    placeOf: new Map(),
  };
}
