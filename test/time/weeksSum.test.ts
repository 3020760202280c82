// generateCycles({ weeks }) refuses week patterns that are not 13-week
// quarters (review item 9): [13, 13, 13] made a "fiscal year" three calendar
// years long and [1, 1, 1] one of 12 weeks, without a word.
import { describe, expect, it } from 'vitest';
import { generateCycles, SokrError } from '../../src/index.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SokrError) return error.issues;
    throw error;
  }
  throw new Error('expected a SokrError');
}

describe('generateCycles weeks: three months of a 13-week quarter', () => {
  it.each([
    [[13, 13, 13]],
    [[1, 1, 1]],
    [[4, 4, 4]],
    [[5, 5, 5]],
    [[4, 4, 6]],
    [[0, 8, 5]],
    [[4.5, 4, 4.5]],
  ])('%j is invalid_value at ["weeks"]', (weeks) => {
    const issues = issuesOf(() => generateCycles({ fiscalYear: 2027, weeks: weeks as never }));
    expect(issues).toEqual([
      {
        path: ['weeks'],
        code: 'invalid_value',
        message: `weeks gives the weeks of a quarter's three months, adding up to 13 (a 13-week quarter), such as [4, 4, 5], got ${JSON.stringify(weeks)}.`,
      },
    ]);
  });

  it('4-4-5, 4-5-4, 5-4-4 and 3-5-5 make a 52-week year of 13-week quarters', () => {
    for (const weeks of [
      [4, 4, 5],
      [4, 5, 4],
      [5, 4, 4],
      [3, 5, 5],
    ] as const) {
      const cycles = generateCycles({ fiscalYear: 2026, weeks, firstDay: '2026-01-04' });
      // 2026-01-04 + 52 weeks = 2027-01-03, so the year ends on 2 January.
      expect(cycles[0]).toMatchObject({ start: '2026-01-04', end: '2027-01-02' });
      expect(cycles.slice(1).map((q) => [q.start, q.end])).toEqual([
        ['2026-01-04', '2026-04-04'],
        ['2026-04-05', '2026-07-04'],
        ['2026-07-05', '2026-10-03'],
        ['2026-10-04', '2027-01-02'],
      ]);
    }
  });

  it('the TSDoc example: [13, 13, 13] is refused, 4-4-5 from 4 January is 52 weeks', () => {
    expect(
      generateCycles({ fiscalYear: 2026, weeks: [4, 4, 5], firstDay: '2026-01-04' })[0],
    ).toEqual({
      id: 'fy2026',
      name: 'FY2026',
      start: '2026-01-04',
      end: '2027-01-02',
    });
    expect(
      issuesOf(() => generateCycles({ fiscalYear: 2027, weeks: [13, 13, 13] }))[0],
    ).toMatchObject({
      path: ['weeks'],
      code: 'invalid_value',
    });
  });
});
