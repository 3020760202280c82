import { describe, expect, it } from 'vitest';
import { builtinRules, validate } from '../../src/index.js';
import { buildSet, expectFindings, expectNoFindings, runRule } from '../../src/testing/index.js';

describe('buildSet', () => {
  it('makes a valid default set in one line', () => {
    const set = buildSet({ objectives: [{}] });
    expect(set.units).toEqual([{ id: 'company', name: 'Unit company' }]);
    expect(set.objectives[0]).toMatchObject({
      id: 'o1',
      unitId: 'company',
      cycleId: 'q1',
      ownerId: 'company-lead',
      state: 'active',
    });
    expect(set.objectives[0]?.links).toEqual([{ kind: 'pillar', pillarId: 'growth' }]);
    expect(set.keyResults.map((kr) => kr.id)).toEqual(['o1.kr1', 'o1.kr2']);
    expectNoFindings(validate(set));
  });

  it('nests children, derives ids, owners and approvers', () => {
    const set = buildSet({
      units: { acme: null, eng: 'acme', web: 'eng' },
      objectives: [
        { id: 'grow', unitId: 'acme', children: [{ id: 'ship', unitId: 'web', keyResults: 3 }] },
      ],
    });
    expect(set.keyResults.map((kr) => kr.id)).toEqual([
      'grow.kr1',
      'grow.kr2',
      'ship.kr1',
      'ship.kr2',
      'ship.kr3',
    ]);
    expect(set.objectives[1]).toMatchObject({
      parent: { objectiveId: 'grow' },
      ownerId: 'web-lead',
      approvedBy: 'eng-lead',
      links: [],
    });
  });

  it('expands link shorthands and rejects malformed ones', () => {
    const set = buildSet({ objectives: [{ links: ['supports:x', 'weakness:w1'] }] });
    expect(set.objectives[0]?.links).toEqual([
      { kind: 'supports', objectiveId: 'x' },
      { kind: 'weakness', swotId: 'w1' },
    ]);
    expect(() => buildSet({ objectives: [{ links: ['pilar:growth'] }] })).toThrow(
      /must be "kind:id"/,
    );
  });

  it('fills check-in values from the measure', () => {
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            {
              measure: { kind: 'checklist', items: [{ id: 'a', title: 'A' }] },
              checkIns: [{ at: '2026-01-07' }],
            },
          ],
        },
      ],
    });
    expect(set.checkIns).toEqual([
      { id: 'o1.kr1.c1', keyResultId: 'o1.kr1', at: '2026-01-07', value: [] },
    ]);
  });
});

describe('runRule', () => {
  it('runs one rule alone with options', () => {
    const set = buildSet({ objectives: [{ keyResults: 1 }] });
    expect(runRule(builtinRules['limits/kr-per-objective']!, set).map((f) => f.message)).toEqual([
      'Objective "o1" has 1 key result; 2–4 is recommended.',
    ]);
    expect(runRule(builtinRules['limits/kr-per-objective']!, set, { options: { min: 1 } })).toEqual(
      [],
    );
    expect(
      runRule(builtinRules['limits/kr-per-objective']!, set, { severity: 'info' })[0]?.severity,
    ).toBe('info');
    expect(() =>
      runRule(builtinRules['limits/kr-per-objective']!, set, { options: { mni: 1 } }),
    ).toThrow(/did you mean "min"/);
  });
});

describe('expectFindings / expectNoFindings', () => {
  const findings = runRule(
    builtinRules['link/anchor-required']!,
    buildSet({ objectives: [{}, { links: [] }] }),
  );

  it('pass when the findings match', () => {
    expectFindings(findings, [
      { rule: 'link/anchor-required', ids: ['o2'], path: ['objectives', 1, 'links'] },
    ]);
    expectNoFindings(findings, 'cascade/no-loop');
  });

  it('fail with a readable diff of missing and unexpected findings', () => {
    expect(() => expectFindings(findings, [{ rule: 'link/anchor-required', ids: ['o1'] }])).toThrow(
      [
        'expected 1 finding(s), got 1:',
        '  - missing:    * link/anchor-required ids=[o1]',
        '  + unexpected: warning link/anchor-required at objectives[1].links ids=[o2] — Objective "o2" links to none',
      ].join('\n'),
    );
    expect(() => expectNoFindings(findings)).toThrow(
      /expected no findings, got 1:\n {2}\+ warning link\/anchor-required/,
    );
  });
});
