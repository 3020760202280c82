import { describe, expect, it } from 'vitest';
import { type CheckIn, isSokrError, type KeyResult, progressSeries } from '../../src/index.js';

const kr: KeyResult = {
  id: 'kr',
  objectiveId: 'o',
  title: 'Grow to 10',
  ownerId: 'p',
  measure: { kind: 'metric', start: 0, target: 10 },
};
const c = (id: string, at: string, value: number): CheckIn => ({
  id,
  keyResultId: 'kr',
  at,
  value,
});

describe('progressSeries', () => {
  it('gives one point per UTC day, null before the first check-in', () => {
    const list = [c('b', '2026-01-04', 8), c('a', '2026-01-02T15:00:00Z', 4)];
    expect(progressSeries(kr, list, { from: '2026-01-01', to: '2026-01-05' })).toEqual([
      { at: '2026-01-01', score: null },
      { at: '2026-01-02', score: 0.4 },
      { at: '2026-01-03', score: 0.4 },
      { at: '2026-01-04', score: 0.8 },
      { at: '2026-01-05', score: 0.8 },
    ]);
  });

  it('carries a check-in from before the range into its first day', () => {
    expect(
      progressSeries(kr, [c('a', '2025-12-20', 5)], { from: '2026-01-01', to: '2026-01-01' }),
    ).toEqual([{ at: '2026-01-01', score: 0.5 }]);
  });

  it('takes the last check-in of a day, and the later one of a tie', () => {
    const list = [
      c('a', '2026-01-01T08:00:00Z', 2),
      c('b', '2026-01-01T20:00:00Z', 6),
      c('c', '2026-01-01T20:00:00Z', 7),
    ];
    expect(progressSeries(kr, list, { from: '2026-01-01', to: '2026-01-01' })).toEqual([
      { at: '2026-01-01', score: 0.7 },
    ]);
  });

  it('clamps by default and shows over-achievement with clamp: false', () => {
    const list = [c('a', '2026-01-01', 15)];
    expect(progressSeries(kr, list, { from: '2026-01-01', to: '2026-01-01' })[0]?.score).toBe(1);
    expect(
      progressSeries(kr, list, { from: '2026-01-01', to: '2026-01-01', clamp: false })[0]?.score,
    ).toBe(1.5);
  });

  it('gives one point per check-in in range with step check-in', () => {
    const list = [
      c('c', '2026-01-09', 9),
      c('a', '2026-01-02', 2),
      c('b', '2026-01-05', 5),
      c('b2', '2026-01-05', 6),
    ];
    expect(
      progressSeries(kr, list, { from: '2026-01-02', to: '2026-01-05', step: 'check-in' }),
    ).toEqual([
      { at: '2026-01-02', score: 0.2 },
      { at: '2026-01-05', score: 0.6 },
    ]);
  });

  it('accepts epoch milliseconds, the end instant inclusive', () => {
    const series = progressSeries(kr, [], {
      from: Date.UTC(2026, 0, 1, 12),
      to: Date.UTC(2026, 0, 3),
    });
    expect(series.map((p) => p.at)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('rejects a range that ends before it starts, and invalid dates', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isSokrError(error) ? [error.issues[0]?.code, error.issues[0]?.path] : error;
      }
    };
    expect(code(() => progressSeries(kr, [], { from: '2026-01-05', to: '2026-01-04' }))).toEqual([
      'date_order',
      ['to'],
    ]);
    expect(code(() => progressSeries(kr, [], { from: 'then', to: '2026-01-04' }))).toEqual([
      'invalid_date',
      ['from'],
    ]);
    expect(code(() => progressSeries(kr, [], { from: 0, to: 1e13 }))).toEqual([
      'invalid_value',
      ['to'],
    ]);
  });
});
