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
    expect(report.movers?.map((m) => m.keyResultId)).toEqual(expected.map((c) => c.keyResultId));
    expect(report.movers![0]!.headroom).toBeGreaterThanOrEqual(report.movers![1]!.headroom);
    expect(report.movers![0]!.headroom).toBeCloseTo(expected[0]!.headroom, 12);
    const md = toMarkdown(report);
    expect(md).toContain('## Moves the score most');
    expect(md).toContain(`- ${report.movers![0]!.title}: `);
  });

  it('uses the unit subtree score when the report is filtered to a unit', () => {
    const unitId = acme.units[1]!.id;
    const report = weeklyReport(acme, { asOf: '2026-01-21', unitId });
    const shares = contributions(createScorer(acme, { asOf: '2026-01-21' }), { scope: { unitId } });
    const ids = new Set(shares.keyResults.map((c) => c.keyResultId));
    for (const m of report.movers ?? []) expect(ids.has(m.keyResultId)).toBe(true);
  });
});
