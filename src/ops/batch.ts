import type { Issue } from '../model/issue.js';
import { type CompiledOkrSet, isCompiledOkrSet } from '../core/compile.js';
import type { OkrSet } from '../model/types.js';
import { type Fresh, freezeCollected } from './_fresh.js';
import { issue } from './_inputChecks.js';
import { showValue } from '../_lib/quote.js';
import { checkSet, isSetIssue, trusted } from './_runCommand.js';
import { commandSuccess } from './_writes.js';
import type { CommandName, CommandOptions, CommandResult, Patch } from './CommandResult.js';
import { type Command, commands } from './commands.js';

/** One step of a {@link batch}: a command name and its input (plain JSON, so batches can be logged and replayed). */
export interface BatchStep {
  command: Exclude<CommandName, 'batch'>;
  input: unknown;
}

/**
 * Runs several commands as one: all succeed or nothing changes (issue paths
 * are prefixed with the step index, e.g. `[2, 'input', 'value']`; issues about
 * the set keep their `['set', …]` path and are found before any step runs). Patches are the
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
 * import { batch } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = batch(set, [
 *   { command: 'recordCheckIn', input: { keyResultId: 'kr1', at: '2026-01-12', value: 40 } },
 *   { command: 'recordCheckIn', input: { keyResultId: 'kr2', at: '2026-01-12', value: true } },
 * ]);
 * ```
 * @deprecated Use `batchCommands` (the same function; the bare name says too little).
 */
export function batch(
  set: OkrSet | CompiledOkrSet,
  steps: readonly BatchStep[],
  options?: CommandOptions,
): CommandResult {
  // A compiled set is its set: the steps run on it and the result is a new plain set.
  if (isCompiledOkrSet(set)) set = set.set;
  const badSet = checkSet('batch', set);
  if (badSet !== undefined) return badSet;
  if (!Array.isArray(steps))
    return {
      ok: false,
      issues: [issue([], 'invalid_type', 'batch expects an array of { command, input } steps.')],
    };
  const autoFreeze = readAutoFreeze(options);
  if (typeof autoFreeze !== 'boolean') return { ok: false, issues: [autoFreeze] };
  let current: OkrSet = set;
  const fresh: Fresh = { shallow: [], deep: [] };
  const internal = trusted({
    autoFreeze: false,
    owned: new WeakSet(),
    index: new WeakMap(),
    fresh,
  });
  const patches: Patch[] = [];
  const inverse: Patch[][] = [];
  let count: number;
  try {
    count = steps.length;
  } catch {
    return { ok: false, issues: [issue([], 'not_json', 'the steps could not be read')] };
  }
  for (let i = 0; i < count; i++) {
    let step: BatchStep | undefined;
    let run: Command | undefined;
    try {
      step = (steps as readonly BatchStep[])[i];
      run = isRecordStep(step) ? commands[step.command] : undefined;
      if (run !== undefined) step = { command: step!.command, input: step!.input };
    } catch {
      return { ok: false, issues: [issue([i], 'not_json', 'this step could not be read')] };
    }
    if (run === undefined)
      return {
        ok: false,
        issues: [
          issue([i, 'command'], 'invalid_value', `Unknown command ${showValue(step?.command)}.`),
        ],
      };
    const result = run(current, step!.input as never, internal);
    if (!result.ok)
      return {
        ok: false,
        // The set's issues name the set, not the step's input.
        issues: result.issues.map((x: Issue) =>
          isSetIssue(x) ? x : { ...x, path: [i, 'input', ...x.path] },
        ),
      };
    current = result.set;
    patches.push(...result.patches);
    inverse.push(result.inversePatches);
  }
  // Freeze what the steps created; the parts shared with `set` stay the caller's.
  if (autoFreeze) freezeCollected(fresh);
  return commandSuccess(current, patches, inverse.reverse().flat(), 'batch', steps);
}

/** Whether the batch freezes what it created (`options.autoFreeze !== false`), or the issue of unreadable options. */
function readAutoFreeze(options: unknown): boolean | Issue {
  if (options === undefined || options === null) return true;
  if (typeof options !== 'object' || Array.isArray(options))
    return issue(
      ['options'],
      'invalid_type',
      'The options of batch are an object ({ autoFreeze? }).',
    );
  try {
    return (options as CommandOptions).autoFreeze !== false;
  } catch {
    return issue(['options', 'autoFreeze'], 'not_json', 'reading this property threw');
  }
}

function isRecordStep(step: BatchStep | undefined): step is BatchStep {
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.command === 'string' &&
    Object.hasOwn(commands, step.command)
  );
}
