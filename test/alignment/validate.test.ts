import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFindings,
  definePolicy,
  defineRule,
  type Finding,
  type OkrSet,
  strict,
  validate,
} from '../../src/index.js';
import {
  buildSet,
  expectFindings,
  expectNoFindings,
  type ObjectiveSpec,
} from '../../src/testing/index.js';

const org = { acme: null, eng: 'acme', web: 'eng', sales: 'acme' };

const messy = (): OkrSet =>
  buildSet({
    units: org,
    objectives: [
      { id: 'a', links: [], keyResults: 6 },
      {
        id: 'b',
        unitId: 'web',
        parent: 'ghost',
        ownerId: 'acme-lead',
        keyResults: [{ ownerId: 'nobody', due: '2027-01-01' }],
      },
      { id: 'c', unitId: 'sales', parent: 'c', keyResults: 1 },
    ],
    dependencies: [{ from: 'b', on: 'b', state: 'declined' }],
  });

describe('validate', () => {
  it('sorts findings by severity, rule id, then path', () => {
    const findings = validate(messy(), { asOf: '2026-02-10' });
    expect(findings.length).toBeGreaterThan(10);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      expect(rank[findings[i - 1]!.severity]).toBeLessThanOrEqual(rank[findings[i]!.severity]);
    }
    expect(findings[0]!.severity).toBe('error');
  });

  it('returns the same findings in the same order on every call', () => {
    const set = messy();
    expect(validate(set, { asOf: '2026-02-10' })).toEqual(
      validate(structuredClone(set), { asOf: '2026-02-10' }),
    );
  });

  it('orders paths with indices numerically', () => {
    const objectives: ObjectiveSpec[] = Array.from({ length: 12 }, () => ({ links: [] }));
    const findings = validate(buildSet({ objectives }), {
      policy: definePolicy({ rules: { 'link/anchor-required': 'warning' } }),
    });
    expect(findings.map((f) => f.path[1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('skips rules that need asOf when it is missing, and runs them with it', () => {
    const set = buildSet({ objectives: [{}] });
    expectNoFindings(validate(set));
    expectFindings(validate(set, { asOf: '2026-02-01' }), [
      { rule: 'deliver/missing-check-in', ids: ['o1.kr1'] },
      { rule: 'deliver/missing-check-in', ids: ['o1.kr2'] },
    ]);
    expect(validate(set, { asOf: Date.UTC(2026, 1, 1) })).toEqual(
      validate(set, { asOf: '2026-02-01' }),
    );
  });

  it('turns a crashing rule into an internal/rule-crashed error and runs the others', () => {
    const boom = defineRule({
      id: 'team/boom',
      meta: { description: 'crashes', severity: 'warning' },
      check() {
        throw new TypeError('cannot read "x" of undefined');
      },
    });
    const findings = validate(buildSet({ objectives: [{ links: [] }] }), {
      policy: definePolicy({ extends: 'recommended', plugins: [boom] }),
    });
    expectFindings(findings, [
      {
        rule: 'internal/rule-crashed',
        severity: 'error',
        ids: ['team/boom'],
        path: [],
        message: 'Rule "team/boom" crashed: cannot read',
      },
      { rule: 'link/anchor-required', ids: ['o1'] },
      { rule: 'cascade/top-level-pillar', ids: ['o1'] },
    ]);
  });

  it('reports an invalid asOf instead of throwing', () => {
    const findings = validate(buildSet({ objectives: [{}] }), { asOf: '2026-02-30' });
    expectFindings(findings, [
      { rule: 'internal/invalid-as-of', severity: 'error', path: ['asOf'] },
    ]);
  });

  it('accepts a policy config, and reports an invalid one as findings', () => {
    const set = buildSet({ objectives: [{ keyResults: 6 }] });
    expectFindings(
      validate(set, {
        policy: {
          extends: 'recommended',
          rules: { 'limits/kr-per-objective': ['warning', { hardMax: 6 }] },
        },
      }),
      [{ rule: 'limits/kr-per-objective', severity: 'warning', ids: ['o1'] }],
    );
    expectFindings(validate(set, { policy: { rules: { 'limits/nope': 'off' } } }), [
      {
        rule: 'internal/invalid-policy',
        severity: 'error',
        path: ['policy', 'rules', 'limits/nope'],
      },
    ]);
  });

  it('reports a policy config with an unknown field instead of running no rule at all', () => {
    const set = buildSet({ objectives: [{ links: [], keyResults: 6 }] });
    expect(validate(set, { policy: { extnds: 'strict' } as never })).toEqual([
      {
        rule: 'internal/invalid-policy',
        severity: 'error',
        path: ['policy', 'extnds'],
        ids: [],
        message: 'unknown field "extnds"; did you mean "extends"?',
      },
    ]);
    expectFindings(validate(set, { policy: [] as never }), [
      { rule: 'internal/invalid-policy', severity: 'error', path: ['policy'] },
    ]);
    // A set passed as the policy: one finding per field of the set.
    const findings = validate(set, { policy: set as never });
    expect(findings.length).toBe(Object.keys(set).length);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['internal/invalid-policy']));
  });

  it('reports options that are not an object as internal/invalid-options and validates on', () => {
    const set = buildSet({ objectives: [{ links: [], keyResults: 6 }] });
    const plain = validate(set);
    expect(plain.length).toBeGreaterThan(0);
    for (const options of [null, 5, 'x', [], true, () => ({})]) {
      let findings: Finding[] = [];
      expect(() => {
        findings = validate(set, options as never);
      }).not.toThrow();
      const invalid = findings.filter((f) => f.rule === 'internal/invalid-options');
      expect(invalid).toEqual([
        expect.objectContaining({ severity: 'error', path: ['options'], ids: [] }),
      ]);
      // The other findings are those of validate without options.
      expect(findings.filter((f) => f.rule !== 'internal/invalid-options')).toEqual(plain);
    }
    expect(validate(set, null as never)[0]?.message).toMatch(/got null/);
    expect(validate(set, undefined)).toEqual(plain);
    expect(validate(set, {})).toEqual(plain);
  });

  it('reports each unknown option at its key, suggests the known spelling, and applies the others', () => {
    const set = buildSet({ objectives: [{ links: [], keyResults: 6 }] });
    const plain = validate(set, { policy: 'strict' as never });
    const findings = validate(set, {
      policy: 'strict' as never,
      asof: '2026-02-15',
      extra: 1,
    } as never);
    const invalid = findings.filter((f) => f.rule === 'internal/invalid-options');
    expect(invalid.map((f) => f.path)).toEqual([
      ['options', 'asof'],
      ['options', 'extra'],
    ]);
    expect(invalid[0]!.message).toMatch(/no option "asof" \(did you mean asOf\?\)/);
    expect(invalid[1]!.message).not.toMatch(/did you mean/);
    expect(findings.filter((f) => f.rule !== 'internal/invalid-options')).toEqual(plain);
    // A Proxy whose keys cannot be listed is validated as it reads.
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(() => validate(set, hostile)).not.toThrow();
  });

  it('is clean for a small well-formed set under strict', () => {
    const set = buildSet({
      units: { acme: null, eng: 'acme', web: 'eng' },
      objectives: [
        {
          id: 'g',
          unitId: 'acme',
          children: [
            { unitId: 'eng', children: [{ unitId: 'web' }, { unitId: 'web' }, { unitId: 'web' }] },
            { unitId: 'eng' },
            { unitId: 'eng' },
          ],
        },
      ],
    });
    expectNoFindings(validate(set, { policy: strict }));
  });

  it('validates a loop of 10,000 objectives without stack overflow', () => {
    const n = 10_000;
    const objectives: ObjectiveSpec[] = Array.from({ length: n }, (_, i) => ({
      id: `o${i}`,
      parent: i === 0 ? { keyResultId: `o${n - 1}.kr1` } : `o${i - 1}`,
    }));
    const findings = validate(buildSet({ objectives }), { asOf: '2026-02-01' });
    const loops = findings.filter((f) => f.rule === 'cascade/no-loop');
    expect(loops).toHaveLength(1);
    expect(loops[0]!.ids).toHaveLength(n);
    expect(findings.filter((f) => f.rule === 'link/anchor-required')).toHaveLength(n);
    expect(findings.some((f) => f.rule === 'internal/rule-crashed')).toBe(false);
  });

  it('validates a 10,000-level deep unit tree with a cascade down every level', () => {
    const depth = 10_000;
    const units: Record<string, string | null> = { u0: null };
    for (let i = 1; i < depth; i++) units[`u${i}`] = `u${i - 1}`;
    const objectives: ObjectiveSpec[] = Array.from({ length: depth }, (_, i) => ({
      id: `o${i}`,
      unitId: `u${i}`,
      ...(i === 0 ? {} : { parent: `o${i - 1}` }),
    }));
    const findings = validate(buildSet({ units, objectives }), {
      policy: strict,
      asOf: '2026-01-05',
    });
    expect(findings.some((f) => f.rule === 'internal/rule-crashed')).toBe(false);
    // One objective per unit: only the "fewer than 3 objectives" advice, for every unit below the root.
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['limits/objectives-per-unit']));
    expect(findings).toHaveLength(depth - 1);
    // A unit deep down cascading from the root skips levels.
    const skip = buildSet({
      units,
      objectives: [
        { id: 'top', unitId: 'u0' },
        { id: 'deep', unitId: 'u9999', parent: 'top' },
      ],
    });
    const skipped = validate(skip, { policy: strict }).filter(
      (f) => f.rule === 'cascade/no-level-skip',
    );
    expect(skipped.map((f) => f.ids)).toEqual([['deep', 'top']]);
  });

  it('never throws and never crashes a rule on sets with random cascades, units and links', () => {
    const unitIds = ['acme', 'eng', 'web', 'sales', 'ghost'];
    const objective = fc.record({
      unit: fc.constantFrom(...unitIds),
      parent: fc.option(fc.nat({ max: 9 }), { nil: undefined }),
      viaKr: fc.boolean(),
      link: fc.constantFrom('pillar:growth', 'pillar:nope', 'supports:o1', 'threat:t1', 'none'),
      krs: fc.nat({ max: 6 }),
      state: fc.constantFrom('draft', 'active', 'closed'),
    });
    fc.assert(
      fc.property(fc.array(objective, { minLength: 1, maxLength: 10 }), (specs) => {
        const set = buildSet({
          units: org,
          swot: [{ id: 't1', kind: 'threat', title: 'T' }],
          objectives: specs.map((s) => ({
            unitId: s.unit,
            state: s.state as 'draft',
            keyResults: s.krs,
            links: s.link === 'none' ? [] : [s.link],
            ...(s.parent === undefined
              ? {}
              : { parent: s.viaKr ? { keyResultId: `o${s.parent + 1}.kr1` } : `o${s.parent + 1}` }),
          })),
        });
        const findings: Finding[] = validate(set, { policy: strict, asOf: '2026-02-01' });
        return (
          findings.every((f) => !f.rule.startsWith('internal/')) &&
          [...findings].sort(compareFindings).every((f, i) => f === findings[i])
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('validate on a set it cannot read', () => {
  it('reports each issue of the set at its path as internal/invalid-set, with the reason', async () => {
    const { validate: check } = await import('../../src/index.js');
    for (const bad of [null, {}, { objectives: 'x' }]) {
      const findings = check(bad as never, { asOf: '2026-02-15' });
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.rule).toBe('internal/invalid-set');
        expect(f.severity).toBe('error');
        expect(f.message).toMatch(/^The set cannot be validated: \S/);
        expect(f.message).not.toMatch(/1 issue:$/);
      }
    }
    expect(check({ objectives: 'x' } as never)[0]!.path).toEqual(['objectives']);
  });
});
