import { quote } from '../_lib/quote.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Issue } from '../model/issue.js';
import type { CheckInValue, Id, IsoDate, OkrSet } from '../model/types.js';
import { checkChangedKeys, mergeChanges, produceChanges, readChanges } from './_changes.js';
import { checkCheckInFields } from './_checkInRules.js';
import { indexOfId } from './_lookups.js';
import { checkIdReference, fail, issue } from './_inputChecks.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { addShapeIssues, checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** The fields of a check-in {@link editCheckIn} may change. `undefined` removes an optional field. */
export interface CheckInChanges {
  at?: IsoDate;
  value?: CheckInValue;
  confidence?: number | undefined;
  moved?: string | undefined;
  blocked?: string | undefined;
  next?: string | undefined;
  authorId?: Id | undefined;
}

/** Input of {@link editCheckIn}. */
export interface EditCheckInInput {
  checkInId: Id;
  changes: CheckInChanges;
}

const EDITABLE = new Set(['at', 'value', 'confidence', 'moved', 'blocked', 'next', 'authorId']);

/**
 * Corrects a recorded check-in (a typo in the value, the wrong day). The same
 * rules as {@link recordCheckIn} apply to the edited check-in; issue paths
 * start at `['changes', field]`. `id` and `keyResultId` cannot change
 * (remove the check-in and record a new one). A check-in of a closed
 * objective's key result is refused (`invalid_state` at `['checkInId']`).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ checkInId, changes }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { editCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = editCheckIn(set, { checkInId: 'kr1@2026-01-12', changes: { value: 42 } });
 * ```
 */
export function editCheckIn(
  set: OkrSet | CompiledOkrSet,
  input: EditCheckInInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('editCheckIn', set, input, options, editCheckInChecked);
}

/** {@link editCheckIn} once `runCommand` has checked its arguments. */
function editCheckInChecked(
  set: OkrSet,
  input: EditCheckInInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['checkInId', 'changes'], issues);
  const { index } = checkIdReference(input, 'checkInId', set.checkIns, 'check-in', issues);
  const changes = readChanges(input.changes, 'check-in', issues);
  if (changes === undefined) return fail(issues);
  checkChangedKeys(changes, EDITABLE, 'cannot be edited', issues);
  if ('at' in changes && changes.at === undefined)
    issues.push(issue(['changes', 'at'], 'missing', 'at cannot be removed.'));
  const current = set.checkIns[index];
  if (current === undefined) return fail(issues);
  const kr = set.keyResults[indexOfId(set.keyResults, current.keyResultId)];
  checkCheckInFields(set, kr, changes, ['changes'], issues, undefined, {
    path: ['checkInId'],
    doing: `editing check-in ${quote(current.id)}`,
  });
  const merged = mergeChanges(current, changes, (value) =>
    Array.isArray(value) ? [...value] : value,
  );
  addShapeIssues(issues, 'checkIn', merged, changes, ['changes']);
  if (issues.length > 0) return fail(issues);
  return produceChanges(set, 'editCheckIn', input, options, 'checkIns', index, changes, merged);
}
