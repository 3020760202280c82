import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Dependency, Id, OkrRef, OkrSet } from '../model/types.js';
import { checkFreeId, checkIdField, checkRef, fail, issue } from './_inputChecks.js';
import { appendCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link addDependency}: `from` needs `on`. */
export interface AddDependencyInput {
  id: Id;
  from: OkrRef;
  on: OkrRef;
  note?: string;
}

/**
 * Declares a cross-team dependency (Align): `from` needs `on`. It starts as
 * `proposed`; the team of `on` accepts or declines it
 * ({@link acceptDependency}, {@link declineDependency}). Both ends must exist
 * and differ; the id must be free.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ id, from, on, note? }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { addDependency } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = addDependency(set, { id: 'd1', from: { keyResultId: 'kr1' }, on: { objectiveId: 'o5' } });
 * ```
 */
export function addDependency(
  set: OkrSet | CompiledOkrSet,
  input: AddDependencyInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('addDependency', set, input, options, addDependencyChecked);
}

/** {@link addDependency} once `runCommand` has checked its arguments. */
function addDependencyChecked(
  set: OkrSet,
  input: AddDependencyInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['id', 'from', 'on', 'note'], issues);
  const id = checkIdField(input, 'id', issues);
  checkFreeId(set.dependencies, id, ['id'], 'dependency', issues);
  const from = checkRef(set, input.from, ['from'], issues);
  const on = checkRef(set, input.on, ['on'], issues);
  if (from !== undefined && on !== undefined && JSON.stringify(from) === JSON.stringify(on))
    issues.push(issue(['on'], 'invalid_value', 'A dependency needs two different ends.'));
  if (input.note !== undefined && typeof input.note !== 'string')
    issues.push(issue(['note'], 'invalid_type', 'note must be a string.'));
  if (issues.length > 0 || from === undefined || on === undefined) return fail(issues);
  const dependency: Dependency = { id, from, on, state: 'proposed' };
  if (input.note !== undefined) dependency.note = input.note;
  return appendCommand(set, 'addDependency', input, options, { dependencies: [dependency] });
}
