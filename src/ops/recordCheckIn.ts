import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { CheckIn, CheckInValue, Id, IsoDate, OkrSet } from '../model/types.js';
import { quote } from '../_lib/quote.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';
import { checkCheckInFields } from './_checkInRules.js';
import { type IdIndex, indexOfId } from './_lookups.js';
import { checkExists, checkFreeId, checkIdField, fail, issue } from './_inputChecks.js';
import { type InternalOptions, appendCommand, withoutUndefined } from './_writes.js';
import { runCommand } from './_runCommand.js';
import { addShapeIssues } from './_validate.js';

/** Input of {@link recordCheckIn}: a check-in whose `id` may be left out. */
export interface RecordCheckInInput {
  /** Defaults to `<keyResultId>@<at>` (with `#2`, `#3`… appended when taken). */
  id?: Id;
  keyResultId: Id;
  at: IsoDate;
  value: CheckInValue;
  confidence?: number;
  moved?: string;
  blocked?: string;
  next?: string;
  authorId?: Id;
}

/**
 * Records a check-in on a key result (the weekly Deliver rhythm).
 *
 * Refused (nothing changes) when the key result does not exist
 * (`dangling_reference` at `['keyResultId']`), the value does not fit the
 * measure (`value_mismatch` at `['value']`), `at` is not a date
 * (`invalid_date`) or lies outside the key result's cycle (`date_order` at
 * `['at']`), the author is unknown, the id is taken (`duplicate_id`), or the
 * key result's objective is closed (`invalid_state` at `['keyResultId']`:
 * `reopen` it first).
 *
 * @param set - The OKR set (not modified).
 * @param input - The check-in.
 * @param options - {@link CommandOptions}.
 * @returns The next set with the check-in appended to `checkIns`, and patches.
 * @example
 * ```ts
 * import { recordCheckIn } from 'sokr';
 * declare let set: import('sokr').OkrSet;
 * const result = recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40, confidence: 7 });
 * if (result.ok) set = result.set;
 * ```
 */
export function recordCheckIn(
  set: OkrSet | CompiledOkrSet,
  input: RecordCheckInInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('recordCheckIn', set, input, options, recordCheckInChecked);
}

/** {@link recordCheckIn} once `runCommand` has checked its arguments. */
function recordCheckInChecked(
  set: OkrSet,
  input: RecordCheckInInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  const index = (options as InternalOptions | undefined)?.index;
  const keyResultId = checkIdField(input, 'keyResultId', issues);
  const krIndex =
    keyResultId === ''
      ? -1
      : checkExists(set.keyResults, keyResultId, ['keyResultId'], 'key result', issues, index);
  if (!('value' in input)) issues.push(issue(['value'], 'missing', 'value is required.'));
  if (!('at' in input)) issues.push(issue(['at'], 'missing', 'at is required.'));
  const kr = set.keyResults[krIndex];
  checkCheckInFields(set, kr, input as unknown as Record<string, unknown>, [], issues, index, {
    path: ['keyResultId'],
    doing: `recording a check-in on key result ${quote(keyResultId)}`,
  });
  let id = input.id;
  if (id === undefined) {
    if (issues.length === 0) id = freeCheckInId(set, `${keyResultId}@${input.at}`, index);
  } else if (typeof id !== 'string' || id === '')
    issues.push(issue(['id'], 'invalid_type', 'id must be a non-empty string.'));
  else checkFreeId(set.checkIns, id, ['id'], 'check-in', issues, index);
  const value = Array.isArray(input.value) ? [...input.value] : input.value;
  const checkIn = withoutUndefined({ ...input, id: id ?? '', value }) as CheckIn;
  addShapeIssues(issues, 'checkIn', checkIn, input as unknown as Record<string, unknown>);
  if (issues.length > 0) return fail(issues);
  return appendCommand(set, 'recordCheckIn', input, options, { checkIns: [checkIn] });
}

function freeCheckInId(set: OkrSet, base: string, index: IdIndex | undefined): string {
  if (indexOfId(set.checkIns, base, index) < 0) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}#${n}`;
    if (indexOfId(set.checkIns, candidate, index) < 0) return candidate;
  }
}
