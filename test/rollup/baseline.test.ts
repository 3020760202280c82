import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  createScorer,
  type KeyResult,
  type Measure,
  type OkrSet,
  type Plan,
  type RollupOptions,
  rollup,
  whatIf,
} from '../../src/index.js';
import { AS_OF, checkIn, keyResult, objective, okrSet } from './_fixtures.js';

const BASELINE: Measure = { kind: 'metric', start: null, target: 100 };

describe('rollup: a baseline key result (start: null)', () => {
  it('is pending before any check-in; the first check-in sets the start', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { measure: BASELINE })],
    });
    expect(rollup(set, { asOf: AS_OF }).keyResults['k']).toMatchObject({
      score: 0,
      status: 'pending',
    });
    set.checkIns.push(checkIn('c2', 'k', 70, '2026-02-10'), checkIn('c1', 'k', 40, '2026-01-10'));
    const card = rollup(set, { asOf: AS_OF });
    expect(card.keyResults['k']!.score).toBe(0.5);
    expect(card.objectives['o']!.score).toBe(0.5);
    expect(rollup(set, { asOf: '2026-01-20' }).keyResults['k']!.score).toBe(0);
  });

  it('a check-in earlier than the first moves the baseline in the scorer as in a full rollup', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { measure: BASELINE })],
      checkIns: [checkIn('c1', 'k', 40, '2026-01-10'), checkIn('c2', 'k', 70, '2026-02-10')],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(scorer.keyResult('k')!.score).toBe(0.5);
    const earlier = checkIn('c0', 'k', 60, '2026-01-05');
    const changed = scorer.applyCheckIn(earlier);
    expect(changed).toContain('k');
    expect(scorer.keyResult('k')!.score).toBe(0.25); // (70 − 60) / (100 − 60)
    set.checkIns.push(earlier);
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: AS_OF }));
    // Moving the first one later hands the baseline to the next.
    const moved = checkIn('c0', 'k', 60, '2026-02-12');
    scorer.applyCheckIn(moved);
    set.checkIns[2] = moved;
    expect(scorer.keyResult('k')!.score).toBe(1 / 3); // current c0: (60 − 40) / 60
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: AS_OF }));
  });

  it('setMeasure to and from a baseline, and refuses checkpoints on one', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o')],
      checkIns: [checkIn('c1', 'k', 40, '2026-01-10'), checkIn('c2', 'k', 70, '2026-02-10')],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(scorer.keyResult('k')!.score).toBe(0.7);
    scorer.setMeasure('k', BASELINE);
    expect(scorer.keyResult('k')!.score).toBe(0.5);
    expect(() =>
      scorer.setMeasure('k', { ...BASELINE, checkpoints: [{ value: 50, score: 0.5 }] }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'invalid_value', path: ['measure', 'checkpoints'] }),
        ],
      }),
    );
    scorer.setMeasure('k', { kind: 'metric', start: 0, target: 100 });
    expect(scorer.keyResult('k')!.score).toBe(0.7);
  });

  it('accepts any number as a check-in and refuses other values', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { measure: BASELINE })],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(() => scorer.applyCheckIn({ ...checkIn('c', 'k', 1), value: true })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'value_mismatch' })] }),
    );
    scorer.applyCheckIn(checkIn('c', 'k', -5));
    expect(scorer.keyResult('k')).toMatchObject({ score: 0, value: -5 });
  });

  it('whatIf on a baseline without check-ins: the value becomes the baseline (0)', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [
        keyResult('k', 'o', { measure: BASELINE }),
        keyResult('m', 'o', { measure: BASELINE }),
      ],
      checkIns: [checkIn('c1', 'm', 40, '2026-01-10')],
    });
    const r = whatIf(createScorer(set, { asOf: AS_OF }), [
      { keyResultId: 'k', value: 80 },
      { keyResultId: 'm', value: 70 },
    ]);
    expect(r.keyResults['k']).toBeUndefined(); // 0 before and after: not moved
    expect(r.keyResults['m']!.after).toBe(0.5);
  });
});

// ---- The incremental scorer stays bit-for-bit equal to a full rollup.

const MEASURES: Measure[] = [
  BASELINE,
  { kind: 'metric', start: null, target: 20 },
  { kind: 'metric', start: null, target: 50, direction: 'decrease' },
  { kind: 'metric', start: 0, target: 100 },
  { kind: 'derived' },
];
const PLANS: (Plan | undefined)[] = [undefined, 'back-loaded', 'step'];
const day = (d: number) =>
  `2026-${d <= 31 ? '01' : '02'}-${String(d <= 31 ? d : d - 31).padStart(2, '0')}`;

