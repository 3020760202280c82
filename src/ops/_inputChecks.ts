/**
 * Private: the input checks the commands share — issues and refusals, id
 * fields and the entities they name, references, dates, check-in values,
 * titles, closed objectives — and the catalogue's `duplicate_id` and
 * `dangling_reference` issues for entities named by their noun.
 *
 * @module
 */
import { parseIsoDate } from '../_lib/date.js';
import { closestMatch } from '../_lib/closestMatch.js';
import { quote } from '../_lib/quote.js';
import { valueMismatches } from '../model/valueFit.js';
import type { Issue, IssueCode, Path } from '../model/issue.js';
import {
  danglingReferenceIssue,
  didYouMean,
  duplicateIdIssue,
  idKindOfNoun,
} from '../model/issueMessages.js';
import type { CheckInValue, Measure, Objective, OkrRef, OkrSet } from '../model/types.js';
import { type IdIndex, indexOfId } from './_lookups.js';
import type { CommandFailure } from './CommandResult.js';

/** Builds one issue. */
export function issue(path: Path, code: IssueCode, message: string): Issue {
  return { path, code, message };
}

/** A refused command. */
export function fail(issues: Issue[]): CommandFailure {
  return { ok: false, issues };
}

/** True when the value is a plain (non-array) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Issue for a required string id field that is missing or not a non-empty string. */
export function checkIdField(
  input: Record<string, unknown>,
  field: string,
  issues: Issue[],
): string {
  const value = input[field];
  if (value === undefined) issues.push(issue([field], 'missing', `${field} is required.`));
  else if (typeof value !== 'string' || value === '')
    issues.push(issue([field], 'invalid_type', `${field} must be a non-empty string id.`));
  return typeof value === 'string' ? value : '';
}

/**
 * Checks a required id field that must name an entity of `list`: the issues
 * of {@link checkIdField}, then `dangling_reference` at `[field]` when a
 * well-formed id names nothing. Returns the id (`''` when not a string) and
 * its index (-1 when the id is not well formed or names nothing).
 */
export function checkIdReference(
  input: Record<string, unknown>,
  field: string,
  list: readonly { id: string }[],
  what: string,
  issues: Issue[],
): { id: string; index: number } {
  const id = checkIdField(input, field, issues);
  const index = id === '' ? -1 : indexOfId(list, id);
  if (id !== '' && index < 0) issues.push(danglingIssue([field], what, id, list));
  return { id, index };
}

/**
 * Pushes `invalid_state` at `path` when `objective` is closed: a closed
 * objective's score is final, so its check-ins, key results, targets and
 * weights change only after `reopen`. `doing` completes the message
 * "Objective "o1" is closed: reopen it before …".
 *
 * @example
 * ```ts
 * import type { Issue, KeyResult, OkrSet } from 'sokr';
 * import { checkNotClosed } from './_inputChecks.js';
 * import { objectiveOf } from './_lookups.js';
 * declare const set: OkrSet, kr: KeyResult | undefined;
 * const issues: Issue[] = [];
 * checkNotClosed(objectiveOf(set, kr), ['keyResultId'], 'recording a check-in', issues);
 * ```
 */
export function checkNotClosed(
  objective: Objective | undefined,
  path: Path,
  doing: string,
  issues: Issue[],
): void {
  if (objective?.state === 'closed')
    issues.push(
      issue(
        path,
        'invalid_state',
        `Objective ${quote(objective.id)} is closed: reopen it before ${doing}.`,
      ),
    );
}

/** Checks an ISO date field; pushes `invalid_date` and returns undefined when it is not one. */
export function checkDate(value: unknown, path: Path, issues: Issue[]): number | undefined {
  const ms = parseIsoDate(value);
  if (ms === undefined) {
    issues.push(
      issue(
        path,
        typeof value === 'string' ? 'invalid_date' : 'invalid_type',
        `${String(path[path.length - 1])} must be an ISO-8601 date such as 2026-03-31 (got ${JSON.stringify(value)}).`,
      ),
    );
  }
  return ms;
}

