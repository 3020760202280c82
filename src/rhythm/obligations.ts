import { instantFrom } from '../_lib/date.js';
import { DEFAULT_TIME_ZONE, zonedAsOf } from '../_lib/zonedDay.js';
import { describeValue } from '../_lib/quote.js';
import {
  type CompiledOkrSet,
  graphOf,
  readingSet,
  requireLists,
  ruleLists,
} from '../core/compile.js';
import { SokrError } from '../model/SokrError.js';
import { csrOf } from '../core/csr.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Id, OkrSet } from '../model/types.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { checkStatusPolicy, defaultStatusPolicy } from '../progress/statusPolicy.js';
import {
  approvalObligations,
  checkInObligations,
  dependencyObligations,
  initiativeObligations,
  reviewObligations,
} from './_collect.js';
import { Collected, type RhythmSettings, zonedSettings } from './_context.js';
import type { Obligation, Obligations, ObligationsOptions } from './types.js';

/** The options `obligations` takes (any other name is a typo, refused). */
const OBLIGATIONS_OPTIONS: readonly string[] = [
  'asOf',
  'statusPolicy',
  'horizonDays',
  'graceDays',
  'escalationLevels',
];

/** The largest epoch ms a `Date` holds. */
const MAX_DATE_MS = 8.64e15;

/**
 * What each person owes at `asOf` — the weekly rhythm as data:
 *
 * - **check-in**: every key result of an `active` objective whose window is
 *   open owes its next check-in one cadence (`statusPolicy.cadenceDays`, 7)
 *   after its latest check-in in the window at or before `asOf` (after the
 *   window start when it has none) and at the latest on the window's last
 *   day, owed by the key result's owner (a window that closed before its
 *   cycle's end without any check-in keeps owing one while the cycle runs);
 * - **approval**: a `proposed` objective waits for the lead of the nearest
 *   unit above its unit that has a lead other than the objective's owner
 *   (the root unit's own lead for a root objective), due by its cycle's start;
 * - **dependency**: a `proposed` dependency waits for the owner of the key
 *   result or objective it is `on` (else that objective's unit lead), due by
 *   the start of the dependent objective's cycle;
 * - **initiative**: an initiative not `done` with a `due` day, owed by its
 *   owner (else the key result's owner);
 * - **review**: on a cycle's last day, each owner of objectives still
 *   `approved` or `active` there owes their review (grade and close), an
 *   objective without an owner falling to its unit lead.
 *
 * Check-ins, initiatives and reviews are listed once due within
 * `horizonDays` (7) of `asOf` or overdue; approvals and dependencies while
 * they wait. A due day is met by the end of that day in the set's time zone;
 * days late and the horizon are calendar days there (whatever the hour of `asOf`). An overdue obligation
 * escalates one level per `graceDays` (7) days late, up to
 * `escalationLevels` (2): `escalatedTo` lists the leads of the owner's unit
 * (the unit of the thing owed when the owner has none) and the units above
 * it, nearest first, skipping units without a lead; an owner who leads a
 * unit on the way up escalates from above the highest unit they lead.
 *
 * Reads the compiled graph (positions, the unit forest, check-ins by binary
 * search) once: linear in the size of the set, plus sorting the entries.
 *
 * @param input - a structurally valid OKR set, or a compiled set (`compile`).
 * @param options - `asOf` (required), cadence, horizon, grace and levels.
 * @returns the {@link Obligations}, entries ordered by person (people in set order, then unknown ids, `null` last), due date, kind and main id.
 * @throws {@link SokrError} `invalid_date` at `['asOf']`, `invalid_value` at
 *   `['horizonDays']`, `['graceDays']`, `['escalationLevels']` or
 *   `['statusPolicy', 'cadenceDays']`, `invalid_type` at `[]` for options or
 *   a set that are not what they should be, `unknown_key` (with a suggestion)
 *   for an option or a status policy field it does not know.
 * @example
 * ```ts
 * import { obligations } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const { entries } = obligations(set, { asOf: '2026-02-16' });
 * for (const e of entries) console.log(e.personId, e.kind, e.ids[0], e.dueAt, e.escalatedTo);
 * ```
 */
export function obligations(
  input: OkrSet | CompiledOkrSet,
  options: ObligationsOptions,
): Obligations {
  return readingSet('obligations', () => {
    const settings = settingsOf(options);
    const graph = graphOf(input);
    requireLists(graph.set, ruleLists(), 'obligations');
    // A calendar day or wall-clock asOf is read in the set's time zone.
    const zone = graph.timeZone;
    let local = settings;
    if (typeof options.asOf === 'string' && zone !== DEFAULT_TIME_ZONE) {
      const ms = zonedAsOf(options.asOf, zone);
      if (ms !== undefined) local = { ...settings, asOfMs: ms };
    }
    const zoned = zonedSettings(local, zone);
    const out = new Collected(graph, zoned);
    checkInObligations(graph, zoned, out);
    approvalObligations(graph, zoned, out);
    dependencyObligations(graph, zoned, out);
    initiativeObligations(graph, zoned, out);
    reviewObligations(graph, zoned, out);
    const entries = sortObligations(graph, out);
    return {
      asOf:
        typeof options.asOf === 'string' ? options.asOf : new Date(settings.asOfMs).toISOString(),
      cadenceDays: settings.cadenceDays,
      entries,
    };
  });
}

