/**
 * Private to the report layer: the one check of a reminder renderer's
 * arguments (`reminderMarkdown`, `reminderSlackPayload`, `reminderData`) and
 * of the entries `personDigests` groups, so that a digest, an entry or
 * options that are not what `personDigests` and `obligations` give are
 * refused with a {@link SokrError} naming the path, not a `TypeError` from
 * inside or a line that reads wrong ("-5 days late", `key result ""`). Also
 * the names and titles the renderers print, read safely from a set that was
 * never parsed.
 *
 * @module
 */
import { instantFrom } from '../_lib/date.js';
import { describeValue } from '../_lib/quote.js';
import { zonedAsOf, zonedIsoDay } from '../_lib/zonedDay.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Issue, Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type { ObligationKind } from '../rhythm/types.js';
import { type ObligationNames, obligationNames } from './_obligationText.js';

/**
 * The ids an entry of each kind names, at least (the main one first):
 * check-in `[keyResult, objective]`, approval `[objective]`, dependency
 * `[dependency, from, on]`, initiative `[initiative, keyResult]`, review
 * `[cycle, …objectives]`.
 */
const MIN_IDS: Readonly<Record<ObligationKind, number>> = {
  'check-in': 2,
  approval: 1,
  dependency: 3,
  initiative: 2,
  review: 1,
};
const KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'check-in',
  'approval',
  'dependency',
  'initiative',
  'review',
]);
/** Dates a reminder can name: the years 0000–9999, as ISO days. */
const MAX_MS = 253402300799999;
const MIN_MS = -62167219200000;
/** Issues listed at most for one list of entries. */
const MAX_ISSUES = 10;

function fail(issues: Issue[]): never {
  throw new SokrError(issues);
}

/**
 * The problem of one obligation entry at `path` (at most one: the first), or
 * `undefined` for an entry the renderers can word: a known `kind` with the
 * ids it names (non-empty strings), `escalatedTo` person ids, a `dueAt` that
 * is an ISO date or date-time, a boolean `overdue`, and `daysLate` a whole
 * number of days, at least 0 (0 when not overdue), `personId` an id or `null`.
 */
export function entryIssue(e: unknown, path: Path): Issue | undefined {
  if (typeof e !== 'object' || e === null || Array.isArray(e))
    return {
      path,
      code: 'invalid_type',
      message: `An obligation is an object, got ${describeValue(e)}.`,
    };
  const x = e as Record<string, unknown>;
  if (typeof x.kind !== 'string' || !KINDS.has(x.kind))
    return {
      path: [...path, 'kind'],
      code: 'invalid_value',
      message: `kind is one of check-in, approval, dependency, initiative, review; got ${describeValue(x.kind)}.`,
    };
  const ids = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');
  const least = MIN_IDS[x.kind as ObligationKind];
  if (!ids(x.ids) || (x.ids as unknown[]).length < least)
    return {
      path: [...path, 'ids'],
      code: 'invalid_type',
      message: `ids is a list of ids (non-empty strings), at least ${least} for a ${x.kind} (${IDS_OF[x.kind as ObligationKind]}); got ${describeValue(x.ids)}.`,
    };
  if (!ids(x.escalatedTo))
    return {
      path: [...path, 'escalatedTo'],
      code: 'invalid_type',
      message: 'escalatedTo is a list of person ids (non-empty strings).',
    };
  if (typeof x.dueAt !== 'string' || instantFrom(x.dueAt) === undefined)
    return {
      path: [...path, 'dueAt'],
      code: 'invalid_type',
      message: `dueAt is an ISO date, got ${describeValue(x.dueAt)}.`,
    };
  if (typeof x.overdue !== 'boolean')
    return {
      path: [...path, 'overdue'],
      code: 'invalid_type',
      message: `overdue is a boolean, got ${describeValue(x.overdue)}.`,
    };
  if (
    typeof x.daysLate !== 'number' ||
    !Number.isSafeInteger(x.daysLate) ||
    x.daysLate < 0 ||
    (!x.overdue && x.daysLate !== 0)
  )
    return {
      path: [...path, 'daysLate'],
      code: 'invalid_type',
      message: `daysLate is a whole number of days, at least 0 (0 when not overdue), got ${describeValue(x.daysLate)}.`,
    };
  if (x.personId !== null && (typeof x.personId !== 'string' || x.personId === ''))
    return {
      path: [...path, 'personId'],
      code: 'invalid_type',
      message: `personId is an id or null, got ${describeValue(x.personId)}.`,
    };
  return undefined;
}

