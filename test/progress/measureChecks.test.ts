// The public scoring functions check the measures, plans and check-in lists
// they are given and throw only SokrErrors naming the path (review-core items
// 1, 8 and 14); kept key results ignore plans in scoreKeyResult (item 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCheckpoints,
  type CheckIn,
  type Cycle,
  expectedProgress,
  forecast,
  isSokrError,
  type KeyResult,
  keyResultWindow,
  type Measure,
  measureProgress,
  plannedProgress,
  progressSeries,
  resolveBaseline,
  safeMeasureProgress,
  scoreKeyResult,
} from '../../src/index.js';
import { checkpointScore } from '../../src/progress/applyCheckpoints.js';
import { progressOf } from '../../src/progress/measureProgress.js';

const cycle: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const kr = (measure: unknown, extra: Record<string, unknown> = {}): KeyResult =>
  ({ id: 'k', objectiveId: 'o', title: 't', ownerId: 'a', measure, ...extra }) as KeyResult;
const checkIn = (value: unknown, at = '2026-02-01'): CheckIn =>
  ({ id: 'c', keyResultId: 'k', at, value }) as CheckIn;
const asOf = { asOf: '2026-03-01' };

/** The first issue of the SokrError `run` throws; fails on anything else (a TypeError included). */
function issueOf(run: () => unknown): {
  path: readonly (string | number)[];
  code: string;
  message: string;
} {
  try {
    run();
  } catch (error) {
    if (!isSokrError(error)) throw error;
    const { path, code, message } = error.issues[0]!;
    return { path, code, message };
  }
  throw new Error('expected a SokrError, nothing was thrown');
}

describe('item 1: malformed measures, plans and check-in lists are SokrErrors, not TypeErrors', () => {
  it('measureProgress: a checklist without items', () => {
    expect(issueOf(() => measureProgress({ kind: 'checklist' } as never, []))).toMatchObject({
      path: ['measure', 'items'],
      code: 'invalid_type',
    });
  });

  it('scoreKeyResult: checklist items null', () => {
    const run = () =>
      scoreKeyResult(kr({ kind: 'checklist', items: null }), cycle, [checkIn([])], asOf);
    expect(issueOf(run)).toMatchObject({
      path: ['keyResult', 'measure', 'items'],
      code: 'invalid_type',
    });
  });

  it('forecast: a checklist without items', () => {
    const run = () => forecast(kr({ kind: 'checklist' }), cycle, [checkIn([])], asOf);
    expect(issueOf(run)).toMatchObject({
      path: ['keyResult', 'measure', 'items'],
      code: 'invalid_type',
    });
  });

  it('progressSeries: a checklist without items', () => {
    const run = () =>
      progressSeries(kr({ kind: 'checklist' }), [checkIn([])], {
        from: '2026-01-01',
        to: '2026-01-03',
      });
    expect(issueOf(run).path).toEqual(['keyResult', 'measure', 'items']);
  });

  it('applyCheckpoints: a checkpoint that is null, or without a finite value or score', () => {
    const m = (checkpoints: unknown) =>
      ({ kind: 'metric', start: 0, target: 10, checkpoints }) as never;
    expect(issueOf(() => applyCheckpoints(m([null]), 0.5))).toMatchObject({
      path: ['measure', 'checkpoints', 0],
      code: 'invalid_type',
    });
    expect(issueOf(() => applyCheckpoints(m([{ value: '5', score: 0.5 }]), 0.5)).path).toEqual([
      'measure',
      'checkpoints',
      0,
      'value',
    ]);
    expect(issueOf(() => applyCheckpoints(m([{ value: 5 }]), 0.5)).path).toEqual([
      'measure',
      'checkpoints',
      0,
      'score',
    ]);
    expect(issueOf(() => applyCheckpoints(m({}), 0.5)).path).toEqual(['measure', 'checkpoints']);
  });

  it('scoreKeyResult: a plan point that is null, or without a finite value', () => {
    const metric = { kind: 'metric', start: 0, target: 10 };
    expect(
      issueOf(() => scoreKeyResult(kr(metric, { plan: [null] }), cycle, [], asOf)),
    ).toMatchObject({ path: ['keyResult', 'plan', 0], code: 'invalid_type' });
    const noValue = kr(metric, { plan: [{ at: '2026-02-01' }] });
    expect(issueOf(() => scoreKeyResult(noValue, cycle, [], asOf)).path).toEqual([
      'keyResult',
      'plan',
      0,
      'value',
    ]);
    expect(
      issueOf(() => scoreKeyResult(kr(metric, { plan: null }), cycle, [], asOf)),
    ).toMatchObject({ path: ['keyResult', 'plan'], code: 'invalid_type' });
  });

  it('plannedProgress: a plan point that is null, or no plan at all', () => {
    const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) };
    const metric = { kind: 'metric' as const, start: 0, target: 10 };
    expect(
      issueOf(() => plannedProgress([null] as never, metric, window, '2026-02-01')).path,
    ).toEqual(['plan', 0]);
    expect(
      issueOf(() => plannedProgress(undefined as never, metric, window, '2026-02-01')).path,
    ).toEqual(['plan']);
    const typo = { kind: 'metric', start: 0, target: '10' } as never;
    expect(issueOf(() => plannedProgress('linear', typo, window, '2026-02-01')).path).toEqual([
      'measure',
      'target',
    ]);
  });

  it('resolveBaseline: check-ins that are not a list, or hold null', () => {
    const baseline = { kind: 'metric', start: null, target: 10 } as Measure;
    expect(issueOf(() => resolveBaseline(baseline, null as never))).toMatchObject({
      path: ['checkIns'],
      code: 'invalid_type',
    });
    expect(issueOf(() => resolveBaseline(baseline, [null] as never)).path).toEqual(['checkIns', 0]);
    expect(issueOf(() => resolveBaseline(null as never, [])).path).toEqual(['measure']);
    expect(
      issueOf(() => resolveBaseline({ kind: 'metric', start: null } as never, [checkIn(3)])).path,
    ).toEqual(['measure', 'target']);
  });
});

