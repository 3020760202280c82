import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCheckpoints,
  type CheckIn,
  type Cycle,
  expectedProgress,
  type KeyResult,
  keyResultStatus,
  measureProgress,
  type MetricMeasure,
  parseOkrSet,
  planCurve,
  plannedProgress,
  scoreKeyResult,
  SokrError,
} from '../../src/index.js';

const Q1: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const WINDOW = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) }; // 90 days
const DEALS: MetricMeasure = { kind: 'metric', start: 0, target: 90, unit: 'k$' };
// Sales deals close late in the quarter: 10 k$ by mid-February, 30 k$ by mid-March.
const LATE_DEALS = [
  { at: '2026-02-15', value: 10 },
  { at: '2026-03-15', value: 30 },
];

function kr(extra: Partial<KeyResult> = {}): KeyResult {
  return { id: 'kr', objectiveId: 'o', title: 'KR', ownerId: 'ann', measure: DEALS, ...extra };
}

function at(day: string, value: CheckIn['value'], extra: Partial<CheckIn> = {}): CheckIn {
  return { id: `c-${day}`, keyResultId: 'kr', at: day, value, ...extra };
}

describe('planCurve', () => {
  it('gives the documented value of each preset halfway and at the ends', () => {
    expect(planCurve('linear', 0.5)).toBe(0.5);
    expect(planCurve('front-loaded', 0.5)).toBe(0.75);
    expect(planCurve('back-loaded', 0.5)).toBe(0.25);
    expect(planCurve('s-curve', 0.5)).toBe(0.5);
    expect(planCurve('s-curve', 0.25)).toBeCloseTo(0.15625, 12);
    expect(planCurve('step', 0.99)).toBe(0);
    for (const curve of ['linear', 'front-loaded', 'back-loaded', 's-curve', 'step'] as const) {
      expect(planCurve(curve, 0)).toBe(0);
      expect(planCurve(curve, 1)).toBe(1);
      expect(planCurve(curve, -3)).toBe(0);
      expect(planCurve(curve, 7)).toBe(1);
    }
  });

  it('never decreases, for every preset (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linear', 'front-loaded', 'back-loaded', 's-curve', 'step' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (curve, a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          expect(planCurve(curve, x)).toBeLessThanOrEqual(planCurve(curve, y));
        },
      ),
    );
  });

  it('refuses an unknown curve with a SokrError at plan', () => {
    expect(() => planCurve('wavy' as never, 0.5)).toThrow(SokrError);
    try {
      planCurve('wavy' as never, 0.5);
    } catch (error) {
      expect((error as SokrError).issues[0]).toMatchObject({
        path: ['plan'],
        code: 'invalid_value',
      });
    }
  });
});

