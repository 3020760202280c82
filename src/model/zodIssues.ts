import type { z } from 'zod';
import { describeValue, quote } from '../_lib/quote.js';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import { closestMatch } from '../_lib/closestMatch.js';
import type { Issue, IssueCode, IssueValue, Path } from './issue.js';
import { didYouMean, unknownKeyIssue } from './issueMessages.js';
import { isNonPlainObject, nonPlainMessage } from './plainData.js';
import { knownKeysAt } from './schemaKeys.js';
import { typeName } from '../_lib/typeName.js';

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

/**
 * What to write for a required field whose shape a person writing OKRs by
 * hand cannot guess from "an object" (the measure of a key result).
 */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  measure:
    'how the key result is scored, e.g. { kind: "metric", start: 0, target: 100 } (the kinds: metric, threshold, range, milestone, checklist, derived)',
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
 * - a number outside a field's range → `invalid_value` with `minimum` / `maximum`;
 * - each unknown key → one `unknown_key` issue whose path ends with the key
 *   (`unsafe_key` for `__proto__`, `constructor`, `prototype`), with the
 *   closest known field as `suggestion` when `schema` is given;
 * - every issue carries the data of its code (`expected`, `received`,
 *   `options`, `suggestion`, … — see {@link Issue});
 * - a failed union → the issues of the branch that fits best, or one issue
 *   at the union's path when no branch fits better than another;
 * - custom issues carrying `params.sokr` (an `IssueCode`) keep that code.
 *
 * @param error - The zod error (e.g. `schema.safeParse(x).error`).
 * @param basePath - Prepended to every path (where the parsed value sits in a larger document).
 * @param input - The value that was parsed. Optional; with it, an absent field
 *   (`missing`) is told apart from one that is present with a wrong value, and
 *   messages say what was found.
 * @param schema - The zod schema that was run. Optional; with it, unknown
 *   fields get the closest known field as a suggestion.
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
  schema?: unknown,
): Issue[] {
  const out: Issue[] = [];
  const context: Context = { base: basePath, input, hasInput: input !== undefined, schema };
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
  schema: unknown;
}

/** The data fields an issue may carry beside path, code and message. */
type IssueData = Omit<Issue, 'path' | 'code' | 'message'>;

/** A value as issue data: JSON primitives only. */
function primitive(value: unknown): IssueValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  return typeof value === 'number' ? value : undefined;
}

/** `{ received }` when the value is a JSON primitive, else nothing. */
function receivedData(found: Found): IssueData {
  const value = found.present ? primitive(found.value) : undefined;
  return value === undefined ? {} : { received: value };
}

/** `options` and, for a string close to one of them, `suggestion`. */
function optionsData(values: readonly unknown[], found: Found): IssueData {
  const options = values.map(primitive).filter((v): v is IssueValue => v !== undefined);
  const data: IssueData = { ...receivedData(found), options };
  if (found.present && typeof found.value === 'string') {
    const names = options.filter((v): v is string => typeof v === 'string');
    const suggestion = closestMatch(found.value, names);
    if (suggestion !== undefined) data.suggestion = suggestion;
  }
  return data;
}

/** Number data a custom issue passes in `params` (`minimum`, `maximum`, `received`). */
function paramsData(params: Record<string, unknown> | undefined, found: Found): IssueData {
  const data: IssueData = receivedData(found);
  if (typeof params?.['minimum'] === 'number') data.minimum = params['minimum'];
  if (typeof params?.['maximum'] === 'number') data.maximum = params['maximum'];
  return data;
}

