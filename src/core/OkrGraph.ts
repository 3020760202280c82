/**
 * The OKR graph: one private picture of a set that every layer reads.
 *
 * Built in one linear pass from a set (`buildGraph`): dense integer positions
 * per entity kind (the entity's index in its array), id → position maps
 * (first occurrence wins), CSR lists (key results per objective, check-ins
 * per key result in time order, child objectives per objective and per key
 * result, units per parent), the unit forest with O(1) ancestor tests, the
 * cascade's parent chain with its loops found once, every key result's window
 * (cycle and due day), and every date parsed to an instant once. Layers build
 * their own views on top of it (the scorer's sum trees, the alignment index,
 * the reports' lookups) and keep them in `memo`, so a compiled set pays for
 * each view once. The cascade part
 * (parents, children, the chain and its loops) is built the first time a
 * layer reads one of its fields: the layers that never walk the cascade
 * (obligations, the reports' lookups) do not pay for it.
 *
 * Nothing here validates: positions of unknown references are −1 and the
 * layers that need them report that with their own paths.
 *
 * @module
 */
import { DAY_MS, isDateOnly, parseIsoDate } from '../_lib/date.js';
import { findLoops } from '../_lib/findLoops.js';
import { addZonedDays, DEFAULT_TIME_ZONE, zonedInstant } from '../_lib/zonedDay.js';
import type { Id, OkrSet } from '../model/types.js';
import { type CheckInTimeline, buildCheckInTimeline } from './checkInTimeline.js';
import { type Csr, csrBy } from './csr.js';
import { IdPositions, inOrderLookup } from './IdPositions.js';
import { checkedParent } from './_objectiveShape.js';
import { buildUnitForest, type UnitForest } from './unitForest.js';

/** Kinds of an objective's parent. */
export const PARENT_NONE = 0;
export const PARENT_OBJECTIVE = 1;
export const PARENT_KEY_RESULT = 2;

/** A loop of the cascade: objective positions along the parent chain, lowest first. */
export interface GraphLoop {
  readonly objectives: readonly number[];
}

/**
 * The windows key results are scored and checked in over: from their cycle's
 * first day to their `due` day, or to the cycle's last day without one. Read
 * off the set once, so no layer reads a key result's `due` to place it.
 */
export interface KeyResultWindows {
  /** The cycle of each window. */
  readonly cycle: Int32Array;
  /** The first key result of each window (set order): the one its errors name. */
  readonly first: Int32Array;
  /** The first instant (the cycle's start; NaN: not a date). */
  readonly start: Float64Array;
  /** The instant after the last day: the `due` day's or the cycle's (NaN: not a date). */
  readonly end: Float64Array;
  /**
   * The instant after the last day a check-in may be dated: the later of the
   * cycle's end and the `due` day's end (the cycle's end when `due` is absent
   * or not a date; NaN when the cycle's end is not a date).
   */
  readonly acceptEnd: Float64Array;
}

