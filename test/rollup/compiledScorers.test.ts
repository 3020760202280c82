import { describe, expect, it } from 'vitest';
import { compile, createScorer, type Measure, type OkrSet, rollup } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

// createScorer over a compiled set shares the compiled set's scoring index and copies only
// what its edits write; an edit in one scorer must show in no other scorer and no later rollup.
describe('editable scorers over one compiled set', () => {
  const asOf = '2026-02-15';
  const set: OkrSet = generateEnterprise({ seed: 9, units: 20, cycles: 1 });
  const derived = set.keyResults.find((k) => k.measure.kind === 'derived')!;
  const metric = set.keyResults.find((k) => k.measure.kind === 'metric')!;
  const other = set.keyResults.find((k) => k.measure.kind === 'metric' && k.id !== metric.id)!;
  const objective = set.objectives[3]!;
  const newMeasure: Measure = { kind: 'metric', start: 0, target: 1000, unit: 'users' };
  const checkIn = { id: 'ci-new', keyResultId: other.id, at: '2026-02-14', value: 42 };

  const edit = (s: ReturnType<typeof createScorer>) => {
    s.setKeyResultWeight(metric.id, 5);
    s.setObjectiveWeight(objective.id, 3);
    s.setMeasure(metric.id, newMeasure);
    // To and from derived: the cascade is reordered.
    s.setMeasure(derived.id, { kind: 'metric', start: 0, target: 10 });
    s.applyCheckIn(checkIn);
  };
  const edited: OkrSet = {
    ...set,
    keyResults: set.keyResults.map((k) =>
      k.id === metric.id
        ? { ...k, weight: 5, measure: newMeasure }
        : k.id === derived.id
          ? { ...k, measure: { kind: 'metric', start: 0, target: 10 } }
          : k,
    ),
    objectives: set.objectives.map((o) => (o.id === objective.id ? { ...o, weight: 3 } : o)),
    checkIns: [...set.checkIns, checkIn],
  };

  it('keeps every other scorer and rollup of the compiled set unchanged', () => {
    expect(derived).toBeDefined();
    const compiled = compile(set);
    const expected = rollup(set, { asOf });
    const a = createScorer(compiled, { asOf });
    const b = createScorer(compiled, { asOf });
    edit(a);
    expect(b.snapshot()).toEqual(expected);
    expect(rollup(compiled, { asOf })).toEqual(expected);
    expect(createScorer(compiled, { asOf }).snapshot()).toEqual(expected);
    // The edited scorer equals a full rollup of the edited set.
    expect(a.snapshot()).toEqual(rollup(edited, { asOf }));
    expect(a.snapshot()).not.toEqual(expected);
  });

  it('scores a compiled set as it scores the plain one, edits included', () => {
    const fromPlain = createScorer(set, { asOf });
    const fromCompiled = createScorer(compile(set), { asOf });
    expect(fromCompiled.snapshot()).toEqual(fromPlain.snapshot());
    edit(fromPlain);
    edit(fromCompiled);
    expect(fromCompiled.snapshot()).toEqual(fromPlain.snapshot());
  });
});
