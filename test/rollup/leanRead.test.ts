import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, rollup } from '../../src/index.js';
import { acmeExample, generateEnterprise } from '../../src/testing/index.js';

const AS_OF = '2026-02-15';

describe('the lean read path: aggregates without cards', () => {
  it('company, unit, pillar, cycle and owner equal the snapshot, for every id of the Acme example', () => {
    const set = acmeExample();
    const scorer = createScorer(set, { asOf: AS_OF });
    const card = rollup(set, { asOf: AS_OF });
    expect(scorer.company()).toEqual(card.company);
    for (const id of Object.keys(card.units)) expect(scorer.unit(id), id).toEqual(card.units[id]);
    for (const id of Object.keys(card.pillars))
      expect(scorer.pillar(id), id).toEqual(card.pillars[id]);
    for (const id of Object.keys(card.cycles))
      expect(scorer.cycle(id), id).toEqual(card.cycles[id]);
    for (const id of Object.keys(card.owners))
      expect(scorer.owner(id), id).toEqual(card.owners[id]);
    expect(Object.keys(card.units).length).toBeGreaterThan(2);
    expect(Object.keys(card.owners).length).toBeGreaterThan(2);
  });

  it('a worked value: the company score read lean moves with a check-in, as the snapshot does', () => {
    const set = acmeExample();
    const scorer = createScorer(set, { asOf: AS_OF });
    const before = scorer.company().score!;
    const kr = set.keyResults.find((k) => k.measure.kind === 'metric')!;
    const measure = kr.measure as { start: number; target: number };
    scorer.applyCheckIn({
      id: 'lean-1',
      keyResultId: kr.id,
      at: '2026-02-14',
      value: measure.target,
    });
    const after = scorer.company().score!;
    expect(after).not.toBe(before);
    expect(after).toBe(scorer.snapshot().company.score);
  });

  it('unknown ids read undefined', () => {
    const scorer = createScorer(acmeExample(), { asOf: AS_OF });
    expect(scorer.unit('nope')).toBeUndefined();
    expect(scorer.pillar('nope')).toBeUndefined();
    expect(scorer.cycle('nope')).toBeUndefined();
    expect(scorer.owner('nope')).toBeUndefined();
    expect(scorer.owner('__proto__')).toBeUndefined();
  });

  it('after random check-ins the lean aggregates equal a full rollup of the edited set (property)', () => {
    const base = generateEnterprise({ seed: 3, units: 6, cycles: 1 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kr: fc.nat(),
            value: fc.integer({ min: -50, max: 250 }),
            day: fc.integer({ min: 1, max: 14 }),
          }),
          {
            maxLength: 12,
          },
        ),
        (edits) => {
          const scorer = createScorer(base, { asOf: AS_OF });
          const checkIns = [...base.checkIns];
          edits.forEach((e, i) => {
            const kr = base.keyResults[e.kr % base.keyResults.length]!;
            if (kr.measure.kind !== 'metric') return;
            const ci = {
              id: `p${i}`,
              keyResultId: kr.id,
              at: `2026-02-${String(e.day).padStart(2, '0')}`,
              value: e.value,
            };
            scorer.applyCheckIn(ci);
            checkIns.push(ci);
          });
          const card = rollup({ ...base, checkIns }, { asOf: AS_OF });
          expect(scorer.company()).toEqual(card.company);
          for (const id of Object.keys(card.units)) expect(scorer.unit(id)).toEqual(card.units[id]);
          for (const id of Object.keys(card.owners))
            expect(scorer.owner(id)).toEqual(card.owners[id]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
