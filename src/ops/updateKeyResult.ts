import type { Issue } from '../model/issue.js';
import type { Id, IsoDate, Measure, OkrSet } from '../model/types.js';
import { checkExistingCheckIns, checkKeyResultFields } from './_keyResultRules.js';
import {
  checkIdReference,
  fail,
  isRecord,
  issue,
  notAnObject,
  produceCommand,
} from './_support.js';
import { addShapeIssues, checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** The fields of a key result {@link updateKeyResult} may change. `undefined` removes an optional field. */
export interface KeyResultChanges {
  title?: string;
  description?: string | undefined;
  ownerId?: Id;
  weight?: number | undefined;
  due?: IsoDate | undefined;
  measure?: Measure;
  confidence?: number | undefined;
}

/** Input of {@link updateKeyResult}. */
export interface UpdateKeyResultInput {
  keyResultId: Id;
  changes: KeyResultChanges;
}

const EDITABLE = new Set([
  'title',
  'description',
  'ownerId',
  'weight',
  'due',
  'measure',
  'confidence',
]);
const REQUIRED = new Set(['title', 'ownerId', 'measure']);

/**
 * Changes a key result's title, description, owner, weight, due date, measure
 * or confidence. A new measure must still fit every recorded check-in
 * (`value_mismatch` at `['changes', 'measure']`). The objective cannot change.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ keyResultId, changes }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * const result = updateKeyResult(set, { keyResultId: 'kr1', changes: { ownerId: 'ben' } });
 * ```
 */
export function updateKeyResult(
  set: OkrSet,
  input: UpdateKeyResultInput,
  options?: CommandOptions,
): CommandResult {
  if (!isRecord(input)) return notAnObject('updateKeyResult');
  const issues: Issue[] = [];
  checkKnownKeys(input, ['keyResultId', 'changes'], issues);
  const { id: keyResultId, index } = checkIdReference(
    input,
    'keyResultId',
    set.keyResults,
    'key result',
    issues,
  );
  const changes = input.changes as unknown;
  if (!isRecord(changes)) {
    issues.push(
      issue(['changes'], 'invalid_type', 'changes must be an object of key result fields.'),
    );
    return fail(issues);
  }
  for (const key of Object.keys(changes)) {
    if (!EDITABLE.has(key))
      issues.push(
        issue(
          ['changes', key],
          'unknown_key',
          `'${key}' cannot be changed by updateKeyResult (editable: ${[...EDITABLE].join(', ')}).`,
        ),
      );
    else if (REQUIRED.has(key) && changes[key] === undefined)
      issues.push(issue(['changes', key], 'missing', `${key} cannot be removed.`));
  }
  const current = set.keyResults[index];
  if (current === undefined) return fail(issues);
  checkKeyResultFields(set, changes, ['changes'], issues);
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = structuredClone(value);
  }
  if (issues.length === 0 && changes.measure !== undefined)
    checkExistingCheckIns(
      set,
      keyResultId,
      changes.measure as Measure,
      ['changes', 'measure'],
      issues,
    );
  addShapeIssues(issues, 'keyResult', merged, changes, ['changes']);
  if (issues.length > 0) return fail(issues);
  return produceCommand(set, 'updateKeyResult', input, options, (draft) => {
    const target = draft.keyResults[index] as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) delete target[key];
      else target[key] = merged[key];
    }
  });
}
