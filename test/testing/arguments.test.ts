import { describe, expect, it } from 'vitest';
import { builtinRules, validate } from '../../src/index.js';
import {
  acmeExample,
  buildSet,
  expectFindings,
  expectNoFindings,
  generateEnterprise,
  runRule,
} from '../../src/testing/index.js';
import { issuesOf } from '../_support/sokrIssues.js';

const anchorRule = builtinRules['link/anchor-required']!;

describe('sokr/testing refuses a misspelt option instead of testing another set', () => {
  it('runRule: { asof } would skip every rule that needs a date; it is unknown_key with a suggestion', () => {
    const rule = builtinRules['deliver/stale-check-in']!;
    expect(issuesOf(() => runRule(rule, acmeExample(), { asof: '2026-02-15' } as never))).toEqual([
      expect.objectContaining({ path: ['asof'], code: 'unknown_key', suggestion: 'asOf' }),
    ]);
    // Spelt right, the same call finds what the rule looks for.
    expect(runRule(rule, acmeExample(), { asOf: '2026-03-30' }).length).toBeGreaterThan(0);
  });

  it('runRule: a rule that is not one is invalid_type at ["rule"] or ["rule", "meta"]', () => {
    for (const rule of [undefined, null, 'link/anchor-required', 5])
      expect(issuesOf(() => runRule(rule as never, acmeExample()))[0]).toMatchObject({
        path: ['rule'],
        code: 'invalid_type',
      });
    expect(issuesOf(() => runRule({ id: 'team/x' } as never, acmeExample()))[0]).toMatchObject({
      path: ['rule', 'meta'],
      code: 'invalid_type',
    });
    expect(issuesOf(() => runRule(anchorRule, acmeExample(), null as never))[0]).toMatchObject({
      path: [],
      code: 'invalid_type',
    });
  });

  it('generateEnterprise: { unit: 5 } would build the default 13 units; it is unknown_key', () => {
    expect(issuesOf(() => generateEnterprise({ unit: 5 } as never))).toEqual([
      expect.objectContaining({ path: ['unit'], code: 'unknown_key', suggestion: 'units' }),
    ]);
    for (const options of [null, 5, 'seed', []])
      expect(issuesOf(() => generateEnterprise(options as never))[0]).toMatchObject({
        path: [],
        code: 'invalid_type',
      });
    expect(generateEnterprise({ units: 5 }).units).toHaveLength(5);
  });

  it('buildSet: a misspelt part, objective, key result, check-in or initiative field is named by its path', () => {
    const cases: [unknown, (string | number)[], string][] = [
      [{ objectivs: [{}] }, ['objectivs'], 'objectives'],
      [{ objectives: [{ keyresults: 3 }] }, ['objectives', 0, 'keyresults'], 'keyResults'],
      [
        { objectives: [{ children: [{ titel: 'x' }] }] },
        ['objectives', 0, 'children', 0, 'titel'],
        'title',
      ],
      [
        { objectives: [{ keyResults: [{ mesure: { kind: 'milestone' } }] }] },
        ['objectives', 0, 'keyResults', 0, 'mesure'],
        'measure',
      ],
      [
        { objectives: [{ keyResults: [{ checkIns: [{ at: '2026-01-08', valu: 3 }] }] }] },
        ['objectives', 0, 'keyResults', 0, 'checkIns', 0, 'valu'],
        'value',
      ],
      [
        { objectives: [{ keyResults: [{ initiatives: [{ titel: 'x' }] }] }] },
        ['objectives', 0, 'keyResults', 0, 'initiatives', 0, 'titel'],
        'title',
      ],
    ];
    for (const [spec, path, suggestion] of cases)
      expect(issuesOf(() => buildSet(spec as never))).toEqual([
        expect.objectContaining({ path, code: 'unknown_key', suggestion }),
      ]);
  });

  it('buildSet: parts of the wrong type are invalid_type at their path; a right spec still builds', () => {
    const cases: [unknown, (string | number)[]][] = [
      [null, []],
      [[], []],
      [{ objectives: {} }, ['objectives']],
      [{ objectives: [null] }, ['objectives', 0]],
      [{ objectives: [{ keyResults: 'two' }] }, ['objectives', 0, 'keyResults']],
      [{ objectives: [{ children: {} }] }, ['objectives', 0, 'children']],
      [
        { objectives: [{ keyResults: [{ checkIns: [5] }] }] },
        ['objectives', 0, 'keyResults', 0, 'checkIns', 0],
      ],
    ];
    for (const [spec, path] of cases)
      expect(issuesOf(() => buildSet(spec as never))[0]).toMatchObject({
        path,
        code: 'invalid_type',
      });
    const set = buildSet({
      objectives: [{ id: 'grow', keyResults: 3, children: [{ id: 'ship' }] }],
    });
    expect(set.keyResults.map((k) => k.id)).toEqual([
      'grow.kr1',
      'grow.kr2',
      'grow.kr3',
      'ship.kr1',
      'ship.kr2',
    ]);
  });
});

describe('sokr/testing assertions tell a wrong argument from a failed assertion', () => {
  const findings = () => validate(buildSet({ objectives: [{ links: [] }] }));

  it('expectFindings: findings and expectations that are not what they should be are a SokrError', () => {
    expect(issuesOf(() => expectFindings(undefined as never, []))[0]).toMatchObject({
      path: ['findings'],
      code: 'invalid_type',
    });
    expect(issuesOf(() => expectFindings([{ rule: 'x' }] as never, []))[0]).toMatchObject({
      path: ['findings', 0],
      code: 'invalid_type',
    });
    expect(issuesOf(() => expectFindings(findings(), 'x' as never))[0]).toMatchObject({
      path: ['expected'],
      code: 'invalid_type',
    });
    expect(issuesOf(() => expectFindings(findings(), [{ rule: 5 }] as never))[0]).toMatchObject({
      path: ['expected', 0, 'rule'],
      code: 'invalid_type',
    });
    // A misspelt field would be ignored, so any finding of the rule would match.
    expect(
      issuesOf(() =>
        expectFindings(findings(), [{ rule: 'link/anchor-required', idz: ['o1'] }] as never),
      ),
    ).toEqual([
      expect.objectContaining({
        path: ['expected', 0, 'idz'],
        code: 'unknown_key',
        suggestion: 'ids',
      }),
    ]);
  });

  it('expectFindings still fails with a plain Error listing what is missing', () => {
    expect(() => expectFindings(findings(), [{ rule: 'owner/kr-owner' }])).toThrow(
      /missing: {4}\* owner\/kr-owner/,
    );
    expectFindings(findings(), [
      { rule: 'link/anchor-required', ids: ['o1'] },
      { rule: 'cascade/top-level-pillar', ids: ['o1'] },
    ]);
  });

  it('expectNoFindings: findings that are not an array, or a rule that is not an id, are a SokrError', () => {
    for (const f of [undefined, null, {}, 'x'])
      expect(issuesOf(() => expectNoFindings(f as never))[0]).toMatchObject({
        path: ['findings'],
        code: 'invalid_type',
      });
    expect(issuesOf(() => expectNoFindings(findings(), null as never))[0]).toMatchObject({
      path: ['rule'],
      code: 'invalid_type',
    });
    expect(() => expectNoFindings(findings(), 'link/anchor-required')).toThrow(
      /expected no findings/,
    );
    expectNoFindings(findings(), 'owner/kr-owner');
  });
});