/**
 * Orders the entries by person — people in the order of `set.people`, then
 * ids not in `people` by id, then `null` — with a counting sort, and within
 * one person by due instant, kind and main id (ties keep collection order).
 */
function sortObligations(graph: OkrGraph, out: Collected): Obligation[] {
  const { entries, dueMs, kindRank } = out;
  const n = entries.length;
  const people = graph.set.people.length;
  const strangers = new Map<Id, number>();
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = entries[i]!.personId;
    if (id === null) {
      rank[i] = -2;
      continue;
    }
    const p = out.personAt[i]!;
    if (p >= 0) rank[i] = p;
    else {
      rank[i] = -1;
      strangers.set(id, 0);
    }
  }
  const unknown = [...strangers.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < unknown.length; i++) strangers.set(unknown[i]!, people + i);
  const groups = people + unknown.length + 1;
  for (let i = 0; i < n; i++) {
    if (rank[i] === -2) rank[i] = groups - 1;
    else if (rank[i] === -1) rank[i] = strangers.get(entries[i]!.personId!)!;
  }
  const { start, list } = csrOf(rank, groups);
  const sorted: Obligation[] = new Array(n);
  const before = (a: number, b: number): boolean => {
    if (dueMs[a] !== dueMs[b]) return dueMs[a]! < dueMs[b]!;
    const ka = kindRank[a]!;
    const kb = kindRank[b]!;
    if (ka !== kb) return ka < kb;
    const ia = entries[a]!.ids[0]!;
    const ib = entries[b]!.ids[0]!;
    if (ia !== ib) return ia < ib;
    return a < b;
  };
  for (let g = 0; g < groups; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    if (to - from > 16) {
      const range = Array.from(list.subarray(from, to));
      range.sort((a, b) => (before(a, b) ? -1 : 1));
      list.set(range, from);
      continue;
    }
    // Insertion sort: one person owes a handful of things.
    for (let i = from + 1; i < to; i++) {
      const item = list[i]!;
      let j = i - 1;
      while (j >= from && before(item, list[j]!)) {
        list[j + 1] = list[j]!;
        j--;
      }
      list[j + 1] = item;
    }
  }
  for (let i = 0; i < n; i++) sorted[i] = entries[list[i]!]!;
  return sorted;
}

function invalid(path: string[], message: string): SokrError {
  return new SokrError([{ path, code: 'invalid_value', message }]);
}

/** A number option: absent → `fallback`; else finite, ≥ 0 (and whole when asked). */
function count(
  value: unknown,
  path: string[],
  fallback: number,
  whole: boolean,
  positive = false,
): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (positive && value === 0) ||
    (whole && !Number.isInteger(value))
  ) {
    throw invalid(
      path,
      `${path.join('.')} must be a ${whole ? 'whole ' : ''}number ${positive ? 'above' : 'of at least'} 0, got ${describeValue(value)}.`,
    );
  }
  return value;
}

function settingsOf(options: ObligationsOptions): RhythmSettings {
  if (typeof options !== 'object' || options === null) {
    throw new SokrError([
      {
        path: [],
        code: 'invalid_type',
        message: `obligations takes an options object { asOf, … }, got ${describeValue(options)}.`,
      },
    ]);
  }
  checkOptionKeys(options, OBLIGATIONS_OPTIONS);
  const asOfMs = instantFrom(options.asOf);
  if (asOfMs === undefined || Math.abs(asOfMs) > MAX_DATE_MS) {
    throw new SokrError([
      {
        path: ['asOf'],
        code: 'invalid_date',
        message: `asOf must be an ISO-8601 date, epoch milliseconds or a valid Date; got ${describeValue(options.asOf)}.`,
      },
    ]);
  }
  // The status policy gets the one check every function taking one makes (unknown
  // fields refused with a suggestion, as in rollup and the reports).
  const cadenceDays =
    checkStatusPolicy(options.statusPolicy, ['statusPolicy']).cadenceDays ??
    defaultStatusPolicy.cadenceDays;
  const horizonDays = count(options.horizonDays, ['horizonDays'], 7, false);
  return {
    asOfMs,
    cadenceDays,
    horizonDays,
    graceDays: count(options.graceDays, ['graceDays'], 7, false),
    escalationLevels: count(options.escalationLevels, ['escalationLevels'], 2, true),
  };
}