/** Measures parseOkrSet refuses, with the path and code the check gives (relative to the measure). */
const MALFORMED: readonly [string, unknown, readonly (string | number)[], string][] = [
  [
    'a misspelled threshold mode',
    { kind: 'threshold', mode: 'atleast', value: 5 },
    ['mode'],
    'invalid_value',
  ],
  ['a threshold without a mode', { kind: 'threshold', value: 5 }, ['mode'], 'invalid_value'],
  ['a metric without a target', { kind: 'metric', start: 0 }, ['target'], 'invalid_type'],
  [
    'a target given as a string',
    { kind: 'metric', start: 0, target: '10' },
    ['target'],
    'invalid_type',
  ],
  [
    'a start given as a string',
    { kind: 'metric', start: '0', target: 10 },
    ['start'],
    'invalid_type',
  ],
  ['a NaN target', { kind: 'metric', start: 0, target: Number.NaN }, ['target'], 'invalid_type'],
  [
    'an unknown direction',
    { kind: 'metric', start: 0, target: 10, direction: 'up' },
    ['direction'],
    'invalid_value',
  ],
  ['a range with min above max', { kind: 'range', min: 6, max: 2 }, ['max'], 'invalid_value'],
  ['a range without a min', { kind: 'range', max: 2 }, ['min'], 'invalid_type'],
  [
    'a threshold value given as a string',
    { kind: 'threshold', mode: 'atLeast', value: '5' },
    ['value'],
    'invalid_type',
  ],
  [
    'a checklist item without an id',
    { kind: 'checklist', items: [{ title: 'A' }] },
    ['items', 0, 'id'],
    'invalid_type',
  ],
  [
    'a checklist item that is null',
    { kind: 'checklist', items: [null] },
    ['items', 0],
    'invalid_type',
  ],
  ['an unknown kind', { kind: 'kpi' }, ['kind'], 'invalid_value'],
  ['no kind', { start: 0, target: 10 }, ['kind'], 'invalid_value'],
];

