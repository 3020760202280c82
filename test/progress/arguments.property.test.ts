// The progress functions name the argument they cannot read (the audit's items
// 2 and 3): called without their arguments, with null or with hostile values,
// the throwing ones throw a SokrError (`invalid_type` at ['measure'],
// ['options'], ['checkIns', 0], …), never a TypeError; safeMeasureProgress
// never throws at all, not even for getters and proxies that throw.
// 1,000 runs per property by default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCheckpoints,
  type CheckIn,
  type Cycle,
  forecast,
  type KeyResult,
  keyResultWindow,
  measureProgress,
  objectiveStatus,
  progressSeries,
  SokrError,
  safeMeasureProgress,
  scoreKeyResult,
} from '../../src/index.js';
import { hostileWhole, RUNS, throwsOnlySokrError } from '../hostile/_hostile.js';

const KR: KeyResult = {
  id: 'kr',
  objectiveId: 'o',
  title: 'Ship',
  ownerId: 'p',
  measure: { kind: 'metric', start: 0, target: 10 },
};
const CYCLE: Cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const CHECK_INS: CheckIn[] = [{ id: 'a', keyResultId: 'kr', at: '2026-01-03', value: 4 }];
const OPTIONS = { asOf: '2026-02-01', from: '2026-01-01', to: '2026-01-05' };

/** The first issue of the SokrError `run` throws (fails the test on anything else). */
function thrown(run: () => unknown): { path: unknown; code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SokrError)) throw error;
    return error.issues[0]!;
  }
  throw new Error('expected a SokrError');
}

const call = (fn: unknown, ...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args);

describe('progress functions called without their arguments or with null', () => {
  const cases: [string, () => unknown, (string | number)[]][] = [
    ['measureProgress(null)', () => call(measureProgress, null), ['measure']],
    ['measureProgress()', () => call(measureProgress), ['measure']],
    ['progressSeries()', () => call(progressSeries), ['keyResult']],
    ['progressSeries(kr)', () => call(progressSeries, KR), ['checkIns']],
    ['progressSeries(kr, [])', () => call(progressSeries, KR, []), ['options']],
    [
      'progressSeries(kr, [null], o)',
      () => call(progressSeries, KR, [null], OPTIONS),
      ['checkIns', 0],
    ],
    ['forecast()', () => call(forecast), ['keyResult']],
    ['forecast(kr)', () => call(forecast, KR), ['cycle']],
    ['forecast(kr, cycle, [])', () => call(forecast, KR, CYCLE, []), ['options']],
    [
      'forecast({ measure: null })',
      () => call(forecast, { ...KR, measure: null }, CYCLE, [], OPTIONS),
      ['keyResult', 'measure'],
    ],
    ['keyResultWindow()', () => call(keyResultWindow), ['keyResult']],
    ['keyResultWindow(kr)', () => call(keyResultWindow, KR), ['cycle']],
    ['applyCheckpoints()', () => call(applyCheckpoints), ['measure']],
    ['applyCheckpoints(measure)', () => call(applyCheckpoints, KR.measure), ['progress']],
    ['scoreKeyResult(kr, cycle, [])', () => call(scoreKeyResult, KR, CYCLE, []), ['options']],
    [
      'scoreKeyResult(null, …)',
      () => call(scoreKeyResult, null, CYCLE, [], OPTIONS),
      ['keyResult'],
    ],
    [
      'scoreKeyResult(kr, cycle, null)',
      () => call(scoreKeyResult, KR, CYCLE, null, OPTIONS),
      ['checkIns'],
    ],
    [
      'scoreKeyResult(kr, cycle, [undefined])',
      () => call(scoreKeyResult, KR, CYCLE, [undefined], OPTIONS),
      ['checkIns', 0],
    ],
    [
      'scoreKeyResult({ plan: null })',
      () => call(scoreKeyResult, { ...KR, plan: null }, CYCLE, [], OPTIONS),
      ['keyResult', 'plan'],
    ],
    ['objectiveStatus()', () => call(objectiveStatus), ['statuses']],
    ['objectiveStatus(null)', () => call(objectiveStatus, null), ['statuses']],
  ];
  for (const [label, run, path] of cases)
    it(`${label} throws invalid_type at ${JSON.stringify(path)}`, () => {
      expect(thrown(run)).toMatchObject({ path, code: 'invalid_type' });
    });

  it('the messages say what was expected and what came', () => {
    expect(thrown(() => call(measureProgress, null)).message).toBe(
      'Expected a measure object, got null.',
    );
    expect(thrown(() => call(scoreKeyResult, KR, CYCLE, [])).message).toBe(
      'Expected options to be an object, got undefined.',
    );
    expect(thrown(() => call(forecast, KR, CYCLE, [null], OPTIONS)).message).toBe(
      'Expected checkIns[0] to be an object, got null.',
    );
    expect(thrown(() => call(objectiveStatus)).message).toBe(
      'Expected an array of statuses, got undefined.',
    );
  });

  it('valid calls are unchanged', () => {
    expect(measureProgress(KR.measure, 5)).toBe(0.5);
    expect(applyCheckpoints(KR.measure, 0.5)).toBe(0.5);
    expect(objectiveStatus([])).toBe('pending');
    expect(scoreKeyResult(KR, CYCLE, CHECK_INS, OPTIONS).score).toBe(0.4);
    expect(forecast(KR, CYCLE, CHECK_INS, OPTIONS).points).toHaveLength(1);
    expect(progressSeries(KR, CHECK_INS, OPTIONS)).toHaveLength(5);
    expect(keyResultWindow(KR, CYCLE).start).toBe(Date.UTC(2026, 0, 1));
  });
});

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('proxy get');
      },
    },
  );