/** The graph of one set (see the module note). All arrays are indexed by position. */
export interface OkrGraph {
  readonly set: OkrSet;
  readonly unitOf: IdPositions;
  readonly personOf: IdPositions;
  readonly cycleOf: IdPositions;
  readonly objectiveOf: IdPositions;
  readonly keyResultOf: IdPositions;
  readonly pillarOf: IdPositions;
  readonly swotOf: IdPositions;
  readonly dependencyOf: IdPositions;
  /** True when some kind above has a repeated id. */
  readonly hasDuplicateIds: boolean;
  /** Objective → unit position (−1: unknown unit). */
  readonly objectiveUnit: Int32Array;
  /** Objective → cycle position (−1: unknown cycle). */
  readonly objectiveCycle: Int32Array;
  /** Objective → kind of its resolved parent (`PARENT_*`; an unknown parent is none). */
  readonly objectiveParentKind: Uint8Array;
  /** Objective → parent position (an objective or a key result, by kind), −1 if none. */
  readonly objectiveParent: Int32Array;
  /** Objective → the objective its parent chain continues at (−1: none). */
  readonly chainNext: Int32Array;
  /** Key result → objective position (−1: unknown objective). */
  readonly keyResultObjective: Int32Array;
  /** Key results per objective (set order; later duplicates of an id left out). */
  readonly keyResultsOf: Csr;
  /** Objectives whose parent is this objective (set order; duplicates left out). */
  readonly childrenOfObjective: Csr;
  /** Objectives whose parent is this key result (set order; duplicates left out). */
  readonly childrenOfKeyResult: Csr;
  /** Loops of the parent chain, each found once. */
  readonly loops: readonly GraphLoop[];
  /** Loop number of each objective on a loop (−1: on none). */
  readonly onLoop: Int32Array;
  readonly units: UnitForest;
  readonly checkIns: CheckInTimeline;
  /** Cycle first day (epoch ms) and the instant after its last day; NaN when not a date. */
  readonly cycleStart: Float64Array;
  readonly cycleEnd: Float64Array;
  /**
   * Key result → its window (−1: its objective or that objective's cycle is
   * unknown). The key results of one cycle with the same `due` share one.
   */
  readonly keyResultWindow: Int32Array;
  /** The windows of the key results, numbered in the order they first appear. */
  readonly windows: KeyResultWindows;
  /** The set's time zone (`'UTC'` when it names none). */
  readonly timeZone: string;
  /**
   * Parses a set's ISO date once per distinct string, in the set's zone (a
   * calendar day is its local midnight; NaN: not a date).
   */
  instant(text: unknown): number;
  /**
   * The instant a span ending on `text` is over: the next local midnight for a
   * calendar day (end days are inclusive), the instant itself otherwise (NaN: not a date).
   */
  endInstant(text: unknown): number;
  /** Views that layers derive from the graph, built once per graph. */
  readonly memo: Map<string, unknown>;
}

/**
 * Builds the graph of a set in linear time (plus sorting check-ins of a key
 * result that are not in time order). Works on any structurally valid set,
 * also one with dangling references or duplicate ids.
 */
