// The progress functions refuse bad whole arguments with a SokrError naming
// the path (keyResultStatus, expectedProgress, plannedProgress, latestCheckIn,
// planCurve, applyCheckpoints and the check-in lists of scoreKeyResult,
// forecast, progressSeries, resolveBaseline), where they crashed with a
// TypeError or answered silently ('pending', null, undefined, "0.5").
import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  applyCheckpoints,
  type CheckIn,
  type Cycle,
  expectedProgress,
  forecast,
  objectiveStatus,
  isStale,
  type KeyResult,
  keyResultStatus,
  keyResultWindow,
  measureProgress,
  type KeyResultStatusInput,
  latestCheckIn,
  planCurve,
  plannedProgress,
  progressSeries,
  resolveBaseline,
  scoreKeyResult,
} from '../../src/index.js';
import { acmeExample, runRule } from '../../src/testing/index.js';
import { issueOf } from '../_support/sokrIssues.js';

const call = (fn: unknown, ...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args);

const RUNNING: KeyResultStatusInput = {
  score: 0.5,
  expected: 0.5,
  hasCheckIn: true,
  windowOver: false,
};
const status = (input: unknown) => call(keyResultStatus, input);

describe('keyResultStatus refuses an input that is not a status input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'x'],
    ['a number', 5],
  ])('%s is invalid_type at []', (_, input) => {
    expect(issueOf(() => status(input))).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('says "the input" for the whole input', () => {
    expect(issueOf(() => status(undefined)).message).toBe(
      'Expected the input to be an object, got undefined.',
    );
  });

  it('refuses {} at its score instead of answering pending', () => {
    expect(issueOf(() => status({}))).toMatchObject({ path: ['score'], code: 'invalid_type' });
  });

  it.each([
    ['a string score', { score: 'x' }, ['score']],
    ['a NaN score', { score: Number.NaN }, ['score']],
    ['an infinite score', { score: Number.POSITIVE_INFINITY }, ['score']],
    ['a string expected', { expected: '0.5' }, ['expected']],
    ['a missing expected', { expected: undefined }, ['expected']],
    ['a string hasCheckIn', { hasCheckIn: 'yes' }, ['hasCheckIn']],
    ['a missing hasCheckIn', { hasCheckIn: undefined }, ['hasCheckIn']],
    ['a numeric windowOver', { windowOver: 1 }, ['windowOver']],
    ['a string held', { held: 'no' }, ['held']],
    ['a null held', { held: null }, ['held']],
  ])('%s is invalid_type at its field', (_, change, path) => {
    expect(issueOf(() => status({ ...RUNNING, ...change }))).toMatchObject({
      path,
      code: 'invalid_type',
    });
  });

  it.each([
    ['11', 11],
    ['-1', -1],
    ['NaN', Number.NaN],
  ])('a confidence of %s is invalid_value at ["confidence"]', (_, confidence) => {
    expect(issueOf(() => status({ ...RUNNING, confidence }))).toMatchObject({
      path: ['confidence'],
      code: 'invalid_value',
    });
  });

  it('decides valid inputs as before, optional fields absent or given', () => {
    expect(keyResultStatus(RUNNING)).toBe('on-track');
    expect(keyResultStatus({ ...RUNNING, score: 0.05 })).toBe('off-track');
    expect(keyResultStatus({ ...RUNNING, confidence: 2 })).toBe('at-risk');
    expect(keyResultStatus({ ...RUNNING, confidence: 10, held: false })).toBe('on-track');
    expect(keyResultStatus({ ...RUNNING, score: 0, held: true })).toBe('off-track');
    expect(keyResultStatus({ ...RUNNING, hasCheckIn: false })).toBe('pending');
  });
});

const WINDOW = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };

