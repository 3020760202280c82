import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  type Cycle,
  isSokrError,
  type KeyResult,
  scoreKeyResult,
} from '../../src/index.js';

const cycle: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-01-10' }; // 10 days
const complaints: KeyResult = {
  id: 'kr1',
  objectiveId: 'o1',
  title: 'Reduce complaints 200 → 140',
  ownerId: 'ann',
  measure: { kind: 'metric', start: 200, target: 140 },
};
const checkIn = (
  id: string,
  at: string,
  value: CheckIn['value'],
  confidence?: number,
): CheckIn => ({
  id,
  keyResultId: 'kr1',
  at,
  value,
  ...(confidence === undefined ? {} : { confidence }),
});

describe('scoreKeyResult', () => {
  it('scores the latest check-in at or before asOf against the elapsed window', () => {
    const r = scoreKeyResult(
      complaints,
      cycle,
      [checkIn('a', '2026-01-03', 185), checkIn('b', '2026-01-06', 170)],
      {
        asOf: '2026-01-07',
      },
    );
    expect(r).toMatchObject({ value: 170, score: 0.5, status: 'on-track', stale: false });
    expect(r.expected).toBeCloseTo(0.6, 12);
    expect(r.checkIn?.id).toBe('b');
  });

  it('is pending with score 0 and the value and check-in null without a check-in', () => {
    const r = scoreKeyResult(complaints, cycle, [checkIn('a', '2026-01-08', 150)], {
      asOf: '2026-01-05',
    });
    expect(r).toStrictEqual({
      value: null,
      score: 0,
      expected: r.expected,
      status: 'pending',
      checkIn: null,
      stale: false,
    });
  });

  it('marks a KR without any check-in stale once a cadence has passed since the window start', () => {
    const long: Cycle = { ...cycle, end: '2026-03-31' };
    expect(scoreKeyResult(complaints, long, [], { asOf: '2026-01-08' }).stale).toBe(false);
    expect(scoreKeyResult(complaints, long, [], { asOf: '2026-01-09' }).stale).toBe(true);
  });

  it('marks a check-in older than the cadence stale while the window runs, never after it', () => {
    const long: Cycle = { ...cycle, end: '2026-03-31' };
    const list = [checkIn('a', '2026-01-02', 190)];
    expect(scoreKeyResult(complaints, long, list, { asOf: '2026-01-20' }).stale).toBe(true);
    expect(
      scoreKeyResult(complaints, long, list, {
        asOf: '2026-01-20',
        statusPolicy: { cadenceDays: 30 },
      }).stale,
    ).toBe(false);
    expect(scoreKeyResult(complaints, cycle, list, { asOf: '2026-02-20' }).stale).toBe(false);
  });

  it('shows over-achievement with clamp: false and calls it achieved', () => {
    const list = [checkIn('a', '2026-01-05', 110)];
    expect(scoreKeyResult(complaints, cycle, list, { asOf: '2026-01-06' })).toMatchObject({
      score: 1,
      status: 'achieved',
    });
    expect(
      scoreKeyResult(complaints, cycle, list, { asOf: '2026-01-06', clamp: false }).score,
    ).toBe(1.5);
  });

  it('is missed when the window is over short of the target', () => {
    const r = scoreKeyResult(complaints, cycle, [checkIn('a', '2026-01-09', 150)], {
      asOf: '2026-01-11',
    });
    expect(r.status).toBe('missed');
    expect(r.expected).toBe(1);
  });

  it("uses the KR's due date for the window", () => {
    const r = scoreKeyResult(
      { ...complaints, due: '2026-01-05' },
      cycle,
      [checkIn('a', '2026-01-02', 170)],
      {
        asOf: '2026-01-03T12:00:00Z',
      },
    );
    expect(r.expected).toBe(0.5);
  });

  it("lets the latest check-in's low confidence turn on-track into at-risk, falling back to the KR's", () => {
    const list = [checkIn('a', '2026-01-06', 170, 2)];
    expect(scoreKeyResult(complaints, cycle, list, { asOf: '2026-01-07' }).status).toBe('at-risk');
    const noConfidence = [checkIn('a', '2026-01-06', 170)];
    expect(
      scoreKeyResult({ ...complaints, confidence: 1 }, cycle, noConfidence, { asOf: '2026-01-07' })
        .status,
    ).toBe('at-risk');
  });

  it('points errors into its arguments: a wrong value at checkIns[i].value', () => {
    try {
      scoreKeyResult(
        complaints,
        cycle,
        [checkIn('a', '2026-01-02', 1), checkIn('b', '2026-01-03', 'x' as never)],
        {
          asOf: '2026-01-07',
        },
      );
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        code: 'value_mismatch',
        path: ['checkIns', 1, 'value'],
      });
    }
  });

  it('points errors into its arguments: invalid dates and derived KRs', () => {
    const paths = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isSokrError(error) ? error.issues[0]?.path : error;
      }
    };
    expect(
      paths(() =>
        scoreKeyResult(complaints, cycle, [checkIn('a', 'x', 1)], { asOf: '2026-01-07' }),
      ),
    ).toEqual(['checkIns', 0, 'at']);
    expect(paths(() => scoreKeyResult(complaints, cycle, [], { asOf: 'now' }))).toEqual(['asOf']);
    expect(
      paths(() => scoreKeyResult(complaints, { ...cycle, start: '' }, [], { asOf: '2026-01-02' })),
    ).toEqual(['cycle', 'start']);
    expect(
      paths(() =>
        scoreKeyResult(
          { ...complaints, measure: { kind: 'derived' } },
          cycle,
          [checkIn('a', '2026-01-02', 1)],
          { asOf: '2026-01-07' },
        ),
      ),
    ).toEqual(['keyResult', 'measure', 'kind']);
  });
});
