import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, isSokrError, rollup, type RollupScope } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { checkIn, keyResult, objective, okrSet, Q1 } from './_fixtures.js';

const Q2 = { id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' };

/** Two quarters, one unit: o1 (Q1) scores 0.5, o2 (Q2) has not started (0). */
const twoQuarters = okrSet({
  units: [
    { id: 'co', name: 'Company' },
    { id: 'team', name: 'Team', parentId: 'co' },
  ],
  people: [
    { id: 'ann', name: 'Ann' },
    { id: 'bob', name: 'Bob' },
  ],
  strategy: { pillars: [{ id: 'p', title: 'Growth' }] },
  cycles: [Q1, Q2],
  objectives: [
    objective('o1', { unitId: 'team', links: [{ kind: 'pillar', pillarId: 'p' }] }),
    objective('o2', { unitId: 'team', cycleId: 'q2', links: [{ kind: 'pillar', pillarId: 'p' }] }),
  ],
  keyResults: [
    keyResult('k1', 'o1'),
    keyResult('k2', 'o2', { ownerId: 'bob' }),
    keyResult('k3', 'o2'),
  ],
  checkIns: [checkIn('c1', 'k1', 50)],
});

describe('scope: which cycles the aggregates cover', () => {
  it('covers the cycles running at asOf by default, so a quarter that has not started does not count as 0', () => {
    const card = rollup(twoQuarters, { asOf: '2026-02-15' });
    expect(card.options.scope).toBe('running');
    expect(card.options.scopeCycleIds).toEqual(['q1']);
    expect(card.company).toMatchObject({ score: 0.5, objectiveCount: 1, keyResultCount: 1 });
    expect(card.units['team']!.own).toMatchObject({
      score: 0.5,
      objectiveCount: 1,
      keyResultCount: 1,
    });
    expect(card.units['co']!.subtree).toMatchObject({ score: 0.5, objectiveCount: 1 });
    expect(card.pillars['p']).toMatchObject({ score: 0.5, objectiveCount: 1 });
    // Ann owns k1 (Q1) and k3 (Q2): only k1 counts; Bob owns only a Q2 key result.
    expect(card.owners['ann']).toMatchObject({ score: 0.5, objectiveCount: 1, keyResultCount: 1 });
    expect(card.owners['bob']).toMatchObject({ score: null, objectiveCount: 0, keyResultCount: 0 });
    expect(card.company.counts.pending).toBe(0);
    // Each cycle's own aggregate and every card are there whatever the scope.
    expect(card.cycles['q2']).toMatchObject({ score: 0, objectiveCount: 1, keyResultCount: 2 });
    expect(card.cycles['q2']!.counts.pending).toBe(2);
    expect(card.objectives['o2']!.score).toBe(0);
  });

  it("'all' covers every cycle: (0.5 + 0) / 2", () => {
    const card = rollup(twoQuarters, { asOf: '2026-02-15', scope: 'all' });
    expect(card.options.scopeCycleIds).toEqual(['q1', 'q2']);
    expect(card.company).toMatchObject({ score: 0.25, objectiveCount: 2, keyResultCount: 3 });
    expect(card.owners['ann']).toMatchObject({ score: 0.25, keyResultCount: 2 });
  });

  it('takes a list of cycle ids', () => {
    const card = rollup(twoQuarters, { asOf: '2026-02-15', scope: ['q2'] });
    expect(card.options.scope).toEqual(['q2']);
    expect(card.company).toMatchObject({ score: 0, objectiveCount: 1, keyResultCount: 2 });
  });

  it('after the last quarter, covers the most recently started one; before the first, the first to start', () => {
    expect(rollup(twoQuarters, { asOf: '2026-08-01' }).options.scopeCycleIds).toEqual(['q2']);
    expect(rollup(twoQuarters, { asOf: '2025-12-01' }).options.scopeCycleIds).toEqual(['q1']);
    // The last day of a quarter is inside it; the next day belongs to the next one.
    expect(rollup(twoQuarters, { asOf: '2026-03-31T23:59:59Z' }).options.scopeCycleIds).toEqual([
      'q1',
    ]);
    expect(rollup(twoQuarters, { asOf: '2026-04-01' }).options.scopeCycleIds).toEqual(['q2']);
  });

  it('on the Acme example at 2026-02-15: the year and Q1, not Q2 (11 of 14 objectives)', () => {
    const set = acmeExample();
    const running = rollup(set, { asOf: '2026-02-15' });
    const all = rollup(set, { asOf: '2026-02-15', scope: 'all' });
    expect(running.options.scopeCycleIds).toEqual(['2026', '2026-q1']);
    expect(running.company.objectiveCount).toBe(11);
    expect(all.company.objectiveCount).toBe(14);
    expect(running.company.score!).toBeGreaterThan(all.company.score!);
    expect(running.cycles).toEqual(all.cycles);
    expect(running.objectives).toEqual(all.objectives);
  });

  it('refuses an unknown cycle id or a bad value, naming the path', () => {
    const error = (scope: unknown) => {
      try {
        rollup(twoQuarters, { asOf: '2026-02-15', scope: scope as RollupScope });
      } catch (e) {
        return isSokrError(e) ? e.issues[0] : e;
      }
      return undefined;
    };
    expect(error(['q1', 'q9'])).toMatchObject({ path: ['scope', 1], code: 'dangling_reference' });
    expect(error('some')).toMatchObject({ path: ['scope'], code: 'invalid_value' });
  });

  it('stays bit-for-bit equal to a full rollup after edits, in and out of scope', () => {
    const kr = fc.constantFrom('k1', 'k2', 'k3');
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('checkIn' as const),
        kr,
        value: fc.integer({ min: -20, max: 140 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({
        kind: fc.constant('weight' as const),
        kr,
        weight: fc.constantFrom(0, 0.5, 1, 3),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<RollupScope>('running', 'all', ['q2']),
        fc.array(edit, { maxLength: 12 }),
        (scope, edits) => {
          const options = { asOf: '2026-02-15', scope };
          const scorer = createScorer(twoQuarters, options);
          let set = twoQuarters;
          edits.forEach((e, i) => {
            if (e.kind === 'checkIn') {
              const c = checkIn(
                `e${i}`,
                e.kr,
                e.value,
                `2026-02-${String(e.day).padStart(2, '0')}`,
              );
              scorer.applyCheckIn(c);
              set = { ...set, checkIns: [...set.checkIns, c] };
            } else {
              scorer.setKeyResultWeight(e.kr, e.weight);
              set = {
                ...set,
                keyResults: set.keyResults.map((k) =>
                  k.id === e.kr ? { ...k, weight: e.weight } : k,
                ),
              };
            }
          });
          expect(scorer.snapshot()).toEqual(rollup(set, options));
        },
      ),
      { numRuns: 300 },
    );
  });
});