describe('expectedProgress refuses a window that is not one', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 5],
  ])('%s is invalid_type at ["window"]', (_, window) => {
    expect(issueOf(() => call(expectedProgress, window, 5))).toMatchObject({
      path: ['window'],
      code: 'invalid_type',
    });
  });

  it.each([
    ['{}', {}, ['window', 'start']],
    ['a NaN start', { start: Number.NaN, end: 5 }, ['window', 'start']],
    ['ISO strings', { start: '2026-01-01', end: '2026-02-01' }, ['window', 'start']],
    ['a string end', { start: 0, end: '5' }, ['window', 'end']],
    ['an infinite end', { start: 0, end: Number.POSITIVE_INFINITY }, ['window', 'end']],
  ])('%s is invalid_value at the bound, not null', (_, window, path) => {
    expect(issueOf(() => call(expectedProgress, window, '2026-01-01'))).toMatchObject({
      path,
      code: 'invalid_value',
    });
  });

  it('says the bound is epoch ms', () => {
    expect(issueOf(() => call(expectedProgress, { start: '2026-01-01', end: 5 }, 3)).message).toBe(
      'Expected window.start to be a finite number (epoch ms), got "2026-01-01".',
    );
  });

  it('still reads a valid window', () => {
    expect(expectedProgress(WINDOW, '2026-01-07')).toBeCloseTo(0.6, 12);
  });

  it('reads an end before the start as a jump at the end, not an error', () => {
    const backwards = { start: 10, end: 5 };
    expect([4, 5, 20].map((t) => expectedProgress(backwards, t))).toEqual([0, 1, 1]);
  });
});

describe('plannedProgress refuses a window that is not one', () => {
  const measure = { kind: 'metric' as const, start: 0, target: 90 };

  it('refuses {} at ["window", "start"] instead of answering 0', () => {
    expect(issueOf(() => call(plannedProgress, 'linear', measure, {}, 5))).toMatchObject({
      path: ['window', 'start'],
      code: 'invalid_value',
    });
  });

  it('still follows a curve through a valid window', () => {
    expect(plannedProgress('back-loaded', measure, WINDOW, '2026-01-06')).toBeCloseTo(0.25, 12);
  });
});

const checkIn = (id: string, at: string, value = 1): CheckIn => ({
  id,
  keyResultId: 'kr',
  at,
  value,
});

describe('latestCheckIn refuses a check-in list that is not one', () => {
  it.each([
    ['{}', {}],
    ['a string', 'abc'],
    ['undefined', undefined],
    ['a Map', new Map()],
  ])('%s is invalid_type at ["checkIns"]', (_, checkIns) => {
    expect(issueOf(() => call(latestCheckIn, checkIns, '2026-01-01'))).toMatchObject({
      path: ['checkIns'],
      code: 'invalid_type',
    });
  });

  it.each([
    ['null', [null], 0],
    ['a string', [checkIn('a', '2026-01-01'), 'abc'], 1],
    ['a number', [5], 0],
  ])('an entry that is %s is invalid_type at ["checkIns", i]', (_, checkIns, i) => {
    expect(issueOf(() => call(latestCheckIn, checkIns, '2026-01-05'))).toMatchObject({
      path: ['checkIns', i],
      code: 'invalid_type',
    });
  });

  it('still reports a bad date at [i, "at"]', () => {
    expect(
      issueOf(() => latestCheckIn([checkIn('a', '2026-01-01'), checkIn('b', 'soon')], 5)),
    ).toMatchObject({ path: [1, 'at'], code: 'invalid_date' });
  });

  it('still finds the current check-in', () => {
    const list = [checkIn('a', '2026-01-01'), checkIn('b', '2026-01-08')];
    expect(latestCheckIn(list, '2026-01-05')?.id).toBe('a');
  });
});

const KR: KeyResult = {
  id: 'kr',
  objectiveId: 'o',
  title: 'Ship',
  ownerId: 'p',
  measure: { kind: 'metric', start: 0, target: 10 },
};
const CYCLE: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const OPTIONS = { asOf: '2026-02-01', from: '2026-01-01', to: '2026-01-05' };