const arbShape = fc.record({
  keyResults: fc.array(
    fc.record({
      objective: fc.integer({ min: 0, max: 2 }),
      measure: fc.integer({ min: 0, max: MEASURES.length - 1 }),
      plan: fc.integer({ min: 0, max: PLANS.length - 1 }),
      due: fc.option(fc.integer({ min: 20, max: 59 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  checkIns: fc.array(
    fc.record({
      kr: fc.nat(),
      day: fc.integer({ min: 1, max: 59 }),
      value: fc.integer({ min: -20, max: 150 }),
    }),
    { maxLength: 10 },
  ),
});

const arbEdit = fc.oneof(
  fc.record({
    type: fc.constant('checkIn' as const),
    replace: fc.option(fc.nat(), { nil: undefined }),
    kr: fc.nat(),
    day: fc.integer({ min: 1, max: 59 }),
    value: fc.integer({ min: -20, max: 150 }),
  }),
  fc.record({
    type: fc.constant('measure' as const),
    kr: fc.nat(),
    measure: fc.integer({ min: 0, max: MEASURES.length - 1 }),
  }),
);

function buildSet(shape: typeof arbShape extends fc.Arbitrary<infer T> ? T : never): OkrSet {
  const nK = shape.keyResults.length;
  const keyResults: KeyResult[] = shape.keyResults.map((k, i) =>
    keyResult(`k${i}`, `o${k.objective}`, {
      measure: MEASURES[k.measure]!,
      ...(k.due === undefined ? {} : { due: day(k.due) }),
      ...(PLANS[k.plan] === undefined ? {} : { plan: PLANS[k.plan]! }),
    }),
  );
  // o2 hangs under k0, so a derived k0 scores from it.
  return okrSet({
    objectives: [
      objective('o0'),
      objective('o1'),
      objective('o2', { parent: { keyResultId: 'k0' } }),
    ],
    keyResults,
    checkIns: shape.checkIns.map(
      (c, i): CheckIn => checkIn(`c${i}`, `k${c.kr % nK}`, c.value, day(c.day)),
    ),
  });
}

describe('createScorer with baseline key results equals a full rollup', () => {
  it('after check-ins before and after the first one and measure changes (bit for bit)', () => {
    fc.assert(
      fc.property(
        arbShape,
        fc.array(arbEdit, { maxLength: 10 }),
        fc.boolean(),
        (shape, edits, clamp) => {
          const model = buildSet(shape);
          const options: RollupOptions = { asOf: AS_OF, clamp };
          const scorer = createScorer(model, options);
          expect(scorer.snapshot()).toEqual(rollup(model, options));
          let fresh = 0;
          for (const edit of edits) {
            const k = edit.kr % model.keyResults.length;
            if (edit.type === 'checkIn') {
              if (model.keyResults[k]!.measure.kind === 'derived') {
                // A derived key result takes no check-ins: refused, nothing changes.
                const ci = checkIn(`n${fresh++}`, `k${k}`, edit.value, day(edit.day));
                expect(() => scorer.applyCheckIn(ci)).toThrow(/value_mismatch/);
                continue;
              }
              const replaced =
                edit.replace === undefined || model.checkIns.length === 0
                  ? undefined
                  : model.checkIns[edit.replace % model.checkIns.length]!;
              const ci = checkIn(replaced?.id ?? `n${fresh++}`, `k${k}`, edit.value, day(edit.day));
              const at = replaced === undefined ? -1 : model.checkIns.indexOf(replaced);
              if (at >= 0) model.checkIns[at] = ci;
              else model.checkIns.push(ci);
              scorer.applyCheckIn(ci);
            } else {
              const measure = MEASURES[edit.measure]!;
              if (
                measure.kind === 'derived' &&
                model.checkIns.some((c) => c.keyResultId === `k${k}`)
              ) {
                expect(() => scorer.setMeasure(`k${k}`, measure)).toThrow(/value_mismatch/);
                continue;
              }
              model.keyResults[k] = { ...model.keyResults[k]!, measure };
              scorer.setMeasure(`k${k}`, measure);
            }
            expect(scorer.snapshot()).toEqual(rollup(model, options));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