export function buildGraph(set: OkrSet): OkrGraph {
  const units = set.units ?? [];
  const people = set.people ?? [];
  const cycles = set.cycles ?? [];
  const objectives = set.objectives ?? [];
  const keyResults = set.keyResults ?? [];
  const pillars = set.strategy?.pillars ?? [];
  const swot = set.strategy?.swot ?? [];
  const dependencies = set.dependencies ?? [];

  const timeZone = typeof set.timeZone === 'string' ? set.timeZone : DEFAULT_TIME_ZONE;
  const utc = timeZone === DEFAULT_TIME_ZONE;
  const dates = new Map<string, number>();
  const instant = (text: unknown): number => {
    if (typeof text !== 'string') return Number.NaN;
    let ms = dates.get(text);
    if (ms === undefined) {
      ms = (utc ? parseIsoDate(text) : zonedInstant(text, timeZone)) ?? Number.NaN;
      dates.set(text, ms);
    }
    return ms;
  };
  const endInstant = (text: unknown): number => {
    const ms = instant(text);
    if (Number.isNaN(ms) || !isDateOnly(text as string)) return ms;
    return utc ? ms + DAY_MS : addZonedDays(ms, 1, timeZone);
  };

  const unitOf = new IdPositions(units);
  const personOf = new IdPositions(people);
  const cycleOf = new IdPositions(cycles);
  const objectiveOf = new IdPositions(objectives);
  const keyResultOf = new IdPositions(keyResults);
  const pillarOf = new IdPositions(pillars);
  const swotOf = new IdPositions(swot);
  const dependencyOf = new IdPositions(dependencies);
  const dupK = keyResultOf.hasDuplicates;

  const nO = objectives.length;
  const nK = keyResults.length;
  const objectiveUnit = new Int32Array(nO);
  const objectiveCycle = new Int32Array(nO);
  {
    // Consecutive objectives usually share unit and cycle: one lookup per run,
    // and the next run's unit is usually the next unit.
    let lastUnit: Id | undefined;
    let lastUnitPos = -1;
    let lastCycle: Id | undefined;
    let lastCyclePos = -1;
    const unitNear = inOrderLookup(unitOf);
    for (let o = 0; o < nO; o++) {
      const obj = objectives[o]!;
      if (obj.unitId !== lastUnit || o === 0) {
        lastUnit = obj.unitId;
        lastUnitPos = unitNear(obj.unitId);
      }
      if (obj.cycleId !== lastCycle || o === 0) {
        lastCycle = obj.cycleId;
        lastCyclePos = cycleOf.get(obj.cycleId) ?? -1;
      }
      objectiveUnit[o] = lastUnitPos;
      objectiveCycle[o] = lastCyclePos;
    }
  }
  const cycleStart = new Float64Array(cycles.length);
  const cycleEnd = new Float64Array(cycles.length);
  for (let c = 0; c < cycles.length; c++) {
    const cycle = cycles[c]!;
    cycleStart[c] = instant(cycle.start);
    cycleEnd[c] = endInstant(cycle.end);
  }
  const keyResultObjective = new Int32Array(nK);
  const keyResultWindow = new Int32Array(nK);
  const windows = new WindowList(cycleStart, cycleEnd, endInstant);
  {
    // Key results usually come grouped by objective, in objective order.
    let lastId: Id | undefined;
    let lastPos = -1;
    const objectiveNear = inOrderLookup(objectiveOf);
    for (let k = 0; k < nK; k++) {
      const kr = keyResults[k]!;
      const id = kr.objectiveId;
      if (id !== lastId || k === 0) {
        lastId = id;
        lastPos = objectiveNear(id);
      }
      keyResultObjective[k] = lastPos;
      keyResultWindow[k] = windows.of(k, lastPos < 0 ? -1 : objectiveCycle[lastPos]!, kr.due);
    }
  }
  const firstKr = (k: number) => !dupK || keyResultOf.isFirst(k);
  const keyResultsOf = csrBy(nO, nK, (k) => (firstKr(k) ? keyResultObjective[k]! : -1));
  let built: Cascade | undefined;
  const cascade = (): Cascade =>
    (built ??= buildCascade(objectives, objectiveOf, keyResultOf, keyResultObjective, nK));

  return {
    set,
    unitOf,
    personOf,
    cycleOf,
    objectiveOf,
    keyResultOf,
    pillarOf,
    swotOf,
    dependencyOf,
    hasDuplicateIds: [
      unitOf,
      personOf,
      cycleOf,
      objectiveOf,
      keyResultOf,
      pillarOf,
      swotOf,
      dependencyOf,
    ].some((positions) => positions.hasDuplicates),
    objectiveUnit,
    objectiveCycle,
    get objectiveParentKind() {
      return cascade().objectiveParentKind;
    },
    get objectiveParent() {
      return cascade().objectiveParent;
    },
    get chainNext() {
      return cascade().chainNext;
    },
    keyResultObjective,
    keyResultsOf,
    get childrenOfObjective() {
      return cascade().childrenOfObjective;
    },
    get childrenOfKeyResult() {
      return cascade().childrenOfKeyResult;
    },
    get loops() {
      return cascade().loops;
    },
    get onLoop() {
      return cascade().onLoop;
    },
    units: buildUnitForest(units, unitOf),
    checkIns: buildCheckInTimeline(set.checkIns ?? [], keyResultOf, nK, instant),
    cycleStart,
    cycleEnd,
    keyResultWindow,
    windows: windows.done(),
    timeZone,
    instant,
    endInstant,
    memo: new Map(),
  };
}

/** The cascade part of a graph: parents, children, the chain and its loops. */
interface Cascade {
  objectiveParentKind: Uint8Array;
  objectiveParent: Int32Array;
  chainNext: Int32Array;
  childrenOfObjective: Csr;
  childrenOfKeyResult: Csr;
  loops: GraphLoop[];
  onLoop: Int32Array;
}

/**
 * Builds the cascade of a set (one pass over the objectives' parents, two
 * CSR lists, the loops of the chain). Called the first time a layer reads
 * one of its fields: obligations and the reports' lookups need none of it.
 */
