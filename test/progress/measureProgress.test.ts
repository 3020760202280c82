import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSokrError,
  type Measure,
  measureProgress,
  type MetricMeasure,
  safeMeasureProgress,
} from '../../src/index.js';

const metric = (
  start: number,
  target: number,
  direction?: 'increase' | 'decrease',
): MetricMeasure =>
  direction === undefined
    ? { kind: 'metric', start, target }
    : { kind: 'metric', start, target, direction };

function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return { code: error.issues[0]!.code, path: error.issues[0]!.path };
    throw error;
  }
  throw new Error('expected a SokrError');
}

describe('measureProgress — metric', () => {
  it('scores an increasing KR as the fraction of the way from start to target (0→100 at 20 = 0.2)', () => {
    expect(measureProgress(metric(0, 100), 20)).toBe(0.2);
  });

  it('clamps a regression below the start to 0, and shows it unclamped (20→100 at 0 = −0.25)', () => {
    expect(measureProgress(metric(20, 100), 0)).toBe(0);
    expect(measureProgress(metric(20, 100), 0, { clamp: false })).toBe(-0.25);
  });

  it('scores a decreasing KR from its start, never by absolute value (100→20 at 80 = 0.25)', () => {
    expect(measureProgress(metric(100, 20), 80)).toBe(0.25);
  });

  it('clamps over-achievement of a decreasing KR to 1 and shows it unclamped (100→20 at 0 = 1.25)', () => {
    expect(measureProgress(metric(100, 20), 0)).toBe(1);
    expect(measureProgress(metric(100, 20), 0, { clamp: false })).toBe(1.25);
  });

  it('scores 1000→500 as 0.5 at 750 and 1 at 400', () => {
    expect(measureProgress(metric(1000, 500), 750)).toBe(0.5);
    expect(measureProgress(metric(1000, 500), 400)).toBe(1);
  });

  it('scores 500→400 at 460 as 0.4 (no integer division)', () => {
    expect(measureProgress(metric(500, 400), 460)).toBeCloseTo(0.4, 12);
  });

  it('scores 10→20 at 5 as 0, never 0.5 (no absolute-value bug)', () => {
    expect(measureProgress(metric(10, 20), 5)).toBe(0);
    expect(measureProgress(metric(10, 20), 5, { clamp: false })).toBe(-0.5);
  });

  it('scores "reduce complaints 200→140" at 170 as 0.5', () => {
    expect(measureProgress(metric(200, 140), 170)).toBe(0.5);
  });

  it('with start === target, scores 1 when the value meets it in the direction (0→0 at 0, increase)', () => {
    expect(measureProgress(metric(0, 0, 'increase'), 0)).toBe(1);
    expect(measureProgress(metric(0, 0, 'increase'), 1)).toBe(1);
    expect(measureProgress(metric(0, 0, 'increase'), -1)).toBe(0);
    expect(measureProgress(metric(5, 5, 'decrease'), 5)).toBe(1);
    expect(measureProgress(metric(5, 5, 'decrease'), 4)).toBe(1);
    expect(measureProgress(metric(5, 5, 'decrease'), 6)).toBe(0);
  });

  it('with start === target and no direction, treats the KR as increasing', () => {
    expect(measureProgress(metric(3, 3), 3)).toBe(1);
    expect(measureProgress(metric(3, 3), 2)).toBe(0);
  });

  it('scores 0 without a check-in (the KR sits at its start)', () => {
    expect(measureProgress(metric(0, 100), undefined)).toBe(0);
    expect(measureProgress(metric(0, 0, 'decrease'), undefined)).toBe(0);
    expect(measureProgress({ kind: 'milestone' }, undefined)).toBe(0);
  });

  it('rejects a string, NaN or Infinity with value_mismatch instead of returning NaN', () => {
    expect(thrown(() => measureProgress(metric(0, 10), '5' as never))).toEqual({
      code: 'value_mismatch',
      path: ['value'],
    });
    expect(thrown(() => measureProgress(metric(0, 10), Number.NaN)).code).toBe('value_mismatch');
    expect(thrown(() => measureProgress(metric(0, 10), Number.POSITIVE_INFINITY)).code).toBe(
      'value_mismatch',
    );
    expect(thrown(() => measureProgress(metric(0, 10), true)).code).toBe('value_mismatch');
    expect(thrown(() => measureProgress(metric(0, 10), ['a'])).code).toBe('value_mismatch');
  });
});

