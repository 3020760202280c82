import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, generateCycles, isSokrError, parseOkrSet } from '../../src/index.js';

const DAY = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
}

describe('generateCycles', () => {
  it('a July fiscal year named by the year it ends in (the default)', () => {
    const cycles = generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7 });
    expect(cycles).toEqual([
      { id: 'fy2027', name: 'FY2027', start: '2026-07-01', end: '2027-06-30' },
      {
        id: 'fy2027-q1',
        name: 'FY2027 Q1',
        start: '2026-07-01',
        end: '2026-09-30',
        parentId: 'fy2027',
      },
      {
        id: 'fy2027-q2',
        name: 'FY2027 Q2',
        start: '2026-10-01',
        end: '2026-12-31',
        parentId: 'fy2027',
      },
      {
        id: 'fy2027-q3',
        name: 'FY2027 Q3',
        start: '2027-01-01',
        end: '2027-03-31',
        parentId: 'fy2027',
      },
      {
        id: 'fy2027-q4',
        name: 'FY2027 Q4',
        start: '2027-04-01',
        end: '2027-06-30',
        parentId: 'fy2027',
      },
    ]);
  });

  it('naming: start names the year by the calendar year it starts in', () => {
    const [year] = generateCycles({
      fiscalYear: 2027,
      fiscalYearStartMonth: 7,
      naming: 'start',
      periods: [],
    });
    expect(year).toEqual({ id: 'fy2027', name: 'FY2027', start: '2027-07-01', end: '2028-06-30' });
  });

  it('a January year is the calendar year, whatever the naming', () => {
    for (const naming of ['end', 'start'] as const) {
      const [year] = generateCycles({ fiscalYear: 2026, naming, periods: [] });
      expect(year).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    }
  });

  it('a December year crosses the calendar year and its Q1 holds 29 February', () => {
    const cycles = generateCycles({ fiscalYear: 2028, fiscalYearStartMonth: 12 });
    expect(cycles[0]).toMatchObject({ start: '2027-12-01', end: '2028-11-30' });
    expect(cycles[1]).toMatchObject({ start: '2027-12-01', end: '2028-02-29' });
  });

  it('months, under their quarters or under the year', () => {
    const both = generateCycles({
      fiscalYear: 2027,
      fiscalYearStartMonth: 7,
      periods: ['quarters', 'months'],
    });
    expect(both).toHaveLength(17);
    expect(both[2]).toEqual({
      id: 'fy2027-q1-m1',
      name: 'FY2027 M1',
      start: '2026-07-01',
      end: '2026-07-31',
      parentId: 'fy2027-q1',
    });
    const flat = generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7, periods: ['months'] });
    expect(flat).toHaveLength(13);
    expect(flat[12]).toMatchObject({
      id: 'fy2027-m12',
      start: '2027-06-01',
      end: '2027-06-30',
      parentId: 'fy2027',
    });
  });

  it('a 4-4-5 calendar: 13-week quarters, a 52-week year from its first day', () => {
    const cycles = generateCycles({
      fiscalYear: 2027,
      fiscalYearStartMonth: 7,
      weeks: [4, 4, 5],
      firstDay: '2026-06-28',
      periods: ['quarters', 'months'],
    });
    expect(cycles[0]).toMatchObject({ start: '2026-06-28', end: '2027-06-26' });
    expect(cycles[1]).toMatchObject({ id: 'fy2027-q1', start: '2026-06-28', end: '2026-09-26' });
    expect(cycles[2]).toMatchObject({ start: '2026-06-28', end: '2026-07-25' }); // 4 weeks
    expect(cycles[4]).toMatchObject({ start: '2026-08-23', end: '2026-09-26' }); // 5 weeks
  });

  it('custom prefixes for ids and names', () => {
    const [year, q1] = generateCycles({
      fiscalYear: 2027,
      idPrefix: 'acme-fy',
      namePrefix: 'Acme FY',
    });
    expect(year!.id).toBe('acme-fy2027');
    expect(q1!.name).toBe('Acme FY2027 Q1');
  });

  it('property: the output parses, periods tile their parent without gaps or overlaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('end' as const, 'start' as const),
        (fiscalYear, fiscalYearStartMonth, naming) => {
          const cycles = generateCycles({
            fiscalYear,
            fiscalYearStartMonth,
            naming,
            periods: ['quarters', 'months'],
          });
          expect(parseOkrSet({ cycles }).ok).toBe(true);
          for (const parent of cycles) {
            const children = cycles.filter((c) => c.parentId === parent.id);
            if (children.length === 0) continue;
            expect(children[0]!.start).toBe(parent.start);
            expect(children[children.length - 1]!.end).toBe(parent.end);
            for (let i = 1; i < children.length; i++) {
              expect(dayMs(children[i]!.start) - dayMs(children[i - 1]!.end)).toBe(DAY);
            }
          }
          expect(Number(cycles[0]!.start.slice(5, 7))).toBe(fiscalYearStartMonth);
        },
      ),
    );
  });

  it('refuses bad options with a SokrError naming each one', () => {
    expect(issuesOf(() => generateCycles({ fiscalYear: 27 }))[0]!.path).toEqual(['fiscalYear']);
    expect(
      issuesOf(() => generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 13 }))[0]!.path,
    ).toEqual(['fiscalYearStartMonth']);
    const many = issuesOf(() =>
      generateCycles({
        fiscalYear: 2027.5,
        naming: 'middle' as never,
        periods: ['weeks'] as never,
        weeks: [4, 4] as never,
        idPrefix: 3 as never,
      }),
    );
    expect(many.map((i) => i.path[0])).toEqual([
      'fiscalYear',
      'naming',
      'periods',
      'weeks',
      'idPrefix',
    ]);
    expect(
      issuesOf(() => generateCycles({ fiscalYear: 2027, firstDay: '2026-06-28' }))[0]!.path,
    ).toEqual(['firstDay']);
    expect(
      issuesOf(() =>
        generateCycles({
          fiscalYear: 2027,
          fiscalYearStartMonth: 7,
          weeks: [4, 4, 5],
          firstDay: '2026-02-30',
        }),
      )[0]!.path,
    ).toEqual(['firstDay']);
    expect(issuesOf(() => generateCycles(null as never))[0]!.code).toBe('invalid_type');
  });
});

