import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultStatusPolicy,
  expectedProgress,
  isStale,
  isSokrError,
  keyResultStatus,
  keyResultWindow,
  type KeyResult,
  type KeyResultStatus,
  latestCheckIn,
  objectiveStatus,
} from '../../src/index.js';

const DAY = 86_400_000;
const cycle = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
const kr = (due?: string): KeyResult => ({
  id: 'kr1',
  objectiveId: 'o1',
  title: 'KR',
  ownerId: 'ann',
  measure: { kind: 'metric', start: 0, target: 100 },
  ...(due === undefined ? {} : { due }),
});

describe('keyResultWindow', () => {
  it('runs from the cycle start to the end of the cycle end day (inclusive end)', () => {
    expect(keyResultWindow(kr(), cycle)).toEqual({
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2026, 3, 1),
    });
  });

  it('ends at the end of the due day when the KR has one', () => {
    expect(keyResultWindow(kr('2026-02-15'), cycle).end).toBe(Date.UTC(2026, 1, 16));
  });

  it('ends at the instant of a due date-time', () => {
    expect(keyResultWindow(kr('2026-02-15T12:00:00Z'), cycle).end).toBe(Date.UTC(2026, 1, 15, 12));
  });

  it('names the path of an invalid date', () => {
    try {
      keyResultWindow(kr('2026-02-30'), cycle);
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        code: 'invalid_date',
        path: ['keyResult', 'due'],
      });
    }
  });
});

describe('expectedProgress', () => {
  const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };

  it('is the elapsed fraction of the window', () => {
    expect(expectedProgress(window, '2026-01-07')).toBeCloseTo(0.6, 12);
    expect(expectedProgress(window, Date.UTC(2026, 0, 6))).toBe(0.5);
    expect(expectedProgress(window, '2026-01-06T12:00:00Z')).toBe(0.55);
  });

  it('is 0 before the start and 1 after the end', () => {
    expect(expectedProgress(window, '2025-12-01')).toBe(0);
    expect(expectedProgress(window, '2026-01-01')).toBe(0);
    expect(expectedProgress(window, '2026-01-11')).toBe(1);
    expect(expectedProgress(window, '2027-01-01')).toBe(1);
  });

  it('reads a time with an offset as that instant', () => {
    expect(expectedProgress(window, '2026-01-06T14:00:00+02:00')).toBe(0.55);
  });

  it('jumps from 0 to 1 at the end of a degenerate window', () => {
    const empty = { start: window.end, end: window.start };
    expect(expectedProgress(empty, window.start - 1)).toBe(0);
    expect(expectedProgress(empty, window.start)).toBe(1);
  });

  it('rejects an invalid asOf', () => {
    expect(() => expectedProgress(window, 'yesterday')).toThrow(/invalid_date/);
    expect(() => expectedProgress(window, Number.NaN)).toThrow(/invalid_date/);
  });

  it('is monotone in asOf and stays within [0, 1]', () => {
    const t = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });
    fc.assert(
      fc.property(t, t, t, t, (s, e, a, b) => {
        const w = { start: Math.min(s, e), end: Math.max(s, e) };
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = expectedProgress(w, lo);
        const y = expectedProgress(w, hi);
        return x <= y && x >= 0 && y <= 1;
      }),
    );
  });
});