function buildCascade(
  objectives: OkrSet['objectives'],
  objectiveOf: IdPositions,
  keyResultOf: IdPositions,
  keyResultObjective: Int32Array,
  nK: number,
): Cascade {
  const nO = objectives.length;
  const dupO = objectiveOf.hasDuplicates;
  const firstObjective = (o: number) => !dupO || objectiveOf.isFirst(o);
  const objectiveParentKind = new Uint8Array(nO);
  const objectiveParent = new Int32Array(nO).fill(-1);
  const chainNext = new Int32Array(nO).fill(-1);
  for (let o = 0; o < nO; o++) {
    const parent = checkedParent(objectives[o]!, o);
    if (parent === undefined || parent === null) continue;
    if ('objectiveId' in parent) {
      const p = objectiveOf.get(parent.objectiveId);
      if (p !== undefined) {
        objectiveParentKind[o] = PARENT_OBJECTIVE;
        objectiveParent[o] = p;
        chainNext[o] = p;
      }
    } else if ('keyResultId' in parent) {
      const p = keyResultOf.get(parent.keyResultId);
      if (p !== undefined) {
        objectiveParentKind[o] = PARENT_KEY_RESULT;
        objectiveParent[o] = p;
        chainNext[o] = keyResultObjective[p]!;
      }
    }
  }
  const childrenOfObjective = csrBy(nO, nO, (o) =>
    objectiveParentKind[o] === PARENT_OBJECTIVE && firstObjective(o) ? objectiveParent[o]! : -1,
  );
  const childrenOfKeyResult = csrBy(nK, nO, (o) =>
    objectiveParentKind[o] === PARENT_KEY_RESULT && firstObjective(o) ? objectiveParent[o]! : -1,
  );

  // Loops of the parent chain: each walk marks its nodes; meeting the current walk is a loop.
  const loops: GraphLoop[] = [];
  const onLoop = new Int32Array(nO).fill(-1);
  for (const members of findLoops(chainNext)) {
    let minAt = 0;
    for (let i = 1; i < members.length; i++) if (members[i]! < members[minAt]!) minAt = i;
    const rotated = members.slice(minAt).concat(members.slice(0, minAt));
    for (const m of rotated) onLoop[m] = loops.length;
    loops.push({ objectives: rotated });
  }

  return {
    objectiveParentKind,
    objectiveParent,
    chainNext,
    childrenOfObjective,
    childrenOfKeyResult,
    loops,
    onLoop,
  };
}

/** Builds the key results' windows: one per cycle and `due` text, found in one pass. */
class WindowList {
  readonly cycle: number[] = [];
  readonly first: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly acceptEnd: number[] = [];
  /** The window of each cycle's key results without `due` (−1: none yet). */
  readonly ofCycle: Int32Array;
  /** Window by `due` text, per cycle. */
  readonly byDue: (Map<string, number> | undefined)[] = [];
  readonly cycleStart: Float64Array;
  readonly cycleEnd: Float64Array;
  readonly endInstant: (text: unknown) => number;

  constructor(
    cycleStart: Float64Array,
    cycleEnd: Float64Array,
    endInstant: (text: unknown) => number,
  ) {
    this.cycleStart = cycleStart;
    this.cycleEnd = cycleEnd;
    this.endInstant = endInstant;
    this.ofCycle = new Int32Array(cycleStart.length).fill(-1);
  }

  /** The window of key result `k` of cycle `c` (−1: unknown) with this `due`. */
  of(k: number, c: number, due: string | undefined): number {
    if (c < 0) return -1;
    if (due === undefined) {
      const w = this.ofCycle[c]!;
      return w >= 0 ? w : (this.ofCycle[c] = this.add(k, c, undefined));
    }
    const byDue = (this.byDue[c] ??= new Map());
    let w = byDue.get(due);
    if (w === undefined) {
      w = this.add(k, c, due);
      byDue.set(due, w);
    }
    return w;
  }

  add(k: number, c: number, due: string | undefined): number {
    const cycleEnd = this.cycleEnd[c]!;
    const dueEnd = due === undefined ? Number.NaN : this.endInstant(due);
    this.cycle.push(c);
    this.first.push(k);
    this.start.push(this.cycleStart[c]!);
    this.end.push(due === undefined ? cycleEnd : dueEnd);
    // biome-ignore lint/complexity/useMathMinMax: a due day that is not a date (NaN) falls back to the cycle's end; Math.max would give NaN.
    this.acceptEnd.push(dueEnd > cycleEnd ? dueEnd : cycleEnd);
    return this.cycle.length - 1;
  }

  done(): KeyResultWindows {
    return {
      cycle: Int32Array.from(this.cycle),
      first: Int32Array.from(this.first),
      start: Float64Array.from(this.start),
      end: Float64Array.from(this.end),
      acceptEnd: Float64Array.from(this.acceptEnd),
    };
  }
}
