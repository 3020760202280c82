// A getter or a Proxy trap of the caller's that throws: the throwing functions throw a
// SokrError (not_json), the safe twins return the issue, the predicates answer false.
import { describe, expect, it } from 'vitest';
import * as sokr from '../../src/index.js';
import { acmeExample, buildSet, generateEnterprise, runRule } from '../../src/testing/index.js';
import { issueOf } from '../_support/sokrIssues.js';
import { throwingProxy } from '../_support/throwingProxy.js';

const trap = throwingProxy;

describe('arguments whose getter or Proxy trap throws', () => {
  it('the throwing functions that read a set, options or a result throw not_json', () => {
    const set = acmeExample();
    const scorer = sokr.createScorer(set, { asOf: '2026-02-15' });
    const calls: [string, () => unknown][] = [
      ['assertOk', () => sokr.assertOk(trap() as never)],
      ['assertOkrSet', () => sokr.assertOkrSet(set, trap() as never)],
      ['checkIntegrity', () => sokr.checkIntegrity(trap() as never)],
      ['contributions', () => sokr.contributions(scorer, trap() as never)],
      ['dependencyImpact', () => sokr.dependencyImpact(scorer, trap() as never)],
      ['whatIf', () => sokr.whatIf(scorer, trap() as never)],
      ['describeFix', () => sokr.describeFix(trap() as never, set)],
      ['generateCycles', () => sokr.generateCycles(trap() as never)],
      ['fiscalYearOf', () => sokr.fiscalYearOf('2026-02-15', trap() as never)],
      ['definePolicy', () => sokr.definePolicy(trap() as never)],
      ['defineRule', () => sokr.defineRule(trap() as never)],
      ['buildSet', () => buildSet(trap() as never)],
      ['generateEnterprise', () => generateEnterprise(trap() as never)],
      ['runRule', () => runRule(trap() as never, set)],
    ];
    for (const [name, call] of calls) {
      const issue = issueOf(call);
      expect(issue.code, name).toMatch(/^(not_json|invalid_type)$/);
      if (issue.code === 'not_json') expect(issue.message, name).toContain('trap');
    }
  });

  it('the safe twins return the issue at ["options"]; isSokrError answers false', () => {
    for (const result of [
      sokr.parseOkrSet(acmeExample(), trap() as never),
      sokr.normalizeOkrSet({}, trap() as never),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues[0]).toMatchObject({ path: ['options'], code: 'not_json' });
    }
    expect(sokr.isSokrError(trap())).toBe(false);
  });
});
