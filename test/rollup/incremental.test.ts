import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  createScorer,
  type KeyResult,
  type Measure,
  type Objective,
  type OkrSet,
  type Plan,
  type RollupOptions,
  rollup,
  type Scorecard,
  scoreKeyResult,
} from '../../src/index.js';
import { AS_OF, checkIn, keyResult, objective, okrSet, weighted } from './_fixtures.js';

const MEASURES: Measure[] = [
  { kind: 'metric', start: 0, target: 100 },
  { kind: 'metric', start: 100, target: 20 },
  { kind: 'threshold', mode: 'atLeast', value: 50 },
  { kind: 'derived' },
  {
    kind: 'metric',
    start: 0,
    target: 100,
    checkpoints: [
      { value: 30, score: 0.5 },
      { value: 70, score: 0.8 },
    ],
  },
  { kind: 'range', min: 20, max: 80 },
];
const PLANS: (Plan | undefined)[] = [
  undefined,
  'back-loaded',
  's-curve',
  'step',
  [
    { at: '2026-01-20', value: 40 },
    { at: '2026-02-10', value: 60 },
  ],
];
const WEIGHTS = [undefined, 0, 0.5, 1, 2, 3];
const day = (d: number) =>
  `2026-${d <= 31 ? '01' : '02'}-${String(d <= 31 ? d : d - 31).padStart(2, '0')}`;

