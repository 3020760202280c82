import type { z } from 'zod';
import { describeValue, quote } from '../_lib/quote.js';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import type { Issue, IssueCode, Path } from './issue.js';
import { isNonPlainObject, nonPlainMessage } from './plainData.js';

type ZodIssue = z.core.$ZodIssue;
type Key = string | number;

/** Every sokr issue code (a record, so a new code cannot be forgotten here). */
const ISSUE_CODES: Readonly<Record<IssueCode, true>> = {
  invalid_type: true,
  invalid_value: true,
  too_big: true,
  too_small: true,
  missing: true,
  unknown_key: true,
  unsafe_key: true,
  invalid_date: true,
  date_order: true,
  duplicate_id: true,
  dangling_reference: true,
  unit_tree: true,
  reference_loop: true,
  value_mismatch: true,
  not_json: true,
  invalid_state: true,
  too_many_issues: true,
};

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/**
 * Turns the issues of a zod error into sokr {@link Issue}s: stable
 * {@link IssueCode}s, exact paths and messages a person can act on.
 *
 * - a required field that is absent → `missing`;
 * - `NaN`, `Infinity`, out-of-range numbers, empty ids, unknown enum members → `invalid_value`;
 * - a value of the wrong type → `invalid_type` (`not_json` when it is an
 *   object that is not plain: a `Map`, a `Date`, a boxed primitive);
 * - each unknown key → one `unknown_key` issue whose path ends with the key
 *   (`unsafe_key` for `__proto__`, `constructor`, `prototype`);
 * - a failed union → the issues of the branch that fits best, or one issue
 *   at the union's path when no branch fits better than another;
 * - custom issues carrying `params.sokr` (an `IssueCode`) keep that code.
 *
 * @param error - The zod error (e.g. `schema.safeParse(x).error`).
 * @param basePath - Prepended to every path (where the parsed value sits in a larger document).
 * @param input - The value that was parsed. Optional; with it, an absent field
 *   (`missing`) is told apart from one that is present with a wrong value, and
 *   messages say what was found.
 * @returns One issue per problem, in zod's order.
 * Internal (not exported from the package: `parseOkrSet` and the commands
 * return these issues).
 * @example
 * ```ts
 * import { okrSchemas } from 'sokr';
 * import { zodIssuesToIssues } from './zodIssues.js';
 * const input = { id: 'u1', name: 'Acme', colour: 'red' };
 * const result = okrSchemas().unit.safeParse(input);
 * if (!result.success) console.log(zodIssuesToIssues(result.error, ['units', 0], input));
 * // [{ path: ['units', 0, 'colour'], code: 'unknown_key', message: 'unknown field "colour": …' }]
 * ```
 */
export function zodIssuesToIssues(
  error: z.ZodError,
  basePath: Path = [],
  input?: unknown,
): Issue[] {
  const out: Issue[] = [];
  const context: Context = { base: basePath, input, hasInput: input !== undefined };
  for (const issue of error.issues) mapIssue(issue, [], context, out);
  return dropFollowUps(out);
}

/**
 * zod runs a schema's checks even after its type check failed (a function
 * has a `length`, so `z.string().min(1)` also reports it too short). Once a
 * path is known to have the wrong type or to be missing, later issues at
 * that same path add nothing.
 */
function dropFollowUps(issues: Issue[]): Issue[] {
  const kept: Issue[] = [];
  let last: Issue | undefined;
  for (const issue of issues) {
    if (
      last !== undefined &&
      (last.code === 'invalid_type' || last.code === 'missing') &&
      samePath(last.path, issue.path)
    ) {
      continue;
    }
    kept.push(issue);
    last = issue;
  }
  return kept;
}

function samePath(a: Path, b: Path): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Context {
  base: Path;
  input: unknown;
  hasInput: boolean;
}

