import { describe, expect, it } from 'vitest';
import { applyPatches, assertOk, carryOver } from '../../src/index.js';
import { firstIssue, sampleSet } from './_fixture.js';

describe('carryOver', () => {
  it('copies the objective and its key results into the next cycle, keeping start, target and owners', () => {
    const set = sampleSet();
    const result = assertOk(carryOver(set, { objectiveId: 'o1', toCycleId: 'q2' }));
    const copy = result.set.objectives.at(-1)!;
    expect(copy).toEqual({
      id: 'o1@q2',
      title: 'Grow revenue',
      unitId: 'company',
      cycleId: 'q2',
      ownerId: 'ceo',
      parent: { objectiveId: 'oy' }, // the yearly parent's cycle contains Q2
      links: [{ kind: 'pillar', pillarId: 'p1' }],
      commitment: 'committed',
      state: 'draft',
      carriedFrom: 'o1',
    });
    const krs = result.set.keyResults.slice(-2);
    expect(krs.map((k) => [k.id, k.objectiveId, k.ownerId])).toEqual([
      ['kr1@q2', 'o1@q2', 'ana'],
      ['kr2@q2', 'o1@q2', 'ben'],
    ]);
    expect(krs[0]?.measure).toEqual({ kind: 'metric', start: 0, target: 100 });
    expect('due' in krs[1]!).toBe(false); // due 2026-02-28 lies outside Q2
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it("takes the last value as the new baseline with baseline: 'last'", () => {
    const result = assertOk(
      carryOver(sampleSet(), {
        objectiveId: 'o1',
        toCycleId: 'q2',
        baseline: 'last',
        idSuffix: '-next',
      }),
    );
    const kr1 = result.set.keyResults.find((k) => k.id === 'kr1-next')!;
    expect(kr1.measure).toEqual({ kind: 'metric', start: 40, target: 100 }); // ci2 (2026-02-01) is the latest
  });

  it('drops a parent whose cycle does not contain the target cycle', () => {
    const next = assertOk(carryOver(sampleSet(), { objectiveId: 'o3', toCycleId: 'q2' })).set;
    expect('parent' in next.objectives.at(-1)!).toBe(false);
  });

  it('refuses to carry twice with the same suffix, and bad input', () => {
    const once = assertOk(carryOver(sampleSet(), { objectiveId: 'o1', toCycleId: 'q2' })).set;
    expect(firstIssue(carryOver(once, { objectiveId: 'o1', toCycleId: 'q2' }))).toEqual({
      code: 'duplicate_id',
      path: ['objectiveId'],
    });
    const set = sampleSet();
    expect(firstIssue(carryOver(set, { objectiveId: 'nope', toCycleId: 'q2' }))).toEqual({
      code: 'dangling_reference',
      path: ['objectiveId'],
    });
    expect(firstIssue(carryOver(set, { objectiveId: 'o1', toCycleId: 'q9' }))).toEqual({
      code: 'dangling_reference',
      path: ['toCycleId'],
    });
    expect(firstIssue(carryOver(set, { objectiveId: 'o1', toCycleId: 'q1' }))).toEqual({
      code: 'invalid_value',
      path: ['toCycleId'],
    });
    expect(
      firstIssue(
        carryOver(set, { objectiveId: 'o1', toCycleId: 'q2', baseline: 'first' as never }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['baseline'] });
    expect(
      firstIssue(carryOver(set, { objectiveId: 'o1', toCycleId: 'q2', idSuffix: '' })),
    ).toEqual({ code: 'invalid_value', path: ['idSuffix'] });
  });
});