describe('fiscalYearOf', () => {
  it('finds the fiscal year of a day, by either naming', () => {
    expect(fiscalYearOf('2026-06-30', { fiscalYearStartMonth: 7 })).toBe(2026);
    expect(fiscalYearOf('2026-07-01', { fiscalYearStartMonth: 7 })).toBe(2027);
    expect(fiscalYearOf('2026-07-01', { fiscalYearStartMonth: 7, naming: 'start' })).toBe(2026);
    expect(fiscalYearOf('2026-06-30', { fiscalYearStartMonth: 7, naming: 'start' })).toBe(2025);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
  });

  it('reads an instant on its calendar day in the zone', () => {
    // 1 July 03:00 UTC is still 30 June in Los Angeles.
    const asOf = '2026-07-01T03:00:00Z';
    expect(fiscalYearOf(asOf, { fiscalYearStartMonth: 7 })).toBe(2027);
    expect(fiscalYearOf(asOf, { fiscalYearStartMonth: 7, timeZone: 'America/Los_Angeles' })).toBe(
      2026,
    );
  });

  it('refuses a bad asOf, month or zone', () => {
    expect(issuesOf(() => fiscalYearOf('2026-02-30'))[0]!.path).toEqual(['asOf']);
    expect(
      issuesOf(() => fiscalYearOf('2026-02-01', { fiscalYearStartMonth: 0 }))[0]!.path,
    ).toEqual(['fiscalYearStartMonth']);
    expect(
      issuesOf(() => fiscalYearOf('2026-02-01', { timeZone: 'Nowhere/City' }))[0]!.path,
    ).toEqual(['timeZone']);
  });
});

describe('generateCycles and fiscalYearOf refuse a misspelt option', () => {
  it('names it with a suggestion instead of reading the default month', () => {
    expect(() => generateCycles({ fiscalYear: 2027, fiscalYearStartMonht: 7 } as never)).toThrow(
      /fiscalYearStartMonht: unknown_key — unknown option "fiscalYearStartMonht"; did you mean "fiscalYearStartMonth"\?/,
    );
    expect(() => fiscalYearOf('2026-08-01', { timezone: 'Europe/Paris' } as never)).toThrow(
      /did you mean "timeZone"\?/,
    );
    expect(generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7 })[0]?.start).toBe(
      '2026-07-01',
    );
  });
});
