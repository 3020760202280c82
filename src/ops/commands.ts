import type { OkrSet } from '../model/types.js';
import { acceptDependency, declineDependency } from './decideDependency.js';
import { addDependency } from './addDependency.js';
import { addInitiative } from './addInitiative.js';
import { addKeyResult } from './addKeyResult.js';
import { addObjective } from './addObjective.js';
import { carryOver } from './carryOver.js';
import type { CommandName, CommandOptions, CommandResult } from './CommandResult.js';
import { editCheckIn } from './editCheckIn.js';
import { activate, approve, close, propose } from './lifecycle.js';
import { recordCheckIn } from './recordCheckIn.js';
import { removeCheckIn } from './removeCheckIn.js';
import { removeKeyResult } from './removeKeyResult.js';
import { removeObjective } from './removeObjective.js';
import { setInitiativeState } from './setInitiativeState.js';
import { setParent } from './setParent.js';
import { updateKeyResult } from './updateKeyResult.js';
import { updateObjective } from './updateObjective.js';

/**
 * The shape every command shares: `(set, input, options?) => CommandResult`
 * (`input` is each command's own input type).
 *
 * @example
 * ```ts
 * const run: Command = propose;
 * ```
 */
export type Command = (set: OkrSet, input: never, options?: CommandOptions) => CommandResult;

/**
 * Every command by name (except `batch`), each with its own input type. To
 * dispatch an input of unknown shape (a queued or logged `{ command, input }`),
 * use `batch(set, [{ command, input }])`: it validates the input like any call.
 *
 * @example
 * ```ts
 * const result = commands.recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * ```
 */
export const commands = {
  recordCheckIn,
  editCheckIn,
  removeCheckIn,
  addObjective,
  updateObjective,
  removeObjective,
  addKeyResult,
  updateKeyResult,
  removeKeyResult,
  setParent,
  propose,
  approve,
  activate,
  close,
  addDependency,
  acceptDependency,
  declineDependency,
  addInitiative,
  setInitiativeState,
  carryOver,
} satisfies Record<Exclude<CommandName, 'batch'>, Command>;
