import { parseIsoDate, parseIsoEnd } from '../_lib/date.js';
import type {
  CheckIn,
  Cycle,
  Dependency,
  Id,
  KeyResult,
  Objective,
  OkrRef,
  OkrSet,
  Person,
  Pillar,
  SwotItem,
  Unit,
} from '../model/types.js';

/** Array positions by id, for building finding paths (first occurrence of an id wins). */
export interface OkrPositions {
  readonly units: ReadonlyMap<Id, number>;
  readonly people: ReadonlyMap<Id, number>;
  readonly cycles: ReadonlyMap<Id, number>;
  readonly objectives: ReadonlyMap<Id, number>;
  readonly keyResults: ReadonlyMap<Id, number>;
  readonly checkIns: ReadonlyMap<Id, number>;
  readonly initiatives: ReadonlyMap<Id, number>;
  readonly dependencies: ReadonlyMap<Id, number>;
  readonly pillars: ReadonlyMap<Id, number>;
  readonly swot: ReadonlyMap<Id, number>;
}

/** A time span in epoch milliseconds; `end` is exclusive (the instant the span is over). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A prebuilt, read-only index of an OKR set: every lookup the alignment rules
 * need, built once per `validate` call in linear time (plus sorting check-ins
 * per key result). Custom rules get the same index as `ctx.index`.
 *
 * Unknown ids never throw: lookups return `undefined` or an empty list.
 * Duplicate ids (which `parseOkrSet` reports) resolve to their first occurrence.
 */
