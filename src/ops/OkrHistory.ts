import { SokrError } from '../model/SokrError.js';
import { type CompiledOkrSet, isCompiledOkrSet } from '../core/compile.js';
import type { OkrSet } from '../model/types.js';
import { patchSet } from './applyPatches.js';
import type { CommandName, CommandOptions, CommandResult, Patch } from './CommandResult.js';

/**
 * One line of an {@link OkrHistory} audit log. Plain JSON: store it, send it.
 * Replaying every entry's `patches` in order on the initial set gives the
 * current set; an undo or redo is logged as its own entry.
 */
export interface HistoryEntry {
  /** The command, or `'undo'` / `'redo'`. */
  command: CommandName | 'undo' | 'redo';
  /** The command's input; for undo/redo `{ command }` of the entry undone/redone. */
  input: unknown;
  /** The forward change. */
  patches: Patch[];
  /** The change that reverts it. */
  inversePatches: Patch[];
}

interface Step {
  command: CommandName;
  input: unknown;
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * Undo/redo over the commands' inverse patches, with an append-only audit log.
 * Apply each successful command result computed from {@link OkrHistory.current};
 * `undo()` applies its inverse patches, `redo()` its patches again.
 *
 * @example
 * ```ts
 * import { createHistory, recordCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const history = createHistory(set);
 * history.apply(recordCheckIn(history.current, { keyResultId: 'kr1', at: '2026-01-12', value: 40 }));
 * history.undo(); // back to set: the same JSON, key order included
 * history.redo();
 * const audit = JSON.stringify(history.log);
 * ```
 */
export class OkrHistory {
  #current: OkrSet;
  readonly #undo: Step[] = [];
  readonly #redo: Step[] = [];
  readonly #log: HistoryEntry[] = [];
  readonly #options: CommandOptions | undefined;

  /**
   * @param set - The initial set.
   * @param options - {@link CommandOptions} used when applying undo/redo patches.
   */
  constructor(set: OkrSet | CompiledOkrSet, options?: CommandOptions) {
    // A compiled set starts the history at its set: `current` is always a plain set (undo patches it).
    this.#current = isCompiledOkrSet(set) ? set.set : set;
    this.#options = options;
  }

  /** The current set. */
  get current(): OkrSet {
    return this.#current;
  }

  /** True when there is a change to undo. */
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  /** True when an undone change can be redone. */
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** The audit log, oldest first (commands, undos and redos). */
  get log(): readonly HistoryEntry[] {
    return this.#log;
  }

  /**
   * Records a command result computed from {@link OkrHistory.current} and makes
   * its set current. Clears the redo stack.
   *
   * @param result - A command's result.
   * @returns The new current set.
   * @throws SokrError when the result is a refusal (its issues), or not a
   *   command's result at all (`invalid_type` at `['result']`).
   */
  apply(result: CommandResult): OkrSet {
    if (typeof result !== 'object' || result === null)
      throw new SokrError([
        {
          path: ['result'],
          code: 'invalid_type',
          message: 'apply takes what a command returned ({ ok, set, patches, … }).',
          expected: 'object',
          received: result === null ? 'null' : typeof result,
        },
      ]);
    if (!result.ok) throw new SokrError(result.issues);
    const step: Step = {
      command: result.command,
      input: result.input,
      patches: result.patches,
      inversePatches: result.inversePatches,
    };
    this.#undo.push(step);
    this.#redo.length = 0;
    this.#log.push({ ...step });
    this.#current = result.set;
    return this.#current;
  }

  /**
   * Reverts the latest applied (or redone) change; does nothing when there is
   * none. The set gets back its exact prior JSON, key order included.
   *
   * @returns The current set after the undo.
   * @throws SokrError when the inverse patches no longer fit (a result applied that was not computed from `current`).
   */
  undo(): OkrSet {
    const step = this.#undo.pop();
    if (step === undefined) return this.#current;
    this.#current = replay(this.#current, step.inversePatches, this.#options);
    this.#redo.push(step);
    this.#log.push({
      command: 'undo',
      input: { command: step.command },
      patches: step.inversePatches,
      inversePatches: step.patches,
    });
    return this.#current;
  }

  /**
   * Re-applies the latest undone change; does nothing when there is none.
   *
   * @returns The current set after the redo.
   * @throws SokrError when the patches no longer fit (see {@link OkrHistory.undo}).
   */
  redo(): OkrSet {
    const step = this.#redo.pop();
    if (step === undefined) return this.#current;
    this.#current = replay(this.#current, step.patches, this.#options);
    this.#undo.push(step);
    this.#log.push({
      command: 'redo',
      input: { command: step.command },
      patches: step.patches,
      inversePatches: step.inversePatches,
    });
    return this.#current;
  }
}

/** Applies a recorded step's patches (made by a command, so the set check is skipped). */
function replay(set: OkrSet, patches: Patch[], options: CommandOptions | undefined): OkrSet {
  const result = patchSet(set, patches, options, false);
  if (!result.ok) throw new SokrError(result.issues);
  return result.set;
}

/**
 * Creates an {@link OkrHistory} starting at `set`.
 *
 * @param set - The initial set.
 * @param options - {@link CommandOptions} used when applying undo/redo patches.
 * @returns A new history.
 * @example
 * ```ts
 * import { createHistory, propose } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const history = createHistory(set);
 * history.apply(propose(history.current, { objectiveId: 'o1' }));
 * if (history.canUndo) history.undo();
 * ```
 */
export function createHistory(set: OkrSet | CompiledOkrSet, options?: CommandOptions): OkrHistory {
  return new OkrHistory(set, options);
}
