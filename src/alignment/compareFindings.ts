import { describeValue } from '../_lib/quote.js';
import { typeName } from '../_lib/typeName.js';
import type { Path } from '../model/issue.js';
import { errorText } from '../model/scanJsonData.js';
import { SokrError } from '../model/SokrError.js';
import type { Finding, Severity } from './types.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePath(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return compareText(x, y);
  }
  return a.length - b.length;
}

/**
 * The order of `validate`'s findings: severity (error, warning, info), then
 * rule id, then path (indices numerically), then ids, then message.
 *
 * It compares findings as `validate` returns them (`{ rule, severity, path,
 * ids, message }`, as typed by {@link Finding}) and checks nothing on the way:
 * it is the comparator `validate` sorts every finding with, so it stays a few
 * field reads. Comparing something else is a programming error; where that
 * makes the comparison fail, the failure is a {@link SokrError}, never a
 * `TypeError` (the check is made only then, so it costs the sort nothing).
 * Something that reads as a finding without failing (an object whose fields
 * have other types) is compared as it reads, with no error.
 *
 * @param a - A finding.
 * @param b - Another finding.
 * @returns Negative when `a` comes first, positive when `b` does, 0 when equal.
 * @throws {@link SokrError} `invalid_type` at `['a']` or `['b']` when the
 *   comparison fails on an argument that is not a finding
 *   (`compareFindings(undefined, f)`, a finding without `path`), at `[]` when
 *   both look like findings but a field cannot be compared (a path element
 *   that is a symbol).
 * @example
 * ```ts
 * import { compareFindings, isSokrError } from 'sokr';
 * declare const findings: import('sokr').Finding[];
 * findings.sort(compareFindings);
 * try {
 *   compareFindings(findings[0]!, undefined as never);
 * } catch (error) {
 *   if (isSokrError(error)) error.issues[0]?.path; // ['b']
 * }
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  try {
    return (
      RANK[a.severity] - RANK[b.severity] ||
      compareText(a.rule, b.rule) ||
      comparePath(a.path, b.path) ||
      compareText(a.ids.join('\u0000'), b.ids.join('\u0000')) ||
      compareText(a.message, b.message)
    );
  } catch (error) {
    throw notComparable(a, b, error);
  }
}

/** True for a value with the fields a finding is compared by, each of its type (read only once a comparison failed). */
function looksLikeFinding(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<Record<keyof Finding, unknown>>;
  try {
    return (
      typeof f.severity === 'string' &&
      Object.hasOwn(RANK, f.severity) &&
      typeof f.rule === 'string' &&
      Array.isArray(f.path) &&
      Array.isArray(f.ids) &&
      typeof f.message === 'string'
    );
  } catch {
    return false; // a getter or a Proxy trap that throws: not plain data
  }
}

/** The error of a comparison that failed: on the argument that is not a finding, else on both. */
function notComparable(a: unknown, b: unknown, error: unknown): SokrError {
  const text = errorText(error);
  for (const [name, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (!looksLikeFinding(value)) {
      return new SokrError([
        {
          path: [name],
          code: 'invalid_type',
          message: `compareFindings compares findings as validate returns them ({ rule, severity, path, ids, message }); ${name} is ${describeValue(value)} (${text})`,
          expected: 'object',
          received: typeName(value),
        },
      ]);
    }
  }
  return new SokrError([
    {
      path: [],
      code: 'invalid_type',
      message: `compareFindings could not compare these findings (${text}): their paths and ids hold strings and numbers only`,
    },
  ]);
}