const arbShape = fc.record({
  units: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  objectives: fc.array(
    fc.record({
      parentKind: fc.integer({ min: 0, max: 2 }),
      parent: fc.nat(),
      weight: fc.constantFrom(...WEIGHTS),
      unit: fc.nat(),
      cycle: fc.integer({ min: 0, max: 1 }),
      pillar: fc.integer({ min: -1, max: 1 }),
    }),
    { minLength: 1, maxLength: 7 },
  ),
  keyResults: fc.array(
    fc.record({
      objective: fc.nat(),
      weight: fc.constantFrom(...WEIGHTS),
      measure: fc.integer({ min: 0, max: 5 }),
      owner: fc.integer({ min: 0, max: 2 }),
      due: fc.option(fc.integer({ min: 20, max: 59 }), { nil: undefined }),
      plan: fc.integer({ min: 0, max: PLANS.length - 1 }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  checkIns: fc.array(
    fc.record({
      kr: fc.nat(),
      day: fc.integer({ min: 1, max: 59 }),
      value: fc.integer({ min: -20, max: 150 }),
      confidence: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    }),
    { maxLength: 20 },
  ),
});

type Shape = typeof arbShape extends fc.Arbitrary<infer T> ? T : never;

function buildSet(shape: Shape): OkrSet {
  const nO = shape.objectives.length;
  const nK = shape.keyResults.length;
  const units = shape.units.map((p, i) => ({
    id: `u${i}`,
    name: `u${i}`,
    ...(i === 0 ? {} : { parentId: `u${p % i}` }),
  }));
  const objectives: Objective[] = shape.objectives.map((o, i) =>
    objective(`o${i}`, {
      unitId: `u${o.unit % units.length}`,
      cycleId: o.cycle === 0 ? 'q1' : 'y',
      ...(o.weight === undefined ? {} : { weight: o.weight }),
      ...(o.parentKind === 1 ? { parent: { objectiveId: `o${o.parent % nO}` } } : {}),
      ...(o.parentKind === 2 ? { parent: { keyResultId: `k${o.parent % nK}` } } : {}),
      links: o.pillar < 0 ? [] : [{ kind: 'pillar', pillarId: `p${o.pillar}` }],
    }),
  );
  const keyResults: KeyResult[] = shape.keyResults.map((k, i) =>
    keyResult(`k${i}`, `o${k.objective % nO}`, {
      measure: MEASURES[k.measure]!,
      ownerId: `w${k.owner}`,
      ...(k.weight === undefined ? {} : { weight: k.weight }),
      ...(k.due === undefined ? {} : { due: day(k.due) }),
      ...(PLANS[k.plan] === undefined ? {} : { plan: PLANS[k.plan]! }),
    }),
  );
  const checkIns: CheckIn[] = shape.checkIns.map((c, i) => ({
    ...checkIn(`c${i}`, `k${c.kr % nK}`, c.value, day(c.day)),
    ...(c.confidence === undefined ? {} : { confidence: c.confidence }),
  }));
  return okrSet({
    strategy: {
      pillars: [
        { id: 'p0', title: 'P0' },
        { id: 'p1', title: 'P1' },
      ],
    },
    units,
    cycles: [
      { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' },
      { id: 'y', name: '2026', start: '2026-01-01', end: '2026-12-31' },
    ],
    objectives,
    keyResults,
    checkIns,
  });
}

const arbEdit = fc.oneof(
  fc.record({
    type: fc.constant('checkIn' as const),
    replace: fc.option(fc.nat(), { nil: undefined }),
    kr: fc.nat(),
    day: fc.integer({ min: 1, max: 59 }),
    value: fc.integer({ min: -20, max: 150 }),
  }),
  fc.record({
    type: fc.constant('krWeight' as const),
    kr: fc.nat(),
    weight: fc.constantFrom(0, 0.5, 1, 2, 7),
  }),
  fc.record({
    type: fc.constant('objWeight' as const),
    objective: fc.nat(),
    weight: fc.constantFrom(0, 0.5, 1, 2, 7),
  }),
  fc.record({
    type: fc.constant('measure' as const),
    kr: fc.nat(),
    measure: fc.integer({ min: 0, max: 5 }),
  }),
);

const arbOptions = fc.record({
  includeChildren: fc.boolean(),
  pending: fc.constantFrom('zero' as const, 'exclude' as const),
  clamp: fc.boolean(),
  objectiveStatus: fc.constantFrom('worst' as const, 'score' as const),
  staleStatus: fc.constantFrom('keep' as const, 'at-risk' as const),
});

/** The cards of a scorecard without the (wording-only) explanation. */
function cards(card: Scorecard) {
  const out = new Map<string, string>();
  for (const [id, kr] of Object.entries(card.keyResults)) out.set(`k:${id}`, JSON.stringify(kr));
  for (const [id, o] of Object.entries(card.objectives)) {
    const { explanation: _, ...rest } = o;
    out.set(`o:${id}`, JSON.stringify(rest));
  }
  return out;
}

describe('createScorer: incremental updates equal a full rollup of the edited set', () => {
  it('after any sequence of check-ins, weight and measure changes (exactly, bit for bit)', () => {
    fc.assert(
      fc.property(
        arbShape,
        fc.array(arbEdit, { maxLength: 12 }),
        arbOptions,
        (shape, edits, opts) => {
          const model = buildSet(shape);
          const options: RollupOptions = { asOf: AS_OF, ...opts };
          const scorer = createScorer(model, options);
          let fresh = 0;
          for (const edit of edits) {
            const before = cards(scorer.snapshot());
            let changed: string[];
            if (edit.type === 'checkIn') {
              const krId = `k${edit.kr % model.keyResults.length}`;
              if (model.keyResults[edit.kr % model.keyResults.length]!.measure.kind === 'derived') {
                // A derived key result takes no check-ins: refused, nothing changes.
                const ci = checkIn(`n${fresh++}`, krId, edit.value, day(edit.day));
                expect(() => scorer.applyCheckIn(ci)).toThrow(/value_mismatch/);
                expect(cards(scorer.snapshot())).toEqual(before);
                continue;
              }
              const replaced =
                edit.replace === undefined || model.checkIns.length === 0
                  ? undefined
                  : model.checkIns[edit.replace % model.checkIns.length]!;
              const ci = checkIn(replaced?.id ?? `n${fresh++}`, krId, edit.value, day(edit.day));
              const at = replaced === undefined ? -1 : model.checkIns.indexOf(replaced);
              if (at >= 0) model.checkIns[at] = ci;
              else model.checkIns.push(ci);
              changed = scorer.applyCheckIn(ci);
            } else if (edit.type === 'krWeight') {
              const k = edit.kr % model.keyResults.length;
              model.keyResults[k] = { ...model.keyResults[k]!, weight: edit.weight };
              changed = scorer.setKeyResultWeight(`k${k}`, edit.weight);
            } else if (edit.type === 'objWeight') {
              const o = edit.objective % model.objectives.length;
              model.objectives[o] = { ...model.objectives[o]!, weight: edit.weight };
              changed = scorer.setObjectiveWeight(`o${o}`, edit.weight);
            } else {
              const k = edit.kr % model.keyResults.length;
              const measure = MEASURES[edit.measure]!;
              if (
                measure.kind === 'derived' &&
                model.checkIns.some((c) => c.keyResultId === `k${k}`)
              ) {
                // Only a key result without check-ins may become derived.
                expect(() => scorer.setMeasure(`k${k}`, measure)).toThrow(/value_mismatch/);
                continue;
              }
              model.keyResults[k] = { ...model.keyResults[k]!, measure };
              changed = scorer.setMeasure(`k${k}`, measure);
            }
            const expected = rollup(model, options);
            const actual = scorer.snapshot();
            expect(actual).toEqual(expected);
            // Every card that changed is reported.
            const after = cards(actual);
            const reported = new Set(changed.flatMap((id) => [`k:${id}`, `o:${id}`]));
            for (const [key, value] of after) {
              if (before.get(key) !== value) expect(reported.has(key), key).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns the key result and the objectives on its path that changed', () => {
    const set = okrSet({
      objectives: [objective('top'), objective('child', { parent: { keyResultId: 'kd' } })],
      keyResults: [
        keyResult('kd', 'top', { measure: { kind: 'derived' } }),
        keyResult('k1', 'child'),
        keyResult('k2', 'child'),
      ],
      checkIns: [checkIn('c1', 'k1', 20), checkIn('c2', 'k2', 40)],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(scorer.objective('top')!.score).toBeCloseTo(0.3, 12);
    const changed = scorer.applyCheckIn(checkIn('c3', 'k1', 60));
    expect(changed).toEqual(['k1', 'child', 'kd', 'top']);
    expect(scorer.objective('top')!.score).toBeCloseTo(0.5, 12);
    expect(scorer.keyResult('kd')!.score).toBeCloseTo(0.5, 12);
    expect(scorer.snapshot().company.score).toBeCloseTo(0.5, 12);
  });

  it('ignores a check-in after asOf (nothing changes) but keeps it', () => {
    const scorer = createScorer(weighted([0.5]), { asOf: AS_OF });
    expect(scorer.applyCheckIn(checkIn('late', 'k0', 90, '2026-03-01'))).toEqual([]);
    expect(scorer.keyResult('k0')!.score).toBe(0.5);
  });

  it('replaces a check-in with the same id', () => {
    const scorer = createScorer(weighted([0.5]), { asOf: AS_OF });
    expect(scorer.applyCheckIn(checkIn('c0', 'k0', 10))).toEqual(['k0', 'o']);
    expect(scorer.keyResult('k0')!.value).toBe(10);
  });

  it('does not mutate the input set', () => {
    const set = weighted([0.5, 1]);
    const copy = structuredClone(set);
    const scorer = createScorer(set, { asOf: AS_OF });
    scorer.applyCheckIn(checkIn('n', 'k0', 10));
    scorer.setKeyResultWeight('k1', 3);
    scorer.setObjectiveWeight('o', 2);
    scorer.setMeasure('k1', { kind: 'metric', start: 0, target: 200 });
    expect(set).toEqual(copy);
  });

  it('rejects bad edits and leaves the scores untouched', () => {
    const scorer = createScorer(weighted([0.5]), { asOf: AS_OF });
    const before = scorer.snapshot();
    expect(() => scorer.applyCheckIn(checkIn('x', 'nope', 10))).toThrow(/nope/);
    expect(() => scorer.applyCheckIn({ ...checkIn('x', 'k0', 1), value: 'high' as never })).toThrow(
      /value_mismatch/,
    );
    expect(() => scorer.applyCheckIn(checkIn('x', 'k0', 1, '2026-13-01'))).toThrow(/invalid_date/);
    expect(() => scorer.setKeyResultWeight('k0', -1)).toThrow(/weight/);
    expect(() => scorer.setObjectiveWeight('o', Number.NaN)).toThrow(/weight/);
    expect(() => scorer.setObjectiveWeight('nope', 1)).toThrow(/nope/);
    expect(() => scorer.setMeasure('k0', { kind: 'milestone' })).toThrow(/value_mismatch/);
    expect(scorer.snapshot()).toEqual(before);
  });
});

describe('key result cards agree with scoreKeyResult (one definition of progress and status)', () => {
  it('for every non-derived key result of random sets', () => {
    fc.assert(
      fc.property(
        arbShape,
        fc.boolean(),
        fc.constantFrom(AS_OF, '2026-01-03', '2026-04-15'),
        (shape, clamp, asOf) => {
          const set = buildSet(shape);
          const card = rollup(set, { asOf, clamp });
          for (const kr of set.keyResults) {
            if (kr.measure.kind === 'derived') continue;
            const objective = set.objectives.find((o) => o.id === kr.objectiveId)!;
            const cycle = set.cycles.find((c) => c.id === objective.cycleId)!;
            const own = set.checkIns.filter((c) => c.keyResultId === kr.id);
            const expected = scoreKeyResult(kr, cycle, own, { asOf, clamp });
            const actual = card.keyResults[kr.id]!;
            expect(actual.score).toBe(expected.score);
            expect(actual.expected).toBe(expected.expected);
            expect(actual.status).toBe(expected.status);
            expect(actual.stale).toBe(expected.stale);
            expect(actual.value).toEqual(expected.value);
            expect(actual.lastCheckInAt).toBe(expected.checkIn?.at ?? null);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rollup laws', () => {
  it('a single-KR objective scores as its key result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 200 }),
        fc.constantFrom(0.5, 1, 3),
        fc.boolean(),
        (v, w, clamp) => {
          const card = rollup(weighted([v / 100], [w]), { asOf: AS_OF, clamp });
          expect(card.objectives['o']!.score).toBe(card.keyResults['k0']!.score);
        },
      ),
    );
  });

  it('multiplying all weights by a constant changes nothing', () => {
    fc.assert(
      fc.property(
        arbShape,
        arbOptions,
        fc.constantFrom(0.5, 2, 3, 10, 1000),
        (shape, opts, factor) => {
          const set = buildSet(shape);
          const scaled: OkrSet = {
            ...set,
            objectives: set.objectives.map((o) => ({ ...o, weight: (o.weight ?? 1) * factor })),
            keyResults: set.keyResults.map((k) => ({ ...k, weight: (k.weight ?? 1) * factor })),
          };
          const a = rollup(set, { asOf: AS_OF, ...opts });
          const b = rollup(scaled, { asOf: AS_OF, ...opts });
          const close = (x: number | null, y: number | null) => {
            if (x === null || y === null) expect(x).toBe(y);
            else expect(x).toBeCloseTo(y, 12);
          };
          for (const id of Object.keys(a.objectives))
            close(a.objectives[id]!.score, b.objectives[id]!.score);
          for (const id of Object.keys(a.keyResults))
            close(a.keyResults[id]!.score, b.keyResults[id]!.score);
          close(a.company.score, b.company.score);
          for (const id of Object.keys(a.units))
            close(a.units[id]!.subtree.score, b.units[id]!.subtree.score);
          for (const id of Object.keys(a.owners)) close(a.owners[id]!.score, b.owners[id]!.score);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('clamped scores stay within [0, 1] everywhere', () => {
    fc.assert(
      fc.property(arbShape, arbOptions, (shape, opts) => {
        const card = rollup(buildSet(shape), { asOf: AS_OF, ...opts, clamp: true });
        const scores = [
          ...Object.values(card.keyResults).map((k) => k.score),
          ...Object.values(card.objectives).map((o) => o.score),
          ...Object.values(card.units).flatMap((u) => [u.own.score, u.subtree.score]),
          ...Object.values(card.pillars).map((a) => a.score),
          ...Object.values(card.owners).map((a) => a.score),
          ...Object.values(card.cycles).map((a) => a.score),
          card.company.score,
        ];
        for (const s of scores) if (s !== null) expect(s >= 0 && s <= 1 + 1e-12).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('counts every key result once in the company counts', () => {
    fc.assert(
      fc.property(arbShape, arbOptions, (shape, opts) => {
        const set = buildSet(shape);
        const card = rollup(set, { asOf: AS_OF, ...opts });
        const total = Object.values(card.company.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(set.keyResults.length);
        expect(card.company.keyResultCount).toBe(set.keyResults.length);
      }),
    );
  });
});

describe('on a generated enterprise', () => {
  it('stays equal to a full rollup after a stream of check-ins', async () => {
    const { generateEnterprise } = await import('../../src/testing/index.js');
    const set = generateEnterprise({ seed: 3, units: 13 });
    const options: RollupOptions = { asOf: '2026-02-15', includeChildren: true };
    const scorer = createScorer(set, options);
    const model: OkrSet = { ...set, checkIns: [...set.checkIns] };
    const metrics = set.keyResults.filter((k) => k.measure.kind === 'metric');
    for (let i = 0; i < 60; i++) {
      const kr = metrics[(i * 37) % metrics.length]!;
      const m = kr.measure as { start: number; target: number };
      const ci = checkIn(
        `g${i}`,
        kr.id,
        m.start + ((m.target - m.start) * (i % 7)) / 6,
        '2026-02-1' + (i % 6),
      );
      model.checkIns.push(ci);
      scorer.applyCheckIn(ci);
    }
    const card = scorer.snapshot();
    expect(card).toEqual(rollup(model, options));
    expect(JSON.stringify(card)).not.toMatch(/NaN|Infinity/);
    expect(card.company.score).toBeGreaterThan(0);
    expect(Object.values(card.keyResults).some((k) => k.objectiveId && k.value === null)).toBe(
      true,
    );
    expect(scorer.keyResult('nope')).toBeUndefined();
    expect(scorer.objective('nope')).toBeUndefined();
  });
});
