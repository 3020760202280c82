import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, OkrSet } from '../model/types.js';
import { checkCascade, executeRemoval, planRemoval, type RemoveCascade } from './_removal.js';
import { checkIdReference, fail, issue } from './_inputChecks.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

export type { RemoveCascade } from './_removal.js';

/** Input of {@link removeObjective}. */
export interface RemoveObjectiveInput {
  objectiveId: Id;
  /**
   * What happens to other objectives that point at it (child objectives through
   * `parent` — on the objective or one of its key results —, `supports` links,
   * `carriedFrom`):
   * - `'refuse'`: nothing is removed while any exist (`invalid_state`, naming them);
   * - `'delete'`: child objectives are removed too, recursively, and `supports`
   *   links / `carriedFrom` pointing at removed objectives are dropped.
   */
  cascade: RemoveCascade;
}

/**
 * Removes an objective with its key results, their check-ins and initiatives,
 * and the risks and dependencies touching any of them. Every removed item is
 * one `remove` patch (inverse: `add` at the same index), so undo restores the
 * exact previous set.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, cascade }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { removeObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = removeObjective(set, { objectiveId: 'o3', cascade: 'refuse' });
 * ```
 */
export function removeObjective(
  set: OkrSet | CompiledOkrSet,
  input: RemoveObjectiveInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('removeObjective', set, input, options, removeObjectiveChecked);
}

/** {@link removeObjective} once `runCommand` has checked its arguments. */
function removeObjectiveChecked(
  set: OkrSet,
  input: RemoveObjectiveInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['objectiveId', 'cascade'], issues);
  const { id: objectiveId } = checkIdReference(
    input,
    'objectiveId',
    set.objectives,
    'objective',
    issues,
  );
  checkCascade(input.cascade, issues);
  if (issues.length > 0) return fail(issues);
  const plan = planRemoval(set, [objectiveId], [], input.cascade);
  if (input.cascade === 'refuse' && plan.referrers.length > 0)
    return fail([
      issue(
        ['objectiveId'],
        'invalid_state',
        `Objective '${objectiveId}' is still referenced by objective(s) ${plan.referrers.map((id) => `'${id}'`).join(', ')} (parent, supports link or carriedFrom); re-parent them first or pass cascade: 'delete'.`,
      ),
    ]);
  return executeRemoval(set, plan, 'removeObjective', input, options);
}
