import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  contributions,
  createScorer,
  dependencyImpact,
  type KeyResult,
  type Measure,
  type Objective,
  type OkrSet,
  rollup,
  SokrError,
  whatIf,
} from '../../src/index.js';
import { checkIn, keyResult, objective, okrSet } from '../rollup/_fixtures.js';

// Company = (2 × o1 + 1 × o2) / 3; o1 = (1 × a + 3 × b) / 4; o2 = c.
// a 0.5, b 0.1, c 0.9: o1 0.2, company (0.4 + 0.9) / 3 = 0.4333…
function company(): OkrSet {
  return okrSet({
    objectives: [objective('o1', { weight: 2 }), objective('o2')],
    keyResults: [keyResult('a', 'o1'), keyResult('b', 'o1', { weight: 3 }), keyResult('c', 'o2')],
    checkIns: [checkIn('c1', 'a', 50), checkIn('c2', 'b', 10), checkIn('c3', 'c', 90)],
    dependencies: [
      { id: 'd1', from: { keyResultId: 'b' }, on: { keyResultId: 'c' }, state: 'proposed' },
      { id: 'd2', from: { objectiveId: 'o2' }, on: { keyResultId: 'a' }, state: 'declined' },
      { id: 'd3', from: { keyResultId: 'a' }, on: { keyResultId: 'c' }, state: 'accepted' },
    ],
  });
}
const AS_OF = '2026-02-15';

