import { describe, expect, it } from 'vitest';
import { isSokrError, type OkrSet, parseOkrSet, weeklyReport } from '../../src/index.js';

const HOUR = 3_600_000;

function setIn(timeZone: string | undefined): OkrSet {
  const r = parseOkrSet({
    ...(timeZone === undefined ? {} : { timeZone }),
    units: [{ id: 'u', name: 'U' }],
    people: [{ id: 'p', name: 'P', unitId: 'u' }],
    cycles: [{ id: 'q', name: 'Q', start: '2026-01-01', end: '2026-06-30' }],
    objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'q', state: 'active' }],
    keyResults: [
      {
        id: 'kr',
        objectiveId: 'o',
        title: 'KR',
        ownerId: 'p',
        measure: { kind: 'metric', start: 0, target: 10 },
      },
    ],
    checkIns: [
      { id: 'a', keyResultId: 'kr', at: '2026-03-02', value: 2 },
      // Late on Sunday 8 March in Los Angeles (the day clocks sprang forward): 06:30 UTC on the 9th.
      { id: 'b', keyResultId: 'kr', at: '2026-03-09T06:30:00Z', value: 4 },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('weekly report weeks', () => {
  it('names the ISO week holding asOf and the week before, Monday first (the default)', () => {
    const report = weeklyReport(setIn(undefined), { asOf: '2026-02-11' });
    expect(report.week).toMatchObject({
      number: 7,
      year: 2026,
      start: '2026-02-09',
      end: '2026-02-15',
    });
    // "9–15 Feb" (ICU writes the dash with or without spaces, by version).
    expect(report.week.label).toMatch(/^week 7, 9 ?– ?15 Feb$/);
    expect(report.previousWeek).toMatchObject({
      number: 6,
      start: '2026-02-02',
      end: '2026-02-08',
    });
    expect(report.previous).toBe('2026-02-04');
  });

  it('weekStartsOn: 0 starts weeks on Sunday; the label follows the locale', () => {
    const report = weeklyReport(setIn(undefined), {
      asOf: '2026-02-11',
      weekStartsOn: 0,
      locale: 'en-US',
    });
    expect(report.week).toMatchObject({ start: '2026-02-08', end: '2026-02-14', number: 7 });
    expect(report.week.label).toMatch(/^week 7, Feb 8 ?– ?14$/);
    const de = weeklyReport(setIn(undefined), { asOf: '2026-02-11', locale: 'de-DE' });
    expect(de.week.label).toMatch(/^week 7, 9\.–15\. Feb/);
  });

  it('a week across the year boundary says both years and counts in its ISO week-year', () => {
    const report = weeklyReport(setIn(undefined), { asOf: '2026-01-01' });
    expect(report.week).toMatchObject({
      number: 1,
      year: 2026,
      start: '2025-12-29',
      end: '2026-01-04',
    });
    expect(report.week.label).toMatch(/^week 1, 29 Dec 2025 ?– ?4 Jan 2026$/);
  });

  it('an instant asOf falls in the week of its local day in the set zone', () => {
    // Monday 05:00 UTC is still Sunday evening in Los Angeles.
    const asOf = '2026-02-16T05:00:00Z';
    expect(weeklyReport(setIn(undefined), { asOf }).week.number).toBe(8);
    expect(weeklyReport(setIn('America/Los_Angeles'), { asOf }).week.number).toBe(7);
  });

  it('across a daylight-saving change "a week earlier" is the same local time (167 hours back)', () => {
    const la = setIn('America/Los_Angeles');
    const report = weeklyReport(la, { asOf: '2026-03-10' });
    expect(report.previous).toBe('2026-03-03');
    expect(report.week).toMatchObject({ start: '2026-03-09', end: '2026-03-15' });
    // The check-in at 23:30 on Sunday 8 March (local) belongs to last week, not this one.
    const kr = report.units[0]!.objectives[0]!.keyResults[0]!;
    expect(kr.score).toBe(0.4);
    expect(kr.previousScore).toBe(0.2);
    expect(Date.parse('2026-03-10T07:00:00Z') - Date.parse('2026-03-03T08:00:00Z')).toBe(
      167 * HOUR,
    );
  });

  it('refuses a weekStartsOn outside 0–6', () => {
    try {
      weeklyReport(setIn(undefined), { asOf: '2026-02-11', weekStartsOn: 7 as never });
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        path: ['weekStartsOn'],
        code: 'invalid_value',
      });
    }
  });
});

describe('the cycle review and the report windows in the set zone', () => {
  it('a quarter is closed from local midnight after its last day', async () => {
    const { cycleReview } = await import('../../src/index.js');
    // 23:00 on 30 June in Los Angeles is 06:00 UTC on 1 July.
    const asOf = '2026-07-01T06:00:00Z';
    expect(cycleReview(setIn(undefined), { cycleId: 'q', asOf }).closed).toBe(true);
    expect(cycleReview(setIn('America/Los_Angeles'), { cycleId: 'q', asOf }).closed).toBe(false);
    expect(
      cycleReview(setIn('America/Los_Angeles'), { cycleId: 'q', asOf: '2026-07-01' }).closed,
    ).toBe(true);
  });

  it('key result windows are local calendar days', () => {
    const report = weeklyReport(setIn('Asia/Kolkata'), { asOf: '2026-03-10' });
    const kr = report.units[0]!.objectives[0]!.keyResults[0]!;
    expect(kr.window).toEqual({ start: '2026-01-01', end: '2026-06-30' });
  });
});
