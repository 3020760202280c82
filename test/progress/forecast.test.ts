import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  type Cycle,
  forecast,
  isSokrError,
  type KeyResult,
} from '../../src/index.js';

const cycle: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-01-10' }; // ends 2026-01-11T00:00Z
const kr: KeyResult = {
  id: 'kr',
  objectiveId: 'o',
  title: 'Grow to 100',
  ownerId: 'p',
  measure: { kind: 'metric', start: 0, target: 100 },
};
const c = (id: string, at: string, value: number): CheckIn => ({
  id,
  keyResultId: 'kr',
  at,
  value,
});

describe('forecast', () => {
  it('projects a least-squares line to the window end and dates the crossing of 1', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-03', 10), c('b', '2026-01-05', 30)], {
      asOf: '2026-01-05',
    });
    expect(f.slopePerDay).toBeCloseTo(0.1, 12);
    expect(f.projectedScore).toBeCloseTo(0.9, 12);
    expect(f.reachesTargetAt).toBe('2026-01-12');
    expect(f.points).toEqual([
      { at: '2026-01-03', score: 0.1 },
      { at: '2026-01-05', score: 0.3 },
    ]);
  });

  it('fits noisy data by least squares (0, 0.3, 0.2, 0.5 on days 0..3 → slope 0.14)', () => {
    const list = [
      c('a', '2026-01-02', 0),
      c('b', '2026-01-03', 30),
      c('c', '2026-01-04', 20),
      c('d', '2026-01-05', 50),
    ];
    const f = forecast(kr, cycle, list, { asOf: '2026-01-05', clamp: false });
    expect(f.slopePerDay).toBeCloseTo(0.14, 12);
    // mean x 1.5, mean y 0.25 → at day 9 (Jan 11): 0.25 + 0.14 · 7.5 = 1.3
    expect(f.projectedScore).toBeCloseTo(1.3, 12);
  });

  it('ignores check-ins after asOf', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-03', 10), c('b', '2026-01-08', 90)], {
      asOf: '2026-01-05',
    });
    expect(f.points).toHaveLength(1);
  });

  it('projects one check-in from the KR start at the window start through that check-in', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-03', 20)], { asOf: '2026-01-04' });
    expect(f.slopePerDay).toBeCloseTo(0.1, 12);
    expect(f.projectedScore).toBeCloseTo(1, 12);
    expect(f.reachesTargetAt).toBe('2026-01-11');
  });

  it('projects one check-in at the window start flat', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-01', 20)], { asOf: '2026-01-04' });
    expect(f).toMatchObject({ slopePerDay: 0, projectedScore: 0.2, reachesTargetAt: null });
  });

  it('projects 0 without check-ins and never reaches the target', () => {
    expect(forecast(kr, cycle, [], { asOf: '2026-01-04' })).toEqual({
      projectedScore: 0,
      reachesTargetAt: null,
      slopePerDay: 0,
      points: [],
    });
  });

  it('counts check-ins at the same instant once (the later wins) without dividing by zero', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-01', 20), c('b', '2026-01-01', 40)], {
      asOf: '2026-01-04',
    });
    expect(f).toMatchObject({
      slopePerDay: 0,
      projectedScore: 0.4,
      points: [{ at: '2026-01-01', score: 0.4 }],
    });
  });

  it('keeps a flat series flat', () => {
    const f = forecast(
      kr,
      cycle,
      [c('a', '2026-01-02', 50), c('b', '2026-01-04', 50), c('c', '2026-01-06', 50)],
      {
        asOf: '2026-01-06',
      },
    );
    expect(f).toMatchObject({ slopePerDay: 0, projectedScore: 0.5, reachesTargetAt: null });
  });

  it('says the target is reached from the first point when the line starts at or above 1', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-02', 120), c('b', '2026-01-04', 120)], {
      asOf: '2026-01-06',
    });
    expect(f).toMatchObject({ reachesTargetAt: '2026-01-02', projectedScore: 1 });
    expect(
      forecast(kr, cycle, [c('a', '2026-01-02', 120), c('b', '2026-01-04', 120)], {
        asOf: '2026-01-06',
        clamp: false,
      }).projectedScore,
    ).toBeCloseTo(1.2, 12);
  });

  it('never reaches the target on a falling line, and clamps the projection at 0', () => {
    const f = forecast(kr, cycle, [c('a', '2026-01-02', 50), c('b', '2026-01-04', 10)], {
      asOf: '2026-01-06',
    });
    expect(f.reachesTargetAt).toBeNull();
    expect(f.slopePerDay).toBeCloseTo(-0.2, 12);
    expect(f.projectedScore).toBe(0);
  });

  it('forecasts a decreasing KR in its own direction', () => {
    const down: KeyResult = { ...kr, measure: { kind: 'metric', start: 200, target: 100 } };
    const f = forecast(down, cycle, [c('a', '2026-01-02', 190), c('b', '2026-01-04', 170)], {
      asOf: '2026-01-04',
    });
    expect(f.slopePerDay).toBeCloseTo(0.1, 12);
  });

  it('returns finite numbers for any history (property)', () => {
    const day = fc.integer({ min: 0, max: 20 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: -100, max: 300 })), { maxLength: 8 }),
        (rows) => {
          const list = rows.map(([d, v], i) =>
            c(`c${i}`, new Date(Date.UTC(2025, 11, 28 + d)).toISOString(), v),
          );
          const f = forecast(kr, cycle, list, { asOf: '2026-01-20', clamp: false });
          return Number.isFinite(f.projectedScore) && Number.isFinite(f.slopePerDay);
        },
      ),
    );
  });

  it('names the check-in with a wrong value', () => {
    try {
      forecast(kr, cycle, [c('a', '2026-01-02', 1), { ...c('b', '2026-01-03', 1), value: true }], {
        asOf: '2026-01-05',
      });
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]).toMatchObject({
        code: 'value_mismatch',
        path: ['checkIns', 1, 'value'],
      });
    }
  });
});

describe('forecast with scores beyond the float range', () => {
  it('stays finite: a flat forecast at the latest score when no line can be fitted', () => {
    const cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
    const kr = {
      id: 'kr',
      objectiveId: 'o',
      title: 'Huge',
      ownerId: 'p',
      // A span of 1e-300: unclamped scores of ±1e608 are capped at ±Number.MAX_VALUE.
      measure: { kind: 'metric' as const, start: 0, target: 1e-300 },
    };
    const checkIns = [
      { id: 'a', keyResultId: 'kr', at: '2026-01-10', value: 1e308 },
      { id: 'b', keyResultId: 'kr', at: '2026-02-10', value: -1e308 },
    ];
    for (const clamp of [true, false]) {
      const f = forecast(kr, cycle, checkIns, { asOf: '2026-02-15', clamp });
      expect(Number.isFinite(f.projectedScore)).toBe(true);
      expect(Number.isFinite(f.slopePerDay)).toBe(true);
      if (clamp) expect(f.projectedScore).toBeGreaterThanOrEqual(0);
    }
  });
});
