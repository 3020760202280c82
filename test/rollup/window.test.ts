import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, rollup, validate } from '../../src/index.js';
import { checkIn, keyResult, objective, okrSet } from './_fixtures.js';

// Q1 2026: 2026-01-01 … 2026-03-31; k2 is due 2026-04-10, after the cycle's end.
const base = okrSet({
  objectives: [objective('o1')],
  keyResults: [keyResult('k1', 'o1'), keyResult('k2', 'o1', { due: '2026-04-10' })],
});

describe("check-ins outside a key result's window", () => {
  it('never become current: a check-in before the cycle or after the window does not score', () => {
    const set = {
      ...base,
      checkIns: [
        checkIn('before', 'k1', 90, '2025-12-20'),
        checkIn('in', 'k1', 40, '2026-02-01'),
        checkIn('after', 'k1', 100, '2026-04-02'),
      ],
    };
    const card = rollup(set, { asOf: '2026-04-07' });
    expect(card.keyResults['k1']).toMatchObject({ score: 0.4, lastCheckInAt: '2026-02-01' });
    // Only the one before the cycle: the key result is pending.
    const early = rollup({ ...set, checkIns: [set.checkIns[0]!] }, { asOf: '2026-02-15' });
    expect(early.keyResults['k1']).toMatchObject({
      score: 0,
      status: 'pending',
      lastCheckInAt: null,
    });
    // …and validate says so, so nothing is dropped silently.
    const rules = validate(set, { asOf: '2026-04-07' }).filter(
      (f) => f.rule === 'deliver/check-in-outside-window',
    );
    expect(rules.map((f) => f.ids[0])).toEqual(['before', 'after']);
  });

  it('counts a check-in up to the later of the cycle end and the due day (the window recordCheckIn accepts)', () => {
    const set = {
      ...base,
      checkIns: [checkIn('a', 'k2', 30, '2026-03-20'), checkIn('b', 'k2', 70, '2026-04-10')],
    };
    expect(rollup(set, { asOf: '2026-04-20' }).keyResults['k2']!.score).toBe(0.7);
  });

  it('keeps the incremental scorer equal to a full rollup when check-ins land outside the window', () => {
    const date = fc.constantFrom(
      '2025-12-31',
      '2026-01-01',
      '2026-02-14',
      '2026-03-31',
      '2026-04-01',
      '2026-04-10',
      '2026-04-11',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kr: fc.constantFrom('k1', 'k2'),
            at: date,
            value: fc.integer({ min: 0, max: 100 }),
            id: fc.integer({ min: 0, max: 5 }),
          }),
          {
            maxLength: 12,
          },
        ),
        fc.constantFrom('2026-02-15', '2026-04-05', '2026-04-30'),
        (edits, asOf) => {
          const scorer = createScorer(base, { asOf });
          let checkIns = base.checkIns;
          for (const e of edits) {
            const c = checkIn(`c${e.id}`, e.kr, e.value, e.at);
            scorer.applyCheckIn(c);
            const i = checkIns.findIndex((x) => x.id === c.id);
            checkIns = i < 0 ? [...checkIns, c] : checkIns.map((x, j) => (j === i ? c : x));
          }
          expect(scorer.snapshot()).toEqual(rollup({ ...base, checkIns }, { asOf }));
        },
      ),
      { numRuns: 400 },
    );
  });
});
