import { describeValue } from '../_lib/quote.js';
import { isTimeZone } from '../_lib/zonedDay.js';
import { SokrError } from '../model/SokrError.js';
import { readingSet } from '../model/readingSet.js';

export { readingSet };
import type { OkrSet } from '../model/types.js';
import { buildGraph, type OkrGraph } from './OkrGraph.js';

/** Where a compiled set keeps its graph (not enumerable, not part of the data; a registered symbol, so the ESM and CommonJS copies of sokr read each other's compiled sets). */
const GRAPH = Symbol.for('sokr.graph');

/**
 * An OKR set compiled once for every layer: `rollup`, `createScorer`,
 * `validate`, `alignmentHealth`, `findingsOfCycle`, `buildIndex`,
 * `obligations`, `personDigests`, `weeklyReport`, `cycleReview`,
 * `describeFinding`, the reminders and `checkIntegrity` accept it wherever
 * they accept a set, and then share one index (ids to positions, parent
 * chains, the unit tree, check-ins in time order, every date parsed once)
 * instead of each building its own. The commands, `applyPatches`, `batch`
 * and `createHistory` take it as its set and return plain sets.
 *
 * Treat `set` as read-only while you use the compiled set: the index is not
 * rebuilt when the set changes (commands return new sets — compile those).
 * A list that gained or lost entries since `compile` is refused with a
 * `SokrError` naming it; a field changed in place is not noticed.
 */
export interface CompiledOkrSet {
  /** Tells a compiled set from an OKR set. */
  readonly kind: 'compiled-okr-set';
  /** The set that was compiled. */
  readonly set: OkrSet;
}

/**
 * Compiles an OKR set: builds its graph once, in one linear pass, so that
 * several calls over the same set (a rollup, a validation, a weekly report
 * at two instants) share it. The set is not copied or changed.
 *
 * @param set - a structurally valid OKR set (as returned by `parseOkrSet`).
 * @returns a read-only {@link CompiledOkrSet}.
 * @throws {@link SokrError} (`invalid_type`) when `set` is not an OKR set.
 *
 * @example
 * ```ts
 * import { compile, rollup, validate, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const compiled = compile(set);
 * const card = rollup(compiled, { asOf: '2026-02-15' });
 * const findings = validate(compiled, { asOf: '2026-02-15' });
 * const report = weeklyReport(compiled, { asOf: '2026-02-15' });
 * ```
 */
export function compile(set: OkrSet | CompiledOkrSet): CompiledOkrSet {
  if (isCompiledOkrSet(set)) return set;
  const graph = readingSet('compile', () => buildGraph(scorableSet(checkSetShape(set), 'compile')));
  return compiledOf(set, graph);
}

/**
 * A compiled set for a layer that checks the lists it reads itself (the
 * reports name the first one missing, `units` before `cycles`): `compile`
 * without its check of the scored lists. Internal.
 */
export function compileForReading(set: OkrSet | CompiledOkrSet): CompiledOkrSet {
  return isCompiledOkrSet(set) ? set : compiledOf(set, graphOf(set));
}

function compiledOf(set: OkrSet, graph: OkrGraph): CompiledOkrSet {
  const compiled = { kind: 'compiled-okr-set', set } as CompiledOkrSet;
  Object.defineProperty(compiled, GRAPH, { value: graph, enumerable: false });
  compiledGraphs().set(graph, listLengths(set));
  return Object.freeze(compiled);
}

/** Where the graphs `compile` made are registered (a registered symbol, as {@link GRAPH}). */
const GRAPHS = Symbol.for('sokr.compiledGraphs');

/**
 * The graphs `compile` made, each with the lengths of its set's lists then
 * (see {@link listLengths}): one registry per process, shared by the ESM and
 * CommonJS copies of sokr. A graph not in it was not made by `compile`.
 */
function compiledGraphs(): WeakMap<object, readonly number[]> {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const known = holder[GRAPHS];
  if (known instanceof WeakMap) return known as WeakMap<object, readonly number[]>;
  try {
    Object.defineProperty(globalThis, GRAPHS, {
      value: new WeakMap<object, readonly number[]>(),
      configurable: true,
    });
  } catch {
    // A frozen global object (a hardened realm): this copy keeps its own registry.
    return (localGraphs ??= new WeakMap());
  }
  return holder[GRAPHS] as WeakMap<object, readonly number[]>;
}

let localGraphs: WeakMap<object, readonly number[]> | undefined;

