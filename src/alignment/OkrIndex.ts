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
  /** Epoch ms of a check-in's `at` (NaN when not a date), parsed once per distinct string. */
  checkInTime(checkIn: CheckIn): number;
  /**
   * The current check-in of a key result at `asOfMs`: the latest `at` at or
   * before it (later in the set on ties), by binary search; `undefined` when none.
   */
  latestCheckInOf(keyResultId: Id, asOfMs: number): CheckIn | undefined;
  /**
   * A key result's window in epoch ms (its cycle's start to the end of its
   * `due` day or of the cycle); `undefined` when a date is missing or invalid.
   */
  keyResultSpan(keyResultId: Id): Span | undefined;
  /** Dependencies whose `from` side resolves to this objective. */
  dependenciesFrom(objectiveId: Id): readonly Dependency[];
  /** Dependencies whose `on` side resolves to this objective. */
  dependenciesOn(objectiveId: Id): readonly Dependency[];
}