export interface OkrIndex {
  /** The indexed set. */
  readonly set: OkrSet;
  /** Units by id. */
  readonly units: ReadonlyMap<Id, Unit>;
  /** People by id. */
  readonly people: ReadonlyMap<Id, Person>;
  /** Cycles by id. */
  readonly cycles: ReadonlyMap<Id, Cycle>;
  /** Objectives by id. */
  readonly objectives: ReadonlyMap<Id, Objective>;
  /** Key results by id. */
  readonly keyResults: ReadonlyMap<Id, KeyResult>;
  /** Dependencies by id. */
  readonly dependencies: ReadonlyMap<Id, Dependency>;
  /** Strategic pillars by id. */
  readonly pillars: ReadonlyMap<Id, Pillar>;
  /** SWOT items by id. */
  readonly swot: ReadonlyMap<Id, SwotItem>;
  /** Array positions by id, per entity kind. */
  readonly positions: OkrPositions;
  /**
   * True when some entity kind has duplicate ids (which `parseOkrSet`
   * reports). Rules that iterate arrays can then skip the later duplicates
   * with `index.objectives.get(o.id) !== o`; when false that check is not needed.
   */
  readonly hasDuplicateIds: boolean;
  /** The root of the unit tree (the first unit without a parent), if any. */
  readonly rootUnitId: Id | undefined;
  /** True for a unit that has no parent (a root of the unit tree). */
  isRootUnit(unitId: Id): boolean;
  /** The child units of a unit, in set order. */
  unitChildren(unitId: Id): readonly Unit[];
  /** Depth of a unit below its root (root = 0); `undefined` when it is not connected to a root. */
  unitDepth(unitId: Id): number | undefined;
  /** True when `ancestorId` is a strict ancestor of `unitId` (O(1), Euler-tour intervals). */
  isAncestor(ancestorId: Id, unitId: Id): boolean;
  /** True when `ancestorId` is `unitId` or one of its ancestors. */
  isAncestorOrSelf(ancestorId: Id, unitId: Id): boolean;
  /** The ancestors of a unit, nearest first (stops at a loop or a dangling parent). */
  unitAncestors(unitId: Id): Id[];
  /** A cycle's span in epoch ms (`end` = the instant after its inclusive end day). */
  cycleSpan(cycleId: Id): Span | undefined;
  /** Objectives of a unit (all cycles, or one cycle), in set order. */
  objectivesOfUnit(unitId: Id, cycleId?: Id): readonly Objective[];
  /** Objectives grouped by unit, then by cycle. */
  readonly objectivesByUnitCycle: ReadonlyMap<Id, ReadonlyMap<Id, readonly Objective[]>>;
  /** Objectives of a cycle (all units), in set order. */
  objectivesOfCycle(cycleId: Id): readonly Objective[];
  /** The key results of an objective, in set order (a new array on each call). */
  keyResultsOf(objectiveId: Id): readonly KeyResult[];
  /** The number of key results of an objective, without building the list. */
  keyResultCount(objectiveId: Id): number;
  /** Objectives whose `parent` is this objective. */
  childObjectivesOf(objectiveId: Id): readonly Objective[];
  /** Objectives whose `parent` is this key result. */
  childObjectivesOfKeyResult(keyResultId: Id): readonly Objective[];
  /** The objective a reference points at (a key result's objective for a key-result ref). */
  refObjectiveId(ref: OkrRef): Id | undefined;
  /** The parent objective of an objective (through its parent key result if needed). */
  parentObjectiveId(objectiveId: Id): Id | undefined;
  /**
   * The same by array position: the position in `set.objectives` of the parent
   * objective of the objective at `position`, or -1 (none, or dangling).
   */
  parentObjectivePosition(position: number): number;
  /**
   * The objective and its ancestors up the cascade, nearest first; stops at
   * the top, at a missing parent, or before repeating an objective (a loop).
   */
  rootChain(objectiveId: Id): Id[];
  /**
   * True when the objective links to an existing anchor (pillar, SWOT item,
   * or another objective it supports) directly or through its parent chain.
   */
  isAnchored(objectiveId: Id): boolean;
  /**
   * The check-ins of a key result sorted by `at` (ties keep set order); a new
   * array on each call (cache it when reused). Empty for an unknown key result.
   */
  checkInsOf(keyResultId: Id): readonly CheckIn[];
  /** The latest check-in of a key result, whatever the date. */
  lastCheckInOf(keyResultId: Id): CheckIn | undefined;
  /** Epoch ms of a check-in's `at` (NaN when not a date). */
  checkInTime(checkIn: CheckIn): number;
  /** Dependencies whose `from` side resolves to this objective. */
  dependenciesFrom(objectiveId: Id): readonly Dependency[];
  /** Dependencies whose `on` side resolves to this objective. */
  dependenciesOn(objectiveId: Id): readonly Dependency[];
}

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** A read-only map from id to entity, backed by the set's array and a map of positions. */
class IdMap<T extends { id: Id }> implements ReadonlyMap<Id, T> {
  readonly #items: readonly T[];
  readonly #pos: ReadonlyMap<Id, number>;
  constructor(items: readonly T[], pos: ReadonlyMap<Id, number>) {
    this.#items = items;
    this.#pos = pos;
  }
  get size(): number {
    return this.#pos.size;
  }
  get(id: Id): T | undefined {
    const i = this.#pos.get(id);
    return i === undefined ? undefined : this.#items[i];
  }
  has(id: Id): boolean {
    return this.#pos.has(id);
  }
  forEach(callback: (value: T, key: Id, map: ReadonlyMap<Id, T>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#pos) callback.call(thisArg, this.#items[i]!, id, this);
  }
  *entries(): MapIterator<[Id, T]> {
    for (const [id, i] of this.#pos) yield [id, this.#items[i]!];
  }
  keys(): MapIterator<Id> {
    return this.#pos.keys();
  }
  *values(): MapIterator<T> {
    for (const i of this.#pos.values()) yield this.#items[i]!;
  }
  [Symbol.iterator](): MapIterator<[Id, T]> {
    return this.entries();
  }
}

/** Positions by id (first occurrence wins) and whether there were duplicates. */
function positionsOf(items: readonly { id: Id }[]): [Map<Id, number>, boolean] {
  const pos = new Map<Id, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (!pos.has(id)) pos.set(id, i);
  }
  return [pos, pos.size !== items.length];
}

/**
 * Groups items by a key. Consecutive items with the same key (the usual
 * layout of check-ins, key results and objectives) cost no map lookup.
 */
function groupBy<T>(items: readonly T[], key: (item: T) => Id, keep?: (item: T, i: number) => boolean): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  let lastKey: Id | undefined;
  let last: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (keep !== undefined && !keep(item, i)) continue;
    const k = key(item);
    if (k !== lastKey) {
      let list = groups.get(k);
      if (list === undefined) groups.set(k, (list = []));
      last = list;
      lastKey = k;
    }
    last.push(item);
  }
  return groups;
}

