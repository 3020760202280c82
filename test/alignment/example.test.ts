import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alignmentHealth,
  type Finding,
  parseOkrSet,
  recommended,
  strict,
  validate,
} from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

const parsed = parseOkrSet(JSON.parse(readFileSync('examples/acme.okr.json', 'utf8')));
if (!parsed.ok) throw new Error('examples/acme.okr.json does not parse');
const acme = parsed.value;
const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.ids[0]}`;

describe('the bundled example (examples/acme.okr.json) under recommended', () => {
  const belowMin = [
    'info limits/objectives-per-unit sales',
    'info limits/objectives-per-unit product',
    'info limits/objectives-per-unit success',
    'info limits/objectives-per-unit enterprise',
    'info limits/objectives-per-unit platform',
    'info limits/objectives-per-unit growth',
    'info limits/objectives-per-unit growth',
    'info limits/objectives-per-unit support',
  ];

  it('has no errors and no warnings without asOf: only the "fewer than 3 objectives" advice', () => {
    const findings = validate(acme, { policy: recommended });
    expect(findings.map(brief)).toEqual(belowMin);
    expect(alignmentHealth(findings, acme)).toMatchObject({ score: 100, homework: [] });
  });

  it('has exactly three warnings in week 3 (asOf 2026-01-21)', () => {
    const findings = validate(acme, { policy: recommended, asOf: '2026-01-21' });
    expect(findings.map(brief)).toEqual([
      'warning align/dependency-accepted trials-need-chat-support',
      'warning deliver/confidence-drop 2026-q1.product.harden-the-platform-for-ten-times-the-load.kr1',
      'warning deliver/missing-check-in 2026-q1.growth.turn-trials-into-paying-customers.kr3',
      ...belowMin,
    ]);
    const drop = findings.find((f) => f.rule === 'deliver/confidence-drop')!;
    expect(drop.message).toContain('fell from 6 to 3');
    // 14 objectives → budget 140 points; 3 warnings = 9 points → 100 − 900/140.
    expect(alignmentHealth(findings, acme).score).toBeCloseTo(100 - 900 / 140, 10);
  });

  it('has no errors under strict either', () => {
    const findings = validate(acme, { policy: strict, asOf: '2026-01-21' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('generated organisations (generateEnterprise)', () => {
  it('have no errors or warnings under recommended, whatever the seed', () => {
    for (const seed of [1, 2, 3]) {
      const set = generateEnterprise({ seed, units: 40 });
      const findings = validate(set, { policy: recommended });
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('get only check-in rhythm and dependency-agreement warnings once asOf is given', () => {
    const set = generateEnterprise({ units: 40 });
    const rules = new Set(validate(set, { asOf: '2026-02-16' }).map((f) => f.rule));
    for (const rule of rules)
      expect(rule).toMatch(/^(deliver\/|align\/dependency-accepted$|limits\/objectives-per-unit$)/);
  });
});