describe('plannedProgress', () => {
  it('follows the planned values of late-closing deals (worked example)', () => {
    // 15 Feb is day 45 of 90, 15 Mar day 73, 1 Mar day 59.
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2026-02-15')).toBeCloseTo(1 / 9, 12);
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2026-03-01')).toBeCloseTo(2 / 9, 12);
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2026-03-15')).toBeCloseTo(1 / 3, 12);
    // After the last point, on to the target at the window end.
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2026-03-24')).toBeCloseTo(
      1 / 3 + (9 / 17) * (2 / 3),
      12,
    );
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2026-04-01')).toBe(1);
    expect(plannedProgress(LATE_DEALS, DEALS, WINDOW, '2025-12-01')).toBe(0);
    // The linear line says 0.5 in mid-February.
    expect(expectedProgress(WINDOW, '2026-02-15')).toBe(0.5);
  });

  it('takes points in time order, whatever their order in the list', () => {
    const reversed = [...LATE_DEALS].reverse();
    expect(plannedProgress(reversed, DEALS, WINDOW, '2026-03-01')).toBeCloseTo(2 / 9, 12);
  });

  it('holds the last value when a point lies at the window end, and reads decreasing metrics', () => {
    const down: MetricMeasure = { kind: 'metric', start: 200, target: 100 };
    const plan = [{ at: '2026-04-01', value: 150 }];
    expect(plannedProgress(plan, down, WINDOW, '2026-02-15')).toBeCloseTo(0.25, 12);
    expect(plannedProgress(plan, down, WINDOW, '2026-05-01')).toBe(0.5);
  });

  it('counts done items for a checklist and takes a milestone value as its score', () => {
    const checklist = {
      kind: 'checklist' as const,
      items: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D' },
      ],
    };
    const plan = [{ at: '2026-02-15', value: 1 }];
    expect(plannedProgress(plan, checklist, WINDOW, '2026-02-15')).toBe(0.25);
    expect(
      plannedProgress(
        [{ at: '2026-03-15', value: 0 }],
        { kind: 'milestone' },
        WINDOW,
        '2026-03-15',
      ),
    ).toBe(0);
  });

  it('gives exactly today’s expected progress for a linear plan (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: -5e9, max: 5e10 }),
        fc.integer({ min: -1e10, max: 1e11 }),
        (start, span, offset) => {
          const window = { start, end: start + span };
          const asOf = start + offset;
          expect(
            Object.is(
              plannedProgress('linear', DEALS, window, asOf),
              expectedProgress(window, asOf),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('refuses an invalid plan date with its path', () => {
    try {
      plannedProgress([{ at: '2026-02-30', value: 3 }], DEALS, WINDOW, '2026-02-15');
      expect.unreachable();
    } catch (error) {
      expect((error as SokrError).issues[0]).toMatchObject({
        path: ['plan', 0, 'at'],
        code: 'invalid_date',
      });
    }
  });
});

describe('applyCheckpoints', () => {
  // Stretch target 200: 50 is the commitment (0.3), 120 the target (0.7).
  const levels: MetricMeasure = {
    kind: 'metric',
    start: 0,
    target: 200,
    checkpoints: [
      { value: 50, score: 0.3 },
      { value: 120, score: 0.7 },
    ],
  };
  const score = (v: number, clamp = true) =>
    applyCheckpoints(levels, measureProgress(levels, v, { clamp }));

  it('maps values piecewise linearly through the checkpoints (worked example)', () => {
    expect(score(0)).toBe(0);
    expect(score(25)).toBeCloseTo(0.15, 12);
    expect(score(50)).toBeCloseTo(0.3, 12);
    expect(score(85)).toBeCloseTo(0.5, 12);
    expect(score(120)).toBeCloseTo(0.7, 12);
    expect(score(160)).toBeCloseTo(0.85, 12);
    expect(score(200)).toBe(1);
    expect(score(260)).toBe(1);
    // Unclamped, beyond the target stays linear: over-achievement shows.
    expect(score(260, false)).toBe(1.3);
  });

  it('maps a decreasing metric from its start', () => {
    const down: MetricMeasure = {
      kind: 'metric',
      start: 200,
      target: 100,
      checkpoints: [{ value: 180, score: 0.5 }],
    };
    expect(applyCheckpoints(down, measureProgress(down, 190))).toBeCloseTo(0.25, 12);
    expect(applyCheckpoints(down, measureProgress(down, 140))).toBeCloseTo(
      0.5 + 0.5 * (40 / 80),
      12,
    );
  });

  it('changes nothing when the checkpoints lie on the straight line (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 4 }),
        fc.double({ min: -2000, max: 3000, noNaN: true }),
        fc.boolean(),
        (start, length, up, cuts, value, clamp) => {
          const target = up ? start + length : start - length;
          const plain: MetricMeasure = { kind: 'metric', start, target };
          const values = cuts
            .sort((a, b) => a - b)
            .map((c) => start + ((target - start) * c) / 1000);
          const checkpoints = values.map((v) => ({
            value: v,
            score: (v - start) / (target - start),
          }));
          const measure: MetricMeasure = { ...plain, checkpoints };
          const p = measureProgress(plain, value, { clamp });
          expect(
            Object.is(applyCheckpoints(measure, measureProgress(measure, value, { clamp })), p),
          ).toBe(true);
        },
      ),
    );
  });

  it('leaves other measures unchanged', () => {
    expect(applyCheckpoints({ kind: 'milestone' }, 1)).toBe(1);
    expect(applyCheckpoints({ kind: 'metric', start: 0, target: 10 }, 0.37)).toBe(0.37);
  });
});

describe('checkpoints in the parser', () => {
  function setWith(checkpoints: unknown, start = 0, target = 100) {
    return {
      units: [{ id: 'co', name: 'Co' }],
      people: [{ id: 'ann', name: 'Ann' }],
      cycles: [Q1],
      objectives: [{ id: 'o', title: 'O', unitId: 'co', cycleId: 'q1' }],
      keyResults: [
        {
          id: 'kr',
          objectiveId: 'o',
          title: 'KR',
          ownerId: 'ann',
          measure: { kind: 'metric', start, target, checkpoints },
        },
      ],
    };
  }
  const issueOf = (checkpoints: unknown, start?: number, target?: number) => {
    const result = parseOkrSet(setWith(checkpoints, start, target));
    return result.ok ? undefined : result.issues[0];
  };
  const at = (...rest: (string | number)[]) => ['keyResults', 0, 'measure', 'checkpoints', ...rest];

  it('accepts commit / target / stretch levels', () => {
    expect(
      issueOf([
        { value: 30, score: 0.3 },
        { value: 70, score: 0.7 },
        { value: 100, score: 1 },
      ]),
    ).toBeUndefined();
  });

  it('refuses values that do not run from start towards target', () => {
    expect(
      issueOf([
        { value: 70, score: 0.3 },
        { value: 30, score: 0.7 },
      ]),
    ).toMatchObject({
      path: at(1, 'value'),
      code: 'invalid_value',
    });
    expect(
      issueOf([
        { value: 30, score: 0.3 },
        { value: 30, score: 0.4 },
      ])?.path,
    ).toEqual(at(1, 'value'));
  });

  it('refuses decreasing scores, scores outside 0–1 and values outside start … target', () => {
    expect(
      issueOf([
        { value: 30, score: 0.6 },
        { value: 70, score: 0.5 },
      ])?.path,
    ).toEqual(at(1, 'score'));
    expect(issueOf([{ value: 30, score: 1.5 }])?.path).toEqual(at(0, 'score'));
    expect(issueOf([{ value: 130, score: 0.5 }])?.path).toEqual(at(0, 'value'));
    expect(issueOf([{ value: 150, score: 0.5 }], 200, 100)).toBeUndefined();
    expect(issueOf([{ value: 50, score: 0.5 }], 200, 100)?.path).toEqual(at(0, 'value'));
    expect(issueOf([{ value: 100, score: 0.9 }])?.message).toMatch(/target 100 scores 1/);
  });
});

