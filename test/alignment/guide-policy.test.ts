// The custom policy of docs/guides/policies.md, tested with sokr/testing.
import { readFileSync } from 'node:fs';
import { parseOkrSet, validate } from 'sokr';
import { buildSet, expectFindings, expectNoFindings, runRule } from 'sokr/testing';
import { describe, expect, it } from 'vitest';
import {
  acmeEngineeringPolicy,
  engineeringInitiatives,
} from '../../examples/policies/engineering-checklist.js';

const units = { acme: null, engineering: 'acme', web: 'engineering', sales: 'acme' };

describe('acme/engineering-initiatives', () => {
  it('flags an engineering key result without initiatives, also in sub-teams', () => {
    const set = buildSet({
      units,
      objectives: [
        {
          id: 'eng',
          unitId: 'engineering',
          keyResults: [{ initiatives: [{ title: 'Load tests' }] }, {}],
        },
        { id: 'web', unitId: 'web', keyResults: 1 },
        { id: 'sales', unitId: 'sales', keyResults: 1 },
      ],
    });
    expectFindings(runRule(engineeringInitiatives, set), [
      {
        rule: 'acme/engineering-initiatives',
        path: ['keyResults', 1],
        ids: ['eng.kr2', 'engineering'],
      },
      { rule: 'acme/engineering-initiatives', path: ['keyResults', 2], ids: ['web.kr1', 'web'] },
    ]);
  });

  it('passes when every engineering key result has enough initiatives', () => {
    const set = buildSet({
      units,
      objectives: [
        {
          unitId: 'engineering',
          keyResults: [{ initiatives: [{}, {}] }, { initiatives: [{}, {}, {}] }],
        },
      ],
    });
    expectNoFindings(runRule(engineeringInitiatives, set, { options: { min: 2 } }));
  });
});

describe('the Acme engineering policy on the bundled example', () => {
  const parsed = parseOkrSet(JSON.parse(readFileSync('examples/acme.okr.json', 'utf8')));
  if (!parsed.ok) throw new Error('examples/acme.okr.json does not parse');
  const acme = parsed.value;

  it('adds errors for the Product & Engineering key results without initiatives', () => {
    const errors = validate(acme, { policy: acmeEngineeringPolicy }).filter(
      (f) => f.severity === 'error',
    );
    expect(errors.map((f) => f.ids[0])).toEqual([
      '2026-q1.product.ship-self-serve-onboarding-for-the-mid-market.kr2',
      '2026-q1.product.harden-the-platform-for-ten-times-the-load.kr2',
      '2026-q1.platform.make-the-platform-enterprise-ready.kr2',
      '2026-q1.platform.make-the-platform-enterprise-ready.kr3',
      '2026-q1.growth.turn-trials-into-paying-customers.kr2',
      '2026-q1.growth.turn-trials-into-paying-customers.kr3',
      '2026-q2.growth.turn-trials-into-paying-customers.kr1',
      '2026-q2.growth.turn-trials-into-paying-customers.kr2',
    ]);
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(['acme/engineering-initiatives']));
  });
});

describe('docs/guides/policies.md', () => {
  it('shows exactly the code of the files it names', () => {
    const text = readFileSync('docs/guides/policies.md', 'utf8');
    const blocks = [...text.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
    expect(blocks.map((b) => b[1])).toEqual([
      'examples/policies/no-empty-titles.ts',
      'examples/policies/engineering-checklist.ts',
      'test/alignment/guide-policy.test.ts',
    ]);
    for (const [, file, code] of blocks)
      expect(code).toBe(readFileSync(file!, 'utf8').replace(/\n$/, ''));
  });
});
