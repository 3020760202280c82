import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Commitment, Id, Link, Objective, OkrRef, OkrSet } from '../model/types.js';
import { checkObjectiveFields, checkParent } from './_objectiveRules.js';
import { checkExists, checkFreeId, checkIdField, fail, issue } from './_inputChecks.js';
import { appendCommand, withoutUndefined } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { addShapeIssues } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link addObjective}: a new objective; `links`, `commitment` and `state` may be left out. */
export interface AddObjectiveInput {
  id: Id;
  title: string;
  description?: string;
  unitId: Id;
  cycleId: Id;
  ownerId?: Id;
  parent?: OkrRef;
  /** Defaults to `[]`. */
  links?: Link[];
  /** Defaults to `'aspirational'`. */
  commitment?: Commitment;
  weight?: number;
  /** New objectives start as `'draft'` (the only accepted value). */
  state?: 'draft';
  carriedFrom?: Id;
}

/**
 * Adds a draft objective. References must exist (unit, cycle, owner, parent,
 * link anchors, `carriedFrom`), the parent must belong to the same unit or an
 * ancestor unit (use {@link setParent} with `unitRule: 'any'` otherwise), and the
 * id must be free. New objectives start as `draft`: use {@link propose},
 * {@link approve}, {@link activate} to move them on.
 *
 * @param set - The OKR set (not modified).
 * @param input - The objective.
 * @param options - {@link CommandOptions}.
 * @returns The next set with the objective appended, or the issues.
 * @example
 * ```ts
 * import { addObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = addObjective(set, { id: 'o9', title: 'Delight new users', unitId: 'growth', cycleId: 'q1' });
 * ```
 */
export function addObjective(
  set: OkrSet | CompiledOkrSet,
  input: AddObjectiveInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('addObjective', set, input, options, addObjectiveChecked);
}

/** {@link addObjective} once `runCommand` has checked its arguments. */
function addObjectiveChecked(
  set: OkrSet,
  input: AddObjectiveInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  const id = checkIdField(input, 'id', issues);
  checkFreeId(set.objectives, id, ['id'], 'objective', issues);
  if (!('title' in input)) issues.push(issue(['title'], 'missing', 'title is required.'));
  checkObjectiveFields(set, { ...input, unitId: input.unitId, cycleId: input.cycleId }, [], issues);
  if (input.state !== undefined && input.state !== 'draft')
    issues.push(
      issue(
        ['state'],
        'invalid_state',
        `New objectives start as 'draft' (got ${JSON.stringify(input.state)}); use propose/approve/activate.`,
      ),
    );
  if (input.carriedFrom !== undefined)
    checkExists(set.objectives, String(input.carriedFrom), ['carriedFrom'], 'objective', issues);
  if (issues.length === 0 && input.parent !== undefined)
    checkParent(
      set,
      { unitId: input.unitId },
      input.parent,
      'same-or-ancestor',
      ['parent'],
      issues,
    );
  const objective = withoutUndefined({
    ...structuredClone(input),
    links: input.links === undefined ? [] : structuredClone(input.links),
    commitment: input.commitment ?? 'aspirational',
    state: 'draft',
  }) as Objective;
  addShapeIssues(issues, 'objective', objective, input as unknown as Record<string, unknown>);
  if (issues.length > 0) return fail(issues);
  return appendCommand(set, 'addObjective', input, options, { objectives: [objective] });
}
