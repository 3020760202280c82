import { quote } from '../_lib/quote.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Issue } from '../model/issue.js';
import type { Id, IsoDate, Measure, OkrSet } from '../model/types.js';
import { checkChangedKeys, mergeChanges, produceChanges, readChanges } from './_changes.js';
import { checkExistingCheckIns, checkKeyResultFields } from './_keyResultRules.js';
import { objectiveOf } from './_lookups.js';
import { checkIdReference, checkNotClosed, fail } from './_inputChecks.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
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
/** What the score and status depend on: frozen while the objective is closed. */
const SCORING = new Set(['weight', 'due', 'measure', 'confidence']);

/**
 * Changes a key result's title, description, owner, weight, due date, measure
 * or confidence. A new measure must still fit every recorded check-in
 * (`value_mismatch` at `['changes', 'measure']`). The objective cannot change.
 * While the objective is closed, the weight, due date, measure (targets) and
 * confidence are refused (`invalid_state` at `['changes', field]`): reopen it first.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ keyResultId, changes }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set and patches, or the issues.
 * @example
 * ```ts
 * import { updateKeyResult } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = updateKeyResult(set, { keyResultId: 'kr1', changes: { ownerId: 'ben' } });
 * ```
 */
export function updateKeyResult(
  set: OkrSet | CompiledOkrSet,
  input: UpdateKeyResultInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('updateKeyResult', set, input, options, updateKeyResultChecked);
}

/** {@link updateKeyResult} once `runCommand` has checked its arguments. */
function updateKeyResultChecked(
  set: OkrSet,
  input: UpdateKeyResultInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['keyResultId', 'changes'], issues);
  const { id: keyResultId, index } = checkIdReference(
    input,
    'keyResultId',
    set.keyResults,
    'key result',
    issues,
  );
  const changes = readChanges(input.changes, 'key result', issues);
  if (changes === undefined) return fail(issues);
  checkChangedKeys(changes, EDITABLE, 'cannot be changed by updateKeyResult', issues, REQUIRED);
  const current = set.keyResults[index];
  if (current === undefined) return fail(issues);
  const frozenFields = Object.keys(changes).filter((key) => SCORING.has(key));
  if (frozenFields.length > 0) {
    const objective = objectiveOf(set, current);
    for (const field of frozenFields)
      checkNotClosed(
        objective,
        ['changes', field],
        `changing the ${field} of key result ${quote(current.id)}`,
        issues,
      );
  }
  checkKeyResultFields(set, changes, ['changes'], issues);
  const merged = mergeChanges(current, changes, structuredClone);
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
  return produceChanges(
    set,
    'updateKeyResult',
    input,
    options,
    'keyResults',
    index,
    changes,
    merged,
  );
}
