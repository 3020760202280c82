/**
 * Private to the report layer: the one check of a reminder renderer's
 * arguments (`reminderMarkdown`, `reminderSlackPayload`), so that a digest or
 * options that are not what `personDigests` and `obligations` give are
 * refused with a {@link SokrError} naming the path, not a `TypeError` from
 * inside.
 *
 * @module
 */
import { instantFrom } from '../_lib/date.js';
import { describeValue } from '../_lib/quote.js';
import { zonedAsOf, zonedIsoDay } from '../_lib/zonedDay.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';

const KINDS = new Set(['check-in', 'approval', 'dependency', 'initiative', 'review']);
/** Dates a reminder can name: the years 0000–9999, as ISO days. */
const MAX_MS = 253402300799999;
const MIN_MS = -62167219200000;

function fail(issues: Issue[]): never {
  throw new SokrError(issues);
}

/** The problems of one obligation entry at `path` (at most one: the first). */
function entryIssue(e: unknown, path: (string | number)[]): Issue | undefined {
  if (typeof e !== 'object' || e === null)
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
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!strings(x.ids))
    return {
      path: [...path, 'ids'],
      code: 'invalid_type',
      message: 'ids is a list of ids (strings).',
    };
  if (!strings(x.escalatedTo))
    return {
      path: [...path, 'escalatedTo'],
      code: 'invalid_type',
      message: 'escalatedTo is a list of person ids (strings).',
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
  if (typeof x.daysLate !== 'number' || !Number.isFinite(x.daysLate))
    return {
      path: [...path, 'daysLate'],
      code: 'invalid_type',
      message: `daysLate is a finite number, got ${describeValue(x.daysLate)}.`,
    };
  if (x.personId !== null && typeof x.personId !== 'string')
    return {
      path: [...path, 'personId'],
      code: 'invalid_type',
      message: `personId is an id or null, got ${describeValue(x.personId)}.`,
    };
  return undefined;
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
  if (typeof digest !== 'object' || digest === null)
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
    for (let i = 0; i < entries.length && issues.length < 10; i++) {
      const issue = entryIssue(entries[i], ['digest', list, i]);
      if (issue !== undefined) issues.push(issue);
    }
  }
  if (issues.length > 0) fail(issues);
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
