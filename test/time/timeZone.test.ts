import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile,
  expectedProgress,
  isSokrError,
  keyResultWindow,
  type OkrSet,
  parseOkrSet,
  recordCheckIn,
  rollup,
  scoreKeyResult,
  validate,
} from '../../src/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

const kr = {
  id: 'kr',
  objectiveId: 'o',
  title: 'Ship it',
  ownerId: 'p',
  measure: { kind: 'milestone' as const },
};
const cycleOf = (start: string, end: string) => ({ id: 'c', name: 'C', start, end });

/** A one-KR set in `timeZone` with one cycle and optional check-ins. */
function setIn(
  timeZone: string | undefined,
  cycle: { start: string; end: string },
  checkIns: { at: string; value: number }[] = [],
): OkrSet {
  const result = parseOkrSet({
    ...(timeZone === undefined ? {} : { timeZone }),
    units: [{ id: 'u', name: 'U' }],
    people: [{ id: 'p', name: 'P', unitId: 'u' }],
    cycles: [{ id: 'c', name: 'C', ...cycle }],
    objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'c', state: 'active' }],
    keyResults: [{ ...kr, measure: { kind: 'metric', start: 0, target: 10 } }],
    checkIns: checkIns.map((c, i) => ({ id: `ci${i}`, keyResultId: 'kr', ...c })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('timeZone on the OKR set', () => {
  it('parses an IANA zone and keeps it', () => {
    const r = parseOkrSet({ timeZone: 'America/Los_Angeles' });
    expect(r.ok && r.value.timeZone).toBe('America/Los_Angeles');
    const utc = parseOkrSet({});
    expect(utc.ok && 'timeZone' in utc.value).toBe(false);
  });

  it('reports an unknown zone at ["timeZone"] with invalid_value', () => {
    for (const timeZone of ['Mars/Olympus_Mons', '', 'PST8', 42]) {
      const r = parseOkrSet({ timeZone });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]!.path).toEqual(['timeZone']);
        expect(r.issues[0]!.code).toBe(
          typeof timeZone === 'string' ? 'invalid_value' : 'invalid_type',
        );
      }
    }
  });

  it('compile refuses an unknown zone in a set that was never parsed', () => {
    const set = {
      ...setIn(undefined, { start: '2026-01-01', end: '2026-03-31' }),
      timeZone: 'Nowhere/City',
    };
    try {
      compile(set);
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]!.path).toEqual(['timeZone']);
    }
  });
});

describe('calendar days in the set zone', () => {
  const q1 = cycleOf('2026-01-01', '2026-03-31');

  it('a UTC window is unchanged by the option', () => {
    expect(keyResultWindow(kr, q1)).toEqual(keyResultWindow(kr, q1, { timeZone: 'UTC' }));
    expect(iso(keyResultWindow(kr, q1).end)).toBe('2026-04-01T00:00:00.000Z');
  });

  it('Los Angeles: the quarter ends at local midnight, 07:00 UTC (not 17:00 local on 31 March)', () => {
    const w = keyResultWindow(kr, q1, { timeZone: 'America/Los_Angeles' });
    expect(iso(w.start)).toBe('2026-01-01T08:00:00.000Z');
    expect(iso(w.end)).toBe('2026-04-01T07:00:00.000Z');
  });

  it('a 23-hour day (LA, 8 March 2026) and a 25-hour day (LA, 1 November 2026)', () => {
    const spring = keyResultWindow(kr, cycleOf('2026-03-08', '2026-03-08'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(spring.end - spring.start).toBe(23 * HOUR);
    const autumn = keyResultWindow(kr, cycleOf('2026-11-01', '2026-11-01'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(autumn.end - autumn.start).toBe(25 * HOUR);
  });

  it('expected progress over March in LA counts the short day (worked example)', () => {
    const zone = { timeZone: 'America/Los_Angeles' };
    const march = keyResultWindow(kr, cycleOf('2026-03-01', '2026-03-31'), zone);
    expect(march.end - march.start).toBe(31 * DAY - HOUR);
    // Local midnight of 16 March is 07:00 UTC: 15 days less the skipped hour have passed.
    expect(expectedProgress(march, '2026-03-16', zone)).toBeCloseTo(
      (15 * DAY - HOUR) / (31 * DAY - HOUR),
      12,
    );
    // The same day read in UTC is 7 hours earlier.
    expect(expectedProgress(march, '2026-03-16')).toBeLessThan(
      expectedProgress(march, '2026-03-16', zone),
    );
  });

  it('a cycle crossing the year boundary in Asia/Kolkata (UTC+05:30)', () => {
    const w = keyResultWindow(kr, cycleOf('2026-12-01', '2027-01-31'), {
      timeZone: 'Asia/Kolkata',
    });
    expect(iso(w.start)).toBe('2026-11-30T18:30:00.000Z');
    expect(iso(w.end)).toBe('2027-01-31T18:30:00.000Z');
    expect(w.end - w.start).toBe(62 * DAY);
  });

  it('29 February as a due day in Australia/Adelaide (UTC+10:30 in summer)', () => {
    const w = keyResultWindow({ ...kr, due: '2028-02-29' }, cycleOf('2028-01-01', '2028-03-31'), {
      timeZone: 'Australia/Adelaide',
    });
    expect(iso(w.end)).toBe('2028-02-29T13:30:00.000Z');
    expect(parseOkrSet({ cycles: [cycleOf('2027-02-01', '2027-02-29')] }).ok).toBe(false);
  });

  it('a date-time with an offset stays that instant; one without is local wall-clock time', () => {
    const zone = { timeZone: 'America/Los_Angeles' };
    const withOffset = keyResultWindow({ ...kr, due: '2026-03-31T12:00:00Z' }, q1, zone);
    expect(iso(withOffset.end)).toBe('2026-03-31T12:00:00.000Z');
    const wall = keyResultWindow({ ...kr, due: '2026-03-31T12:00' }, q1, zone);
    expect(iso(wall.end)).toBe('2026-03-31T19:00:00.000Z');
  });

  it('an unknown timeZone option is invalid_value at ["timeZone"]', () => {
    expect(() => keyResultWindow(kr, q1, { timeZone: 'Nowhere/City' })).toThrowError(/timeZone/);
    try {
      scoreKeyResult(kr, q1, [], { asOf: '2026-02-01', timeZone: 'Nowhere/City' });
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        path: ['timeZone'],
        code: 'invalid_value',
      });
    }
  });

  it('property: every calendar day of 2026 in any tested zone lasts 23, 24 or 25 hours and days tile the year', () => {
    const zones = [
      'UTC',
      'America/Los_Angeles',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Australia/Adelaide',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 364 }), (timeZone, n) => {
        const day = new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        const next = new Date(Date.UTC(2026, 0, 2 + n)).toISOString().slice(0, 10);
        const a = keyResultWindow(kr, cycleOf(day, day), { timeZone });
        const b = keyResultWindow(kr, cycleOf(next, next), { timeZone });
        expect([23 * HOUR, 24 * HOUR, 25 * HOUR]).toContain(a.end - a.start);
        expect(b.start).toBe(a.end);
      }),
    );
  });
});

