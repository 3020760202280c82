/**
 * Private: the one runner every command goes through. It checks the three
 * arguments before any rule reads them — the set (`['set', …]`), the options
 * (`['options', …]`) and the input (paths from the input, as every command
 * issue) — and turns anything a command body still throws (a set that was
 * never parsed, with `null` where an entity belongs) into a refusal, so a
 * command never throws.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import type { Issue } from '../model/issue.js';
import { unknownKeyIssue } from '../model/issueMessages.js';
import { isPlainObject, nonPlainMessage } from '../model/plainData.js';
import { errorText } from '../model/scanJsonData.js';
import type { OkrSet } from '../model/types.js';
import { checkCommandInput } from './_input.js';
import type { InternalOptions } from './_writes.js';
import type {
  CommandFailure,
  CommandName,
  CommandOptions,
  CommandResult,
} from './CommandResult.js';
import { type CompiledOkrSet, isCompiledOkrSet, SET_LISTS } from '../core/compile.js';
import { typeName } from '../_lib/typeName.js';

/** The issues about the set (paths `['set', …]`), so `batch` does not put its step's prefix on them. */
const setIssues = new WeakSet<Issue>();

/** Option objects `batch` built for its steps (their private fields are trusted). */
const internal = new WeakSet<object>();

/**
 * Runs a command: `body` gets the set, a copy of the input (plain JSON data,
 * see `checkCommandInput`) and the options only once they are known to be
 * readable; what it still throws becomes an `invalid_type` issue at `['set']`
 * (the set could not be read: parse it first). Refusals, in this order: the
 * set (`invalid_type` at `['set']` when it is not an object, `not_json` for a
 * `Map` or a class instance; at `['set', 'keyResults']` … a list that is not
 * an array, `missing` when absent), the options (`invalid_type` at
 * `['options']`), the input (see `checkCommandInput`). A success records the
 * caller's input, not the copy.
 *
 * @example
 * ```ts
 * import type { ApproveInput, CommandOptions, CommandResult, CompiledOkrSet, OkrSet } from 'sokr';
 * import { runCommand } from './_runCommand.js';
 * import type { InternalOptions } from './_writes.js';
 * declare function approveChecked(
 *   set: OkrSet,
 *   input: ApproveInput & Record<string, unknown>,
 *   options: InternalOptions | undefined,
 * ): CommandResult;
 * export function approve(set: OkrSet | CompiledOkrSet, input: ApproveInput, options?: CommandOptions) {
 *   return runCommand('approve', set, input, options, approveChecked);
 * }
 * ```
 */
export function runCommand<I>(
  command: CommandName,
  set: OkrSet | CompiledOkrSet,
  input: I,
  options: CommandOptions | undefined,
  body: (
    set: OkrSet,
    input: I & Record<string, unknown>,
    options: InternalOptions | undefined,
  ) => CommandResult,
): CommandResult {
  // A compiled set is its set: the command returns a new plain set (compile that one again).
  if (isCompiledOkrSet(set)) set = set.set;
  const refused = checkSet(command, set);
  if (refused !== undefined) return refused;
  const read = readOptions(options);
  if (!Array.isArray(read)) return { ok: false, issues: [read] };
  const gate = checkCommandInput(command, input);
  if (!gate.ok) return gate;
  try {
    const result = body(set, gate.input as I & Record<string, unknown>, read[0]);
    // The body read a copy; the log keeps what the caller passed.
    if (result.ok) result.input = input;
    return result;
  } catch (error) {
    return refuseSet([
      {
        path: ['set'],
        code: 'invalid_type',
        message: `${command} could not read the set (${errorText(error)}); parse it with parseOkrSet first.`,
      },
    ]);
  }
}

/**
 * Marks the options `batch` passes to its steps: the runner hands them on as
 * they are, private fields included (the options of a caller are read for
 * `autoFreeze` only).
 *
 * @example
 * ```ts
 * import type { Fresh } from './_fresh.js';
 * import { trusted } from './_runCommand.js';
 * const fresh: Fresh = { shallow: [], deep: [] };
 * const options = trusted({ autoFreeze: false, owned: new WeakSet(), index: new WeakMap(), fresh });
 * ```
 */
