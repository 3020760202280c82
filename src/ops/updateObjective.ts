import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Commitment, Id, Link, OkrSet } from '../model/types.js';
import { checkChangedKeys, mergeChanges, produceChanges, readChanges } from './_changes.js';
import { checkObjectiveFields, checkParent } from './_objectiveRules.js';
import { checkIdReference, fail } from './_inputChecks.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { addShapeIssues, checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/**
 * The fields of an objective {@link updateObjective} may change. `undefined`
 * removes an optional field. The parent changes through {@link setParent},
 * the state through the lifecycle commands, the cycle through {@link carryOver}.
 */
export interface ObjectiveChanges {
  title?: string;
  description?: string | undefined;
  unitId?: Id;
  ownerId?: Id | undefined;
  links?: Link[];
  commitment?: Commitment;
  weight?: number | undefined;
}

/** Input of {@link updateObjective}. */
export interface UpdateObjectiveInput {
  objectiveId: Id;
  changes: ObjectiveChanges;
}

const EDITABLE = new Set([
  'title',
  'description',
  'unitId',
  'ownerId',
  'links',
  'commitment',
  'weight',
]);
const REQUIRED = new Set(['title', 'unitId', 'links', 'commitment']);

/**
 * Changes an objective's title, description, unit, owner, links, commitment or weight.
 * Issue paths start at `['changes', field]`; moving to another unit re-checks
 * the parent's unit (same or ancestor).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, changes }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches (one `replace` per changed field), or the issues.
 * @example
 * ```ts
 * import { updateObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = updateObjective(set, { objectiveId: 'o1', changes: { commitment: 'committed' } });
 * ```
 */
export function updateObjective(
  set: OkrSet | CompiledOkrSet,
  input: UpdateObjectiveInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('updateObjective', set, input, options, updateObjectiveChecked);
}

/** {@link updateObjective} once `runCommand` has checked its arguments. */
function updateObjectiveChecked(
  set: OkrSet,
  input: UpdateObjectiveInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['objectiveId', 'changes'], issues);
  const { index } = checkIdReference(input, 'objectiveId', set.objectives, 'objective', issues);
  const changes = readChanges(input.changes, 'objective', issues);
  if (changes === undefined) return fail(issues);
  checkChangedKeys(changes, EDITABLE, 'cannot be changed by updateObjective', issues, REQUIRED);
  const current = set.objectives[index];
  if (current === undefined) return fail(issues);
  checkObjectiveFields(set, changes, ['changes'], issues);
  const merged = mergeChanges(current, changes, structuredClone);
  if (issues.length === 0 && current.parent !== undefined && changes.unitId !== undefined)
    checkParent(
      set,
      { id: current.id, unitId: String(changes.unitId) },
      current.parent,
      'same-or-ancestor',
      ['changes', 'unitId'],
      issues,
    );
  addShapeIssues(issues, 'objective', merged, changes, ['changes']);
  if (issues.length > 0) return fail(issues);
  return produceChanges(
    set,
    'updateObjective',
    input,
    options,
    'objectives',
    index,
    changes,
    merged,
  );
}