/** The length of each list of a set ({@link SET_LISTS}, then the strategy's pillars and swot); -1 for one absent. */
function listLengths(set: OkrSet): number[] {
  const record = set as unknown as Record<string, unknown>;
  const strategy = record['strategy'] as Record<string, unknown> | undefined;
  const lists: unknown[] = SET_LISTS.map((key) => record[key]);
  lists.push(strategy?.['pillars'], strategy?.['swot']);
  return lists.map((list) => (Array.isArray(list) ? list.length : -1));
}

/** The name of the list at position `i` of {@link listLengths}. */
function listName(i: number): string {
  return i < SET_LISTS.length
    ? SET_LISTS[i]!
    : i === SET_LISTS.length
      ? 'strategy.pillars'
      : 'strategy.swot';
}

/**
 * Throws `invalid_value` when a compiled set's set has lost or gained
 * entries since `compile` (O(1): the lists' lengths): its graph would answer
 * for the old set. The set is read-only while compiled; compile it again.
 */
function checkUnchanged(set: OkrSet, graph: OkrGraph, lengths: readonly number[]): void {
  if (graph.set !== set) {
    throw new SokrError([
      {
        path: [],
        code: 'invalid_value',
        message:
          'This compiled set answers for another set than the one it shows (a Proxy or a copy of a compiled set): compile the set again.',
      },
    ]);
  }
  const now = listLengths(set);
  for (let i = 0; i < now.length; i++) {
    if (now[i] === lengths[i]) continue;
    const name = listName(i);
    throw new SokrError([
      {
        path: name.split('.'),
        code: 'invalid_value',
        message: `The set's ${name} changed after compile (${describeCount(now[i]!)}, compiled with ${describeCount(lengths[i]!)}): a compiled set's set is read-only; compile the changed set again.`,
      },
    ]);
  }
}

function describeCount(n: number): string {
  return n < 0 ? 'no list' : n === 1 ? '1 entry' : `${n} entries`;
}

/**
 * True for the result of {@link compile}.
 *
 * @example
 * ```ts
 * import { compile, isCompiledOkrSet } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * isCompiledOkrSet(compile(set)); // true
 * isCompiledOkrSet(set); // false
 * ```
 */
export function isCompiledOkrSet(value: unknown): value is CompiledOkrSet {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Only what `compile` made carries a graph it registered: a look-alike
    // `{ kind, set }`, or one with a forged graph under the symbol, is not one.
    const graph = (value as Record<symbol, unknown>)[GRAPH];
    return (
      typeof graph === 'object' &&
      graph !== null &&
      compiledGraphs().has(graph) &&
      (value as { kind?: unknown }).kind === 'compiled-okr-set' &&
      typeof (value as { set?: unknown }).set === 'object'
    );
  } catch {
    // A getter or Proxy trap that throws: not a compiled set (the caller's check says what it is).
    return false;
  }
}

/** The graph of a set or compiled set (built now for a plain set). Internal. */
export function graphOf(input: OkrSet | CompiledOkrSet): OkrGraph {
  if (isCompiledOkrSet(input)) {
    const graph = (input as unknown as Record<symbol, OkrGraph>)[GRAPH] as OkrGraph;
    checkUnchanged(input.set, graph, compiledGraphs().get(graph)!);
    return graph;
  }
  return readingSet('sokr', () => buildGraph(checkSetShape(input)));
}

/**
 * The plain set behind a set or a compiled set, its shape checked as
 * `compile` checks it (lists are lists, entries objects) without building the
 * graph; a compiled set was checked when it was compiled. Internal.
 */
export function checkedSetOf(input: OkrSet | CompiledOkrSet): OkrSet {
  return isCompiledOkrSet(input) ? input.set : checkSetShape(input);
}

/** The plain set behind a set or a compiled set. Internal. */
export function setOf(input: OkrSet | CompiledOkrSet): OkrSet {
  return isCompiledOkrSet(input) ? input.set : input;
}

/** The lists of an OKR set (each may be absent in a set a caller built by hand). Internal. */
export const SET_LISTS = [
  'units',
  'people',
  'cycles',
  'objectives',
  'keyResults',
  'checkIns',
  'initiatives',
  'dependencies',
  'risks',
] as const;

/** One of the lists of an OKR set. */
export type SetList = (typeof SET_LISTS)[number];