describe('measureProgress — threshold, range, milestone, checklist', () => {
  it('scores an atLeast threshold 1 while held (boundary included) and 0 when broken', () => {
    const m: Measure = { kind: 'threshold', mode: 'atLeast', value: 99.9 };
    expect(measureProgress(m, 99.9)).toBe(1);
    expect(measureProgress(m, 100)).toBe(1);
    expect(measureProgress(m, 99.8)).toBe(0);
  });

  it('scores an atMost threshold 1 while held (boundary included) and 0 when broken', () => {
    const m: Measure = { kind: 'threshold', mode: 'atMost', value: 200 };
    expect(measureProgress(m, 200)).toBe(1);
    expect(measureProgress(m, 150)).toBe(1);
    expect(measureProgress(m, 201)).toBe(0);
  });

  it('scores a range 1 inside [min, max] inclusive and 0 outside', () => {
    const m: Measure = { kind: 'range', min: 10, max: 20 };
    expect([9.99, 10, 15, 20, 20.01].map((v) => measureProgress(m, v))).toEqual([0, 1, 1, 1, 0]);
  });

  it('rejects a non-number for threshold and range', () => {
    expect(thrown(() => measureProgress({ kind: 'range', min: 0, max: 1 }, false)).code).toBe(
      'value_mismatch',
    );
    expect(
      thrown(() => measureProgress({ kind: 'threshold', mode: 'atMost', value: 1 }, [])).code,
    ).toBe('value_mismatch');
  });

  it('scores a milestone 1 for true or 1 and 0 for false or 0', () => {
    const m: Measure = { kind: 'milestone' };
    expect([true, 1, false, 0].map((v) => measureProgress(m, v))).toEqual([1, 1, 0, 0]);
  });

  it('rejects other numbers and arrays for a milestone', () => {
    expect(thrown(() => measureProgress({ kind: 'milestone' }, 0.5)).code).toBe('value_mismatch');
    expect(thrown(() => measureProgress({ kind: 'milestone' }, 2)).code).toBe('value_mismatch');
    expect(thrown(() => measureProgress({ kind: 'milestone' }, ['x'])).code).toBe('value_mismatch');
  });

  const checklist: Measure = {
    kind: 'checklist',
    items: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
      { id: 'd', title: 'D' },
    ],
  };

  it('scores a checklist as done / total', () => {
    expect(measureProgress(checklist, [])).toBe(0);
    expect(measureProgress(checklist, ['a'])).toBe(0.25);
    expect(measureProgress(checklist, ['c', 'a', 'd'])).toBe(0.75);
    expect(measureProgress(checklist, ['a', 'b', 'c', 'd'])).toBe(1);
  });

  it('counts a checklist id listed twice once', () => {
    expect(measureProgress(checklist, ['a', 'a', 'b'])).toBe(0.5);
  });

  it('rejects an unknown checklist id with its index in the path', () => {
    expect(thrown(() => measureProgress(checklist, ['a', 'zz']))).toEqual({
      code: 'value_mismatch',
      path: ['value', 1],
    });
  });

  it('rejects a non-array checklist value', () => {
    expect(thrown(() => measureProgress(checklist, 2)).code).toBe('value_mismatch');
  });

  it('scores a checklist without items 0', () => {
    expect(measureProgress({ kind: 'checklist', items: [] }, [])).toBe(0);
  });

  it('refuses a derived measure: the rollup scores those', () => {
    expect(thrown(() => measureProgress({ kind: 'derived' }, 1))).toEqual({
      code: 'invalid_value',
      path: ['measure', 'kind'],
    });
    expect(thrown(() => measureProgress({ kind: 'derived' }, undefined)).code).toBe(
      'invalid_value',
    );
  });
});

describe('safeMeasureProgress', () => {
  it('returns the progress as ok', () => {
    expect(safeMeasureProgress(metric(0, 10), 5)).toEqual({ ok: true, value: 0.5 });
  });

  it('returns the issues instead of throwing', () => {
    const r = safeMeasureProgress(metric(0, 10), 'five' as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'value_mismatch', path: ['value'] });
  });
});

