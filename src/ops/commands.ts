import type { OkrSet } from '../model/types.js';
import type { CompiledOkrSet } from '../core/compile.js';
import { acceptDependency, declineDependency } from './decideDependency.js';
import { addDependency } from './addDependency.js';
import { addInitiative } from './addInitiative.js';
import { addKeyResult } from './addKeyResult.js';
import { addObjective } from './addObjective.js';
import { carryOver } from './carryOver.js';
import type { CommandName, CommandOptions, CommandResult } from './CommandResult.js';
import { editCheckIn } from './editCheckIn.js';
import { activate, approve, close, propose, reopen } from './lifecycle.js';
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
 * import { type Command, propose } from 'sokr';
 * const run: Command = propose;
 * ```
 */
export type Command = (
  set: OkrSet | CompiledOkrSet,
  input: never,
  options?: CommandOptions,
) => CommandResult;

/** The table of {@link commands}: each command under its own name. */
export interface CommandTable {
  /** See {@link recordCheckIn}. */
  recordCheckIn: typeof recordCheckIn;
  /** See {@link editCheckIn}. */
  editCheckIn: typeof editCheckIn;
  /** See {@link removeCheckIn}. */
  removeCheckIn: typeof removeCheckIn;
  /** See {@link addObjective}. */
  addObjective: typeof addObjective;
  /** See {@link updateObjective}. */
  updateObjective: typeof updateObjective;
  /** See {@link removeObjective}. */
  removeObjective: typeof removeObjective;
  /** See {@link addKeyResult}. */
  addKeyResult: typeof addKeyResult;
  /** See {@link updateKeyResult}. */
  updateKeyResult: typeof updateKeyResult;
  /** See {@link removeKeyResult}. */
  removeKeyResult: typeof removeKeyResult;
  /** See {@link setParent}. */
  setParent: typeof setParent;
  /** See {@link propose}. */
  propose: typeof propose;
  /** See {@link approve}. */
  approve: typeof approve;
  /** See {@link activate}. */
  activate: typeof activate;
  /** See {@link close}. */
  close: typeof close;
  /** See {@link reopen}. */
  reopen: typeof reopen;
  /** See {@link addDependency}. */
  addDependency: typeof addDependency;
  /** See {@link acceptDependency}. */
  acceptDependency: typeof acceptDependency;
  /** See {@link declineDependency}. */
  declineDependency: typeof declineDependency;
  /** See {@link addInitiative}. */
  addInitiative: typeof addInitiative;
  /** See {@link setInitiativeState}. */
  setInitiativeState: typeof setInitiativeState;
  /** See {@link carryOver}. */
  carryOver: typeof carryOver;
}

/**
 * Every command by name (except `batch`), each with its own input type. To
 * dispatch an input of unknown shape (a queued or logged `{ command, input }`),
 * use `batch(set, [{ command, input }])`: it validates the input like any call.
 *
 * @example
 * ```ts
 * import { commands } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = commands.recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * ```
 * @deprecated Use `commandsByName` (the same table; the bare name says too little).
 */
export const commands: CommandTable = {
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
  reopen,
  addDependency,
  acceptDependency,
  declineDependency,
  addInitiative,
  setInitiativeState,
  carryOver,
} satisfies Record<Exclude<CommandName, 'batch'>, Command>;
