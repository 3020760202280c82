/**
 * Assertions on OKR policy findings, with readable failure messages listing
 * the missing and the unexpected findings. Framework-free: they throw plain
 * `Error`s, so they work under vitest, jest, node:test or mocha. Arguments
 * that are not findings or expectations are a `SokrError` (`invalid_type`,
 * `unknown_key` with a suggestion for a misspelt field of an expectation),
 * not a failed assertion.
 *
 * @module
 */
import type { Finding, Severity } from '../alignment/types.js';
import { describeValue } from '../_lib/quote.js';
import { formatPath, type Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import { requireArray, requireObject, requireOptions } from './_arguments.js';

/** What {@link expectFindings} expects of one finding; omitted fields are not checked. */
export interface ExpectedFinding {
  rule: string;
  /** Exactly these ids, in this order. */
  ids?: string[];
  /** Exactly this path. */
  path?: Path;
  severity?: Severity;
  /** A substring of the message. */
  message?: string;
}

/** The fields an expected finding may give. */
const EXPECTED_FIELDS: readonly string[] = ['rule', 'ids', 'path', 'severity', 'message'];

/** Throws `invalid_type` unless `findings` is an array of findings (what `validate` returns). */
function requireFindings(findings: unknown): asserts findings is readonly Finding[] {
  requireArray(findings, ['findings'], 'the findings of validate or runRule, an array');
  findings.forEach((f, i) => {
    requireObject(f, ['findings', i], 'a finding, an object');
    const { rule, path, ids, message, severity } = f as Partial<Finding>;
    if (
      typeof rule !== 'string' ||
      !Array.isArray(path) ||
      !Array.isArray(ids) ||
      typeof message !== 'string' ||
      typeof severity !== 'string'
    ) {
      throw new SokrError([
        {
          path: ['findings', i],
          code: 'invalid_type',
          message: 'Expected a finding (rule, severity, path, ids, message), as validate returns.',
        },
      ]);
    }
  });
}

function describeFinding(f: Finding): string {
  return `${f.severity} ${f.rule} at ${formatPath(f.path)} ids=[${f.ids.join(', ')}] — ${f.message}`;
}

function describeExpected(e: ExpectedFinding): string {
  const parts = [e.severity ?? '*', e.rule];
  if (e.path !== undefined) parts.push(`at ${formatPath(e.path)}`);
  if (e.ids !== undefined) parts.push(`ids=[${e.ids.join(', ')}]`);
  if (e.message !== undefined) parts.push(`message ∋ ${JSON.stringify(e.message)}`);
  return parts.join(' ');
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.rule === e.rule &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.path === undefined ||
      (f.path.length === e.path.length && f.path.every((p, i) => p === e.path![i]))) &&
    (e.ids === undefined ||
      (f.ids.length === e.ids.length && f.ids.every((id, i) => id === e.ids![i]))) &&
    (e.message === undefined || f.message.includes(e.message))
  );
}

/**
 * Asserts that the findings are exactly the expected ones (as a multiset,
 * in any order; only the given fields are compared). Throws an `Error` whose
 * message lists the missing and the unexpected findings.
 *
 * @param findings - What `validate` / `runRule` returned.
 * @param expected - One entry per expected finding.
 * @returns Nothing; throws on a mismatch.
 * @example
 * ```ts
 * import { builtinRules } from 'sokr';
 * import { expectFindings, runRule } from 'sokr/testing';
 * declare const set: import('sokr').OkrSet;
 * const rule = builtinRules['link/anchor-required']!;
 * expectFindings(runRule(rule, set), [
 *   { rule: 'link/anchor-required', ids: ['o2'], path: ['objectives', 1, 'links'] },
 * ]);
 * ```
 */
export function expectFindings(
  findings: readonly Finding[],
  expected: readonly ExpectedFinding[],
): void {
  requireFindings(findings);
  requireArray(expected, ['expected'], 'an array of expected findings');
  expected.forEach((e, i) => {
    requireOptions(e, EXPECTED_FIELDS, ['expected', i], 'an expected finding, an object');
    if (typeof e.rule !== 'string') {
      throw new SokrError([
        {
          path: ['expected', i, 'rule'],
          code: 'invalid_type',
          message: `Expected a rule id, got ${describeValue(e.rule)}.`,
        },
      ]);
    }
  });
  const remaining = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const at = remaining.findIndex((f) => matches(f, e));
    if (at < 0) missing.push(e);
    else remaining.splice(at, 1);
  }
  if (missing.length === 0 && remaining.length === 0) return;
  const lines = [`expected ${expected.length} finding(s), got ${findings.length}:`];
  for (const e of missing) lines.push(`  - missing:    ${describeExpected(e)}`);
  for (const f of remaining) lines.push(`  + unexpected: ${describeFinding(f)}`);
  throw new Error(lines.join('\n'));
}

/**
 * Asserts that there are no findings (of one rule, when given). Throws an
 * `Error` listing the findings otherwise.
 *
 * @param findings - What `validate` / `runRule` returned.
 * @param rule - Only consider findings of this rule id.
 * @returns Nothing; throws when there is a finding.
 * @example
 * ```ts
 * import { buildSet, expectNoFindings } from 'sokr/testing';
 * import { validate } from 'sokr';
 * expectNoFindings(validate(buildSet({ objectives: [{}] })), 'link/anchor-required');
 * ```
 */
export function expectNoFindings(findings: readonly Finding[], rule?: string): void {
  requireFindings(findings);
  if (rule !== undefined && typeof rule !== 'string') {
    throw new SokrError([
      {
        path: ['rule'],
        code: 'invalid_type',
        message: `Expected a rule id, got ${describeValue(rule)}.`,
      },
    ]);
  }
  const relevant = rule === undefined ? findings : findings.filter((f) => f.rule === rule);
  if (relevant.length === 0) return;
  throw new Error(
    [`expected no findings${rule === undefined ? '' : ` of ${rule}`}, got ${relevant.length}:`]
      .concat(relevant.map((f) => `  + ${describeFinding(f)}`))
      .join('\n'),
  );
}
