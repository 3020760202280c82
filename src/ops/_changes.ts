// Private: the `changes` object of the field-by-field update commands
// (updateObjective, updateKeyResult, editCheckIn): reading it, checking its
// keys, merging it into the current entity and writing it through immer.
import type { Issue } from '../model/issue.js';
import type { OkrSet } from '../model/types.js';
import type { CommandName, CommandOptions, CommandSuccess } from './CommandResult.js';
import { settle } from './_fresh.js';
import { isRecord, issue } from './_inputChecks.js';
import { produceCommand } from './_writes.js';

/** Top-level arrays whose entities an update command changes field by field. */
export type ChangedArrayKey = 'objectives' | 'keyResults' | 'checkIns';

/**
 * Returns `changes` when it is a plain object; otherwise pushes `invalid_type`
 * at `['changes']` ("changes must be an object of `what` fields.") and
 * returns undefined.
 */
export function readChanges(
  changes: unknown,
  what: string,
  issues: Issue[],
): Record<string, unknown> | undefined {
  if (isRecord(changes)) return changes;
  issues.push(issue(['changes'], 'invalid_type', `changes must be an object of ${what} fields.`));
  return undefined;
}

/**
 * Checks the keys of `changes`, in key order: `unknown_key` at
 * `['changes', key]` for a key not in `editable` (message
 * "'key' `refusal` (editable: …)."), and `missing` for a key of `required`
 * set to `undefined` ("key cannot be removed.").
 */
export function checkChangedKeys(
  changes: Record<string, unknown>,
  editable: ReadonlySet<string>,
  refusal: string,
  issues: Issue[],
  required?: ReadonlySet<string>,
): void {
  for (const key of Object.keys(changes)) {
    if (!editable.has(key))
      issues.push(
        issue(
          ['changes', key],
          'unknown_key',
          `'${key}' ${refusal} (editable: ${[...editable].join(', ')}).`,
        ),
      );
    else if (required?.has(key) && changes[key] === undefined)
      issues.push(issue(['changes', key], 'missing', `${key} cannot be removed.`));
  }
}

/**
 * The entity as it will be after the changes: a shallow copy of `current`
 * where each changed key is deleted (value `undefined`) or set to `copy(value)`.
 */
export function mergeChanges(
  current: object,
  changes: Record<string, unknown>,
  copy: (value: unknown) => unknown,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = copy(value);
  }
  return merged;
}

/**
 * Writes the changed keys of `set[key][index]` through immer: each key of
 * `changes` is deleted (value `undefined`) or set to its value in `merged`.
 */
export function produceChanges(
  set: OkrSet,
  command: CommandName,
  input: unknown,
  options: CommandOptions | undefined,
  key: ChangedArrayKey,
  index: number,
  changes: Record<string, unknown>,
  merged: Record<string, unknown>,
): CommandSuccess {
  const result = produceCommand(set, command, input, options, (draft) => {
    const target = draft[key][index] as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) delete target[field];
      else target[field] = merged[field];
    }
  });
  // The merged values are the command's own copies: freeze them whole.
  for (const field of Object.keys(changes)) settle(options, merged[field], true);
  return result;
}