function mapIssue(issue: ZodIssue, prefix: readonly Key[], context: Context, out: Issue[]): void {
  const at: Key[] = prefix.slice();
  for (const part of issue.path) at.push(typeof part === 'symbol' ? String(part) : part);
  const push = (code: IssueCode, message: string, extra?: Key) => {
    const path = [...context.base, ...at];
    if (extra !== undefined) path.push(extra);
    out.push({ path, code, message });
  };
  const found = lookup(context, at);

  if (
    issue.code === 'invalid_type' ||
    issue.code === 'invalid_union' ||
    issue.code === 'invalid_value'
  ) {
    // A Map where an array belongs, a boxed string where a string or an enum member belongs.
    const value = found.present ? found.value : issue.input;
    if (isNonPlainObject(value)) {
      push('not_json', nonPlainMessage(value));
      return;
    }
  }

  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const value = found.present ? found.value : issue.input;
      if (typeof value === 'number' && !Number.isFinite(value)) {
        push('invalid_value', `must be a finite number, got ${String(value)}`);
      } else if (at.length > 0 && (context.hasInput ? !found.present : saysUndefined(issue))) {
        push('missing', `is required (${expected})`);
      } else {
        push('invalid_type', `expected ${expected}, got ${describeValue(value)}`);
      }
      return;
    }
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
    case 'invalid_format':
      push('invalid_value', issue.message);
      return;
    case 'invalid_value': {
      if (context.hasInput && !found.present && at.length > 0) {
        push('missing', `is required (${listValues(issue.values)})`);
        return;
      }
      const got = found.present ? ` (got ${describeValue(found.value)})` : '';
      const message =
        issue.values.length === 1 && issue.message.startsWith('must ')
          ? issue.message
          : `must be ${listValues(issue.values)}`;
      push('invalid_value', message + got);
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        if (isUnsafeKey(key)) {
          push(
            'unsafe_key',
            `the key ${quote(key)} is not allowed: it could pollute prototypes`,
            key,
          );
        } else {
          push(
            'unknown_key',
            `unknown field ${quote(key)}: remove it (or parse with { unknownKeys: 'keep' } to keep it)`,
            key,
          );
        }
      }
      return;
    case 'invalid_union':
      mapUnion(issue, at, found, context, out, push);
      return;
    case 'custom': {
      const code = issue.params?.['sokr'];
      push(
        typeof code === 'string' && Object.hasOwn(ISSUE_CODES, code)
          ? (code as IssueCode)
          : 'invalid_value',
        issue.message,
      );
      return;
    }
    default:
      push('invalid_value', issue.message);
  }
}

function mapUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  at: readonly Key[],
  found: Found,
  context: Context,
  out: Issue[],
  push: (code: IssueCode, message: string) => void,
): void {
  if (issue.discriminator !== undefined) {
    // A discriminated union whose discriminator (already in the path) matched no option.
    const known = 'options' in issue ? issue.options : undefined;
    const options = known === undefined ? 'a known kind' : listValues(known);
    if (context.hasInput && !found.present) push('missing', `is required (${options})`);
    else
      push(
        'invalid_value',
        `must be ${options}${found.present ? ` (got ${describeValue(found.value)})` : ''}`,
      );
    return;
  }
  const branches = issue.errors;
  const best = bestBranch(branches);
  if (best !== undefined) {
    for (const inner of best) mapIssue(inner, at, context, out);
    return;
  }
  const value = found.present ? found.value : issue.input;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    push('invalid_value', `must be a finite number, got ${String(value)}`);
  } else if (context.hasInput && !found.present && at.length > 0) {
    push('missing', `is required: ${issue.message}`);
  } else {
    const typeOnly = branches.every(
      (branch) =>
        branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0,
    );
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const got =
      (found.present || value !== undefined) && !isObject ? ` (got ${describeValue(value)})` : '';
    push(typeOnly ? 'invalid_type' : 'invalid_value', issue.message + got);
  }
}

/** Without the input: zod's own message tells whether nothing was there. */
function saysUndefined(issue: ZodIssue): boolean {
  return issue.input === undefined && issue.message.endsWith('received undefined');
}

/**
 * The union branch that fits the input best: among the branches whose own
 * type matched (no root-level `invalid_type`), the one with the fewest
 * issues. `undefined` when none matched or two fit equally well.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let tie = false;
  for (const branch of branches) {
    if (branch.length === 0) continue;
    if (branch.some((i) => i.code === 'invalid_type' && i.path.length === 0)) continue;
    if (best === undefined || branch.length < best.length) {
      best = branch;
      tie = false;
    } else if (branch.length === best.length) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

interface Found {
  present: boolean;
  value: unknown;
}

const ABSENT: Found = { present: false, value: undefined };

/** Reads the input at a path (own properties only); never throws. */
function lookup(context: Context, path: readonly Key[]): Found {
  if (!context.hasInput) return ABSENT;
  let current: unknown = context.input;
  try {
    for (const key of path) {
      if (typeof current !== 'object' || current === null) return ABSENT;
      if (!Object.hasOwn(current, key)) return ABSENT;
      current = (current as Record<Key, unknown>)[key];
    }
  } catch {
    return ABSENT;
  }
  return { present: true, value: current };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? quote(v) : String(v)));
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}`;
}
