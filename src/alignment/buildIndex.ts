import type { CompiledOkrSet } from '../core/compile.js';
import { describeValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';
import { graphOf, readingSet, requireLists, requirePillars, ruleLists } from '../core/compile.js';
import type { Csr } from '../core/csr.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import { latestAt } from '../core/checkInTimeline.js';
import { IdMap } from '../core/IdMap.js';
import { IdPositions } from '../core/IdPositions.js';
import { isUnitAncestor } from '../core/unitForest.js';
import type { Id, Objective, OkrRef, OkrSet, Unit } from '../model/types.js';
import { anchoredObjectives } from './anchors.js';
import { attachGraph } from './indexGraph.js';
import type { OkrIndex } from './OkrIndex.js';

export type { OkrIndex, OkrPositions, Span } from './OkrIndex.js';

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Groups items by a key. Consecutive items with the same key (the usual
 * layout of check-ins, key results and objectives) cost no map lookup.
 */
function groupBy<T>(
  items: readonly T[],
  key: (item: T) => Id,
  keep?: (item: T, i: number) => boolean,
): Map<Id, T[]> {
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

/** The items of a CSR range as entities (a new array; the shared empty one for none). */
function rangeOf<T>(items: readonly T[], csr: Csr, at: number | undefined): readonly T[] {
  if (at === undefined) return EMPTY;
  const from = csr.start[at]!;
  const to = csr.start[at + 1]!;
  if (from === to) return EMPTY;
  const list: T[] = new Array(to - from);
  for (let i = from; i < to; i++) list[i - from] = items[csr.list[i]!]!;
  return list;
}

/**
 * Builds the {@link OkrIndex} of a set: maps by id, the unit tree with O(1)
 * ancestor checks, objectives per unit and cycle, key results per objective,
 * the cascade (children per objective and per key result), check-ins per key
 * result sorted by date, and dependencies per objective. It is a view of the
 * set's graph (the one `compile` builds): given a {@link CompiledOkrSet}, the
 * index is built once and shared by `validate`, `alignmentHealth` and the
 * reports. Linear in the size of the set; iterative throughout, so a
 * 10,000-level unit tree or cascade is fine. Works on any structurally valid
 * set, also one with dangling references.
 *
 * @param input - A structurally valid OKR set (e.g. from `parseOkrSet`), or a compiled set.
 * @returns The index.
 * @example
 * ```ts
 * import { buildIndex } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const index = buildIndex(set);
 * index.isAncestor('acme', 'web'); // true when web sits below acme
 * index.keyResultsOf('o1').length;
 * ```
 */
export function buildIndex(input: OkrSet | CompiledOkrSet): OkrIndex {
  const graph = graphOf(input);
  const memo = graph.memo.get('alignmentIndex') as OkrIndex | undefined;
  if (memo !== undefined) return memo;
  const index = readingSet('buildIndex', () => indexOfGraph(graph));
  attachGraph(index, graph);
  graph.memo.set('alignmentIndex', index);
  return index;
}

function indexOfGraph(graph: OkrGraph): OkrIndex {
  const set = graph.set;
  // The rules read every list: a set that was never parsed gets a clear error, not a TypeError.
  requireLists(set, ruleLists(), 'The alignment index');
  requirePillars(set, 'The alignment index');
  // Each dependency's two ends are references (`{ objectiveId }` or `{ keyResultId }`).
  const dependencyList = set.dependencies;
  for (let i = 0; i < dependencyList.length; i++) {
    const dependency = dependencyList[i]!;
    for (const end of ['from', 'on'] as const) {
      const ref: unknown = dependency[end];
      if (typeof ref !== 'object' || ref === null) {
        throw new SokrError([
          {
            path: ['dependencies', i, end],
            code: 'invalid_type',
            message: `A dependency's ${end} is { objectiveId } or { keyResultId }, got ${describeValue(ref)} (parse the set with parseOkrSet first).`,
          },
        ]);
      }
    }
  }
  // The link rules read every objective's links (the parser defaults them to []).
  const objectiveList = set.objectives;
  for (let o = 0; o < objectiveList.length; o++) {
    if (objectiveList[o]!.links === undefined) {
      throw new SokrError([
        {
          path: ['objectives', o, 'links'],
          code: 'missing',
          message:
            "The alignment index needs each objective's links as a list (parse the set with parseOkrSet first, which defaults them to []).",
        },
      ]);
    }
  }
  const swotItems = set.strategy.swot ?? EMPTY;
  const unitPos = graph.unitOf;
  const objectivePos = graph.objectiveOf;
  const krPos = graph.keyResultOf;
  const dependencyPos = graph.dependencyOf;
  const pillarPos = graph.pillarOf;
  const swotPos = graph.swotOf;
  const hasDuplicateIds = graph.hasDuplicateIds;
  const units = new IdMap(set.units, unitPos);
  const people = new IdMap(set.people, graph.personOf);
  const cycles = new IdMap(set.cycles, graph.cycleOf);
  const objectives = new IdMap(set.objectives, objectivePos);
  const keyResults = new IdMap(set.keyResults, krPos);
  const dependencies = new IdMap(set.dependencies, dependencyPos);
  const pillars = new IdMap(set.strategy.pillars, pillarPos);
  const swot = new IdMap(swotItems, swotPos);
  let checkInPos: IdPositions | undefined;
  let initiativePos: IdPositions | undefined;
  const firstOnly =
    (pos: ReadonlyMap<Id, number>) =>
    (item: { id: Id }, i: number): boolean =>
      !hasDuplicateIds || pos.get(item.id) === i;

  // Unit tree: the graph's forest gives depths and O(1) ancestor tests;
  // children by declared parent id (built on first use).
  const forest = graph.units;
  let rootUnitId: Id | undefined;
  for (let i = 0; i < forest.roots.length && rootUnitId === undefined; i++) {
    const unit = set.units[forest.roots[i]!]!;
    if (unit.parentId === undefined && forest.attached[forest.roots[i]!] === 1)
      rootUnitId = unit.id;
  }
  let unitChildren: Map<Id, Unit[]> | undefined;
  const childrenOfUnit = (id: Id): readonly Unit[] => {
    if (unitChildren === undefined) {
      unitChildren = groupBy(
        set.units,
        (u) => u.parentId!,
        (u, i) => u.parentId !== undefined && (!hasDuplicateIds || unitPos.get(u.id) === i),
      );
    }
    return unitChildren.get(id) ?? EMPTY;
  };
  const isAncestor = (a: Id, b: Id): boolean => {
    if (a === b) return false;
    const pa = unitPos.get(a);
    const pb = unitPos.get(b);
    return pa !== undefined && pb !== undefined && isUnitAncestor(forest, pa, pb);
  };

  // Objectives, key results, cascade.
  const keepObjective = firstOnly(objectivePos);
  const byUnit = groupBy(set.objectives, (o) => o.unitId, keepObjective);
  const byCycle = groupBy(set.objectives, (o) => o.cycleId, keepObjective);
  const byUnitCycle = new Map<Id, Map<Id, Objective[]>>();
  for (const [unitId, list] of byUnit)
    byUnitCycle.set(
      unitId,
      groupBy(list, (o) => o.cycleId),
    );

  const refObjectiveId = (ref: OkrRef): Id | undefined => {
    if ('objectiveId' in ref)
      return objectivePos.has(ref.objectiveId) ? ref.objectiveId : undefined;
    const kr = keyResults.get(ref.keyResultId);
    return kr !== undefined && objectivePos.has(kr.objectiveId) ? kr.objectiveId : undefined;
  };
  const parents = graph.chainNext;
  const parentObjectiveId = (id: Id): Id | undefined => {
    const at = objectivePos.get(id);
    if (at === undefined) return undefined;
    const p = parents[at]!;
    return p < 0 ? undefined : set.objectives[p]!.id;
  };
  const rootChain = (id: Id): Id[] => {
    const chain: Id[] = [];
    let at = objectivePos.get(id);
    if (at === undefined) return chain;
    const seen = new Set<number>();
    while (at >= 0 && !seen.has(at)) {
      seen.add(at);
      chain.push(set.objectives[at]!.id);
      at = parents[at]!;
    }
    return chain;
  };

  // Dependencies per objective.
  const keepDependency = firstOnly(dependencyPos);
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
  const timeline = graph.checkIns.byKeyResult;

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
      people: graph.personOf,
      cycles: graph.cycleOf,
      objectives: objectivePos,
      keyResults: krPos,
      get checkIns() {
        checkInPos ??= new IdPositions(set.checkIns);
        return checkInPos;
      },
      get initiatives() {
        initiativePos ??= new IdPositions(set.initiatives);
        return initiativePos;
      },
      dependencies: dependencyPos,
      pillars: pillarPos,
      swot: swotPos,
    },
    hasDuplicateIds,
    rootUnitId,
    isRootUnit: (id) => {
      const unit = units.get(id);
      return unit !== undefined && unit.parentId === undefined;
    },
    unitChildren: childrenOfUnit,
    unitDepth: (id) => {
      const at = unitPos.get(id);
      return at === undefined || forest.depth[at]! < 0 ? undefined : forest.depth[at];
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
    cycleSpan: (id) => {
      const at = graph.cycleOf.get(id);
      if (at === undefined) return undefined;
      const start = graph.cycleStart[at]!;
      const end = graph.cycleEnd[at]!;
      return Number.isNaN(start) || Number.isNaN(end) ? undefined : { start, end };
    },
    objectivesOfUnit: (unitId, cycleId) =>
      cycleId === undefined
        ? (byUnit.get(unitId) ?? EMPTY)
        : (byUnitCycle.get(unitId)?.get(cycleId) ?? EMPTY),
    objectivesByUnitCycle: byUnitCycle,
    objectivesOfCycle: (id) => byCycle.get(id) ?? EMPTY,
    keyResultsOf: (id) => rangeOf(set.keyResults, graph.keyResultsOf, objectivePos.get(id)),
    keyResultCount: (id) => {
      const at = objectivePos.get(id);
      return at === undefined
        ? 0
        : graph.keyResultsOf.start[at + 1]! - graph.keyResultsOf.start[at]!;
    },
    childObjectivesOf: (id) =>
      rangeOf(set.objectives, graph.childrenOfObjective, objectivePos.get(id)),
    childObjectivesOfKeyResult: (id) =>
      rangeOf(set.objectives, graph.childrenOfKeyResult, krPos.get(id)),
    refObjectiveId,
    parentObjectiveId,
    parentObjectivePosition: (position) => parents[position] ?? -1,
    rootChain,
    isAnchored: (id) => {
      const at = objectivePos.get(id);
      return at !== undefined && anchoredObjectives(graph)[at] === 2;
    },
    checkInsOf: (id) => rangeOf(set.checkIns, timeline, krPos.get(id)),
    lastCheckInOf: (id) => {
      const at = krPos.get(id);
      if (at === undefined) return undefined;
      const end = timeline.start[at + 1]!;
      return end === timeline.start[at]! ? undefined : set.checkIns[timeline.list[end - 1]!];
    },
    checkInTime: (c) => graph.instant(c.at),
    latestCheckInOf: (id, asOfMs) => {
      const at = krPos.get(id);
      if (at === undefined) return undefined;
      const i = latestAt(graph.checkIns, at, asOfMs);
      return i < 0 ? undefined : set.checkIns[i];
    },
    keyResultSpan: (id) => {
      const k = krPos.get(id);
      if (k === undefined) return undefined;
      const w = graph.keyResultWindow[k]!;
      if (w < 0) return undefined;
      const start = graph.windows.start[w]!;
      const end = graph.windows.end[w]!;
      return Number.isNaN(start) || Number.isNaN(end) ? undefined : { start, end };
    },
    dependenciesFrom: (id) => depsFrom.get(id) ?? EMPTY,
    dependenciesOn: (id) => depsOn.get(id) ?? EMPTY,
  };
}