describe('item 8: a measure parseOkrSet refuses is refused, not scored silently', () => {
  it.each(MALFORMED)('measureProgress refuses %s', (_, measure, path, code) => {
    expect(issueOf(() => measureProgress(measure as Measure, 4))).toMatchObject({
      path: ['measure', ...path],
      code,
    });
    // without a value too: a malformed measure is refused before there is a check-in
    expect(issueOf(() => measureProgress(measure as Measure, undefined)).path).toEqual([
      'measure',
      ...path,
    ]);
  });

  it.each(MALFORMED)('safeMeasureProgress returns %s as an issue', (_, measure, path, code) => {
    const r = safeMeasureProgress(measure as Measure, 4);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: ['measure', ...path], code });
  });

  it.each(MALFORMED)(
    'scoreKeyResult, forecast and progressSeries refuse %s',
    (_, measure, path) => {
      const at = ['keyResult', 'measure', ...path];
      expect(issueOf(() => scoreKeyResult(kr(measure), cycle, [checkIn(4)], asOf)).path).toEqual(
        at,
      );
      expect(issueOf(() => forecast(kr(measure), cycle, [checkIn(4)], asOf)).path).toEqual(at);
      const range = { from: '2026-01-01', to: '2026-01-02' };
      expect(issueOf(() => progressSeries(kr(measure), [checkIn(4)], range)).path).toEqual(at);
    },
  );

  it('the four repros of the review', () => {
    expect(
      issueOf(() =>
        measureProgress({ kind: 'threshold', mode: 'atleast', value: 5 } as never, 100),
      ),
    ).toMatchObject({ path: ['measure', 'mode'], code: 'invalid_value' });
    expect(
      safeMeasureProgress({ kind: 'threshold', mode: 'atleast', value: 5 } as never, 100),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: ['measure', 'mode'],
          code: 'invalid_value',
          message: 'Expected measure.mode to be "atLeast" or "atMost", got "atleast".',
        },
      ],
    });
    expect(
      issueOf(() => measureProgress({ kind: 'metric', start: 0 } as never, 100)),
    ).toMatchObject({ path: ['measure', 'target'], code: 'invalid_type' });
    expect(
      issueOf(() => measureProgress({ kind: 'metric', start: 0, target: '10' } as never, 5)),
    ).toMatchObject({ path: ['measure', 'target'], code: 'invalid_type' });
    expect(issueOf(() => measureProgress({ kind: 'range', min: 6, max: 2 } as never, 4))).toEqual({
      path: ['measure', 'max'],
      code: 'invalid_value',
      message: 'Expected measure.max to be at least its min (6), got 2.',
    });
  });
});

describe('item 14: an unknown kind is named and the kinds are listed', () => {
  it('measureProgress({ kind: "kpi" }) names the scorable kinds, not just "derived"', () => {
    const issue = issueOf(() => measureProgress({ kind: 'kpi' } as never, 1));
    expect(issue).toMatchObject({ path: ['measure', 'kind'], code: 'invalid_value' });
    expect(issue.message).toContain('"kpi"');
    for (const kind of ['metric', 'threshold', 'range', 'milestone', 'checklist'])
      expect(issue.message).toContain(`"${kind}"`);
  });

  it('a derived measure is still refused at its kind', () => {
    expect(issueOf(() => measureProgress({ kind: 'derived' }, 1)).path).toEqual([
      'measure',
      'kind',
    ]);
    expect(
      issueOf(() => scoreKeyResult(kr({ kind: 'derived' }), cycle, [checkIn(1)], asOf)).path,
    ).toEqual(['keyResult', 'measure', 'kind']);
  });
});