function mapIssue(issue: ZodIssue, prefix: readonly Key[], context: Context, out: Issue[]): void {
  const at: Key[] = prefix.slice();
  for (const part of issue.path) at.push(typeof part === 'symbol' ? String(part) : part);
  const push = (code: IssueCode, message: string, data?: IssueData) => {
    out.push({ path: [...context.base, ...at], code, message, ...data });
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
        push('invalid_value', `must be a finite number, got ${String(value)}`, { received: value });
      } else if (at.length > 0 && (context.hasInput ? !found.present : saysUndefined(issue))) {
        const hint = MISSING_HINTS[String(at[at.length - 1])];
        push('missing', `is required (${expected})${hint === undefined ? '' : `: ${hint}`}`, {
          expected: issue.expected,
        });
      } else {
        push('invalid_type', `expected ${expected}, got ${describeValue(value)}`, {
          expected: issue.expected,
          received: typeName(value),
        });
      }
      return;
    }
    // A number out of a field's range (confidence 0–10, weight ≥ 0) is an invalid value
    // carrying the bound; too_big / too_small are the weight limits (custom issues).
    case 'too_small':
      push('invalid_value', issue.message, {
        ...receivedData(found),
        ...(issue.origin === 'number' ? { minimum: Number(issue.minimum) } : {}),
      });
      return;
    case 'too_big':
      push('invalid_value', issue.message, {
        ...receivedData(found),
        ...(issue.origin === 'number' ? { maximum: Number(issue.maximum) } : {}),
      });
      return;
    case 'not_multiple_of':
    case 'invalid_format':
      push('invalid_value', issue.message, receivedData(found));
      return;
    case 'invalid_value': {
      if (context.hasInput && !found.present && at.length > 0) {
        push('missing', `is required (${listValues(issue.values)})`, {
          expected: expectedValues(issue.values),
        });
        return;
      }
      const got = found.present ? ` (got ${describeValue(found.value)})` : '';
      const message =
        issue.values.length === 1 && issue.message.startsWith('must ')
          ? issue.message
          : `must be ${listValues(issue.values)}`;
      const data = optionsData(issue.values, found);
      push('invalid_value', message + got + didYouMean(data.suggestion), data);
      return;
    }
    case 'unrecognized_keys': {
      // The fields the object may have and does not: a field already there is no suggestion.
      const holderValue = found.present ? found.value : undefined;
      const known = (
        context.schema === undefined ? [] : (knownKeysAt(context.schema, context.input, at) ?? [])
      ).filter((k) => !hasOwnSafe(holderValue, k));
      const holder = [...context.base, ...at];
      for (const key of issue.keys) {
        if (isUnsafeKey(key)) {
          out.push({
            path: [...holder, key],
            code: 'unsafe_key',
            message: `the key ${quote(key)} is not allowed: it could pollute prototypes`,
            key,
          });
        } else {
          out.push(unknownKeyIssue(holder, key, known));
        }
      }
      return;
    }
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
        paramsData(issue.params, found),
      );
      return;
    }
    default:
      push('invalid_value', issue.message, receivedData(found));
  }
}

function mapUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  at: readonly Key[],
  found: Found,
  context: Context,
  out: Issue[],
  push: (code: IssueCode, message: string, data?: IssueData) => void,
): void {
  if (issue.discriminator !== undefined) {
    // A discriminated union whose discriminator (already in the path) matched no option.
    const known = 'options' in issue ? issue.options : undefined;
    const options = known === undefined ? 'a known kind' : listValues(known);
    if (context.hasInput && !found.present) {
      push(
        'missing',
        `is required (${options})`,
        known === undefined ? {} : { expected: expectedValues(known) },
      );
    } else {
      const data = known === undefined ? receivedData(found) : optionsData(known, found);
      push(
        'invalid_value',
        `must be ${options}${found.present ? ` (got ${describeValue(found.value)})` : ''}${didYouMean(data.suggestion)}`,
        data,
      );
    }
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
    push('invalid_value', `must be a finite number, got ${String(value)}`, { received: value });
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
    push(
      typeOnly ? 'invalid_type' : 'invalid_value',
      issue.message + got,
      typeOnly
        ? {
            expected: branches
              .map((branch) => (branch[0] as { expected?: string }).expected ?? '?')
              .join(' | '),
            received: typeName(value),
          }
        : receivedData(found),
    );
  }
}

function hasOwnSafe(value: unknown, key: string): boolean {
  try {
    return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
  } catch {
    return false;
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

/** `expected` for a list of values: `"metric" | "milestone"`. */
function expectedValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(' | ');
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? quote(v) : String(v)));
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}`;
}
