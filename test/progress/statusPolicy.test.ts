// The one check of a status policy (checkStatusPolicy), and keyResultStatus /
// scoreKeyResult refusing what it refuses instead of deciding statuses with NaN.
import { describe, expect, it } from 'vitest';
import {
  defaultStatusPolicy,
  isSokrError,
  keyResultStatus,
  type KeyResult,
  scoreKeyResult,
} from '../../src/index.js';
import { checkStatusPolicy } from '../../src/progress/statusPolicy.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error; // anything but a SokrError fails the test
  }
  throw new Error('expected a SokrError');
}

describe('checkStatusPolicy', () => {
  it('returns the fields set (a fresh object), undefined fields left out', () => {
    const given = { atRiskGap: 0.3, cadenceDays: 14, lowConfidence: undefined };
    const checked = checkStatusPolicy(given, ['statusPolicy']);
    expect(checked).toEqual({ atRiskGap: 0.3, cadenceDays: 14 });
    expect(checked).not.toBe(given);
    expect(Object.hasOwn(checked, 'lowConfidence')).toBe(false);
    expect(checkStatusPolicy(undefined)).toEqual({});
    expect(checkStatusPolicy({ ...defaultStatusPolicy })).toEqual(defaultStatusPolicy);
    // The bounds themselves are accepted; cadenceDays may be a fraction.
    expect(
      checkStatusPolicy({ atRiskGap: 0, offTrackGap: 1, lowConfidence: 10, cadenceDays: 0.5 }),
    ).toEqual({ atRiskGap: 0, offTrackGap: 1, lowConfidence: 10, cadenceDays: 0.5 });
  });

  it('refuses a value that is not an object at the path it is given', () => {
    for (const [value, received] of [
      [42, 'number'],
      [null, 'null'],
      ['lenient', 'string'],
      [[], 'array'],
      [true, 'boolean'],
    ] as const) {
      expect(issuesOf(() => checkStatusPolicy(value, ['options', 'statusPolicy']))).toEqual([
        expect.objectContaining({
          path: ['options', 'statusPolicy'],
          code: 'invalid_type',
          expected: 'object',
          received,
        }),
      ]);
    }
    expect(issuesOf(() => checkStatusPolicy(42))[0]?.path).toEqual(['statusPolicy']);
  });

  it('refuses non-numbers (invalid_type) and NaN, ±Infinity or out-of-range numbers (invalid_value)', () => {
    expect(issuesOf(() => checkStatusPolicy({ atRiskGap: 'x' }))).toEqual([
      {
        path: ['statusPolicy', 'atRiskGap'],
        code: 'invalid_type',
        message: "A status policy's atRiskGap is a finite number from 0 to 1, got string.",
        expected: 'number',
        received: 'string',
      },
    ]);
    expect(issuesOf(() => checkStatusPolicy({ offTrackGap: Number.NaN }))).toEqual([
      {
        path: ['statusPolicy', 'offTrackGap'],
        code: 'invalid_value',
        message: "A status policy's offTrackGap is a finite number from 0 to 1, got NaN.",
        received: Number.NaN,
        minimum: 0,
        maximum: 1,
      },
    ]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ atRiskGap: -0.1 }, 'atRiskGap', 'invalid_value'],
      [{ atRiskGap: 1.5 }, 'atRiskGap', 'invalid_value'],
      [{ offTrackGap: Number.POSITIVE_INFINITY }, 'offTrackGap', 'invalid_value'],
      [{ lowConfidence: 11 }, 'lowConfidence', 'invalid_value'],
      [{ lowConfidence: -1 }, 'lowConfidence', 'invalid_value'],
      [{ lowConfidence: null }, 'lowConfidence', 'invalid_type'],
      [{ cadenceDays: 0 }, 'cadenceDays', 'invalid_value'],
      [{ cadenceDays: -7 }, 'cadenceDays', 'invalid_value'],
      [{ cadenceDays: Number.POSITIVE_INFINITY }, 'cadenceDays', 'invalid_value'],
      [{ cadenceDays: '7' }, 'cadenceDays', 'invalid_type'],
      [{ cadenceDays: 7n }, 'cadenceDays', 'invalid_type'],
    ];
    for (const [policy, field, code] of cases) {
      expect(issuesOf(() => checkStatusPolicy(policy))).toEqual([
        expect.objectContaining({ path: ['statusPolicy', field], code }),
      ]);
    }
    expect(issuesOf(() => checkStatusPolicy({ cadenceDays: 0 }))[0]).toMatchObject({
      minimum: 0,
      message: "A status policy's cadenceDays is a finite number above 0, got 0.",
    });
    expect(issuesOf(() => checkStatusPolicy({ cadenceDays: 0 }))[0]).not.toHaveProperty('maximum');
  });

  it('refuses an unknown field, suggesting a field the policy does not have yet', () => {
    expect(issuesOf(() => checkStatusPolicy({ atRiskgap: 0.1 }))).toEqual([
      {
        path: ['statusPolicy', 'atRiskgap'],
        code: 'unknown_key',
        message: 'unknown field "atRiskgap"; did you mean "atRiskGap"?',
        key: 'atRiskgap',
        suggestion: 'atRiskGap',
      },
    ]);
    expect(issuesOf(() => checkStatusPolicy({ colour: 'red' }))[0]?.message).toBe(
      'unknown field "colour": remove it',
    );
  });

  it('suggests the field for a letter left out or mistyped, as the parser does', () => {
    const suggestionOf = (key: string) =>
      issuesOf(() => checkStatusPolicy({ [key]: 0.1 }))[0]?.suggestion;
    expect(suggestionOf('atRiskGp')).toBe('atRiskGap');
    expect(suggestionOf('cadenceDys')).toBe('cadenceDays');
    expect(suggestionOf('offTrakGap')).toBe('offTrackGap');
    expect(suggestionOf('lowConfidense')).toBe('lowConfidence');
    expect(suggestionOf('atRiskGapp')).toBe('atRiskGap');
    expect(suggestionOf('offset')).toBeUndefined();
  });

  it('reports every problem at once, in the order of the fields', () => {
    const issues = issuesOf(() =>
      checkStatusPolicy({ lowConfidence: 11, atRiskGap: 'x', cadenceDay: 7 }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['statusPolicy', 'lowConfidence'], 'invalid_value'],
      [['statusPolicy', 'atRiskGap'], 'invalid_type'],
      [['statusPolicy', 'cadenceDay'], 'unknown_key'],
    ]);
    expect(issues[2]?.suggestion).toBe('cadenceDays');
  });
});

