/**
 * Private to the SVG builders: the checks of their options. A value of the
 * wrong type is an issue at its path (`missing` when a required one is
 * absent, `invalid_type` otherwise); what each builder tolerates on purpose
 * (a date that does not parse, a score that is `NaN`, a colour that is not
 * a CSS colour) is left to it.
 *
 * @module
 */
import { describeValue } from '../../_lib/quote.js';
import { typeName } from '../../_lib/typeName.js';
import { formatPath, type Issue, type Path } from '../../model/issue.js';
import { SokrError } from '../../model/SokrError.js';
import { unknownKeyIssue } from '../../model/issueMessages.js';
import { unreadableIssue } from '../../model/readingSet.js';

/** A plain object to read fields from (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The issue of a value that is not `shown` (`a number`, `an object { at, score }`):
 * `missing` when it is absent, `invalid_type` otherwise, with `expected`
 * (`'number'`, `'string | number'`) and `received` (`'null'`, `'array'`, …).
 */
export function typeIssue(path: Path, expected: string, shown: string, value: unknown): Issue {
  const name = formatPath(path);
  if (value === undefined) {
    return { path, code: 'missing', message: `${name} is required: ${shown}`, expected };
  }
  return {
    path,
    code: 'invalid_type',
    message: `${name} must be ${shown}, got ${describeValue(value)}`,
    expected,
    received: typeName(value),
  };
}

/**
 * Text to write: a string as it is, a number as its digits (a title of a set
 * that was never parsed, as the reports write it). Anything else is an issue
 * (`missing` when `required` and absent); `undefined` when absent or refused.
 */
export function readText(
  value: unknown,
  path: Path,
  required: boolean,
  issues: Issue[],
): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== undefined || required) issues.push(typeIssue(path, 'string', 'a string', value));
  return undefined;
}

/** A number as it is (`NaN` included: each builder says what it draws for one); `undefined` when absent or refused. */
export function readNumber(
  value: unknown,
  path: Path,
  required: boolean,
  issues: Issue[],
): number | undefined {
  if (typeof value === 'number') return value;
  if (value !== undefined || required) issues.push(typeIssue(path, 'number', 'a number', value));
  return undefined;
}

/** A size in px: a finite number above 0, or `fallback` when absent. */
export function readSize(value: unknown, path: Path, fallback: number, issues: Issue[]): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') {
    issues.push(typeIssue(path, 'number', 'a number of px', value));
    return fallback;
  }
  if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
    issues.push({
      path,
      code: 'invalid_value',
      message: `${formatPath(path)} must be a finite number of px above 0, got ${describeValue(value)}`,
      ...(Number.isFinite(value) ? { received: value } : {}),
    });
    return fallback;
  }
  return value;
}

/** An optional switch: `true` or `false`, `undefined` when absent or refused. */
export function readBoolean(value: unknown, path: Path, issues: Issue[]): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  issues.push(typeIssue(path, 'boolean', 'true or false', value));
  return undefined;
}

/** An optional colour: a string (one that is not a CSS colour falls back where it is used). */
export function readColor(value: unknown, path: Path, issues: Issue[]): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  issues.push(typeIssue(path, 'string', 'a CSS colour string', value));
  return undefined;
}

/** An optional callback, `undefined` when absent or refused. */
export function readFunction<F>(value: unknown, path: Path, issues: Issue[]): F | undefined {
  if (value === undefined || typeof value === 'function') return value as F | undefined;
  issues.push(typeIssue(path, 'function', 'a function', value));
  return undefined;
}

/**
 * Reads and checks `options` with `read` (and, given `known`, refuses each
 * top-level name not in it: `unknown_key` with a suggestion), then throws
 * every issue found as one {@link SokrError}. A getter or a Proxy trap that throws while the
 * options are read is `not_json` at `[]` (plain data has neither), as
 * everywhere in sokr.
 */
export function readOptions<T>(
  fn: string,
  read: (issues: Issue[]) => T,
  options?: unknown,
  known?: readonly string[],
): T {
  const issues: Issue[] = [];
  let value: T;
  try {
    value = read(issues);
    // A misspelt option (`widht`) is refused with a suggestion, not drawn with the default.
    if (known !== undefined && typeof options === 'object' && options !== null) {
      for (const key of Object.keys(options))
        if (!known.includes(key)) issues.push(unknownKeyIssue([], key, known, 'option'));
    }
  } catch (error) {
    throw new SokrError([unreadableIssue(fn, 'options', error)]);
  }
  if (issues.length > 0) throw new SokrError(issues, `${fn}: ${SokrError.summarize(issues)}`);
  return value;
}

/** The issue of options that are not an object. */
export function optionsIssue(fn: string, shape: string, options: unknown): Issue {
  return {
    path: [],
    code: 'invalid_type',
    message: `${fn} takes an options object ${shape}, got ${describeValue(options)}`,
    expected: 'object',
    received: typeName(options),
  };
}