describe('item 6: scoreKeyResult ignores the plan of a kept key result', () => {
  const uptime = { kind: 'threshold', mode: 'atLeast', value: 99.9 } as const;
  const broken = [checkIn(98, '2026-03-01')];
  const plain = scoreKeyResult(kr(uptime), cycle, broken, asOf);
  const window = keyResultWindow(kr(uptime), cycle);

  it.each([
    ['a step curve', 'step'],
    ['a back-loaded curve', 'back-loaded'],
    [
      'planned values',
      [
        { at: '2026-02-15', value: 10 },
        { at: '2026-03-15', value: 99.9 },
      ],
    ],
  ])('a threshold KR with %s keeps the time-based expected progress', (_, plan) => {
    const planned = scoreKeyResult(kr(uptime, { plan }), cycle, broken, asOf);
    expect(planned.expected).toBe(expectedProgress(window, '2026-03-01'));
    expect(planned).toEqual(plain);
    expect(planned.status).toBe('off-track');
  });

  it('so does a range KR', () => {
    const range = { kind: 'range', min: 2, max: 4 };
    const at = [checkIn(3)];
    const planned = scoreKeyResult(kr(range, { plan: 'step' }), cycle, at, asOf);
    expect(planned).toEqual(scoreKeyResult(kr(range), cycle, at, asOf));
  });

  it('a metric KR still follows its plan', () => {
    const metric = { kind: 'metric', start: 0, target: 100 };
    const planned = scoreKeyResult(kr(metric, { plan: 'step' }), cycle, [checkIn(50)], asOf);
    expect(planned.expected).toBe(0);
    expect(scoreKeyResult(kr(metric), cycle, [checkIn(50)], asOf).expected).toBeGreaterThan(0.6);
  });
});

describe('valid measures score exactly as the unchecked kernels do', () => {
  const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const measure: fc.Arbitrary<Measure> = fc.oneof(
    fc
      .record({
        start: num,
        target: num,
        direction: fc.constantFrom('increase', 'decrease', undefined),
      })
      .map(({ start, target, direction }) =>
        direction === undefined
          ? { kind: 'metric' as const, start, target }
          : { kind: 'metric' as const, start, target, direction },
      ),
    fc
      .record({ start: num, span: fc.double({ min: 1, max: 1e6, noNaN: true }) })
      .map(({ start, span }) => ({
        kind: 'metric' as const,
        start,
        target: start + span,
        checkpoints: [
          { value: start + span / 4, score: 0.1 },
          { value: start + span / 2, score: 0.6 },
        ],
      })),
    fc
      .record({ value: num, mode: fc.constantFrom('atLeast' as const, 'atMost' as const) })
      .map((m) => ({ kind: 'threshold' as const, ...m })),
    fc.tuple(num, num).map(([a, b]) => ({
      kind: 'range' as const,
      min: Math.min(a, b),
      max: Math.max(a, b),
    })),
  );

  it('measureProgress and applyCheckpoints equal progressOf and checkpointScore', () => {
    fc.assert(
      fc.property(measure, num, fc.boolean(), (m, value, clamp) => {
        const options = { clamp };
        const p = measureProgress(m, value, options);
        expect(p).toBe(progressOf(m, value, options));
        expect(applyCheckpoints(m, p)).toBe(checkpointScore(m, p));
        expect(safeMeasureProgress(m, value, options)).toEqual({ ok: true, value: p });
      }),
      { numRuns: 500 },
    );
  });

  it('milestones, checklists (empty ones included) and baselines are accepted', () => {
    expect(measureProgress({ kind: 'milestone' }, true)).toBe(1);
    expect(measureProgress({ kind: 'checklist', items: [] }, [])).toBe(0);
    const items = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ];
    expect(measureProgress({ kind: 'checklist', items }, ['a'])).toBe(0.5);
    const baseline = { kind: 'metric' as const, start: null, target: 100 };
    expect(measureProgress(baseline, undefined)).toBe(0);
    expect(resolveBaseline(baseline, [checkIn(40, '2026-01-10')])).toEqual({
      kind: 'metric',
      start: 40,
      target: 100,
    });
  });
});
