// api-conventions §4: in inputs, `undefined` is a field left out — but in `changes`,
// where it removes the field.
import { describe, expect, it } from 'vitest';
import { addKeyResult, addObjective, updateKeyResult } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

describe('command inputs read undefined as omitted', () => {
  const set = acmeExample();
  const objectiveId = set.objectives[0]!.id;

  it('addKeyResult takes due: undefined and a measure with unit: undefined, and stores neither key', () => {
    const result = addKeyResult(set, {
      id: 'nk',
      objectiveId,
      title: 'New KR',
      ownerId: 'daniel',
      measure: { kind: 'metric', start: 0, target: 10, unit: undefined },
      due: undefined,
    } as never);
    expect(result.ok).toBe(true);
    const kr = result.ok ? result.set.keyResults.at(-1)! : undefined;
    expect(kr).toBeDefined();
    expect(Object.hasOwn(kr!, 'due')).toBe(false);
    expect(Object.hasOwn(kr!.measure, 'unit')).toBe(false);
  });

  it('updateKeyResult takes a new measure with unit: undefined; a changed field set to undefined is removed', () => {
    const kr =
      set.keyResults.find((k) => k.measure.kind === 'metric' && k.description !== undefined) ??
      set.keyResults.find((k) => k.measure.kind === 'metric')!;
    const measure = { ...(kr.measure as object), unit: undefined };
    const result = updateKeyResult(set, {
      keyResultId: kr.id,
      changes: { measure, description: undefined },
    } as never);
    expect(result.ok).toBe(true);
    const next = result.ok ? result.set.keyResults.find((k) => k.id === kr.id)! : undefined;
    expect(Object.hasOwn(next!.measure, 'unit')).toBe(false);
    expect(Object.hasOwn(next!, 'description')).toBe(false);
  });

  it('addObjective takes an optional field set to undefined', () => {
    const o = set.objectives[0]!;
    const result = addObjective(set, {
      id: 'no',
      title: 'A new objective',
      unitId: o.unitId,
      cycleId: o.cycleId,
      ownerId: undefined,
      description: undefined,
    } as never);
    expect(result.ok).toBe(true);
  });
});
