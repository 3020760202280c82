// Regression tests for the hostile inputs the property suites (test/hostile) found at the core's doors.
import { describe, expect, it } from 'vitest';
import {
  alignmentHealth,
  compile,
  isSokrError,
  type OkrSet,
  rollup,
  toHtml,
  toMarkdown,
  validate,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

/** The SokrError issue a call throws; any other error fails the test. */
function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('hostile input at the core and alignment doors', () => {
  it('validate turns an asOf no Date can hold, a bigint asOf and a null policy into findings', () => {
    for (const asOf of [1e308, -1e20, 10n]) {
      const findings = validate(acmeExample(), { asOf: asOf as never });
      expect(findings.some((f) => f.rule === 'internal/invalid-as-of')).toBe(true);
    }
    const findings = validate(acmeExample(), { policy: null as never });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'internal/invalid-policy')).toBe(true);
  });

  it('rollup refuses a bigint asOf with invalid_date, not a TypeError', () => {
    expect(issueOf(() => rollup(acmeExample(), { asOf: 10n as never }))).toMatchObject({
      path: ['asOf'],
      code: 'invalid_date',
    });
  });

  it('a set whose entities lack ids compiles; the scorer and the index report it with a SokrError', () => {
    const set = acmeExample();
    delete (set.objectives[0] as { id?: string }).id;
    expect(() => compile(set)).not.toThrow();
    const issue = issueOf(() => rollup(set, { asOf: '2026-02-15' }));
    expect(issue?.code).toBeDefined();
    expect(() => validate(set, { asOf: '2026-02-15' })).not.toThrow();
    expect(() => weeklyReport(set, { asOf: '2026-02-15' })).toThrow();
    expect(issueOf(() => weeklyReport(set, { asOf: '2026-02-15' }))).toBeDefined();
  });

  it('alignmentHealth refuses what is not a set, findings or options with a SokrError', () => {
    expect(issueOf(() => alignmentHealth([], new Number(1) as never))).toMatchObject({
      path: [],
      code: 'invalid_type',
    });
    expect(issueOf(() => alignmentHealth([], acmeExample(), null as never))).toMatchObject({
      path: ['options'],
    });
    expect(issueOf(() => alignmentHealth(42 as never, acmeExample()))).toMatchObject({
      path: ['findings'],
    });
    expect(
      issueOf(() => alignmentHealth([], { ...acmeExample(), units: 7 } as unknown as OkrSet)),
    ).toMatchObject({
      path: ['units'],
      code: 'invalid_type',
    });
  });

  it('the renderers refuse null options, a non-string title and what is not a report', () => {
    const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
    for (const render of [toMarkdown, toHtml]) {
      expect(issueOf(() => render(report, null as never))).toMatchObject({
        path: ['options'],
        code: 'invalid_type',
      });
      expect(issueOf(() => render(report, { title: 42 } as never))).toMatchObject({
        path: ['options', 'title'],
      });
      expect(issueOf(() => render({ kind: 'monthly' } as never))).toMatchObject({
        path: ['report'],
      });
    }
  });
});