describe('the set zone through scoring, commands and validation', () => {
  const q1 = { start: '2026-01-01', end: '2026-03-31' };

  it('"missed" comes at local midnight in LA, not at 17:00 local on the last day', () => {
    // 2026-04-01T01:00Z is 31 March 18:00 in Los Angeles.
    const asOf = '2026-04-01T03:00:00+02:00';
    const utc = rollup(setIn(undefined, q1, [{ at: '2026-03-01', value: 2 }]), {
      asOf,
      scope: 'all',
    });
    expect(utc.keyResults['kr']!.status).toBe('missed');
    const la = setIn('America/Los_Angeles', q1, [{ at: '2026-03-01', value: 2 }]);
    expect(rollup(la, { asOf, scope: 'all' }).keyResults['kr']!.status).not.toBe('missed');
    expect(
      rollup(la, { asOf: '2026-04-01T07:00:00Z', scope: 'all' }).keyResults['kr']!.status,
    ).toBe('missed');
  });

  it('a date-only asOf is the local midnight of the set zone', () => {
    const la = setIn('America/Los_Angeles', q1);
    const byDay = rollup(la, { asOf: '2026-02-15', scope: 'all' }).keyResults['kr']!.expected;
    const byInstant = rollup(la, { asOf: '2026-02-15T08:00:00Z', scope: 'all' }).keyResults['kr']!
      .expected;
    expect(byDay).toBe(byInstant);
  });

  it('a check-in given as an instant near local midnight belongs to the local day', () => {
    // 23:30 on 31 March in LA is 06:30 UTC on 1 April: inside the LA quarter, outside the UTC one.
    const at = '2026-04-01T06:30:00Z';
    const la = setIn('America/Los_Angeles', q1);
    expect(recordCheckIn(la, { id: 'late', keyResultId: 'kr', at, value: 5 }).ok).toBe(true);
    const utc = setIn(undefined, q1);
    expect(recordCheckIn(utc, { id: 'late', keyResultId: 'kr', at, value: 5 }).ok).toBe(false);
    const counted = setIn('America/Los_Angeles', q1, [{ at, value: 5 }]);
    expect(rollup(counted, { asOf: '2026-04-02', scope: 'all' }).keyResults['kr']!.score).toBe(0.5);
    const rules = validate(counted, { asOf: '2026-04-02' }).map((f) => f.rule);
    expect(rules).not.toContain('deliver/check-in-outside-window');
  });

  it('scoreKeyResult with timeZone matches the rollup of the same set', () => {
    const la = setIn('America/Los_Angeles', q1, [{ at: '2026-02-01', value: 4 }]);
    const asOf = '2026-02-20';
    const card = rollup(la, { asOf, scope: 'all' }).keyResults['kr']!;
    const alone = scoreKeyResult(la.keyResults[0]!, la.cycles[0]!, la.checkIns, {
      asOf,
      timeZone: 'America/Los_Angeles',
    });
    expect(alone.expected).toBe(card.expected);
    expect(alone.score).toBe(card.score);
    expect(alone.status).toBe(card.status);
  });
});
