import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  type KeyResult,
  type Measure,
  measureProgress,
  resolveBaseline,
  safeMeasureProgress,
  scoreKeyResult,
  SokrError,
} from '../../src/index.js';

const BASELINE: Measure = { kind: 'metric', start: null, target: 100 };
const Q1 = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const kr = (measure: Measure = BASELINE): KeyResult => ({
  id: 'kr',
  objectiveId: 'o',
  title: 'Grow',
  ownerId: 'ann',
  measure,
});
const ci = (id: string, at: string, value: CheckIn['value']): CheckIn => ({
  id,
  keyResultId: 'kr',
  at,
  value,
});

describe('resolveBaseline', () => {
  it('takes the start from the earliest check-in, whatever the array order', () => {
    const checkIns = [ci('c2', '2026-02-01', 70), ci('c1', '2026-01-10', 40)];
    const m = resolveBaseline(BASELINE, checkIns);
    expect(m).toEqual({ kind: 'metric', start: 40, target: 100 });
    expect(measureProgress(m, 40)).toBe(0);
    expect(measureProgress(m, 70)).toBe(0.5);
  });

  it('breaks ties by array order: the first one in the array is the baseline', () => {
    const m = resolveBaseline(BASELINE, [ci('a', '2026-01-10', 20), ci('b', '2026-01-10', 60)]);
    expect(m).toMatchObject({ start: 20 });
  });

  it('skips check-ins before `from`', () => {
    const checkIns = [ci('old', '2025-12-20', 10), ci('c1', '2026-01-05', 40)];
    expect(resolveBaseline(BASELINE, checkIns, { from: '2026-01-01' })).toMatchObject({
      start: 40,
    });
    expect(resolveBaseline(BASELINE, checkIns)).toMatchObject({ start: 10 });
  });

  it('returns a measure with a start, or a baseline without check-ins, unchanged', () => {
    const m: Measure = { kind: 'metric', start: 5, target: 10 };
    expect(resolveBaseline(m, [ci('c', '2026-01-05', 7)])).toBe(m);
    expect(resolveBaseline(BASELINE, [])).toBe(BASELINE);
    expect(resolveBaseline(BASELINE, [ci('c', '2026-01-05', 7)], { from: '2026-02-01' })).toBe(
      BASELINE,
    );
  });

  it('refuses a first value that is not a number, and bad dates', () => {
    expect(() => resolveBaseline(BASELINE, [ci('c', '2026-01-05', true)])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'value_mismatch', path: [0, 'value'] })],
      }),
    );
    expect(() => resolveBaseline(BASELINE, [ci('c', 'soon', 3)])).toThrow(SokrError);
    expect(() => resolveBaseline(BASELINE, [], { from: 'x' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['from'] })] }),
    );
  });

  it('keeps the direction: a first value at the target follows start === target', () => {
    const down: Measure = { kind: 'metric', start: null, target: 20, direction: 'decrease' };
    const m = resolveBaseline(down, [ci('c', '2026-01-05', 20)]);
    expect(m).toMatchObject({ start: 20, target: 20, direction: 'decrease' });
    expect(measureProgress(m, 15)).toBe(1);
    expect(measureProgress(m, 25)).toBe(0);
    // A decreasing baseline: first 80, target 20, later 50 → halfway.
    const cut = resolveBaseline({ kind: 'metric', start: null, target: 20 }, [
      ci('c1', '2026-01-05', 80),
    ]);
    expect(measureProgress(cut, 50)).toBe(0.5);
  });

  it('the first check-in always scores 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), value: fc.integer() }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer(),
        (points, target) => {
          const checkIns = points.map((p, i) =>
            ci(`c${i}`, `2026-01-${String(p.day).padStart(2, '0')}`, p.value),
          );
          const m = resolveBaseline({ kind: 'metric', start: null, target }, checkIns);
          const day = Math.min(...points.map((p) => p.day));
          const first = points.find((p) => p.day === day)!;
          expect(m).toMatchObject({ start: first.value });
          if (first.value !== target) expect(measureProgress(m, first.value)).toBe(0);
        },
      ),
    );
  });
});

describe('measureProgress and safeMeasureProgress on a baseline metric', () => {
  it('throw / return invalid_value at start for a value; no value is 0', () => {
    expect(() => measureProgress(BASELINE, 40)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_value', path: ['measure', 'start'] })],
      }),
    );
    const r = safeMeasureProgress(BASELINE, 40);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: 'invalid_value', path: ['measure', 'start'] });
      expect(r.issues[0]!.message).toContain('first check-in');
    }
    expect(measureProgress(BASELINE, undefined)).toBe(0);
  });
});

describe('scoreKeyResult with a baseline metric', () => {
  it('is pending before any check-in', () => {
    const r = scoreKeyResult(kr(), Q1, [], { asOf: '2026-02-15' });
    expect(r).toMatchObject({ score: 0, status: 'pending', value: null, checkIn: null });
  });

  it('first check-in 40, target 100, later 70 → 0.5; the first one alone → 0', () => {
    const checkIns = [ci('c1', '2026-01-10', 40), ci('c2', '2026-02-10', 70)];
    expect(scoreKeyResult(kr(), Q1, checkIns, { asOf: '2026-01-20' }).score).toBe(0);
    expect(scoreKeyResult(kr(), Q1, checkIns, { asOf: '2026-02-15' }).score).toBe(0.5);
    // Unclamped, a fall below the baseline shows.
    const down = [...checkIns, ci('c3', '2026-02-12', 10)];
    expect(scoreKeyResult(kr(), Q1, down, { asOf: '2026-02-15', clamp: false }).score).toBe(-0.5);
  });

  it('names the check-in whose value cannot be a baseline', () => {
    expect(() =>
      scoreKeyResult(kr(), Q1, [ci('c1', '2026-01-10', [])], { asOf: '2026-02-15' }),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['checkIns', 0, 'value'] })],
      }),
    );
  });
});
