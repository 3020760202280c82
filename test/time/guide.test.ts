import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateCycles,
  keyResultWindow,
  parseOkrSet,
  rollup,
  weeklyReport,
} from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/guides/scoring.md', import.meta.url), 'utf8');

// The figures of the scoring guide's "A company in Los Angeles with a July fiscal year".
describe('docs/guides/scoring.md: the Los Angeles company', () => {
  const result = parseOkrSet({
    timeZone: 'America/Los_Angeles',
    units: [{ id: 'acme', name: 'Acme' }],
    people: [{ id: 'ana', name: 'Ana', unitId: 'acme' }],
    cycles: generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7 }),
    objectives: [
      { id: 'grow', title: 'Grow revenue', unitId: 'acme', cycleId: 'fy2027-q1', state: 'active' },
    ],
    keyResults: [
      {
        id: 'arr',
        objectiveId: 'grow',
        title: 'ARR 10 → 12 M$',
        ownerId: 'ana',
        measure: { kind: 'metric', start: 10, target: 12 },
      },
    ],
    checkIns: [
      { id: 'c1', keyResultId: 'arr', at: '2026-08-03', value: 10.8 },
      { id: 'c2', keyResultId: 'arr', at: '2026-08-11T23:30:00-07:00', value: 11 },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const set = result.value;

  it('windows, expected progress and missed at local midnight', () => {
    const w = keyResultWindow(set.keyResults[0]!, set.cycles[1]!, { timeZone: set.timeZone });
    expect([new Date(w.start).toISOString(), new Date(w.end).toISOString()]).toEqual([
      '2026-07-01T07:00:00.000Z',
      '2026-10-01T07:00:00.000Z',
    ]);
    expect(guide).toContain('2026-07-01T07:00:00Z → 2026-10-01T07:00:00Z: 92 days of 24 hours');
    const card = rollup(set, { asOf: '2026-08-15' }).keyResults['arr']!;
    expect([card.score, card.expected, card.status]).toEqual([0.5, 45 / 92, 'on-track']);
    expect(
      rollup(set, { asOf: '2026-10-01T06:59:00Z', scope: 'all' }).keyResults['arr']!.status,
    ).toBe('off-track');
    expect(
      rollup(set, { asOf: '2026-10-01T07:00:00Z', scope: 'all' }).keyResults['arr']!.status,
    ).toBe('missed');
    const q2 = keyResultWindow(set.keyResults[0]!, set.cycles[2]!, { timeZone: set.timeZone });
    expect((q2.end - q2.start) / 3_600_000).toBe(2209);
  });

  it('the weekly report names its weeks', () => {
    const report = weeklyReport(set, { asOf: '2026-08-12' });
    expect(report.week).toMatchObject({
      number: 33,
      year: 2026,
      start: '2026-08-10',
      end: '2026-08-16',
    });
    expect(report.week.label).toMatch(/^week 33, 10 ?– ?16 Aug$/);
    expect(report.previousWeek.label).toMatch(/^week 32, 3 ?– ?9 Aug$/);
    expect(report.previous).toBe('2026-08-05');
  });

  it('the hand-written YAML cycles are what generateCycles makes', () => {
    for (const c of generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7 })) {
      const parent = c.parentId === undefined ? '' : `, parentId: ${c.parentId}`;
      expect(guide).toContain(
        `  - { id: ${c.id}, name: ${c.name}, start: ${c.start}, end: ${c.end}${parent} }`,
      );
    }
  });
});