/** Checks that a check-in value fits its key result's measure; pushes `value_mismatch` issues. */
export function checkValueFits(
  measure: Measure,
  value: CheckInValue,
  path: Path,
  issues: Issue[],
): void {
  for (const m of valueMismatches(measure, value)) {
    issues.push(issue([...path, ...m.path], 'value_mismatch', m.message));
  }
}

/** Resolves a reference to an objective or key result; pushes `dangling_reference` when missing. */
export function checkRef(
  set: OkrSet,
  ref: unknown,
  path: Path,
  issues: Issue[],
): OkrRef | undefined {
  if (!isRecord(ref)) {
    issues.push(issue(path, 'invalid_type', 'Expected { objectiveId } or { keyResultId }.'));
    return undefined;
  }
  const hasO = 'objectiveId' in ref;
  const hasK = 'keyResultId' in ref;
  if (hasO === hasK || Object.keys(ref).length !== 1) {
    issues.push(
      issue(path, 'invalid_value', 'Expected exactly one of objectiveId or keyResultId.'),
    );
    return undefined;
  }
  const key = hasO ? 'objectiveId' : 'keyResultId';
  const id = ref[key];
  if (typeof id !== 'string' || id === '') {
    issues.push(issue([...path, key], 'invalid_type', `${key} must be a non-empty string id.`));
    return undefined;
  }
  const list = hasO ? set.objectives : set.keyResults;
  if (indexOfId(list, id) < 0) {
    issues.push(danglingIssue([...path, key], hasO ? 'objective' : 'key result', id, list));
    return undefined;
  }
  return hasO ? { objectiveId: id } : { keyResultId: id };
}

/**
 * Checks the texts every objective and key result has: `title`, when present,
 * a non-empty string; `description`, when set, a string (`invalid_type` at
 * `[...prefix, field]`).
 */
export function checkTitleAndDescription(
  fields: Record<string, unknown>,
  prefix: Path,
  issues: Issue[],
): void {
  if ('title' in fields && (typeof fields.title !== 'string' || fields.title.trim() === ''))
    issues.push(issue([...prefix, 'title'], 'invalid_type', 'title must be a non-empty string.'));
  if (fields.description !== undefined && typeof fields.description !== 'string')
    issues.push(issue([...prefix, 'description'], 'invalid_type', 'description must be a string.'));
}

/** Pushes a dangling_reference issue when `id` is not in `list`. */
export function checkExists(
  list: readonly { id: string }[],
  id: string,
  path: Path,
  what: string,
  issues: Issue[],
  index?: IdIndex,
): number {
  const i = indexOfId(list, id, index);
  if (i < 0 && id !== '') issues.push(danglingIssue(path, what, id, list));
  return i;
}

/** Pushes a duplicate_id issue when `id` is already taken in `list`. */
export function checkFreeId(
  list: readonly { id: string }[],
  id: string,
  path: Path,
  what: string,
  issues: Issue[],
  index?: IdIndex,
): void {
  if (id !== '' && indexOfId(list, id, index) >= 0) issues.push(duplicateIssue(path, what, id));
}

/** The catalogue's `duplicate_id` issue for an entity named by its noun (`'key result'`). */
export function duplicateIssue(path: Path, what: string, id: string): Issue {
  const kind = idKindOfNoun(what);
  return kind === undefined
    ? issue(path, 'duplicate_id', `${what} id ${quote(id)} is used twice`)
    : duplicateIdIssue(path, kind, id);
}

/**
 * The catalogue's `dangling_reference` issue for an entity named by its noun,
 * with the closest id of `list` as suggestion (lists of a command's set are
 * scanned once, on failure only).
 */
export function danglingIssue(
  path: Path,
  what: string,
  id: string,
  list: readonly { id: string }[],
): Issue {
  const kind = idKindOfNoun(what);
  const suggestion = closestMatch(id, idsOf(list));
  return kind === undefined
    ? issue(path, 'dangling_reference', `no ${what} has id ${quote(id)}${didYouMean(suggestion)}`)
    : danglingReferenceIssue(path, kind, id, suggestion);
}

function* idsOf(list: readonly { id: string }[]): Generator<string> {
  for (const item of list) if (typeof item?.id === 'string') yield item.id;
}