/** Chronological order of two ISO strings: plain comparison for two calendar days, parsing otherwise. */
function atOrder(a: string, b: string): number {
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0;
  const ta = parseIsoDate(a) ?? Number.NaN;
  const tb = parseIsoDate(b) ?? Number.NaN;
  if (ta === tb) return 0;
  if (Number.isNaN(ta)) return Number.isNaN(tb) ? 0 : -1;
  if (Number.isNaN(tb)) return 1;
  return ta - tb;
}

/**
 * Builds the {@link OkrIndex} of a set: maps by id, the unit tree with O(1)
 * ancestor checks, objectives per unit and cycle, key results per objective,
 * the cascade (children per objective and per key result), check-ins per key
 * result sorted by date, and dependencies per objective. Linear in the size of
 * the set (plus sorting check-ins per key result when they are not in date
 * order); iterative throughout, so a 10,000-level unit tree or cascade is fine.
 * Works on any structurally valid set, also one with dangling references.
 *
 * @param set - A structurally valid OKR set (e.g. from `parseOkrSet`).
 * @returns The index.
 * @example
 * ```ts
 * import { buildIndex } from 'sokr';
 * const index = buildIndex(set);
 * index.isAncestor('acme', 'web'); // true when web sits below acme
 * index.keyResultsOf('o1').length;
 * ```
 */
