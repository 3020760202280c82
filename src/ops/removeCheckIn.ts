import { quote } from '../_lib/quote.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Issue } from '../model/issue.js';
import type { Id, OkrSet } from '../model/types.js';
import { indexOfId, objectiveOf } from './_lookups.js';
import { checkIdReference, checkNotClosed, fail } from './_inputChecks.js';
import { type InternalOptions, produceCommand, removeIndices } from './_writes.js';
import { runCommand } from './_runCommand.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link removeCheckIn}. */
export interface RemoveCheckInInput {
  checkInId: Id;
}

/**
 * Removes a check-in (recorded by mistake). The patch is a single
 * `remove` at the check-in's index; the inverse patch puts it back.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ checkInId }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or `dangling_reference` at `['checkInId']`
 *   (`invalid_state` when the key result's objective is closed).
 * @example
 * ```ts
 * import { removeCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = removeCheckIn(set, { checkInId: 'kr1@2026-01-12' });
 * ```
 */
export function removeCheckIn(
  set: OkrSet | CompiledOkrSet,
  input: RemoveCheckInInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('removeCheckIn', set, input, options, removeCheckInChecked);
}

/** {@link removeCheckIn} once `runCommand` has checked its arguments. */
function removeCheckInChecked(
  set: OkrSet,
  input: RemoveCheckInInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['checkInId'], issues);
  const { index } = checkIdReference(input, 'checkInId', set.checkIns, 'check-in', issues);
  const current = set.checkIns[index];
  if (current !== undefined) {
    const lookup = (options as InternalOptions | undefined)?.index;
    const kr = set.keyResults[indexOfId(set.keyResults, current.keyResultId, lookup)];
    checkNotClosed(
      objectiveOf(set, kr, lookup),
      ['checkInId'],
      `removing check-in ${quote(current.id)}`,
      issues,
    );
  }
  if (issues.length > 0) return fail(issues);
  const base = produceCommand(set, 'removeCheckIn', input, options, () => {});
  return removeIndices(base, { checkIns: [index] }, options);
}