describe('keyResultStatus', () => {
  const at60 = { expected: 0.6, hasCheckIn: true, windowOver: false };

  it('grades a score at 60% of the window: 0.5 on-track, 0.3 at-risk, 0.1 off-track', () => {
    expect(keyResultStatus({ ...at60, score: 0.5 })).toBe('on-track');
    expect(keyResultStatus({ ...at60, score: 0.3 })).toBe('at-risk');
    expect(keyResultStatus({ ...at60, score: 0.1 })).toBe('off-track');
  });

  it('gives a boundary to the better status despite floating point (0.4 at expected 0.6 is on-track)', () => {
    expect(0.6 - 0.2).toBeLessThan(0.4); // the trap
    expect(keyResultStatus({ ...at60, score: 0.4 })).toBe('on-track');
    expect(keyResultStatus({ ...at60, score: 0.2 })).toBe('at-risk');
    expect(keyResultStatus({ ...at60, score: 0.19999 })).toBe('off-track');
  });

  it('turns on-track into at-risk when the confidence is 3 or lower', () => {
    expect(keyResultStatus({ ...at60, score: 0.5, confidence: 2 })).toBe('at-risk');
    expect(keyResultStatus({ ...at60, score: 0.5, confidence: 3 })).toBe('at-risk');
    expect(keyResultStatus({ ...at60, score: 0.5, confidence: 4 })).toBe('on-track');
  });

  it('never improves a status with a high confidence, nor worsens off-track further', () => {
    expect(keyResultStatus({ ...at60, score: 0.1, confidence: 10 })).toBe('off-track');
    expect(keyResultStatus({ ...at60, score: 0.1, confidence: 0 })).toBe('off-track');
    expect(keyResultStatus({ ...at60, score: 0.3, confidence: 10 })).toBe('at-risk');
  });

  it('is pending without a check-in, achieved at 1, missed when the window is over', () => {
    expect(keyResultStatus({ ...at60, score: 0, hasCheckIn: false })).toBe('pending');
    expect(keyResultStatus({ ...at60, score: 1 })).toBe('achieved');
    expect(keyResultStatus({ ...at60, score: 1.3, confidence: 1 })).toBe('achieved');
    expect(keyResultStatus({ score: 0.99, expected: 1, hasCheckIn: true, windowOver: true })).toBe(
      'missed',
    );
    expect(keyResultStatus({ score: 1, expected: 1, hasCheckIn: true, windowOver: true })).toBe(
      'achieved',
    );
  });

  it('takes thresholds from the policy', () => {
    expect(keyResultStatus({ ...at60, score: 0.35 }, { atRiskGap: 0.3 })).toBe('on-track');
    expect(keyResultStatus({ ...at60, score: 0.5, confidence: 4 }, { lowConfidence: 5 })).toBe(
      'at-risk',
    );
    expect(defaultStatusPolicy).toEqual({
      atRiskGap: 0.2,
      offTrackGap: 0.4,
      lowConfidence: 3,
      cadenceDays: 7,
    });
  });

  it('only ever worsens a status as the confidence drops', () => {
    const rank: Record<KeyResultStatus, number> = {
      pending: 0,
      achieved: 0,
      missed: 0,
      'on-track': 1,
      'at-risk': 2,
      'off-track': 3,
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (score, expected, confidence) => {
          const base = keyResultStatus({ score, expected, hasCheckIn: true, windowOver: false });
          const withC = keyResultStatus({
            score,
            expected,
            hasCheckIn: true,
            windowOver: false,
            confidence,
          });
          return rank[withC] >= rank[base] && (base !== 'on-track' ? withC === base : true);
        },
      ),
    );
  });
});

describe('isStale', () => {
  it('is stale when the latest check-in is older than 7 days, not at exactly 7', () => {
    expect(isStale('2026-01-01', '2026-01-08')).toBe(false);
    expect(isStale('2026-01-01', '2026-01-08T00:00:01Z')).toBe(true);
    expect(isStale(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 3 * DAY, { cadenceDays: 2 })).toBe(
      true,
    );
  });

  it('is not stale without any check-in', () => {
    expect(isStale(undefined, '2026-06-01')).toBe(false);
  });

  it('rejects invalid dates naming the argument', () => {
    expect(() => isStale('2026-13-01', '2026-01-01')).toThrow(/lastCheckInAt: invalid_date/);
    expect(() => isStale('2026-01-01', 'soon')).toThrow(/asOf: invalid_date/);
  });
});

describe('latestCheckIn', () => {
  const c = (id: string, at: string, value = 1) => ({ id, keyResultId: 'kr1', at, value });

  it('takes the latest check-in at or before asOf, whatever the order', () => {
    const list = [c('b', '2026-01-12'), c('a', '2026-01-05'), c('c', '2026-01-19')];
    expect(latestCheckIn(list, '2026-01-12')?.id).toBe('b');
    expect(latestCheckIn(list, '2026-01-18')?.id).toBe('b');
    expect(latestCheckIn(list, '2026-02-01')?.id).toBe('c');
  });

  it('returns undefined before the first check-in', () => {
    expect(latestCheckIn([c('a', '2026-01-05')], '2026-01-04')).toBeUndefined();
    expect(latestCheckIn([], '2026-01-04')).toBeUndefined();
  });

  it('breaks ties at the same instant by the later position in the array', () => {
    const list = [
      c('first', '2026-01-05'),
      c('second', '2026-01-05T00:00:00Z'),
      c('old', '2026-01-01'),
    ];
    expect(latestCheckIn(list, '2026-01-06')?.id).toBe('second');
  });

  it('names the index of a check-in with an invalid date', () => {
    try {
      latestCheckIn([c('a', '2026-01-05'), c('b', 'next week')], '2026-01-06');
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        code: 'invalid_date',
        path: [1, 'at'],
      });
    }
  });
});

describe('objectiveStatus', () => {
  it('is the worst of its running key results', () => {
    expect(objectiveStatus(['on-track', 'at-risk', 'on-track'])).toBe('at-risk');
    expect(objectiveStatus(['on-track', 'off-track', 'at-risk'])).toBe('off-track');
    expect(objectiveStatus(['achieved', 'on-track'])).toBe('on-track');
    expect(objectiveStatus(['achieved', 'pending'])).toBe('on-track');
  });

  it('is achieved only when all key results are', () => {
    expect(objectiveStatus(['achieved', 'achieved'])).toBe('achieved');
  });

  it('is missed when all are final and one is missed; a missed KR counts as off-track while others run', () => {
    expect(objectiveStatus(['achieved', 'missed'])).toBe('missed');
    expect(objectiveStatus(['missed', 'on-track'])).toBe('off-track');
  });

  it('is pending with no key results or only pending ones', () => {
    expect(objectiveStatus([])).toBe('pending');
    expect(objectiveStatus(['pending', 'pending'])).toBe('pending');
  });
});