/** Hostile values, getters and proxies that throw included. */
const anything: fc.Arbitrary<() => unknown> = fc.oneof(
  hostileWhole.map((v) => () => v),
  fc.constantFrom<() => unknown>(
    throwingProxy,
    () => new Proxy([], { get: () => Symbol('x') }),
    () => ({
      get kind(): string {
        throw new Error('getter');
      },
    }),
    () => ({ kind: 'checklist', items: throwingProxy() }),
    () => ({ kind: 'checklist', items: [throwingProxy()] }),
    () => [throwingProxy()],
    () => ({
      get clamp(): boolean {
        throw new Error('getter');
      },
    }),
  ),
);

const MEASURES = [
  { kind: 'metric', start: 0, target: 10 },
  { kind: 'checklist', items: [{ id: 'a', title: 'A' }] },
  { kind: 'milestone' },
  { kind: 'range', min: 1, max: 2 },
];

describe('hostile arguments (property)', () => {
  it('safeMeasureProgress never throws: a number, or issues with a path and a code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2),
        anything,
        fc.constantFrom(...MEASURES),
        (where, make, measure) => {
          const args: unknown[] = [measure, 1, undefined];
          args[where] = make();
          let result: ReturnType<typeof safeMeasureProgress> | undefined;
          expect(() => {
            result = call(safeMeasureProgress, ...args) as typeof result;
          }).not.toThrow();
          if (result!.ok) expect(typeof result!.value).toBe('number');
          else {
            expect(result!.issues.length).toBeGreaterThan(0);
            for (const issue of result!.issues) {
              expect(Array.isArray(issue.path)).toBe(true);
              expect(typeof issue.code).toBe('string');
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('safeMeasureProgress names the argument whose getter or proxy threw', () => {
    expect(safeMeasureProgress(throwingProxy() as never, 1)).toEqual({
      ok: false,
      issues: [
        {
          path: ['measure'],
          code: 'not_json',
          message: 'safeMeasureProgress could not read measure (proxy get).',
        },
      ],
    });
    // A checklist item that is a Proxy is no boolean: refused where it is (its message
    // describes it without reading it).
    expect(safeMeasureProgress(MEASURES[1] as never, [throwingProxy()] as never)).toMatchObject({
      ok: false,
      issues: [{ path: ['value', 0], code: 'value_mismatch' }],
    });
    expect(safeMeasureProgress(MEASURES[0] as never, 1, throwingProxy() as never)).toMatchObject({
      ok: false,
      issues: [{ path: ['options'], code: 'not_json' }],
    });
    expect(safeMeasureProgress(null as never, 1)).toMatchObject({
      ok: false,
      issues: [{ path: ['measure'], code: 'invalid_type' }],
    });
  });

  it('the throwing progress functions throw only a SokrError for any hostile value as any argument', () => {
    const positions = fc.constantFrom(
      'kr',
      'kr.measure',
      'kr.plan',
      'kr.due',
      'cycle',
      'cycle.start',
      'checkIns',
      'checkIns[0]',
      'checkIns[0].at',
      'checkIns[0].value',
      'options',
      'options.asOf',
      'options.from',
      'options.timeZone',
      'progress',
    );
    fc.assert(
      fc.property(positions, hostileWhole, (where, value) => {
        const kr: Record<string, unknown> = { ...KR };
        const cycle: Record<string, unknown> = { ...CYCLE };
        const checkIn: Record<string, unknown> = { ...CHECK_INS[0]! };
        const options: Record<string, unknown> = { ...OPTIONS };
        const args: Record<string, unknown> = {
          kr,
          cycle,
          checkIns: [checkIn],
          options,
          progress: 0.5,
        };
        const [head, field] = where.replace('[0]', '').split('.') as [string, string?];
        if (field === undefined && where !== 'checkIns[0]') args[head] = value;
        else if (where === 'checkIns[0]') args.checkIns = [value];
        else if (head === 'checkIns') checkIn[field!] = value;
        else (args[head] as Record<string, unknown>)[field!] = value;
        const measure = (args.kr as { measure?: unknown } | null)?.measure ?? args.kr;
        const runs: [string, () => unknown][] = [
          [
            'scoreKeyResult',
            () => call(scoreKeyResult, args.kr, args.cycle, args.checkIns, args.options),
          ],
          ['forecast', () => call(forecast, args.kr, args.cycle, args.checkIns, args.options)],
          ['progressSeries', () => call(progressSeries, args.kr, args.checkIns, args.options)],
          ['keyResultWindow', () => call(keyResultWindow, args.kr, args.cycle, args.options)],
          ['applyCheckpoints', () => call(applyCheckpoints, measure, args.progress)],
          ['measureProgress', () => call(measureProgress, measure, 1, args.options)],
          ['objectiveStatus', () => call(objectiveStatus, args.checkIns)],
        ];
        for (const [name, run] of runs) {
          try {
            throwsOnlySokrError(run);
          } catch (error) {
            throw new Error(`${name} with ${where} = ${String(typeof value)}: ${String(error)}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
