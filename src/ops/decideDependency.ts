import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, IsoDate, OkrSet } from '../model/types.js';
import { checkDate, checkIdReference, fail, issue } from './_inputChecks.js';
import { produceCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandName, CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link acceptDependency} and {@link declineDependency}. */
export interface DecideDependencyInput {
  dependencyId: Id;
  /** When the decision was taken (recorded as `decidedAt`; no clock is read). */
  at: IsoDate;
}

function decide(
  command: CommandName,
  state: 'accepted' | 'declined',
  set: OkrSet | CompiledOkrSet,
  input: DecideDependencyInput,
  options: CommandOptions | undefined,
): CommandResult {
  return runCommand(command, set, input, options, (checkedSet, checked, read) =>
    decideChecked(command, state, checkedSet, checked, read),
  );
}

/** {@link decide} once `runCommand` has checked its arguments. */
function decideChecked(
  command: CommandName,
  state: 'accepted' | 'declined',
  set: OkrSet,
  input: DecideDependencyInput & Record<string, unknown>,
  options: CommandOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['dependencyId', 'at'], issues);
  const { id: dependencyId, index } = checkIdReference(
    input,
    'dependencyId',
    set.dependencies,
    'dependency',
    issues,
  );
  if (input.at === undefined)
    issues.push(issue(['at'], 'missing', 'at (the decision date) is required.'));
  else checkDate(input.at, ['at'], issues);
  const current = set.dependencies[index];
  if (current !== undefined && current.state !== 'proposed')
    issues.push(
      issue(
        ['dependencyId'],
        'invalid_state',
        `Dependency '${dependencyId}' is already '${current.state}'; only a 'proposed' dependency can be ${state}.`,
      ),
    );
  if (issues.length > 0) return fail(issues);
  return produceCommand(set, command, input, options, (draft) => {
    const target = draft.dependencies[index]!;
    target.state = state;
    target.decidedAt = input.at;
  });
}

/**
 * Accepts a `proposed` dependency (the team of `on` commits to deliver it) and records `decidedAt`.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ dependencyId, at }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * @example
 * ```ts
 * import { acceptDependency } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = acceptDependency(set, { dependencyId: 'd1', at: '2025-12-20' });
 * ```
 */
export function acceptDependency(
  set: OkrSet | CompiledOkrSet,
  input: DecideDependencyInput,
  options?: CommandOptions,
): CommandResult {
  return decide('acceptDependency', 'accepted', set, input, options);
}

/**
 * Declines a `proposed` dependency and records `decidedAt`.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ dependencyId, at }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * @example
 * ```ts
 * import { declineDependency } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = declineDependency(set, { dependencyId: 'd1', at: '2025-12-20' });
 * ```
 */
export function declineDependency(
  set: OkrSet | CompiledOkrSet,
  input: DecideDependencyInput,
  options?: CommandOptions,
): CommandResult {
  return decide('declineDependency', 'declined', set, input, options);
}