export function buildIndex(set: OkrSet): OkrIndex {
  const swotItems = set.strategy.swot ?? EMPTY;
  const [unitPos, dupUnits] = positionsOf(set.units);
  const [peoplePos, dupPeople] = positionsOf(set.people);
  const [cyclePos, dupCycles] = positionsOf(set.cycles);
  const [objectivePos, dupObjectives] = positionsOf(set.objectives);
  const [krPos, dupKrs] = positionsOf(set.keyResults);
  const [dependencyPos, dupDeps] = positionsOf(set.dependencies);
  const [pillarPos, dupPillars] = positionsOf(set.strategy.pillars);
  const [swotPos, dupSwot] = positionsOf(swotItems);
  const hasDuplicateIds =
    dupUnits || dupPeople || dupCycles || dupObjectives || dupKrs || dupDeps || dupPillars || dupSwot;
  const units = new IdMap(set.units, unitPos);
  const people = new IdMap(set.people, peoplePos);
  const cycles = new IdMap(set.cycles, cyclePos);
  const objectives = new IdMap(set.objectives, objectivePos);
  const keyResults = new IdMap(set.keyResults, krPos);
  const dependencies = new IdMap(set.dependencies, dependencyPos);
  const pillars = new IdMap(set.strategy.pillars, pillarPos);
  const swot = new IdMap(swotItems, swotPos);
  let checkInPos: Map<Id, number> | undefined;
  let initiativePos: Map<Id, number> | undefined;
  const firstOnly =
    (pos: ReadonlyMap<Id, number>, dup: boolean) =>
    (item: { id: Id }, i: number): boolean =>
      !dup || pos.get(item.id) === i;

  // Unit tree: children lists, then an iterative Euler tour from every root.
  const roots: Unit[] = [];
  const unitChildren = new Map<Id, Unit[]>();
  set.units.forEach((unit, i) => {
    if (dupUnits && unitPos.get(unit.id) !== i) return;
    if (unit.parentId === undefined) roots.push(unit);
    else {
      const list = unitChildren.get(unit.parentId);
      if (list === undefined) unitChildren.set(unit.parentId, [unit]);
      else list.push(unit);
    }
  });
  const n = set.units.length;
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n).fill(-1);
  let clock = 0;
  for (const root of roots) {
    const rootAt = unitPos.get(root.id)!;
    const stack: Array<[Unit, number, number]> = [[root, rootAt, 0]];
    tin[rootAt] = clock++;
    depth[rootAt] = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = unitChildren.get(top[0].id);
      if (kids !== undefined && top[2] < kids.length) {
        const kid = kids[top[2]++]!;
        const at = unitPos.get(kid.id)!;
        if (tin[at] !== -1) continue;
        tin[at] = clock++;
        depth[at] = stack.length;
        stack.push([kid, at, 0]);
      } else {
        tout[top[1]] = clock++;
        stack.pop();
      }
    }
  }
  const isAncestor = (a: Id, b: Id): boolean => {
    if (a === b) return false;
    const pa = unitPos.get(a);
    const pb = unitPos.get(b);
    if (pa === undefined || pb === undefined || tin[pa]! < 0 || tin[pb]! < 0) return false;
    return tin[pa]! < tin[pb]! && tout[pb]! < tout[pa]!;
  };

  // Cycles.
  const spans = new Map<Id, Span>();
  for (const cycle of cycles.values()) {
    const start = parseIsoDate(cycle.start);
    const end = parseIsoEnd(cycle.end);
    if (start !== undefined && end !== undefined) spans.set(cycle.id, { start, end });
  }

  // Objectives, key results, cascade.
  const keepObjective = firstOnly(objectivePos, dupObjectives);
  const byUnit = groupBy(set.objectives, (o) => o.unitId, keepObjective);
  const byCycle = groupBy(set.objectives, (o) => o.cycleId, keepObjective);
  const byUnitCycle = new Map<Id, Map<Id, Objective[]>>();
  for (const [unitId, list] of byUnit) byUnitCycle.set(unitId, groupBy(list, (o) => o.cycleId));
  const childrenOfObjective = groupBy(
    set.objectives,
    (o) => (o.parent as { objectiveId: Id }).objectiveId,
    (o, i) => o.parent !== undefined && 'objectiveId' in o.parent && keepObjective(o, i),
  );
  const childrenOfKr = groupBy(
    set.objectives,
    (o) => (o.parent as { keyResultId: Id }).keyResultId,
    (o, i) => o.parent !== undefined && 'keyResultId' in o.parent && keepObjective(o, i),
  );
  // Key results per objective: a counting sort by objective position (no list per
  // objective until asked).
  const objectiveCount = set.objectives.length;
  const objectiveOfKr = new Int32Array(set.keyResults.length);
  {
    let lastId: Id | undefined;
    let lastPos = -1;
    for (let i = 0; i < set.keyResults.length; i++) {
      const kr = set.keyResults[i]!;
      if (dupKrs && krPos.get(kr.id) !== i) {
        objectiveOfKr[i] = -1;
        continue;
      }
      if (kr.objectiveId !== lastId) {
        lastPos = objectivePos.get(kr.objectiveId) ?? -1;
        lastId = kr.objectiveId;
      }
      objectiveOfKr[i] = lastPos;
    }
  }
  const { start: krStart, order: krOrder } = groupByPosition(objectiveOfKr, objectiveCount);
  const keyResultsAt = (at: number | undefined): readonly KeyResult[] => {
    if (at === undefined) return EMPTY;
    const from = krStart[at]!;
    const to = krStart[at + 1]!;
    if (from === to) return EMPTY;
    const list: KeyResult[] = new Array(to - from);
    for (let k = from; k < to; k++) list[k - from] = set.keyResults[krOrder[k]!]!;
    return list;
  };

  const refObjectiveId = (ref: OkrRef): Id | undefined => {
    if ('objectiveId' in ref) return objectivePos.has(ref.objectiveId) ? ref.objectiveId : undefined;
    const kr = keyResults.get(ref.keyResultId);
    return kr !== undefined && objectivePos.has(kr.objectiveId) ? kr.objectiveId : undefined;
  };
  // Parent objective position per objective position (-1: none or dangling), computed once.
  let parentAt: Int32Array | undefined;
  const parentPositions = (): Int32Array => {
    if (parentAt !== undefined) return parentAt;
    parentAt = new Int32Array(set.objectives.length).fill(-1);
    for (let i = 0; i < set.objectives.length; i++) {
      const parent = set.objectives[i]!.parent;
      if (parent === undefined) continue;
      const id = refObjectiveId(parent);
      if (id !== undefined) parentAt[i] = objectivePos.get(id)!;
    }
    return parentAt;
  };
  const parentObjectiveId = (id: Id): Id | undefined => {
    const at = objectivePos.get(id);
    if (at === undefined) return undefined;
    const p = parentPositions()[at]!;
    return p < 0 ? undefined : set.objectives[p]!.id;
  };
  const rootChain = (id: Id): Id[] => {
    const chain: Id[] = [];
    let at = objectivePos.get(id);
    if (at === undefined) return chain;
    const parents = parentPositions();
    const seen = new Set<number>();
    while (at >= 0 && !seen.has(at)) {
      seen.add(at);
      chain.push(set.objectives[at]!.id);
      at = parents[at]!;
    }
    return chain;
  };

  // Anchors, computed lazily for all objectives at once (memoized walk up each chain).
  let anchored: Uint8Array | undefined; // 0 unknown, 1 no, 2 yes, 3 on the current walk
  const hasDirectAnchor = (o: Objective): boolean => {
    for (const link of o.links) {
      if (link.kind === 'pillar') {
        if (pillarPos.has(link.pillarId)) return true;
      } else if (link.kind === 'supports') {
        if (link.objectiveId !== o.id && objectivePos.has(link.objectiveId)) return true;
      } else if (swotPos.has(link.swotId)) return true;
    }
    return false;
  };
  const computeAnchored = (): Uint8Array => {
    const parents = parentPositions();
    const memo = new Uint8Array(set.objectives.length);
    const walk: number[] = [];
    for (let start = 0; start < memo.length; start++) {
      if (memo[start] !== 0) continue;
      walk.length = 0;
      let at = start;
      let result = 1;
      while (at >= 0) {
        const known = memo[at]!;
        if (known === 1 || known === 2) {
          result = known;
          break;
        }
        if (known === 3) break; // a loop without an anchor on it
        memo[at] = 3;
        walk.push(at);
        if (hasDirectAnchor(set.objectives[at]!)) {
          result = 2;
          break;
        }
        at = parents[at]!;
      }
      for (const w of walk) memo[w] = result;
    }
    return memo;
  };

  // Check-ins per key result: a counting sort by key result position into one
  // Int32Array (no per-key-result lists until asked), each range sorted by time
  // on first use (stable: ties keep set order).
  const krCount = set.keyResults.length;
  const krOfCheckIn = new Int32Array(set.checkIns.length);
  {
    let lastId: Id | undefined;
    let lastPos = -1;
    for (let i = 0; i < set.checkIns.length; i++) {
      const id = set.checkIns[i]!.keyResultId;
      if (id !== lastId) {
        lastPos = krPos.get(id) ?? -1;
        lastId = id;
      }
      krOfCheckIn[i] = lastPos;
    }
  }
  const { start: rangeStart, order: checkInOrder } = groupByPosition(krOfCheckIn, krCount);
  const checkInsAt = (krAt: number | undefined): readonly CheckIn[] => {
    if (krAt === undefined) return EMPTY;
    const from = rangeStart[krAt]!;
    const to = rangeStart[krAt + 1]!;
    if (from === to) return EMPTY;
    const list: CheckIn[] = new Array(to - from);
    let sorted = true;
    for (let k = from; k < to; k++) {
      const c = set.checkIns[checkInOrder[k]!]!;
      list[k - from] = c;
      if (sorted && k > from && atOrder(list[k - from - 1]!.at, c.at) > 0) sorted = false;
    }
    if (!sorted) list.sort((a, b) => atOrder(a.at, b.at));
    return list;
  };

  // Dependencies per objective.
  const keepDependency = firstOnly(dependencyPos, dupDeps);
  const depsFrom = groupBy(
    set.dependencies,
    (d) => refObjectiveId(d.from)!,
    (d, i) => keepDependency(d, i) && refObjectiveId(d.from) !== undefined,
  );
  const depsOn = groupBy(
    set.dependencies,
    (d) => refObjectiveId(d.on)!,
    (d, i) => keepDependency(d, i) && refObjectiveId(d.on) !== undefined,
  );

  return {
    set,
    units,
    people,
    cycles,
    objectives,
    keyResults,
    dependencies,
    pillars,
    swot,
    positions: {
      units: unitPos,
      people: peoplePos,
      cycles: cyclePos,
      objectives: objectivePos,
      keyResults: krPos,
      get checkIns() {
        checkInPos ??= positionsOf(set.checkIns)[0];
        return checkInPos;
      },
      get initiatives() {
        initiativePos ??= positionsOf(set.initiatives)[0];
        return initiativePos;
      },
      dependencies: dependencyPos,
      pillars: pillarPos,
      swot: swotPos,
    },
    hasDuplicateIds,
    rootUnitId: roots[0]?.id,
    isRootUnit: (id) => {
      const unit = units.get(id);
      return unit !== undefined && unit.parentId === undefined;
    },
    unitChildren: (id) => unitChildren.get(id) ?? EMPTY,
    unitDepth: (id) => {
      const at = unitPos.get(id);
      return at === undefined || depth[at]! < 0 ? undefined : depth[at];
    },
    isAncestor,
    isAncestorOrSelf: (a, b) => (a === b ? unitPos.has(a) : isAncestor(a, b)),
    unitAncestors: (id) => {
      const out: Id[] = [];
      const seen = new Set<Id>([id]);
      let parent = units.get(id)?.parentId;
      while (parent !== undefined && unitPos.has(parent) && !seen.has(parent)) {
        seen.add(parent);
        out.push(parent);
        parent = units.get(parent)?.parentId;
      }
      return out;
    },
    cycleSpan: (id) => spans.get(id),
    objectivesOfUnit: (unitId, cycleId) =>
      cycleId === undefined
        ? (byUnit.get(unitId) ?? EMPTY)
        : (byUnitCycle.get(unitId)?.get(cycleId) ?? EMPTY),
    objectivesByUnitCycle: byUnitCycle,
    objectivesOfCycle: (id) => byCycle.get(id) ?? EMPTY,
    keyResultsOf: (id) => keyResultsAt(objectivePos.get(id)),
    keyResultCount: (id) => {
      const at = objectivePos.get(id);
      return at === undefined ? 0 : krStart[at + 1]! - krStart[at]!;
    },
    childObjectivesOf: (id) => childrenOfObjective.get(id) ?? EMPTY,
    childObjectivesOfKeyResult: (id) => childrenOfKr.get(id) ?? EMPTY,
    refObjectiveId,
    parentObjectiveId,
    parentObjectivePosition: (position) => parentPositions()[position] ?? -1,
    rootChain,
    isAnchored: (id) => {
      const at = objectivePos.get(id);
      if (at === undefined) return false;
      anchored ??= computeAnchored();
      return anchored[at] === 2;
    },
    checkInsOf: (id) => checkInsAt(krPos.get(id)),
    lastCheckInOf: (id) => {
      const list = checkInsAt(krPos.get(id));
      return list[list.length - 1];
    },
    checkInTime: (c) => parseIsoDate(c.at) ?? Number.NaN,
    dependenciesFrom: (id) => depsFrom.get(id) ?? EMPTY,
    dependenciesOn: (id) => depsOn.get(id) ?? EMPTY,
  };
}

/**
 * A counting sort of items by group: `groupOf[i]` is item i's group position
 * (−1: no group). Returns CSR ranges — group g's items are
 * `order[start[g]]…order[start[g + 1] − 1]`, in item order.
 */
function groupByPosition(
  groupOf: Int32Array,
  groupCount: number,
): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) start[g + 1]! += 1;
  }
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const order = new Int32Array(start[groupCount]!);
  const fill = start.slice(0, groupCount);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) order[fill[g]!++] = i;
  }
  return { start, order };
}