describe('keyResultStatus checks its status policy', () => {
  const at60 = { expected: 0.6, hasCheckIn: true, windowOver: false };

  it('refuses a bad policy instead of judging with it (a string gap made nothing on track)', () => {
    expect(
      issuesOf(() => keyResultStatus({ ...at60, score: 0.5 }, { atRiskGap: 'x' as never })),
    ).toEqual([
      expect.objectContaining({ path: ['statusPolicy', 'atRiskGap'], code: 'invalid_type' }),
    ]);
    // NaN made nothing at risk.
    expect(
      issuesOf(() => keyResultStatus({ ...at60, score: 0.3 }, { offTrackGap: Number.NaN })),
    ).toEqual([expect.objectContaining({ path: ['statusPolicy', 'offTrackGap'] })]);
    // Checked whatever the input, a pending key result included.
    expect(
      issuesOf(() => keyResultStatus({ ...at60, score: 0, hasCheckIn: false }, 42 as never)),
    ).toEqual([expect.objectContaining({ path: ['statusPolicy'], code: 'invalid_type' })]);
  });

  it('decides as before with a valid policy, a partial one or none', () => {
    expect(keyResultStatus({ ...at60, score: 0.35 })).toBe('at-risk');
    expect(keyResultStatus({ ...at60, score: 0.35 }, { atRiskGap: 0.3 })).toBe('on-track');
    expect(keyResultStatus({ ...at60, score: 0.35 }, { atRiskGap: undefined } as never)).toBe(
      'at-risk',
    );
    expect(keyResultStatus({ ...at60, score: 0.5, confidence: 4 }, { lowConfidence: 4 })).toBe(
      'at-risk',
    );
    expect(keyResultStatus({ ...at60, score: 0.1 }, {})).toBe('off-track');
  });
});

describe('scoreKeyResult checks its statusPolicy option (through keyResultStatus)', () => {
  const cycle = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
  const kr: KeyResult = {
    id: 'kr1',
    objectiveId: 'o1',
    title: 'KR',
    ownerId: 'ann',
    measure: { kind: 'metric', start: 0, target: 100 },
  };
  const checkIns = [{ id: 'c1', keyResultId: 'kr1', at: '2026-02-01', value: 30 }];

  it('refuses a bad statusPolicy at its path', () => {
    expect(
      issuesOf(() =>
        scoreKeyResult(kr, cycle, checkIns, {
          asOf: '2026-02-15',
          statusPolicy: { atRiskGap: 'x' as never },
        }),
      ),
    ).toEqual([expect.objectContaining({ path: ['statusPolicy', 'atRiskGap'] })]);
    expect(
      scoreKeyResult(kr, cycle, checkIns, { asOf: '2026-02-15', statusPolicy: { atRiskGap: 0.3 } })
        .status,
    ).toBe('on-track');
  });
});

describe('hostile values the scoring functions meet in sets that were never parsed', () => {
  it('reads a confidence that is not a number as none, instead of a TypeError', async () => {
    const { keyResultStatus } = await import('../../src/index.js');
    const base = { score: 0.5, expected: 0.5, hasCheckIn: true, windowOver: false };
    for (const confidence of [Symbol('c'), Object.create(null), '2', null])
      expect(keyResultStatus({ ...base, confidence } as never)).toBe('on-track');
    expect(keyResultStatus({ ...base, confidence: 2 })).toBe('at-risk');
  });

  it('refuses fiscalYearOf options that are not an object with a SokrError', async () => {
    const { fiscalYearOf } = await import('../../src/index.js');
    for (const options of [null, 5, 'x', []])
      expect(() => fiscalYearOf('2026-02-01', options as never)).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: ['options'], code: 'invalid_type' })],
        }),
      );
    expect(fiscalYearOf('2026-02-01', { fiscalYearStartMonth: 2 })).toBe(2027);
  });
});

describe('plannedProgress with missing arguments', () => {
  it('names the argument: a null plan, measure or window is invalid_type there', async () => {
    const { plannedProgress } = await import('../../src/index.js');
    const measure = { kind: 'metric' as const, start: 0, target: 90 };
    const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) };
    const cases: [unknown[], string][] = [
      [[null, measure, window, '2026-02-15'], 'plan'],
      [[5, measure, window, '2026-02-15'], 'plan'],
      [['linear', null, window, '2026-02-15'], 'measure'],
      [['linear', measure, null, '2026-02-15'], 'window'],
    ];
    for (const [args, name] of cases)
      expect(() => (plannedProgress as (...a: unknown[]) => number)(...args)).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: [name], code: 'invalid_type' })],
        }),
      );
    expect(plannedProgress('linear', measure, window, '2026-02-15')).toBeGreaterThan(0);
  });
});
