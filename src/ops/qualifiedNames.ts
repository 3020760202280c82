/**
 * The entity-qualified names of the commands whose bare verb does not say
 * what it acts on. They are the same functions as the bare names, which stay
 * exported for 0.x and are deprecated (see the CHANGELOG).
 */
import { batch } from './batch.js';
import { commands } from './commands.js';
import { close, reopen } from './lifecycle.js';

/**
 * Closes an `active` objective: its score becomes final, and its check-ins,
 * key results, targets and weights are refused until {@link reopenObjective}.
 * The same function as the deprecated bare `close`.
 *
 * @example
 * ```ts
 * import { closeObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = closeObjective(set, { objectiveId: 'o1' });
 * if (result.ok) console.log(result.value.set.objectives[0]?.state); // 'closed'
 * ```
 */
export const closeObjective: typeof close = close;

/**
 * Reopens a `closed` objective (back to `active`). The same function as the
 * bare `reopen`.
 *
 * @example
 * ```ts
 * import { reopenObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = reopenObjective(set, { objectiveId: 'o1', by: 'ceo', reason: 'late invoice' });
 * ```
 */
export const reopenObjective: typeof reopen = reopen;

/**
 * Runs several commands as one: all or nothing, one list of patches. The
 * same function as the deprecated bare `batch`.
 *
 * @example
 * ```ts
 * import { batchCommands } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = batchCommands(set, [
 *   { command: 'propose', input: { objectiveId: 'o1' } },
 *   { command: 'approve', input: { objectiveId: 'o1', by: 'ceo' } },
 * ]);
 * ```
 */
export const batchCommands: typeof batch = batch;

/**
 * Every command by name (except the batch), each with its own input type.
 * The same table as the deprecated bare `commands`.
 *
 * @example
 * ```ts
 * import { commandsByName } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * commandsByName.recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * ```
 */
export const commandsByName: typeof commands = commands;
