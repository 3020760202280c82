// Reports on a baseline key result (issue 17 item 6): "baseline not set yet"
// before its first check-in, "from baseline 40" after it, and its series.
import { describe, expect, it } from 'vitest';
import { cycleReview, type OkrSet, toMarkdown, weeklyReport } from '../../src/index.js';

function set(checkIns: OkrSet['checkIns']): OkrSet {
  return {
    version: 1,
    strategy: { pillars: [] },
    units: [{ id: 'co', name: 'Company' }],
    people: [{ id: 'ann', name: 'Ann' }],
    cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      {
        id: 'o',
        title: 'Happier customers',
        unitId: 'co',
        cycleId: 'q1',
        links: [],
        commitment: 'aspirational',
        state: 'active',
      },
    ],
    keyResults: [
      {
        id: 'nps',
        objectiveId: 'o',
        title: 'Raise NPS',
        ownerId: 'ann',
        measure: { kind: 'metric', start: null, target: 100, unit: 'pts' },
      },
    ],
    checkIns,
    initiatives: [],
    dependencies: [],
    risks: [],
  };
}

const keyResultOf = (s: OkrSet, asOf: string) =>
  weeklyReport(s, { asOf }).units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))[0]!;

describe('report figures of a baseline key result', () => {
  it('before the first check-in: pending, "baseline not set yet"', () => {
    const k = keyResultOf(set([]), '2026-02-15');
    expect(k.status).toBe('pending');
    expect(k.figures.start).toBeNull();
    expect(k.figures.text).toBe('baseline not set yet · target 100 pts');
  });

  it('after it: "from baseline 40", the first check-in scores 0 and 70 scores 0.5', () => {
    const s = set([
      { id: 'c1', keyResultId: 'nps', at: '2026-01-10', value: 40 },
      { id: 'c2', keyResultId: 'nps', at: '2026-02-10', value: 70 },
    ]);
    const k = keyResultOf(s, '2026-02-15');
    expect(k.score).toBe(0.5);
    expect(k.figures).toMatchObject({ start: 40, target: 100, current: 70, mode: 'atLeast' });
    expect(k.figures.text).toBe('70 of 100 pts (from baseline 40)');
    expect(k.series.map((p) => p.score)).toEqual([0, 0.5]);
    expect(toMarkdown(weeklyReport(s, { asOf: '2026-02-15' }))).toContain('from baseline 40');
    const review = cycleReview(s, { cycleId: 'q1', asOf: '2026-04-01' });
    const r = review.objectives[0]!.keyResults[0]!;
    expect(r.figures.text).toBe('70 of 100 pts (from baseline 40)');
    expect(r.score).toBe(0.5);
  });
});
