import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, InitiativeState, OkrSet } from '../model/types.js';
import { INITIATIVE_STATES } from './addInitiative.js';
import { checkIdReference, fail, issue } from './_inputChecks.js';
import { produceCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link setInitiativeState}. */
export interface SetInitiativeStateInput {
  initiativeId: Id;
  state: InitiativeState;
}

/**
 * Moves an initiative between `todo`, `doing` and `done` (any direction: work re-opens).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ initiativeId, state }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { setInitiativeState } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = setInitiativeState(set, { initiativeId: 'i1', state: 'doing' });
 * ```
 */
export function setInitiativeState(
  set: OkrSet | CompiledOkrSet,
  input: SetInitiativeStateInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('setInitiativeState', set, input, options, setInitiativeStateChecked);
}

/** {@link setInitiativeState} once `runCommand` has checked its arguments. */
function setInitiativeStateChecked(
  set: OkrSet,
  input: SetInitiativeStateInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['initiativeId', 'state'], issues);
  const { index } = checkIdReference(input, 'initiativeId', set.initiatives, 'initiative', issues);
  if (!INITIATIVE_STATES.includes(input.state))
    issues.push(
      issue(
        ['state'],
        input.state === undefined ? 'missing' : 'invalid_value',
        "state must be 'todo', 'doing' or 'done'.",
      ),
    );
  if (issues.length > 0) return fail(issues);
  return produceCommand(set, 'setInitiativeState', input, options, (draft) => {
    draft.initiatives[index]!.state = input.state;
  });
}
