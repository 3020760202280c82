import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, OkrRef, OkrSet } from '../model/types.js';
import { checkParent, type UnitRule } from './_objectiveRules.js';
import { checkIdReference, fail, issue } from './_inputChecks.js';
import { produceCommand } from './_writes.js';
import { settle } from './_fresh.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

export type { UnitRule } from './_objectiveRules.js';

/** Input of {@link setParent}. */
export interface SetParentInput {
  objectiveId: Id;
  /** The new parent (an objective or a key result), or `null` to detach. */
  parent: OkrRef | null;
  /**
   * `'same-or-ancestor'` (default): the parent must belong to the objective's
   * unit or one of its ancestors (DESIGN §5: lateral support goes through
   * `supports` links). `'any'`: no unit check.
   */
  unitRule?: UnitRule;
}

/**
 * Re-parents an objective (cascade). Refuses a parent that does not exist
 * (`dangling_reference`), that would close a loop through the objective ↔ key
 * result chain (`reference_loop`, e.g. an objective under one of its own key
 * results), or, by default, that belongs to a unit that is neither the same
 * nor an ancestor (`invalid_value`). Issues sit at `['parent']`.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, parent, unitRule? }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { setParent } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = setParent(set, { objectiveId: 'o7', parent: { keyResultId: 'kr1' } });
 * ```
 */
export function setParent(
  set: OkrSet | CompiledOkrSet,
  input: SetParentInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('setParent', set, input, options, setParentChecked);
}

/** {@link setParent} once `runCommand` has checked its arguments. */
function setParentChecked(
  set: OkrSet,
  input: SetParentInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['objectiveId', 'parent', 'unitRule'], issues);
  const { index } = checkIdReference(input, 'objectiveId', set.objectives, 'objective', issues);
  const unitRule = input.unitRule ?? 'same-or-ancestor';
  if (unitRule !== 'same-or-ancestor' && unitRule !== 'any')
    issues.push(
      issue(['unitRule'], 'invalid_value', "unitRule must be 'same-or-ancestor' or 'any'."),
    );
  if (!('parent' in input))
    issues.push(issue(['parent'], 'missing', 'parent is required (null detaches).'));
  const current = set.objectives[index];
  if (current === undefined || issues.length > 0) return fail(issues);
  let parent: OkrRef | undefined;
  if (input.parent !== null) {
    parent = checkParent(set, current, input.parent, unitRule, ['parent'], issues);
    if (issues.length > 0 || parent === undefined) return fail(issues);
  }
  const result = produceCommand(set, 'setParent', input, options, (draft) => {
    const target = draft.objectives[index]!;
    if (parent === undefined) delete target.parent;
    else target.parent = parent;
  });
  settle(options, parent, true); // built by checkParent, not the caller's object
  return result;
}
