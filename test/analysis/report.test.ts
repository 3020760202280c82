import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contributions,
  createScorer,
  type OkrSet,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';

const acme = JSON.parse(readFileSync('examples/acme.okr.json', 'utf8')) as OkrSet;

describe('the weekly report names the key results that move the score most', () => {
  it('gives the two with the most headroom in the company score', () => {
    const report = weeklyReport(acme, { asOf: '2026-01-21' });
    const shares = contributions(createScorer(acme, { asOf: '2026-01-21' })).keyResults;
    const expected = [...shares].sort((a, b) => b.headroom - a.headroom).slice(0, 2);
    expect(report.movers.map((m) => m.keyResultId)).toEqual(expected.map((c) => c.keyResultId));
    expect(report.movers[0]!.headroom).toBeGreaterThanOrEqual(report.movers[1]!.headroom);
    expect(report.movers[0]!.headroom).toBeCloseTo(expected[0]!.headroom, 12);
    const md = toMarkdown(report);
    expect(md).toContain('## Moves the score most');
    expect(md).toContain(`- ${report.movers[0]!.title}: `);
  });

  it('uses the unit subtree score when the report is filtered to a unit', () => {
    const unitId = acme.units[1]!.id;
    const report = weeklyReport(acme, { asOf: '2026-01-21', unitId });
    const shares = contributions(createScorer(acme, { asOf: '2026-01-21' }), { scope: { unitId } });
    const ids = new Set(shares.keyResults.map((c) => c.keyResultId));
    for (const m of report.movers) expect(ids.has(m.keyResultId)).toBe(true);
  });
});

describe('the movers are the top of contributions sorted by headroom', () => {
  it('match contributions on generated sets, for the company and for each top unit', async () => {
    const { generateEnterprise } = await import('../../src/testing/index.js');
    for (const seed of [1, 2, 3]) {
      const set = generateEnterprise({ seed, units: 12, cycles: 1 });
      const asOf = '2026-02-15';
      const scorer = createScorer(set, { asOf });
      const units = [undefined, ...set.units.slice(0, 4).map((u) => u.id)];
      for (const unitId of units) {
        const scope = unitId === undefined ? ('company' as const) : { unitId };
        const { score, keyResults } = contributions(scorer, { scope });
        const expected = keyResults
          .filter((c) => c.headroom > 0)
          .sort((a, b) => b.headroom - a.headroom || b.weight - a.weight)
          .slice(0, 2);
        if (unitId === undefined) expect(expected).toHaveLength(2);
        const report = weeklyReport(set, unitId === undefined ? { asOf } : { asOf, unitId });
        expect(report.movers?.map((m) => [m.keyResultId, m.headroom, m.weight])).toEqual(
          expected.map((c) => [c.keyResultId, c.headroom, c.weight]),
        );
        // The scope score read from the running sums equals the scorecard's.
        const card = scorer.snapshot();
        const fromCard =
          unitId === undefined ? card.company.score : card.units[unitId]!.subtree.score;
        expect(score).toBe(fromCard);
      }
    }
  });
});