describe('measureProgress — properties', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const metricArb = fc
    .tuple(
      finite,
      finite,
      fc.constantFrom<'increase' | 'decrease' | undefined>('increase', 'decrease', undefined),
    )
    .map(([start, target, direction]) => metric(start, target, direction));
  const anyMeasure: fc.Arbitrary<[Measure, number | boolean | string[]]> = fc.oneof(
    fc.tuple(metricArb, finite),
    fc.tuple(
      fc.record({
        kind: fc.constant('threshold' as const),
        mode: fc.constantFrom('atLeast' as const, 'atMost' as const),
        value: finite,
      }),
      finite,
    ),
    fc.tuple(
      fc
        .tuple(finite, finite)
        .map(([a, b]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
      finite,
    ),
    fc.tuple(fc.constant({ kind: 'milestone' as const }), fc.constantFrom(true, false, 0, 1)),
    fc.tuple(
      fc.constant({
        kind: 'checklist' as const,
        items: ['a', 'b', 'c'].map((id) => ({ id, title: id })),
      }),
      fc.subarray(['a', 'b', 'c', 'a']),
    ),
  );

  it('keeps clamped progress within [0, 1] for every kind', () => {
    fc.assert(
      fc.property(anyMeasure, ([m, v]) => {
        const p = measureProgress(m, v);
        return p >= 0 && p <= 1;
      }),
    );
  });

  it('is monotone in the value in the direction of the KR', () => {
    fc.assert(
      fc.property(metricArb, finite, finite, (m, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const decreasing =
          m.target < (m.start ?? 0) || (m.target === (m.start ?? 0) && m.direction === 'decrease');
        const [worse, better] = decreasing ? [hi, lo] : [lo, hi];
        for (const clamp of [true, false]) {
          if (measureProgress(m, worse, { clamp }) > measureProgress(m, better, { clamp }))
            return false;
        }
        return true;
      }),
    );
  });

  it('gives the same progress when start and target are swapped and the value mirrored', () => {
    // Mirroring v around the midpoint: v' = start + target − v. Integers keep the arithmetic exact.
    const int = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(int, int, int, fc.boolean(), (start, target, v, clamp) => {
        fc.pre(start !== target);
        const a = measureProgress(metric(start, target), v, { clamp });
        const b = measureProgress(metric(target, start), start + target - v, { clamp });
        return a === b;
      }),
    );
  });

  it('never returns NaN for valid input', () => {
    fc.assert(
      fc.property(
        anyMeasure,
        fc.boolean(),
        ([m, v], clamp) => !Number.isNaN(measureProgress(m, v, { clamp })),
      ),
    );
  });
});

describe('measureProgress — extreme numbers (issue 15, item 3)', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it('computes a span beyond the float range without overflow (−1e308 → 1e308)', () => {
    const m = metric(-1e308, 1e308);
    expect(measureProgress(m, 0)).toBe(0.5);
    expect(measureProgress(m, 5e307)).toBe(0.75);
    expect(measureProgress(m, 1e308)).toBe(1);
    expect(measureProgress(m, -1e308)).toBe(0);
    expect(measureProgress(m, Number.MAX_VALUE)).toBe(1);
    expect(measureProgress(m, -Number.MAX_VALUE, { clamp: false })).toBeCloseTo(-0.3988, 4);
    expect(measureProgress(metric(Number.MAX_VALUE, -Number.MAX_VALUE), -Number.MAX_VALUE)).toBe(1);
    expect(measureProgress(metric(Number.MAX_VALUE, -Number.MAX_VALUE), 0, { clamp: false })).toBe(
      0.5,
    );
  });

  it('keeps an unclamped ratio beyond the float range finite (a value far past a tiny span)', () => {
    expect(measureProgress(metric(0, 5e-324), 1e308, { clamp: false })).toBe(Number.MAX_VALUE);
    expect(measureProgress(metric(0, 5e-324), -1e308, { clamp: false })).toBe(-Number.MAX_VALUE);
    expect(measureProgress(metric(0, 5e-324), 1e308)).toBe(1);
    expect(measureProgress(metric(-1e308, -1e308 + 1e292), 1e308)).toBe(1);
  });

  it('is finite and within 0–1 for any finite start, target and value, clamped (property)', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        fc.constantFrom(undefined, 'increase', 'decrease'),
        (start, target, value, direction) => {
          const p = measureProgress(metric(start, target, direction), value);
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(Object.is(p, -0)).toBe(false);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('is finite, never NaN, unclamped, and agrees with the clamped result (property)', () => {
    fc.assert(
      fc.property(finite, finite, finite, (start, target, value) => {
        const m = metric(start, target);
        const raw = measureProgress(m, value, { clamp: false });
        expect(Number.isFinite(raw)).toBe(true);
        expect(Object.is(raw, -0)).toBe(false);
        expect(measureProgress(m, value)).toBe(Math.min(1, Math.max(0, raw)));
      }),
      { numRuns: 5000 },
    );
  });

  it('is the plain formula wherever the span and the distance fit the float range (property)', () => {
    const modest = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(modest, modest, modest, (start, target, value) => {
        const formula = (value - start) / (target - start);
        fc.pre(start !== target && Number.isFinite(formula));
        expect(measureProgress(metric(start, target), value, { clamp: false })).toBe(formula + 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 0 or 1 for thresholds, ranges and milestones, and done / total for checklists, from any finite input (property)', () => {
    fc.assert(
      fc.property(finite, finite, finite, fc.subarray(['a', 'b', 'c']), (a, b, value, done) => {
        const results = [
          measureProgress({ kind: 'threshold', mode: 'atLeast', value: a }, value),
          measureProgress({ kind: 'threshold', mode: 'atMost', value: a }, value),
          measureProgress({ kind: 'range', min: Math.min(a, b), max: Math.max(a, b) }, value),
          measureProgress({ kind: 'milestone' }, value === 0 ? 0 : 1),
        ];
        for (const p of results) expect([0, 1]).toContain(p);
        const items = [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
        ];
        expect(measureProgress({ kind: 'checklist', items }, done)).toBe(done.length / 3);
      }),
      { numRuns: 2000 },
    );
  });
});
