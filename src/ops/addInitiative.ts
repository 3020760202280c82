import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, Initiative, InitiativeState, IsoDate, OkrSet } from '../model/types.js';
import {
  checkDate,
  checkExists,
  checkFreeId,
  checkIdField,
  checkIdReference,
  fail,
  issue,
} from './_inputChecks.js';
import { appendCommand, withoutUndefined } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { addShapeIssues } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link addInitiative}. */
export interface AddInitiativeInput {
  id: Id;
  keyResultId: Id;
  title: string;
  ownerId?: Id;
  /** Defaults to `'todo'`. */
  state?: InitiativeState;
  due?: IsoDate;
}

/** The states of an initiative. */
export const INITIATIVE_STATES: readonly InitiativeState[] = ['todo', 'doing', 'done'];

/**
 * Adds an initiative (an action that drives a key result).
 *
 * @param set - The OKR set (not modified).
 * @param input - The initiative.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { addInitiative } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = addInitiative(set, { id: 'i1', keyResultId: 'kr1', title: 'Onboarding emails' });
 * ```
 */
export function addInitiative(
  set: OkrSet | CompiledOkrSet,
  input: AddInitiativeInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('addInitiative', set, input, options, addInitiativeChecked);
}

/** {@link addInitiative} once `runCommand` has checked its arguments. */
function addInitiativeChecked(
  set: OkrSet,
  input: AddInitiativeInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  const id = checkIdField(input, 'id', issues);
  checkFreeId(set.initiatives, id, ['id'], 'initiative', issues);
  checkIdReference(input, 'keyResultId', set.keyResults, 'key result', issues);
  if (typeof input.title !== 'string' || input.title.trim() === '')
    issues.push(
      issue(
        ['title'],
        input.title === undefined ? 'missing' : 'invalid_type',
        'title must be a non-empty string.',
      ),
    );
  if (input.ownerId !== undefined)
    checkExists(set.people, String(input.ownerId), ['ownerId'], 'person', issues);
  if (input.state !== undefined && !INITIATIVE_STATES.includes(input.state))
    issues.push(issue(['state'], 'invalid_value', "state must be 'todo', 'doing' or 'done'."));
  if (input.due !== undefined) checkDate(input.due, ['due'], issues);
  const initiative = withoutUndefined({ ...input, state: input.state ?? 'todo' }) as Initiative;
  addShapeIssues(issues, 'initiative', initiative, input as unknown as Record<string, unknown>);
  if (issues.length > 0) return fail(issues);
  return appendCommand(set, 'addInitiative', input, options, { initiatives: [initiative] });
}
