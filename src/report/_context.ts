/**
 * Private helpers shared by `weeklyReport` and `cycleReview`: lookups built
 * once per report, the score series and forecast of a key result.
 *
 * @module
 */
import { zonedEnd, zonedInstant, zonedIsoDay } from '../_lib/zonedDay.js';
import { DAY_MS, describeInstant, formatIsoDay, instantFrom, isDateOnly } from '../_lib/date.js';
import type { AsOf } from '../model/AsOf.js';
import type { Csr } from '../core/csr.js';
import { IdMap } from '../core/IdMap.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import { requireLists, requirePillars } from '../core/compile.js';
import { describeValue } from '../_lib/quote.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { SokrError } from '../model/SokrError.js';
import { danglingReferenceIssue, idKindOfNoun } from '../model/issueMessages.js';
import { quote } from '../_lib/quote.js';
import type {
  CheckIn,
  Cycle,
  Id,
  IsoDate,
  KeyResult,
  Measure,
  Objective,
  OkrSet,
  Unit,
} from '../model/types.js';
import { forecastOfSorted } from '../progress/forecast.js';
import { keyResultWindow } from '../progress/keyResultWindow.js';
import { resolveBaseline } from '../progress/resolveBaseline.js';
import type { TimedCheckIn } from '../progress/sortedCheckIns.js';
import { numericValue } from './_figures.js';
import type { ReportForecast, ReportPoint } from './types.js';

/** The largest epoch ms a `Date` holds (±8.64e15, about 275,000 years either side of 1970). */
const MAX_DATE_MS = 8.64e15;
/** One week: the weekly report also writes the day one week before `asOf`. */
const REPORT_WEEK_MS = 604_800_000;

/**
 * Epoch ms of `asOf`; throws `invalid_date` at `[name]` for anything that is
 * not an instant, or an instant a report cannot write back as a date: outside
 * what a `Date` holds, with `earliestShift` ms before it (default one week, as
 * the weekly report writes the previous week's day).
 */
export function instantOf(
  value: AsOf | undefined,
  name: string,
  earliestShift = REPORT_WEEK_MS,
): number {
  const ms = instantFrom(value);
  if (ms === undefined) {
    throw new SokrError([
      {
        path: [name],
        code: 'invalid_date',
        message: `${name} must be an ISO-8601 date, epoch milliseconds or a valid Date; got ${quoteInstant(value)}.`,
      },
    ]);
  }
  if (ms > MAX_DATE_MS || ms - earliestShift < -MAX_DATE_MS) {
    throw new SokrError([
      {
        path: [name],
        code: 'invalid_date',
        message: `${name} must be an instant a Date can hold, one week before it included (within ±8.64e15 ms of 1970); got ${quoteInstant(value)}.`,
      },
    ]);
  }
  return ms;
}

