// "Moves the score most" names key results of the report itself, in the
// report's own score (audit of issue 19): a person's report names their key
// results, a cycle's report that cycle's, a key result whose window is over is
// no mover, and the score it prints reads as the rest of the weekly report.
import { describe, expect, it } from 'vitest';
import { toMarkdown, weeklyReport } from 'sokr';
import { acmeExample, buildSet } from 'sokr/testing';

const acme = acmeExample();
const shownIds = (r: ReturnType<typeof weeklyReport>) =>
  new Set(r.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults.map((k) => k.id))));

describe('the weekly report’s movers', () => {
  it('are the person’s own key results in a report filtered to one owner, shares of their score', () => {
    const report = weeklyReport(acme, { asOf: '2026-01-21', ownerId: 'maya' });
    const mine = acme.keyResults.filter((k) => k.ownerId === 'maya').map((k) => k.id);
    expect(report.movers).toHaveLength(2);
    for (const m of report.movers) expect(mine).toContain(m.keyResultId);
    // Maya's score is the mean of her three key results (weight 1 each): a third each.
    for (const m of report.movers) {
      expect(m.weight).toBeCloseTo(1 / 3, 12);
      expect(m.headroom).toBeCloseTo((1 - m.score) / 3, 12);
    }
    expect(report.movers[0]!.headroom).toBeGreaterThanOrEqual(report.movers[1]!.headroom);
    expect(toMarkdown(report)).toContain(`- ${report.movers[0]!.title}: 33% of the score`);
  });

  it('are key results of the cycle the report names', () => {
    const set = buildSet({
      cycles: [
        { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' },
        { id: 'q2', name: 'Q2', start: '2026-04-01', end: '2026-06-30' },
      ],
      objectives: [
        { id: 'a', cycleId: 'q1', keyResults: [{ checkIns: [{ at: '2026-01-14', value: 2 }] }] },
        { id: 'b', cycleId: 'q2', keyResults: 1 },
      ],
    });
    const q2 = weeklyReport(set, { asOf: '2026-01-21', cycleId: 'q2' });
    expect(q2.movers.map((m) => m.keyResultId)).toEqual(['b.kr1']);
    expect(q2.movers[0]!.weight).toBe(1);
    const running = weeklyReport(set, { asOf: '2026-01-21' });
    expect(running.movers.map((m) => m.keyResultId)).toEqual(['a.kr1']);
  });

  it('leave out key results whose window is over: reaching the target adds nothing any more', () => {
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            { checkIns: [{ at: '2026-03-20', value: 6 }] },
            { due: '2026-01-31', checkIns: [{ at: '2026-01-14', value: 1 }] },
            { checkIns: [{ at: '2026-01-14', value: 5 }] },
          ],
        },
      ],
    });
    const late = weeklyReport(set, { asOf: '2026-02-11' });
    const missed = late.units[0]!.objectives[0]!.keyResults.find((k) => k.id === 'o1.kr2')!;
    expect(missed.status).toBe('missed');
    // kr2 (0.1, due 31 Jan) has more headroom than kr3 (0.5), but its window is over.
    expect(late.movers.map((m) => m.keyResultId)).toEqual(['o1.kr1', 'o1.kr3']);
    const ended = weeklyReport(set, { asOf: '2026-04-15' });
    expect(ended.movers).toEqual([]);
    expect(toMarkdown(ended)).not.toContain('Moves the score most');
  });

  it('print the score as every other score of the weekly report does (status colours, no grade rounding)', () => {
    // 0.35 is red on the Google scale, so a grade prints it 0.3; the weekly report prints 0.4.
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            {
              title: 'Grow ARR',
              measure: { kind: 'metric', start: 4_000_000, target: 5_000_000, unit: '€' },
              checkIns: [{ at: '2026-01-14', value: 4_350_000 }],
            },
          ],
        },
      ],
    });
    const report = weeklyReport(set, { asOf: '2026-01-21' });
    const md = toMarkdown(report);
    expect(md).toContain('| Grow ARR | Lead of company | €4.35M of €5.0M (from €4.0M) | 0.4 |');
    expect(md).toContain('- Grow ARR: 100% of the score, at 0.4 — reaching its target adds 0.65');
  });

  it('are always key results the report shows', () => {
    for (const options of [{}, { unitId: 'growth' }, { cycleId: '2026-q1' }, { ownerId: 'raj' }]) {
      const report = weeklyReport(acme, { asOf: '2026-02-18', ...options });
      const shown = shownIds(report);
      for (const m of report.movers) expect(shown.has(m.keyResultId)).toBe(true);
    }
  });
});