/** What each kind's ids are, for messages. */
const IDS_OF: Readonly<Record<ObligationKind, string>> = {
  'check-in': 'key result, objective',
  approval: 'objective',
  dependency: 'dependency, from objective, on objective',
  initiative: 'initiative, key result',
  review: 'cycle, objectives',
};

/**
 * The problems of a list of obligation entries at `path` (the first
 * {@link MAX_ISSUES}), each by {@link entryIssue}; a hole of a sparse list is
 * an entry that is not an object.
 */
export function entriesIssues(entries: readonly unknown[], path: Path): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < entries.length && issues.length < MAX_ISSUES; i++) {
    const issue = entryIssue(entries[i], [...path, i]);
    if (issue !== undefined) issues.push(issue);
  }
  return issues;
}

/**
 * Text from a field of a set that was never parsed: a string as it is; a
 * number, bigint or boolean as the weekly report prints it (`42`); anything
 * else (a Symbol, an object, `null`) is `fallback` — the id, as for a thing
 * without a title.
 */
export function textOf(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return fallback;
}

/**
 * {@link obligationNames} whose names and titles are always strings: a set
 * that is valid in shape but was never parsed (a title of `42`, a Symbol) is
 * read as {@link textOf} reads it, never a `TypeError` from the escaping.
 */
export function reminderNames(graph: OkrGraph): ObligationNames {
  const names = obligationNames(graph);
  return {
    day: names.day,
    person: (id) => textOf(names.person(id), id ?? 'Unassigned'),
    title: (kind, id) => textOf(names.title(kind, id), id),
    cycleOfObjective: (id) => {
      const name = names.cycleOfObjective(id);
      return name === undefined ? undefined : textOf(name, '');
    },
    dependencySide: (id, side) => {
      const title = names.dependencySide(id, side);
      return title === undefined ? undefined : textOf(title, id);
    },
  };
}

/**
 * Checks a digest and the options of `renderer`; returns the reminder's day
 * (`YYYY-MM-DD`), `asOf` read in the set's time zone as `obligations` reads it.
 */
export function reminderDay(
  graph: OkrGraph,
  digest: unknown,
  options: unknown,
  renderer: string,
): string {
  if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
    fail([
      {
        path: ['digest'],
        code: 'invalid_type',
        message: `${renderer} renders one of personDigests' digests, got ${describeValue(digest)}.`,
      },
    ]);
  const d = digest as Record<string, unknown>;
  if (typeof d.name !== 'string')
    fail([
      {
        path: ['digest', 'name'],
        code: 'invalid_type',
        message: `A digest's name is a string, got ${describeValue(d.name)}.`,
      },
    ]);
  const issues: Issue[] = [];
  for (const list of ['owes', 'escalated'] as const) {
    const entries = d[list];
    if (!Array.isArray(entries)) {
      issues.push({
        path: ['digest', list],
        code: 'invalid_type',
        message: `A digest's ${list} is a list of obligations, got ${describeValue(entries)}.`,
      });
      continue;
    }
    issues.push(...entriesIssues(entries, ['digest', list]));
  }
  if (issues.length > 0) fail(issues.slice(0, MAX_ISSUES));
  if (typeof options !== 'object' || options === null)
    fail([
      {
        path: ['options'],
        code: 'invalid_type',
        message: `${renderer} takes options { asOf } (the day of the reminder), got ${describeValue(options)}.`,
      },
    ]);
  const asOf = (options as { asOf?: unknown }).asOf;
  const ms = zonedAsOf(asOf, graph.timeZone);
  if (ms === undefined || ms > MAX_MS || ms < MIN_MS)
    fail([
      {
        path: ['options', 'asOf'],
        code: 'invalid_date',
        message: `asOf must be an ISO-8601 date, epoch milliseconds or a valid Date (Obligations.asOf); got ${describeValue(asOf)}.`,
      },
    ]);
  return zonedIsoDay(ms, graph.timeZone);
}
