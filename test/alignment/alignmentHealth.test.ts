import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentHealth, defaultHealthWeights, type Finding, validate } from '../../src/index.js';
import { buildSet } from '../../src/testing/index.js';

const set = buildSet({
  units: { acme: null, web: 'acme', sales: 'acme' },
  objectives: [
    { id: 'g', unitId: 'acme' },
    { id: 'w1', unitId: 'web', links: [] },
    { id: 'w2', unitId: 'web', parent: 'g' },
    { id: 's1', unitId: 'sales' },
  ],
});

const finding = (severity: Finding['severity'], path: Finding['path']): Finding => ({
  rule: 'team/x',
  severity,
  path,
  ids: [],
  message: 'x',
});

describe('alignmentHealth', () => {
  it('scores 100 without findings and lists homework objectives', () => {
    const health = alignmentHealth([], set);
    expect(health.score).toBe(100);
    expect(health.units).toEqual({ acme: 100, web: 100, sales: 100 });
    expect(health.homework).toEqual(['w1']);
    expect(health.weights).toEqual(defaultHealthWeights);
  });

  it('worked example: penalty 10·errors + 3·warnings over a budget of 10 points per objective', () => {
    // 4 objectives → budget 40. One error on w1 (10) + one warning on w2's key result (3)
    // + one info on sales (0) + one set-level warning (3) = 16 → 100 − 100·16/40 = 60.
    const findings = [
      finding('error', ['objectives', 1, 'links']),
      finding('warning', ['keyResults', 5]),
      finding('info', ['units', 2]),
      finding('warning', ['strategy', 'pillars']),
    ];
    const health = alignmentHealth(findings, set);
    expect(health.penalty).toBe(16);
    expect(health.score).toBe(60);
    // web has 2 objectives (budget 20) and 13 points → 35; sales' info costs nothing.
    expect(health.units).toEqual({ acme: 100, web: 35, sales: 100 });
  });

  it('never goes below 0 and honours custom weights', () => {
    const many = Array.from({ length: 10 }, () => finding('error', ['objectives', 0]));
    expect(alignmentHealth(many, set).score).toBe(0);
    expect(alignmentHealth(many, set).units['acme']).toBe(0);
    const lenient = alignmentHealth([finding('error', ['objectives', 0])], set, {
      weights: { error: 2 },
    });
    expect(lenient.score).toBe(95);
  });

  it('attributes dependency findings to the unit of the dependent objective', () => {
    const withDep = buildSet({
      units: { acme: null, web: 'acme', sales: 'acme' },
      objectives: [
        { id: 's', unitId: 'sales' },
        { id: 'w', unitId: 'web' },
      ],
      dependencies: [{ from: 's', on: 'w', state: 'declined' }],
    });
    const health = alignmentHealth(validate(withDep), withDep);
    expect(health.units['sales']).toBeLessThan(100);
    expect(health.units['web']).toBe(100);
  });

  it('stays within 0–100 and never rises when a finding is added', () => {
    const severity = fc.constantFrom<Finding['severity']>('error', 'warning', 'info');
    const path = fc.constantFrom<Finding['path']>(
      ['objectives', 0],
      ['objectives', 3],
      ['keyResults', 2],
      ['units', 1],
      [],
    );
    const arb = fc.array(
      fc.tuple(severity, path).map(([s, p]) => finding(s, p)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, severity, path, (findings, s, p) => {
        const before = alignmentHealth(findings, set);
        const after = alignmentHealth([...findings, finding(s, p)], set);
        const inRange = (x: number) => x >= 0 && x <= 100;
        return (
          inRange(before.score) &&
          Object.values(before.units).every(inRange) &&
          after.score <= before.score &&
          Object.keys(before.units).every((u) => after.units[u]! <= before.units[u]!)
        );
      }),
    );
  });
});

describe('alignmentHealth options', () => {
  it('refuses a misspelt option with a suggestion (a typo of weights fell back to the defaults)', () => {
    const set = buildSet({ objectives: [{ links: [], keyResults: 2 }] });
    expect(() => alignmentHealth([], set, { weight: { error: 1 } } as never)).toThrow(
      /options\.weight: unknown_key — unknown option "weight"; did you mean "weights"\?/,
    );
    expect(() => alignmentHealth([], set, { weights: { error: 1 } } as never)).not.toThrow();
  });
});
