/**
 * Private to the rhythm layer: the one check of an obligation entry, for
 * `personDigests` and the reminder renderers of the report layer, so that an
 * entry that is not what `obligations` gives is refused with an issue naming
 * its path, not a `TypeError` from inside or a line that reads wrong ("-5
 * days late", `key result ""`); and text read safely from a field of a set
 * that was never parsed.
 *
 * @module
 */
import { instantFrom } from '../_lib/date.js';
import { describeValue } from '../_lib/quote.js';
import type { Issue, Path } from '../model/issue.js';
import type { ObligationKind } from './types.js';

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
/** Issues listed at most for one list of entries. */
export const MAX_ISSUES = 10;

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