describe('statuses of kept key results (threshold, range)', () => {
  const uptime: KeyResult = kr({ measure: { kind: 'threshold', mode: 'atLeast', value: 99.5 } });
  const band: KeyResult = kr({ measure: { kind: 'range', min: 40, max: 60 } });
  const status = (k: KeyResult, checkIns: CheckIn[], asOf: string) =>
    scoreKeyResult(k, Q1, checkIns, { asOf }).status;

  it('is on track while it holds during the window, not achieved', () => {
    expect(status(uptime, [at('2026-02-10', 99.9)], '2026-02-15')).toBe('on-track');
    expect(status(band, [at('2026-02-10', 50)], '2026-02-15')).toBe('on-track');
  });

  it('is off track at once when broken, even early in the window', () => {
    expect(status(uptime, [at('2026-01-03', 99.1)], '2026-01-04')).toBe('off-track');
    expect(status(band, [at('2026-01-03', 61)], '2026-01-04')).toBe('off-track');
  });

  it('is achieved when the window ends held, missed when it ends broken', () => {
    expect(status(uptime, [at('2026-03-30', 99.7)], '2026-04-02')).toBe('achieved');
    expect(status(uptime, [at('2026-03-30', 99.2)], '2026-04-02')).toBe('missed');
  });

  it('turns at risk with low confidence while held', () => {
    expect(status(uptime, [at('2026-02-10', 99.9, { confidence: 2 })], '2026-02-15')).toBe(
      'at-risk',
    );
  });

  it('keeps milestones on their time line', () => {
    const done = kr({ measure: { kind: 'milestone' } });
    expect(status(done, [at('2026-02-10', true)], '2026-02-15')).toBe('achieved');
    expect(status(done, [at('2026-02-10', false)], '2026-03-20')).toBe('off-track');
  });

  it('is what keyResultStatus says with held', () => {
    const base = { expected: 0.2, hasCheckIn: true, windowOver: false };
    expect(keyResultStatus({ ...base, score: 1, held: true })).toBe('on-track');
    expect(keyResultStatus({ ...base, score: 0, held: true })).toBe('off-track');
    expect(keyResultStatus({ ...base, score: 0, held: false })).toBe('on-track');
    expect(keyResultStatus({ ...base, score: 1, held: true, windowOver: true })).toBe('achieved');
  });
});

describe('scoreKeyResult with a plan, checkpoints and staleStatus', () => {
  it('judges late deals against their plan, not the straight line', () => {
    const checkIns = [at('2026-03-01', 15)];
    const planned = scoreKeyResult(kr({ plan: LATE_DEALS }), Q1, checkIns, { asOf: '2026-03-01' });
    expect(planned.score).toBeCloseTo(1 / 6, 12);
    expect(planned.expected).toBeCloseTo(2 / 9, 12);
    expect(planned.status).toBe('on-track');
    const linear = scoreKeyResult(kr(), Q1, checkIns, { asOf: '2026-03-01' });
    expect(linear.expected).toBeCloseTo(59 / 90, 12);
    expect(linear.status).toBe('off-track');
  });

  it('scores through the checkpoints', () => {
    const measure: MetricMeasure = {
      kind: 'metric',
      start: 0,
      target: 200,
      checkpoints: [{ value: 50, score: 0.3 }],
    };
    const r = scoreKeyResult(kr({ measure }), Q1, [at('2026-02-01', 25)], { asOf: '2026-02-02' });
    expect(r.score).toBeCloseTo(0.15, 12);
  });

  it("makes a stale on-track key result at risk with staleStatus 'at-risk'", () => {
    const checkIns = [at('2026-01-20', 40)];
    const keep = scoreKeyResult(kr(), Q1, checkIns, { asOf: '2026-02-01' });
    expect(keep).toMatchObject({ stale: true, status: 'on-track' });
    const capped = scoreKeyResult(kr(), Q1, checkIns, {
      asOf: '2026-02-01',
      staleStatus: 'at-risk',
    });
    expect(capped.status).toBe('at-risk');
    // Off track stays off track: the cap never improves a status.
    const low = scoreKeyResult(kr(), Q1, [at('2026-01-20', 1)], {
      asOf: '2026-03-01',
      staleStatus: 'at-risk',
    });
    expect(low.status).toBe('off-track');
  });
});