describe('a check-in that is not an object is named as one, not as a bad date', () => {
  const hostile = [checkIn('a', '2026-01-03', 4), 'abc'];

  it('in scoreKeyResult', () => {
    expect(issueOf(() => call(scoreKeyResult, KR, CYCLE, hostile, OPTIONS))).toMatchObject({
      path: ['checkIns', 1],
      code: 'invalid_type',
    });
  });

  it('in forecast', () => {
    expect(issueOf(() => call(forecast, KR, CYCLE, hostile, OPTIONS))).toMatchObject({
      path: ['checkIns', 1],
      code: 'invalid_type',
    });
  });

  it('in progressSeries', () => {
    expect(issueOf(() => call(progressSeries, KR, hostile, OPTIONS))).toMatchObject({
      path: ['checkIns', 1],
      code: 'invalid_type',
    });
  });

  it('in resolveBaseline', () => {
    const baseline = { kind: 'metric', start: null, target: 10 };
    expect(issueOf(() => call(resolveBaseline, baseline, [5]))).toMatchObject({
      path: ['checkIns', 0],
      code: 'invalid_type',
    });
  });
});

describe('scoreKeyResult decides the status of a set never parsed as before', () => {
  it('scores a check-in whose confidence is out of range instead of refusing it', () => {
    const odd = [{ ...checkIn('a', '2026-01-20', 4), confidence: 11 }];
    expect(scoreKeyResult(KR, CYCLE, odd, { asOf: '2026-02-01' }).status).toBe('on-track');
  });
});

describe('planCurve refuses an x that is not a finite number', () => {
  it.each([
    ['a string', '0.5'],
    ['an object', {}],
    ['a symbol', Symbol('x')],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 10n],
    ['undefined', undefined],
  ])('%s is invalid_value at ["x"]', (_, x) => {
    expect(issueOf(() => call(planCurve, 'linear', x))).toMatchObject({
      path: ['x'],
      code: 'invalid_value',
    });
  });

  it('shows NaN as NaN in the message, not as null', () => {
    expect(issueOf(() => planCurve('linear', Number.NaN)).message).toBe(
      'Expected x to be a finite number, got NaN.',
    );
  });

  it('still clamps a finite x', () => {
    expect([planCurve('linear', 0.5), planCurve('linear', 2), planCurve('s-curve', -1)]).toEqual([
      0.5, 1, 0,
    ]);
  });
});

describe('applyCheckpoints refuses a progress that is not finite', () => {
  const measure = {
    kind: 'metric' as const,
    start: 0,
    target: 100,
    checkpoints: [{ value: 50, score: 0.3 }],
  };

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('%s is invalid_type at ["progress"] instead of passing through', (_, progress) => {
    expect(issueOf(() => applyCheckpoints(measure, progress))).toMatchObject({
      path: ['progress'],
      code: 'invalid_type',
    });
  });

  it('names the measure first when both arguments are missing', () => {
    expect(issueOf(() => call(applyCheckpoints))).toMatchObject({
      path: ['measure'],
      code: 'invalid_type',
    });
  });

  it('still maps a finite progress', () => {
    expect(applyCheckpoints(measure, 0.5)).toBeCloseTo(0.3, 12);
  });
});

describe('isStale checks its status policy as keyResultStatus does', () => {
  it('refuses a cadence that is not a number above 0, and a misspelt field, at ["statusPolicy", …]', () => {
    for (const cadenceDays of ['x', 0, -1, Number.NaN])
      expect(
        issueOf(() => isStale('2026-01-01', '2026-01-09', { cadenceDays } as never)),
      ).toMatchObject({
        path: ['statusPolicy', 'cadenceDays'],
      });
    expect(
      issueOf(() => isStale('2026-01-01', '2026-01-09', { cadenceDay: 7 } as never)),
    ).toMatchObject({
      path: ['statusPolicy', 'cadenceDay'],
      code: 'unknown_key',
      suggestion: 'cadenceDays',
    });
    expect(issueOf(() => isStale('2026-01-01', '2026-01-09', 5 as never)).path).toEqual([
      'statusPolicy',
    ]);
  });

  it('still answers with a valid cadence, and the stale-check-in rule keeps its cadence of 0', () => {
    expect(isStale('2026-01-01', '2026-01-09')).toBe(true);
    expect(isStale('2026-01-01', '2026-01-09', { cadenceDays: 10 })).toBe(false);
    expect(isStale(undefined, '2026-01-09', { cadenceDays: 10 })).toBe(false);
    const rule = builtinRules['deliver/stale-check-in']!;
    const findings = runRule(rule, acmeExample(), {
      asOf: '2026-02-15',
      options: { cadenceDays: 0 },
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'deliver/stale-check-in')).toBe(true);
  });
});

