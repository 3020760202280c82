import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, IsoDate, KeyResult, Measure, OkrSet } from '../model/types.js';
import { checkKeyResultFields } from './_keyResultRules.js';
import {
  checkFreeId,
  checkIdField,
  checkIdReference,
  checkNotClosed,
  fail,
  issue,
} from './_inputChecks.js';
import { appendCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { addShapeIssues } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link addKeyResult}: a new key result. */
export interface AddKeyResultInput {
  id: Id;
  objectiveId: Id;
  title: string;
  description?: string;
  ownerId: Id;
  weight?: number;
  due?: IsoDate;
  measure: Measure;
  confidence?: number;
}

/**
 * Adds a key result to an objective. The objective and the owner must exist,
 * the measure must be well formed (finite numbers, `min ≤ max`, unique
 * checklist item ids), weight ≥ 0, confidence 0–10, the id free; a closed
 * objective takes no new key results (`invalid_state` at `['objectiveId']`).
 *
 * @param set - The OKR set (not modified).
 * @param input - The key result.
 * @param options - {@link CommandOptions}.
 * @returns The next set with the key result appended, or the issues.
 * @example
 * ```ts
 * import { addKeyResult } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = addKeyResult(set, {
 *   id: 'kr9', objectiveId: 'o1', title: 'NPS 30 → 45', ownerId: 'ana',
 *   measure: { kind: 'metric', start: 30, target: 45 },
 * });
 * ```
 */
export function addKeyResult(
  set: OkrSet | CompiledOkrSet,
  input: AddKeyResultInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('addKeyResult', set, input, options, addKeyResultChecked);
}

/** {@link addKeyResult} once `runCommand` has checked its arguments. */
function addKeyResultChecked(
  set: OkrSet,
  input: AddKeyResultInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  const id = checkIdField(input, 'id', issues);
  checkFreeId(set.keyResults, id, ['id'], 'key result', issues);
  const { index: objectiveIndex } = checkIdReference(
    input,
    'objectiveId',
    set.objectives,
    'objective',
    issues,
  );
  checkNotClosed(
    set.objectives[objectiveIndex],
    ['objectiveId'],
    'adding a key result to it',
    issues,
  );
  if (!('title' in input)) issues.push(issue(['title'], 'missing', 'title is required.'));
  checkKeyResultFields(
    set,
    { ...input, ownerId: input.ownerId, measure: input.measure },
    [],
    issues,
  );
  const keyResult = structuredClone(input) as KeyResult;
  addShapeIssues(issues, 'keyResult', keyResult, input as unknown as Record<string, unknown>);
  if (issues.length > 0) return fail(issues);
  return appendCommand(set, 'addKeyResult', input, options, { keyResults: [keyResult] });
}