/** Quotes a bad instant for a message; a bigint or a symbol (which JSON cannot write) by its kind. */
function quoteInstant(value: unknown): string {
  if (typeof value === 'bigint') return `the bigint ${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  return describeInstant(value);
}

/** Throws `invalid_type` at `[]` unless `options` is an object (a report's options carry `asOf`). */
export function checkOptions(options: unknown, fn: string, known: readonly string[]): void {
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    // A misspelt option is refused with a suggestion, never read as the default.
    checkOptionKeys(options, known);
    return;
  }
  throw new SokrError([
    {
      path: [],
      code: 'invalid_type',
      message: `${fn} takes an options object with asOf; got ${describeValue(options)}.`,
    },
  ]);
}

/** What an id option names, for its message: `unitId` → a unit, `ownerId` → a person. */
const ID_NOUN: Readonly<Record<string, string>> = {
  unitId: 'unit',
  ownerId: 'person',
  cycleId: 'cycle',
};

/** Throws `invalid_type` at `[name]` unless `value` is a string id (or `undefined` when optional). */
export function checkIdOption(value: unknown, name: string, required: boolean): void {
  if (typeof value === 'string' || (!required && value === undefined)) return;
  const noun = ID_NOUN[name] ?? name.replace(/Id$/, '');
  throw new SokrError([
    {
      path: [name],
      code: 'invalid_type',
      message: `${name} must be ${required ? 'the' : 'a'} string id of a ${noun}; got ${describeValue(value)}.`,
    },
  ]);
}

/**
 * Throws `invalid_type` at `[name]` for each of the scoring switches passed to
 * the rollup that is present but not a boolean (`clamp: 'no'` would read as
 * true, `includeChildren: 'yes'` as false), and `invalid_value` at
 * `['pending']` for anything but `'zero'`, `'exclude'` or absent.
 */
export function checkScoringOptions(options: {
  clamp?: unknown;
  includeChildren?: unknown;
  pending?: unknown;
}): void {
  for (const name of ['clamp', 'includeChildren'] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new SokrError([
        {
          path: [name],
          code: 'invalid_type',
          message: `${name} is true or false, got ${describeValue(value)}.`,
        },
      ]);
    }
  }
  const pending = options.pending;
  if (pending !== undefined && pending !== 'zero' && pending !== 'exclude') {
    throw new SokrError([
      {
        path: ['pending'],
        code: 'invalid_value',
        message: `pending is 'zero' or 'exclude', got ${describeValue(pending)}.`,
      },
    ]);
  }
}

/** `ms` shifted back by `days`, written like `like` (a calendar day stays a calendar day). */
export function shiftText(like: AsOf, ms: number): IsoDate {
  if (typeof like === 'string' && isDateOnly(like)) return formatIsoDay(ms);
  return new Date(ms).toISOString();
}

/** Throws `dangling_reference` at `[name]`. */
export function unknownRef(name: string, id: string, what: string): SokrError {
  const kind = idKindOfNoun(what);
  return new SokrError([
    kind === undefined
      ? { path: [name], code: 'dangling_reference', message: `no ${what} has id ${quote(id)}` }
      : danglingReferenceIssue([name], kind, id),
  ]);
}

/** A lookup by id (a Map, or a view of the graph). */
export interface Lookup<T> {
  get(id: Id): T | undefined;
  has(id: Id): boolean;
}

/** Lookups of one set: views of its graph, built once per graph. */
export interface ReportContext {
  set: OkrSet;
  graph: OkrGraph;
  people: Map<Id, string>;
  units: Lookup<Unit>;
  cycles: Lookup<Cycle>;
  keyResultsById: Lookup<KeyResult>;
  /** Key results of an objective, in set order. */
  keyResultsOf: Lookup<KeyResult[]>;
  objectives: Lookup<Objective>;
  /** Epoch ms of a check-in's `at`, parsed once per distinct string (NaN: not a date). */
  time(checkIn: CheckIn): number;
}

/** A lookup of the items of a CSR range by the id of the group. */
function groupLookup<T>(
  items: readonly T[],
  csr: Csr,
  positionOf: ReadonlyMap<Id, number>,
): Lookup<T[]> {
  return {
    get(id) {
      const at = positionOf.get(id);
      if (at === undefined) return undefined;
      const from = csr.start[at]!;
      const to = csr.start[at + 1]!;
      if (from === to) return undefined;
      const list: T[] = new Array(to - from);
      for (let i = from; i < to; i++) list[i - from] = items[csr.list[i]!]!;
      return list;
    },
    has: (id) => positionOf.has(id),
  };
}

/**
 * Throws `invalid_type` unless the set has every list a report reads (and
 * `strategy.pillars`): `compile` lets a list be absent, the reports need a
 * parsed set, where each is present.
 */
function checkReportShape(set: OkrSet): void {
  requireLists(
    set,
    ['units', 'people', 'cycles', 'objectives', 'keyResults', 'checkIns', 'dependencies'],
    'A report',
  );
  requirePillars(set, 'A report');
}

/** The report lookups of a graph (memoized on it, so both reports and both instants share them). */
export function buildContext(graph: OkrGraph): ReportContext {
  const hit = graph.memo.get('reportContext') as ReportContext | undefined;
  if (hit !== undefined) return hit;
  const set = graph.set;
  checkReportShape(set);
  const people = new Map<Id, string>();
  for (const p of set.people) if (!people.has(p.id)) people.set(p.id, p.name);
  const ctx: ReportContext = {
    set,
    graph,
    people,
    units: new IdMap(set.units, graph.unitOf),
    cycles: new IdMap(set.cycles, graph.cycleOf),
    keyResultsById: new IdMap(set.keyResults, graph.keyResultOf),
    keyResultsOf: groupLookup(set.keyResults, graph.keyResultsOf, graph.objectiveOf),
    objectives: new IdMap(set.objectives, graph.objectiveOf),
    time: (c) => graph.instant(c.at),
  };
  graph.memo.set('reportContext', ctx);
  return ctx;
}

/** Units in tree order (depth first, children in set order) below `rootId`, or the whole forest. */
export function unitsInTreeOrder(
  ctx: ReportContext,
  rootId?: Id,
): Array<{ unit: Unit; depth: number }> {
  const children = new Map<Id, Unit[]>();
  const roots: Unit[] = [];
  for (const u of ctx.set.units) {
    if (u.parentId !== undefined && ctx.units.has(u.parentId) && u.parentId !== u.id) {
      const list = children.get(u.parentId);
      if (list === undefined) children.set(u.parentId, [u]);
      else list.push(u);
    } else roots.push(u);
  }
  const start =
    rootId === undefined
      ? roots
      : [ctx.units.get(rootId)].filter((u): u is Unit => u !== undefined);
  const out: Array<{ unit: Unit; depth: number }> = [];
  const seen = new Set<Id>();
  const stack: Array<{ unit: Unit; depth: number }> = start
    .map((unit) => ({ unit, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (seen.has(top.unit.id)) continue;
    seen.add(top.unit.id);
    out.push(top);
    const kids = children.get(top.unit.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i]!, depth: top.depth + 1 });
  }
  return out;
}

/** The window of a key result as days and instants. */
export interface WindowDays {
  start: IsoDate;
  end: IsoDate;
  startMs: number;
  endMs: number;
  /** `{ start, end }`, frozen: one value shared by the entries of every key result with this window. */
  days: { readonly start: IsoDate; readonly end: IsoDate };
}

/**
 * The first and last day of a key result's window (`keyResultWindow`) in the
 * set's `zone` (callers share one per window of the graph).
 */
export function windowDays(kr: KeyResult, cycle: Cycle, zone = 'UTC'): WindowDays {
  const w = keyResultWindow(kr, cycle, { timeZone: zone });
  const start = zonedIsoDay(w.start, zone);
  const end = zonedIsoDay(Math.max(w.start, w.end - 1), zone);
  const out = {
    start,
    end,
    startMs: w.start,
    endMs: w.end,
    days: Object.freeze({ start, end }),
  };
  return out;
}

/**
 * A key result's measure with a baseline (`start: null`) filled from its first
 * check-in in its window, as the rollup counts check-ins (`resolveBaseline`).
 */
export function resolvedMeasure(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  window: WindowDays,
  zone: string,
): Measure {
  return resolveBaseline(kr.measure, checkIns, { timeZone: zone, from: window.startMs });
}

/**
 * The score and value at each check-in from the window start up to `asOfMs`
 * (the burn-up series): the points `checkInSeries` gives (a check-in in the
 * range, the later of two at one instant), with the check-in's own value in
 * the measure's unit — one object per point, in an array of its exact length.
 */
export function scoreSeries(
  history: readonly TimedCheckIn[],
  window: WindowDays,
  asOfMs: number,
  clamp: boolean,
  measure: Measure,
): ReportPoint[] {
  if (history.length === 0) return [];
  const from = Math.min(window.startMs, asOfMs);
  const toEnd = asOfMs + 1;
  const shown = (i: number): boolean => {
    const h = history[i]!;
    if (h.at < from || h.at >= toEnd) return false;
    return !(i + 1 < history.length && history[i + 1]!.at === h.at); // the later one wins
  };
  // Counted first: the series is held by the report, so it is made at its exact length.
  let n = 0;
  for (let i = 0; i < history.length; i++) if (shown(i)) n++;
  const out = new Array<ReportPoint>(n);
  n = 0;
  for (let i = 0; i < history.length; i++) {
    if (!shown(i)) continue;
    const h = history[i]!;
    out[n++] = {
      at: h.checkIn.at,
      score: clamp ? Math.min(1, Math.max(0, h.score)) : h.score,
      value: numericValue(measure, h.checkIn.value),
    };
  }
  return out;
}

/** The forecast of a key result with at least one check-in by `asOfMs`; `null` otherwise. */
export function reportForecast(
  history: readonly TimedCheckIn[],
  window: WindowDays,
  asOfMs: number,
  clamp: boolean,
  zone: string,
): ReportForecast | null {
  if (history.length === 0) return null;
  const f = forecastOfSorted({ start: window.startMs, end: window.endMs }, history, asOfMs, clamp);
  if (f.points.length === 0) return null;
  // No finite fit (scores near the float range overflow it): no forecast, never NaN, and no
  // target day read off a broken line.
  if (!Number.isFinite(f.projectedScore) || !Number.isFinite(f.slopePerDay)) return null;
  // A line that crossed the target before asOf while the latest score is below
  // it is falling (it started above the target, as a threshold held, then
  // breached): it reaches nothing ahead.
  const reach = f.reachesTargetAt;
  const below = f.points[f.points.length - 1]!.score + 1e-9 < 1;
  // asOf's calendar day in the set's zone, as the report shows it (asOfDay).
  const past = reach !== null && below && reach < zonedIsoDay(asOfMs, zone);
  return {
    score: f.projectedScore,
    at: window.end,
    reachesTargetAt: reach !== null && !past && reach <= window.end ? reach : null,
  };
}

/** True when `asOfMs` lies in the cycle (first day inclusive, last day inclusive; days in `zone`). */
export function cycleRunning(cycle: Cycle, asOfMs: number, zone = 'UTC'): boolean {
  const start = zonedInstant(cycle.start, zone);
  const end = zonedEnd(cycle.end, zone);
  return start !== undefined && end !== undefined && start <= asOfMs && asOfMs < end;
}

export { DAY_MS };