describe('objectiveStatus refuses a status it does not know', () => {
  it('a misspelt or foreign status is invalid_value at its index, not read as off-track', () => {
    for (const bad of ['on-trak', 'red', '', null, 3, Number.NaN]) {
      expect(issueOf(() => objectiveStatus(['on-track', bad] as never))).toMatchObject({
        path: ['statuses', 1],
        code: 'invalid_value',
      });
    }
    expect(objectiveStatus(['on-track', 'off-track'])).toBe('off-track');
    expect(objectiveStatus(['achieved', 'missed'])).toBe('missed');
    expect(objectiveStatus(['pending', 'at-risk'])).toBe('at-risk');
  });
});

describe('the scoring functions refuse a misspelt option instead of applying its default', () => {
  const kr: KeyResult = {
    id: 'k',
    objectiveId: 'o',
    title: 'Signups',
    ownerId: 'p',
    measure: { kind: 'metric', start: 0, target: 10 },
  };
  const cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
  const checkIns = [{ id: 'c', keyResultId: 'k', at: '2026-01-10', value: 12 }];

  it('a name none of them takes is unknown_key at its name, with the option it is close to', () => {
    const cases: [() => unknown, string, string][] = [
      [() => measureProgress(kr.measure, 12, { clam: false } as never), 'clam', 'clamp'],
      [
        () => expectedProgress({ start: 0, end: 10 }, 5, { timezone: 'UTC' } as never),
        'timezone',
        'timeZone',
      ],
      [() => keyResultWindow(kr, cycle, { timeZon: 'UTC' } as never), 'timeZon', 'timeZone'],
      [
        () =>
          scoreKeyResult(kr, cycle, checkIns, {
            asOf: '2026-02-01',
            staleStatu: 'at-risk',
          } as never),
        'staleStatu',
        'staleStatus',
      ],
      [() => forecast(kr, cycle, checkIns, { asof: '2026-02-01' } as never), 'asof', 'asOf'],
      [
        () =>
          progressSeries(kr, checkIns, {
            from: '2026-01-01',
            to: '2026-01-31',
            stp: 'day',
          } as never),
        'stp',
        'step',
      ],
    ];
    for (const [call, key, suggestion] of cases)
      expect(issueOf(call)).toMatchObject({ path: [key], code: 'unknown_key', suggestion });
    // { clam: false } would have clamped 1.2 to 1.
    expect(measureProgress(kr.measure, 12, { clamp: false })).toBeCloseTo(1.2);
  });

  it('options that are not an object are invalid_type at ["options"]', () => {
    for (const options of [5, 'clamp', null])
      expect(issueOf(() => measureProgress(kr.measure, 5, options as never))).toMatchObject({
        path: ['options'],
        code: 'invalid_type',
      });
  });

  it('one options object can be shared: a name any scoring function takes is accepted by all', () => {
    const shared = { asOf: '2026-02-01', timeZone: 'UTC', clamp: true };
    expect(keyResultWindow(kr, cycle, shared).start).toBe(Date.UTC(2026, 0, 1));
    expect(scoreKeyResult(kr, cycle, checkIns, shared).score).toBe(1);
    expect(measureProgress(kr.measure, 5, shared)).toBe(0.5);
  });
});
