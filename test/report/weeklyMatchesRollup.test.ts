import { describe, expect, it } from 'vitest';
import { rollup, weeklyReport } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

// The weekly report reads its key result and objective figures off two read-only scorers;
// they must be the rollup's cards at asOf and a week earlier, field for field.
describe('weeklyReport figures equal the rollup at both instants', () => {
  for (const seed of [3, 7, 11]) {
    it(`on a generated enterprise (seed ${seed})`, () => {
      const set = generateEnterprise({ seed, units: 30, cycles: 1 });
      const asOf = '2026-02-15';
      const report = weeklyReport(set, { asOf });
      const now = rollup(set, { asOf });
      const before = rollup(set, { asOf: '2026-02-08' });
      let seen = 0;
      for (const u of report.units) {
        for (const o of u.objectives) {
          const oc = now.objectives[o.id]!;
          expect(o.score).toBe(oc.score ?? 0);
          expect(o.status).toBe(oc.status);
          expect(o.previousScore).toBe(before.objectives[o.id]!.score ?? 0);
          for (const k of o.keyResults) {
            const card = now.keyResults[k.id]!;
            const prev = before.keyResults[k.id]!;
            expect(k.score).toBe(card.score ?? 0);
            expect(k.previousScore).toBe(prev.score ?? 0);
            expect(k.status).toBe(card.status);
            expect(k.previousStatus).toBe(prev.status);
            expect(k.expected).toBe(card.expected ?? 0);
            expect(k.stale).toBe(card.stale);
            expect(k.lastCheckInAt).toBe(card.lastCheckInAt);
            expect(k.value).toEqual(card.value);
            expect(k.band.id).toBe(card.bandId);
            seen += 1;
          }
        }
      }
      expect(seen).toBeGreaterThan(100);
    });
  }
});
