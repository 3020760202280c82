import type { Issue } from '../model/issue.js';
import type { OkrSet } from '../model/types.js';

/**
 * One change to an OKR set, in the JSON-Patch-like format of immer
 * (`path` is an array, not a string). Plain JSON: store it in an audit log,
 * send it to another client, re-apply it with {@link applyPatches}.
 *
 * @example
 * ```ts
 * import type { Patch } from 'sokr';
 * const patch: Patch = { op: 'replace', path: ['objectives', 0, 'state'], value: 'proposed' };
 * ```
 */
export interface Patch {
  /** `add` inserts (arrays) or sets (objects), `replace` overwrites, `remove` deletes. */
  op: 'add' | 'replace' | 'remove';
  /** Keys and array indices from the set's root, outermost first. */
  path: (string | number)[];
  /** The new value (`add` and `replace` only). */
  value?: unknown;
}

/** The names of the commands, as recorded in {@link CommandSuccess.command} and history logs. */
export type CommandName =
  | 'recordCheckIn'
  | 'editCheckIn'
  | 'removeCheckIn'
  | 'addObjective'
  | 'updateObjective'
  | 'removeObjective'
  | 'addKeyResult'
  | 'updateKeyResult'
  | 'removeKeyResult'
  | 'setParent'
  | 'propose'
  | 'approve'
  | 'activate'
  | 'close'
  | 'reopen'
  | 'addDependency'
  | 'acceptDependency'
  | 'declineDependency'
  | 'addInitiative'
  | 'setInitiativeState'
  | 'carryOver'
  | 'batch';

/**
 * The value of a successful command: the next set, the patches that turn the
 * input set into it, and the inverse patches that undo them.
 *
 * @example
 * ```ts
 * import { approve, type OkrSet, type Patch } from 'sokr';
 * declare const set: OkrSet;
 * declare function save(set: OkrSet, patches: readonly Patch[]): void; // yours
 * const result = approve(set, { objectiveId: 'o1', by: 'ceo' });
 * if (result.ok) save(result.value.set, result.value.patches);
 * ```
 */
export interface CommandValue {
  /** The next set (see {@link CommandSuccess.set}). */
  set: Readonly<OkrSet>;
  /** Apply to the input set (with {@link applyPatches}) to get `set`. */
  patches: Patch[];
  /** Apply to `set` to get the input set back (undo). */
  inversePatches: Patch[];
}

/**
 * A command that succeeded: the next set (the input set is left untouched),
 * the patches that turn the input into it, and the inverse patches that undo them.
 *
 * @example
 * ```ts
 * import { approve, type OkrSet, type Patch } from 'sokr';
 * declare const set: OkrSet;
 * declare function save(set: OkrSet, patches: readonly Patch[]): void; // yours
 * const result = approve(set, { objectiveId: 'o1', by: 'ceo' });
 * if (result.ok) save(result.set, result.patches);
 * ```
 */
export interface CommandSuccess {
  ok: true;
  /**
   * What the command produced, in the one result shape of the library
   * (`{ ok: true, value }`): the next set and the patches. The same three
   * values are also on the result itself (`result.set`, `result.patches`,
   * `result.inversePatches`), as shorthands.
   */
  value: CommandValue;
  /**
   * The next set. Unchanged parts are shared with the input set and stay as
   * the caller left them (a command never freezes or changes them); what the
   * command created — the root, the arrays and entities it changed or added —
   * is frozen unless `autoFreeze: false` was passed, hence `Readonly`.
   */
  set: Readonly<OkrSet>;
  /** Apply to the input set (with {@link applyPatches}) to get `set`. */
  patches: Patch[];
  /** Apply to `set` to get the input set back (undo). */
  inversePatches: Patch[];
  /** Which command produced the result (for logs). */
  command: CommandName;
  /** The input the command was called with (for logs; plain JSON when the input was). */
  input: unknown;
}

/**
 * A command that was refused: the issues, each naming the input field (`path`
 * starts at the input object, e.g. `['at']`) and a stable `code`. Issues
 * about the other two arguments start with their names: `['set']` (not an
 * object: `invalid_type`; a `Map` or a class instance: `not_json`; a set that
 * was never parsed and cannot be read: `invalid_type`), `['set', 'keyResults']`
 * (a list of the set that is not an array, `missing` when absent) and
 * `['options']` (not an object). Input values that are not JSON data (a
 * bigint, a symbol, a function, a `Map`, a getter that throws) are `not_json`
 * at their path; an input nested deeper than 64 levels is `invalid_value`.
 *
 * @example
 * ```ts
 * import { recordCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = recordCheckIn(set, { keyResultId: 'nope', at: '2026-01-05', value: 1 });
 * if (!result.ok) console.log(result.issues[0]?.code); // 'dangling_reference'
 * ```
 */
export interface CommandFailure {
  ok: false;
  issues: Issue[];
}

/**
 * What every command returns: {@link CommandSuccess} or {@link CommandFailure}.
 * Commands never throw, whatever their arguments (a `null` set, a bigint in
 * the input, a proxy whose getters throw), and never mutate the input set; use
 * {@link assertOk} for a throwing style.
 *
 * @example
 * ```ts
 * import { type CommandResult, propose } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result: CommandResult = propose(set, { objectiveId: 'o1' });
 * const next = result.ok ? result.set : set;
 * ```
 */
export type CommandResult = CommandSuccess | CommandFailure;

/**
 * Options every command accepts as its third argument.
 *
 * @example
 * ```ts
 * import { recordCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 }, { autoFreeze: false });
 * ```
 */
export interface CommandOptions {
  /**
   * Freeze what the command created (default `true`): the new root, the
   * arrays and entities it changed or added. Parts shared with the input set
   * are never frozen by a command. With `false` nothing is frozen — slightly
   * faster, but the caller must then never mutate the result (it shares
   * parts with the input).
   */
  autoFreeze?: boolean;
}