/**
 * The lists the alignment rules and `obligations` require (`requireLists`):
 * every list but `risks`. A function, so that no module-level value keeps
 * this file in bundles that do not call it.
 */
export function ruleLists(): readonly SetList[] {
  return SET_LISTS.filter((key) => key !== 'risks');
}

/** The lists a set cannot be scored or compiled without. */
const SCORED_LISTS: readonly SetList[] = ['cycles', 'objectives', 'keyResults', 'checkIns'];

/**
 * `set` when it has the lists a score needs (`cycles`, `objectives`,
 * `keyResults`, `checkIns`), else `invalid_type` at the first one missing:
 * `{}`, or an authoring-format file with key results nested in objectives,
 * is refused instead of scored as nothing. `compile`, `rollup` and
 * `createScorer` ask it (the other layers name the lists they read). Internal.
 */
export function scorableSet(set: OkrSet, who: string): OkrSet {
  requireLists(set, SCORED_LISTS, who);
  return set;
}

/**
 * Throws `invalid_type` at `[key]` unless each of `keys` is an array on the
 * set (`who` says what needs it, e.g. "A report"). Internal.
 */
export function requireLists(set: OkrSet, keys: readonly SetList[], who: string): void {
  const record = set as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (!Array.isArray(record[key])) {
      throw new SokrError([
        {
          path: [key],
          code: 'invalid_type',
          message: `${who} needs the set's ${key} as an array (parse the set with parseOkrSet first); got ${describeValue(record[key])}.`,
        },
      ]);
    }
  }
}

/**
 * Throws `invalid_type` at `['strategy', 'pillars']` unless the set's strategy
 * has its pillars as a list (`who` says what needs them). Internal.
 */
export function requirePillars(set: OkrSet, who: string): void {
  const strategy = (set as unknown as Record<string, unknown>)['strategy'];
  if (
    typeof strategy !== 'object' ||
    strategy === null ||
    !Array.isArray((strategy as { pillars?: unknown }).pillars)
  ) {
    throw new SokrError([
      {
        path: ['strategy', 'pillars'],
        code: 'invalid_type',
        message: `${who} needs the strategy's pillars as an array (parse the set with parseOkrSet first).`,
      },
    ]);
  }
}

/** Throws `invalid_type` at the first entry of a list that is not an object (one linear pass). */
function entitiesAreObjects(list: unknown, path: (string | number)[]): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'object' || item === null) {
      throw new SokrError([
        {
          path: [...path, i],
          code: 'invalid_type',
          message: `Each entry of ${path.join('.')} is an object, got ${describeValue(item)} (parse the set with parseOkrSet first).`,
        },
      ]);
    }
  }
}

/** A clear error for something that was never parsed (the hot paths trust the rest). */
function checkSetShape(set: unknown): OkrSet {
  if (
    typeof set !== 'object' ||
    set === null ||
    Array.isArray(set) ||
    Object.prototype.toString.call(set) !== '[object Object]'
  ) {
    throw new SokrError([
      {
        path: [],
        code: 'invalid_type',
        message: `Expected an OKR set (parse it with parseOkrSet first), got ${describeValue(set)}.`,
      },
    ]);
  }
  const record = set as Record<string, unknown>;
  requireLists(
    set as OkrSet,
    SET_LISTS.filter((key) => record[key] !== undefined),
    'sokr',
  );
  for (const key of SET_LISTS) entitiesAreObjects(record[key], [key]);
  const strategy = record['strategy'];
  if (strategy !== undefined) {
    if (typeof strategy !== 'object' || strategy === null) {
      throw new SokrError([
        {
          path: ['strategy'],
          code: 'invalid_type',
          message: "An OKR set's strategy is an object.",
        },
      ]);
    }
    for (const key of ['pillars', 'swot'] as const) {
      const list = (strategy as Record<string, unknown>)[key];
      if (list !== undefined && !Array.isArray(list)) {
        throw new SokrError([
          {
            path: ['strategy', key],
            code: 'invalid_type',
            message: `The strategy's ${key} are a list.`,
          },
        ]);
      }
      entitiesAreObjects(list, ['strategy', key]);
    }
  }
  const timeZone = record['timeZone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new SokrError([
      {
        path: ['timeZone'],
        code: 'invalid_value',
        message: `The set's timeZone must be an IANA time zone this runtime knows, like 'UTC' or 'America/Los_Angeles'; got ${describeValue(timeZone)}.`,
      },
    ]);
  }
  return set as OkrSet;
}
