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
  /** The key results of an objective, in set order. */
  keyResultsOf(objectiveId: Id): readonly KeyResult[];
  /** Objectives whose `parent` is this objective. */
  childObjectivesOf(objectiveId: Id): readonly Objective[];
  /** Objectives whose `parent` is this key result. */
  childObjectivesOfKeyResult(keyResultId: Id): readonly Objective[];
  /** The objective a reference points at (a key result's objective for a key-result ref). */
  refObjectiveId(ref: OkrRef): Id | undefined;
  /** The parent objective of an objective (through its parent key result if needed). */
  parentObjectiveId(objectiveId: Id): Id | undefined;
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
  /** The check-ins of a key result sorted by `at` (ties keep set order). */
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

const EMPTY: readonly never[] = Object.freeze([]);

function byId<T extends { id: Id }>(items: readonly T[]): [Map<Id, T>, Map<Id, number>] {
  const map = new Map<Id, T>();
  const pos = new Map<Id, number>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!map.has(item.id)) {
      map.set(item.id, item);
      pos.set(item.id, i);
    }
  }
  return [map, pos];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Builds the {@link OkrIndex} of a set: maps by id, the unit tree with O(1)
 * ancestor checks, objectives per unit and cycle, key results per objective,
 * the cascade (children per objective and per key result), check-ins per key
 * result sorted by date, and dependencies per objective. Linear in the size of
 * the set; iterative throughout, so a 10,000-level unit tree or cascade is fine.
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
  const [units, unitPos] = byId(set.units);
  const [people, peoplePos] = byId(set.people);
  const [cycles, cyclePos] = byId(set.cycles);
  const [objectives, objectivePos] = byId(set.objectives);
  const [keyResults, krPos] = byId(set.keyResults);
  const [, checkInPos] = byId(set.checkIns);
  const [, initiativePos] = byId(set.initiatives);
  const [dependencies, dependencyPos] = byId(set.dependencies);
  const [pillars, pillarPos] = byId(set.strategy.pillars);
  const [swot, swotPos] = byId(set.strategy.swot ?? EMPTY);

  // Unit tree: children lists, then an iterative Euler tour from every root.
  const unitChildren = new Map<Id, Unit[]>();
  const roots: Unit[] = [];
  for (const unit of set.units) {
    if (units.get(unit.id) !== unit) continue;
    if (unit.parentId === undefined) roots.push(unit);
    else push(unitChildren, unit.parentId, unit);
  }
  const tin = new Map<Id, number>();
  const tout = new Map<Id, number>();
  const depth = new Map<Id, number>();
  let clock = 0;
  for (const root of roots) {
    const stack: Array<[Unit, number]> = [[root, 0]];
    tin.set(root.id, clock++);
    depth.set(root.id, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = unitChildren.get(top[0].id);
      if (kids !== undefined && top[1] < kids.length) {
        const kid = kids[top[1]++]!;
        if (tin.has(kid.id)) continue;
        tin.set(kid.id, clock++);
        depth.set(kid.id, stack.length);
        stack.push([kid, 0]);
      } else {
        tout.set(top[0].id, clock++);
        stack.pop();
      }
    }
  }
  const isAncestor = (a: Id, b: Id): boolean => {
    const ta = tin.get(a);
    const tb = tin.get(b);
    if (ta === undefined || tb === undefined || a === b) return false;
    return ta < tb && tout.get(b)! < tout.get(a)!;
  };

  // Cycles.
  const spans = new Map<Id, Span>();
  for (const cycle of cycles.values()) {
    const start = parseIsoDate(cycle.start);
    const end = parseIsoEnd(cycle.end);
    if (start !== undefined && end !== undefined) spans.set(cycle.id, { start, end });
  }

  // Objectives, key results, cascade.
  const byUnitCycle = new Map<Id, Map<Id, Objective[]>>();
  const byUnit = new Map<Id, Objective[]>();
  const byCycle = new Map<Id, Objective[]>();
  const childrenOfObjective = new Map<Id, Objective[]>();
  const childrenOfKr = new Map<Id, Objective[]>();
  for (const o of set.objectives) {
    if (objectives.get(o.id) !== o) continue;
    let perCycle = byUnitCycle.get(o.unitId);
    if (perCycle === undefined) byUnitCycle.set(o.unitId, (perCycle = new Map()));
    push(perCycle, o.cycleId, o);
    push(byUnit, o.unitId, o);
    push(byCycle, o.cycleId, o);
    const parent = o.parent;
    if (parent !== undefined) {
      if ('objectiveId' in parent) push(childrenOfObjective, parent.objectiveId, o);
      else push(childrenOfKr, parent.keyResultId, o);
    }
  }
  const krsOf = new Map<Id, KeyResult[]>();
  for (const kr of set.keyResults) {
    if (keyResults.get(kr.id) === kr) push(krsOf, kr.objectiveId, kr);
  }

  const refObjectiveId = (ref: OkrRef): Id | undefined => {
    if ('objectiveId' in ref) return objectives.has(ref.objectiveId) ? ref.objectiveId : undefined;
    const kr = keyResults.get(ref.keyResultId);
    return kr !== undefined && objectives.has(kr.objectiveId) ? kr.objectiveId : undefined;
  };
  const parentObjectiveId = (id: Id): Id | undefined => {
    const parent = objectives.get(id)?.parent;
    return parent === undefined ? undefined : refObjectiveId(parent);
  };
  const rootChain = (id: Id): Id[] => {
    const chain: Id[] = [];
    if (!objectives.has(id)) return chain;
    const seen = new Set<Id>();
    let current: Id | undefined = id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      current = parentObjectiveId(current);
    }
    return chain;
  };

  // Anchors, computed lazily for all objectives at once (memoized walk up each chain).
  let anchored: Map<Id, boolean> | undefined;
  const hasDirectAnchor = (o: Objective): boolean => {
    for (const link of o.links) {
      if (link.kind === 'pillar') {
        if (pillars.has(link.pillarId)) return true;
      } else if (link.kind === 'supports') {
        if (link.objectiveId !== o.id && objectives.has(link.objectiveId)) return true;
      } else if (swot.has(link.swotId)) return true;
    }
    return false;
  };
  const computeAnchored = (): Map<Id, boolean> => {
    const memo = new Map<Id, boolean>();
    const walk: Id[] = [];
    const onWalk = new Set<Id>();
    for (const o of objectives.values()) {
      if (memo.has(o.id)) continue;
      walk.length = 0;
      onWalk.clear();
      let current: Id | undefined = o.id;
      let result = false;
      while (current !== undefined) {
        const known = memo.get(current);
        if (known !== undefined) {
          result = known;
          break;
        }
        if (onWalk.has(current)) break; // a loop without an anchor on it
        onWalk.add(current);
        walk.push(current);
        if (hasDirectAnchor(objectives.get(current)!)) {
          result = true;
          break;
        }
        current = parentObjectiveId(current);
      }
      // Objectives on the walk below an anchored one are anchored; the anchored one itself too.
      for (const id of walk) memo.set(id, result);
    }
    return memo;
  };

  // Check-ins per key result, sorted by time (stable).
  const checkInsOf = new Map<Id, CheckIn[]>();
  const times = new Map<CheckIn, number>();
  for (const c of set.checkIns) {
    times.set(c, parseIsoDate(c.at) ?? Number.NaN);
    push(checkInsOf, c.keyResultId, c);
  }
  const timeOf = (c: CheckIn): number => times.get(c) ?? parseIsoDate(c.at) ?? Number.NaN;
  for (const list of checkInsOf.values()) {
    let sorted = true;
    for (let i = 1; i < list.length; i++) {
      if (!(timeOf(list[i - 1]!) <= timeOf(list[i]!))) {
        sorted = false;
        break;
      }
    }
    if (!sorted) {
      // Array.prototype.sort is stable: equal times keep set order.
      list.sort((a, b) => {
        const ta = timeOf(a);
        const tb = timeOf(b);
        if (ta === tb) return 0;
        if (Number.isNaN(ta)) return Number.isNaN(tb) ? 0 : -1;
        if (Number.isNaN(tb)) return 1;
        return ta - tb;
      });
    }
  }

  // Dependencies per objective.
  const depsFrom = new Map<Id, Dependency[]>();
  const depsOn = new Map<Id, Dependency[]>();
  for (const d of set.dependencies) {
    if (dependencies.get(d.id) !== d) continue;
    const from = refObjectiveId(d.from);
    const on = refObjectiveId(d.on);
    if (from !== undefined) push(depsFrom, from, d);
    if (on !== undefined) push(depsOn, on, d);
  }

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
      checkIns: checkInPos,
      initiatives: initiativePos,
      dependencies: dependencyPos,
      pillars: pillarPos,
      swot: swotPos,
    },
    rootUnitId: roots[0]?.id,
    isRootUnit: (id) => {
      const unit = units.get(id);
      return unit !== undefined && unit.parentId === undefined;
    },
    unitChildren: (id) => unitChildren.get(id) ?? EMPTY,
    unitDepth: (id) => depth.get(id),
    isAncestor,
    isAncestorOrSelf: (a, b) => (a === b ? units.has(a) : isAncestor(a, b)),
    unitAncestors: (id) => {
      const out: Id[] = [];
      const seen = new Set<Id>([id]);
      let parent = units.get(id)?.parentId;
      while (parent !== undefined && units.has(parent) && !seen.has(parent)) {
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
    keyResultsOf: (id) => krsOf.get(id) ?? EMPTY,
    childObjectivesOf: (id) => childrenOfObjective.get(id) ?? EMPTY,
    childObjectivesOfKeyResult: (id) => childrenOfKr.get(id) ?? EMPTY,
    refObjectiveId,
    parentObjectiveId,
    rootChain,
    isAnchored: (id) => {
      anchored ??= computeAnchored();
      return anchored.get(id) ?? false;
    },
    checkInsOf: (id) => checkInsOf.get(id) ?? EMPTY,
    lastCheckInOf: (id) => {
      const list = checkInsOf.get(id);
      return list === undefined ? undefined : list[list.length - 1];
    },
    checkInTime: timeOf,
    dependenciesFrom: (id) => depsFrom.get(id) ?? EMPTY,
    dependenciesOn: (id) => depsOn.get(id) ?? EMPTY,
  };
}