export function trusted<T extends InternalOptions>(options: T): T {
  internal.add(options);
  return options;
}

/** True for an issue about the set (`['set', …]`) that the runner or {@link checkSet} made. */
export function isSetIssue(issue: Issue): boolean {
  return setIssues.has(issue);
}

/**
 * The refusal of a set no command can read, or `undefined`: not an object
 * (`invalid_type` at `['set']`), a `Map`, a boxed value or a class instance
 * (`not_json`), a list that is not an array (`invalid_type` at
 * `['set', 'objectives']`, `missing` when absent). O(1): the lists' contents are the parser's job
 * (what a command then fails to read is refused by {@link runCommand}).
 *
 * @example
 * ```ts
 * import { checkSet } from './_runCommand.js';
 * checkSet('batch', null)?.issues[0]?.path; // ['set']
 * ```
 */
export function checkSet(command: string, set: unknown): CommandFailure | undefined {
  if (typeof set !== 'object' || set === null || Array.isArray(set))
    return refuseSet([
      {
        path: ['set'],
        code: 'invalid_type',
        message: `${command} expects an OKR set object (as parseOkrSet returns), got ${describeValue(set)}.`,
        expected: 'object',
        received: typeName(set),
      },
    ]);
  try {
    if (!isPlainObject(set))
      return refuseSet([{ path: ['set'], code: 'not_json', message: nonPlainMessage(set) }]);
    const issues: Issue[] = [];
    for (const key of SET_LISTS) {
      const list = (set as Record<string, unknown>)[key];
      if (!Array.isArray(list))
        issues.push({
          path: ['set', key],
          code: list === undefined ? 'missing' : 'invalid_type',
          message: `${command} expects the set's ${key} to be an array (parse the set with parseOkrSet first), got ${describeValue(list)}.`,
          expected: 'array',
          ...(list === undefined ? {} : { received: typeName(list) }),
        });
    }
    return issues.length === 0 ? undefined : refuseSet(issues);
  } catch (error) {
    return refuseSet([
      {
        path: ['set'],
        code: 'not_json',
        message: `the set could not be read (${errorText(error)})`,
      },
    ]);
  }
}

function refuseSet(issues: Issue[]): CommandFailure {
  for (const issue of issues) setIssues.add(issue);
  return { ok: false, issues };
}

/**
 * The options a command body reads: `[options]` (`undefined` when omitted; a
 * caller's are reduced to `autoFreeze`, the only public option), or the issue
 * of options that are not an object, cannot be read, or name another option
 * (`unknown_key` with a suggestion).
 */
function readOptions(options: unknown): [InternalOptions | undefined] | Issue {
  if (options === undefined || options === null) return [undefined];
  if (typeof options !== 'object' || Array.isArray(options))
    return {
      path: ['options'],
      code: 'invalid_type',
      message: `The options of a command are an object ({ autoFreeze? }), got ${describeValue(options)}.`,
      expected: 'object',
      received: typeName(options),
    };
  if (internal.has(options)) return [options as InternalOptions];
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch (error) {
    return {
      path: ['options'],
      code: 'not_json',
      message: `listing its fields threw (${errorText(error)})`,
    };
  }
  // A misspelt option (`autofreeze`) is refused with a suggestion, never ignored.
  for (const key of keys) {
    if (key !== 'autoFreeze') return unknownKeyIssue(['options'], key, ['autoFreeze'], 'option');
  }
  let autoFreeze: unknown;
  try {
    autoFreeze = (options as CommandOptions).autoFreeze;
  } catch (error) {
    return {
      path: ['options', 'autoFreeze'],
      code: 'not_json',
      message: `reading this property threw (${errorText(error)})`,
    };
  }
  return [autoFreeze === false ? { autoFreeze: false } : undefined];
}
