// Arguments an outside review passed in (issue 13's "a clear error when a caller passes
// something that was never parsed"): each gets a SokrError naming its own path.
import { describe, expect, it } from 'vitest';
import {
  alignmentHealth,
  contributions,
  createScorer,
  dependencyImpact,
  findingsOfCycle,
  validate,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { issueOf } from '../_support/sokrIssues.js';
import { throwingProxy } from '../_support/throwingProxy.js';

const set = acmeExample();
const asOf = '2026-02-15';

describe('alignmentHealth and findingsOfCycle name the finding that is not one', () => {
  const findings = validate(set, { asOf });

  it('refuses an entry that is not a finding at its position, not the set', () => {
    for (const bad of [null, 5, {}, { path: 'objectives' }]) {
      const list = [...findings, bad];
      const at = ['findings', findings.length];
      expect(issueOf(() => alignmentHealth(list as never, set))).toMatchObject({
        code: 'invalid_type',
        path: at,
      });
      expect(issueOf(() => findingsOfCycle(list as never, set, '2026-q1'))).toMatchObject({
        code: 'invalid_type',
        path: at,
      });
    }
    expect(issueOf(() => findingsOfCycle(undefined as never, set, '2026-q1'))).toMatchObject({
      path: ['findings'],
    });
  });

  it('still reads what validate returns', () => {
    expect(alignmentHealth(findings, set).score).toBeGreaterThan(0);
    expect(findingsOfCycle(findings, set, '2026-q1').length).toBeGreaterThan(0);
  });
});

describe('contributions and dependencyImpact check their options', () => {
  const scorer = createScorer(set, { asOf });

  it('refuses a misspelt option with a suggestion ({ scop } scored the company)', () => {
    expect(
      issueOf(() => contributions(scorer, { scop: { unitId: 'sales' } } as never)),
    ).toMatchObject({ code: 'unknown_key', path: ['options', 'scop'] });
    expect(issueOf(() => contributions(scorer, { scop: 'company' } as never)).message).toContain(
      'scope',
    );
    expect(issueOf(() => dependencyImpact(scorer, { scopes: 'company' } as never))).toMatchObject({
      code: 'unknown_key',
    });
  });

  it('refuses options that are not an object', () => {
    for (const bad of [5, 'x', null, []]) {
      expect(issueOf(() => contributions(scorer, bad as never))).toMatchObject({
        code: 'invalid_type',
        path: ['options'],
      });
      expect(issueOf(() => dependencyImpact(scorer, bad as never))).toMatchObject({
        code: 'invalid_type',
        path: ['options'],
      });
    }
  });

  it('reads the scope it is given, and the company without one', () => {
    expect(contributions(scorer).scope).toBe('company');
    expect(contributions(scorer, {}).scope).toBe('company');
    expect(contributions(scorer, { scope: { unitId: 'sales' } }).scope).toEqual({
      unitId: 'sales',
    });
  });
});

describe("a scorer's edits turn the caller's own error into not_json", () => {
  it('applyCheckIn and setMeasure with a throwing Proxy change nothing', () => {
    const scorer = createScorer(set, { asOf });
    const before = JSON.stringify(scorer.snapshot());
    const kr = set.keyResults[0]!.id;
    expect(issueOf(() => scorer.applyCheckIn(throwingProxy() as never))).toMatchObject({
      code: 'not_json',
      path: [],
    });
    expect(issueOf(() => scorer.setMeasure(kr, throwingProxy() as never))).toMatchObject({
      code: 'not_json',
    });
    expect(JSON.stringify(scorer.snapshot())).toBe(before);
  });
});
