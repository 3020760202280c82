import type { Issue } from '../model/issue.js';
import type { OkrSet } from '../model/types.js';
import { type Fresh, freezeCollected } from './_fresh.js';
import { issue } from './_inputChecks.js';
import { type InternalOptions, commandSuccess } from './_writes.js';
import type { CommandName, CommandOptions, CommandResult, Patch } from './CommandResult.js';
import { commands } from './commands.js';

/** One step of a {@link batch}: a command name and its input (plain JSON, so batches can be logged and replayed). */
export interface BatchStep {
  command: Exclude<CommandName, 'batch'>;
  input: unknown;
}

/**
 * Runs several commands as one: all succeed or nothing changes (issue paths
 * are prefixed with the step index, e.g. `[2, 'value']`). Patches are the
 * concatenation of the steps' patches, inverse patches the reverse order, so
 * one undo reverts the whole batch. The intermediate sets are private: they are not
 * frozen, appends go in place into arrays the batch already copied, lookups
 * by id use maps built once per array, and what the steps created is frozen
 * once at the end (never the caller's set) — so a batch copies each array once, the
 * fast way to apply many edits (an import, a team's weekly check-ins) to a
 * large set.
 *
 * @param set - The OKR set (not modified).
 * @param steps - The commands, in order.
 * @param options - {@link CommandOptions}.
 * @returns One result for the whole batch (`command: 'batch'`, `input: steps`).
 * @example
 * ```ts
 * const result = batch(set, [
 *   { command: 'recordCheckIn', input: { keyResultId: 'kr1', at: '2026-01-12', value: 40 } },
 *   { command: 'recordCheckIn', input: { keyResultId: 'kr2', at: '2026-01-12', value: true } },
 * ]);
 * ```
 * @deprecated Use `batchCommands` (the same function; the bare name says too little).
 */
export function batch(
  set: OkrSet,
  steps: readonly BatchStep[],
  options?: CommandOptions,
): CommandResult {
  if (!Array.isArray(steps))
    return {
      ok: false,
      issues: [issue([], 'invalid_type', 'batch expects an array of { command, input } steps.')],
    };
  let current = set;
  const fresh: Fresh = { shallow: [], deep: [] };
  const internal: InternalOptions = {
    autoFreeze: false,
    owned: new WeakSet(),
    index: new WeakMap(),
    fresh,
  };
  const patches: Patch[] = [];
  const inverse: Patch[][] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = (steps as readonly BatchStep[])[i];
    const run = isRecordStep(step) ? commands[step.command] : undefined;
    if (run === undefined)
      return {
        ok: false,
        issues: [
          issue(
            [i, 'command'],
            'invalid_value',
            `Unknown command ${JSON.stringify(step?.command)}.`,
          ),
        ],
      };
    const result = run(current, step!.input as never, internal);
    if (!result.ok)
      return {
        ok: false,
        issues: result.issues.map((x: Issue) => ({ ...x, path: [i, 'input', ...x.path] })),
      };
    current = result.set;
    patches.push(...result.patches);
    inverse.push(result.inversePatches);
  }
  // Freeze what the steps created; the parts shared with `set` stay the caller's.
  if (options?.autoFreeze !== false) freezeCollected(fresh);
  return commandSuccess(current, patches, inverse.reverse().flat(), 'batch', steps);
}

function isRecordStep(step: BatchStep | undefined): step is BatchStep {
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.command === 'string' &&
    Object.hasOwn(commands, step.command)
  );
}
