import { quote } from '../_lib/quote.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Issue } from '../model/issue.js';
import type { Id, OkrSet } from '../model/types.js';
import { checkCascade, executeRemoval, planRemoval, type RemoveCascade } from './_removal.js';
import { objectiveOf } from './_lookups.js';
import { checkIdReference, checkNotClosed, fail, issue } from './_inputChecks.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link removeKeyResult}. */
export interface RemoveKeyResultInput {
  keyResultId: Id;
  /**
   * What happens to child objectives whose `parent` is this key result:
   * `'refuse'` (nothing removed while any exist, `invalid_state`) or
   * `'delete'` (removed too, recursively, like {@link removeObjective}).
   */
  cascade: RemoveCascade;
}

/**
 * Removes a key result with its check-ins, initiatives, risks and the
 * dependencies touching it. Refused while its objective is closed
 * (`invalid_state` at `['keyResultId']`).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ keyResultId, cascade }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { removeKeyResult } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = removeKeyResult(set, { keyResultId: 'kr3', cascade: 'refuse' });
 * ```
 */
export function removeKeyResult(
  set: OkrSet | CompiledOkrSet,
  input: RemoveKeyResultInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('removeKeyResult', set, input, options, removeKeyResultChecked);
}

/** {@link removeKeyResult} once `runCommand` has checked its arguments. */
function removeKeyResultChecked(
  set: OkrSet,
  input: RemoveKeyResultInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['keyResultId', 'cascade'], issues);
  const { id: keyResultId, index } = checkIdReference(
    input,
    'keyResultId',
    set.keyResults,
    'key result',
    issues,
  );
  checkNotClosed(
    objectiveOf(set, set.keyResults[index]),
    ['keyResultId'],
    `removing key result ${quote(keyResultId)}`,
    issues,
  );
  checkCascade(input.cascade, issues);
  if (issues.length > 0) return fail(issues);
  const plan = planRemoval(set, [], [keyResultId], input.cascade);
  if (input.cascade === 'refuse' && plan.referrers.length > 0)
    return fail([
      issue(
        ['keyResultId'],
        'invalid_state',
        `Key result '${keyResultId}' is the parent of objective(s) ${plan.referrers.map((id) => `'${id}'`).join(', ')}; re-parent them first or pass cascade: 'delete'.`,
      ),
    ]);
  return executeRemoval(set, plan, 'removeKeyResult', input, options);
}