describe('contributions', () => {
  it('gives each key result its effective weight in the company score (worked example)', () => {
    const c = contributions(createScorer(company(), { asOf: AS_OF }));
    expect(c.score).toBeCloseTo(1.3 / 3, 12);
    expect(c.keyResults.map((k) => k.keyResultId)).toEqual(['b', 'c', 'a']);
    const [b, cc, a] = c.keyResults;
    expect(b!.weight).toBeCloseTo(1 / 2, 12);
    expect(cc!.weight).toBeCloseTo(1 / 3, 12);
    expect(a!.weight).toBeCloseTo(1 / 6, 12);
    expect(b!.impact).toBeCloseTo(0.05, 12);
    expect(b!.headroom).toBeCloseTo(0.45, 12);
    expect(cc!.headroom).toBeCloseTo(1 / 30, 12);
  });

  it('explains one objective, and follows a derived key result into its child objectives', () => {
    const set = okrSet({
      objectives: [objective('top'), objective('child', { parent: { keyResultId: 'kd' } })],
      keyResults: [
        keyResult('kd', 'top', { measure: { kind: 'derived' } }),
        keyResult('k1', 'top'),
        keyResult('x', 'child'),
        keyResult('y', 'child'),
      ],
      checkIns: [checkIn('c1', 'k1', 40), checkIn('c2', 'x', 20), checkIn('c3', 'y', 60)],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    const top = contributions(scorer, { scope: { objectiveId: 'top' } });
    expect(top.keyResults.map((k) => [k.keyResultId, k.weight])).toEqual([
      ['k1', 0.5],
      ['x', 0.25],
      ['y', 0.25],
    ]);
    expect(top.score).toBeCloseTo(0.4, 12);
  });

  it('refuses an unknown scope id and anything but a scorer', () => {
    const scorer = createScorer(company(), { asOf: AS_OF });
    expect(() => contributions(scorer, { scope: { unitId: 'nope' } })).toThrow(SokrError);
    expect(() => contributions(rollup(company(), { asOf: AS_OF }) as never)).toThrow(
      /Expected a scorer from createScorer/,
    );
    expect(() => contributions(scorer, { scope: 'world' as never })).toThrow(/scope is 'company'/);
  });
});

describe('whatIf', () => {
  it('gives the score deltas without changing the scorer (worked example)', () => {
    const scorer = createScorer(company(), { asOf: AS_OF });
    const before = JSON.stringify(scorer.snapshot());
    const r = whatIf(scorer, [{ keyResultId: 'c', value: 100 }]);
    expect(r.company.before).toBeCloseTo(1.3 / 3, 12);
    expect(r.company.after).toBeCloseTo(1.4 / 3, 12);
    expect(r.company.delta).toBeCloseTo(1 / 30, 12);
    expect(Object.keys(r.objectives)).toEqual(['o2']);
    expect(r.keyResults['c']).toMatchObject({ after: 1 });
    expect(r.units['co']!.delta).toBeCloseTo(1 / 30, 12);
    expect(JSON.stringify(scorer.snapshot())).toBe(before);
  });

  it('agrees with a rollup of the set with those check-ins', () => {
    const set = company();
    const scorer = createScorer(set, { asOf: AS_OF });
    const r = whatIf(scorer, [
      { keyResultId: 'a', value: 80 },
      { keyResultId: 'b', value: 35 },
    ]);
    set.checkIns.push(checkIn('w1', 'a', 80, AS_OF), checkIn('w2', 'b', 35, AS_OF));
    expect(r.company.after).toBe(rollup(set, { asOf: AS_OF }).company.score);
  });

  it('names the change that cannot be scored', () => {
    const scorer = createScorer(company(), { asOf: AS_OF });
    const issue = (changes: unknown) => {
      try {
        whatIf(scorer, changes as never);
      } catch (error) {
        return (error as SokrError).issues[0];
      }
      return undefined;
    };
    expect(issue([{ keyResultId: 'zz', value: 1 }])).toMatchObject({
      path: ['changes', 0, 'keyResultId'],
      code: 'dangling_reference',
    });
    expect(
      issue([
        { keyResultId: 'a', value: 1 },
        { keyResultId: 'b', value: 'lots' },
      ]),
    ).toMatchObject({
      path: ['changes', 1, 'value'],
      code: 'value_mismatch',
    });
    expect(issue('a')).toMatchObject({ path: ['changes'], code: 'invalid_type' });
  });
});

describe('dependencyImpact', () => {
  it('ranks the dependencies that need attention by the weight of what depends on them', () => {
    const ranked = dependencyImpact(createScorer(company(), { asOf: AS_OF }));
    expect(ranked.map((d) => [d.dependencyId, d.reason])).toEqual([
      ['d1', 'not-accepted'],
      ['d2', 'declined'],
    ]);
    expect(ranked[0]!.weight).toBeCloseTo(1 / 2, 12);
    expect(ranked[0]!.atStake).toBeCloseTo(0.45, 12);
    expect(ranked[1]!.weight).toBeCloseTo(1 / 3, 12);
  });

  it('lists an accepted dependency as blocked when its other side is off track', () => {
    const set = company();
    set.checkIns.push(checkIn('late', 'c', 0, '2026-03-20'));
    const ranked = dependencyImpact(createScorer(set, { asOf: '2026-03-21' }));
    expect(ranked.find((d) => d.dependencyId === 'd3')).toMatchObject({
      reason: 'blocked',
      onStatus: 'off-track',
    });
  });
});

// ---- Properties on random sets: cascades, weights, pending policies.
const MEASURES: Measure[] = [
  { kind: 'metric', start: 0, target: 100 },
  { kind: 'metric', start: 100, target: 20 },
  { kind: 'threshold', mode: 'atLeast', value: 50 },
  { kind: 'derived' },
];
const arbSet = fc
  .record({
    objectives: fc.array(
      fc.record({
        parentKind: fc.integer({ min: 0, max: 2 }),
        parent: fc.nat(),
        weight: fc.constantFrom(undefined, 0, 0.5, 1, 3),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    keyResults: fc.array(
      fc.record({
        objective: fc.nat(),
        weight: fc.constantFrom(undefined, 0, 1, 2),
        measure: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    checkIns: fc.array(fc.record({ kr: fc.nat(), value: fc.integer({ min: -20, max: 150 }) }), {
      maxLength: 12,
    }),
  })
  .map((shape) => {
    const nO = shape.objectives.length;
    const nK = shape.keyResults.length;
    const objectives: Objective[] = shape.objectives.map((o, i) =>
      objective(`o${i}`, {
        ...(o.weight === undefined ? {} : { weight: o.weight }),
        ...(o.parentKind === 1 ? { parent: { objectiveId: `o${o.parent % nO}` } } : {}),
        ...(o.parentKind === 2 ? { parent: { keyResultId: `k${o.parent % nK}` } } : {}),
      }),
    );
    const keyResults: KeyResult[] = shape.keyResults.map((k, i) =>
      keyResult(`k${i}`, `o${k.objective % nO}`, {
        measure: MEASURES[k.measure]!,
        ...(k.weight === undefined ? {} : { weight: k.weight }),
      }),
    );
    const checkIns: CheckIn[] = shape.checkIns.map((c, i) =>
      checkIn(`c${i}`, `k${c.kr % nK}`, c.value),
    );
    return okrSet({ objectives, keyResults, checkIns });
  });
const arbOptions = fc.record({
  includeChildren: fc.boolean(),
  pending: fc.constantFrom('zero' as const, 'exclude' as const),
});

describe('analysis laws (properties)', () => {
  it('contributions sum to 1 and Σ weight × score reproduces the score', () => {
    fc.assert(
      fc.property(arbSet, arbOptions, fc.nat(), (set, opts, pick) => {
        const scorer = createScorer(set, { asOf: AS_OF, ...opts });
        const scopes = [
          'company' as const,
          { objectiveId: `o${pick % set.objectives.length}` },
          { cycleId: 'q1' },
        ];
        for (const scope of scopes) {
          const c = contributions(scorer, { scope });
          if (c.score === null) {
            expect(c.keyResults).toEqual([]);
            continue;
          }
          const sum = c.keyResults.reduce((s, k) => s + k.weight, 0);
          const total = c.keyResults.reduce((s, k) => s + k.impact, 0);
          expect(sum).toBeCloseTo(1, 9);
          expect(total).toBeCloseTo(c.score, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('whatIf never changes the scorer, and its company score is that of the edited scorer', () => {
    fc.assert(
      fc.property(
        arbSet,
        arbOptions,
        fc.nat(),
        fc.integer({ min: 0, max: 120 }),
        (set, opts, pick, value) => {
          const leaves = set.keyResults.filter((k) => k.measure.kind !== 'derived');
          if (leaves.length === 0) return;
          const kr = leaves[pick % leaves.length]!;
          const scorer = createScorer(set, { asOf: AS_OF, ...opts });
          const before = JSON.stringify(scorer.snapshot());
          const r = whatIf(scorer, [{ keyResultId: kr.id, value }]);
          expect(JSON.stringify(scorer.snapshot())).toBe(before);
          scorer.applyCheckIn({ id: 'w', keyResultId: kr.id, at: AS_OF, value });
          expect(Object.is(r.company.after, scorer.snapshot().company.score)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
