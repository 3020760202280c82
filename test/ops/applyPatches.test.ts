import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  assertOk,
  createHistory,
  editCheckIn,
  isSokrError,
  type OkrSet,
  type Patch,
  removeObjective,
  safeApplyPatches,
  setParent,
  updateKeyResult,
  updateObjective,
} from '../../src/index.js';
import { sampleSet } from './_fixture.js';

function refusal(set: OkrSet, patches: unknown) {
  const result = safeApplyPatches(set, patches as Patch[]);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues;
}

describe('applyPatches validates (issue 15 item 4)', () => {
  it('refuses patches that leave an invalid set, with issue paths into the set', () => {
    const set = sampleSet();
    const before = JSON.stringify(set);
    expect(refusal(set, [{ op: 'replace', path: ['units'], value: 42 }])[0]).toMatchObject({
      path: ['units'],
      code: 'invalid_type',
    });
    // The unit 'sales' is referenced by objectives and people.
    const removeUnit = refusal(set, [{ op: 'remove', path: ['units', 1] }]);
    expect(removeUnit.map((i) => i.code)).toContain('dangling_reference');
    expect(
      refusal(set, [{ op: 'replace', path: ['checkIns', 0, 'value'], value: 'lots' }])[0],
    ).toMatchObject({ path: ['checkIns', 0, 'value'] });
    expect(JSON.stringify(set)).toBe(before);
  });

  it('refuses malformed patches with the issue shape of the commands', () => {
    const set = sampleSet();
    expect(refusal(set, 42)).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message: 'patches must be an array of { op, path, value? } patches.',
      },
    ]);
    expect(refusal(set, [null])[0]).toMatchObject({ path: [0], code: 'invalid_type' });
    expect(refusal(set, [{ op: 'move', path: ['units'] }])[0]).toMatchObject({
      path: [0, 'op'],
      code: 'invalid_value',
    });
    for (const path of [[], 'units', [{}], [-1], ['__proto__', 'x'], ['units', 'constructor']])
      expect(refusal(set, [{ op: 'replace', path, value: 1 }])[0]).toMatchObject({
        path: [0, 'path'],
        code: 'invalid_value',
      });
    expect(refusal(set, [{ op: 'add', path: ['units', 0] }])[0]).toMatchObject({
      path: [0, 'value'],
      code: 'missing',
    });
    expect(refusal(set, [{ op: 'replace', path: ['nope', 'deeper'], value: 1 }])[0]).toMatchObject({
      path: [0, 'path'],
      code: 'invalid_value',
    });
    expect(refusal(set, [{ op: 'remove', path: ['units', 99] }])[0]).toMatchObject({
      path: [0, 'path'],
    });
    expect(
      refusal(set, [{ op: 'add', path: ['units', 0], value: { id: 'x', name: 'X' }, extra: 1 }])[0],
    ).toMatchObject({ path: [0, 'extra'], code: 'unknown_key' });
    const polluted = JSON.parse(
      '[{"op":"replace","path":["strategy"],"value":{"pillars":[],"__proto__":{"mission":"evil"}}}]',
    );
    expect(refusal(set, polluted)[0]).toMatchObject({
      path: [0, 'value', '__proto__'],
      code: 'unsafe_key',
    });
    expect(
      refusal(set, [{ op: 'replace', path: ['strategy', 'mission'], value: () => 1 }])[0],
    ).toMatchObject({ path: ['strategy', 'mission'] });
  });

  it('the throwing form throws only SokrError', () => {
    const set = sampleSet();
    const hostile: unknown[] = [
      42,
      null,
      [{ op: 'move', path: ['units'] }],
      [{ op: 'replace', path: ['units'], value: 42 }],
      [{ op: 'remove', path: ['units', 0, 'name', 'deeper'] }],
      [{ op: 'add', path: ['checkIns', 'x'], value: {} }],
    ];
    for (const patches of hostile) {
      let thrown: unknown;
      try {
        applyPatches(set, patches as Patch[]);
      } catch (error) {
        thrown = error;
      }
      expect(isSokrError(thrown), JSON.stringify(patches)).toBe(true);
    }
    expect(() => applyPatches(null as never, [])).toThrow(/set must be an OKR set object/);
  });

  it('applies valid patches (JSON round trip) and shares the untouched parts', () => {
    const set = sampleSet();
    const result = assertOk(updateObjective(set, { objectiveId: 'o2', changes: { title: 'X' } }));
    const wire = JSON.parse(JSON.stringify(result.patches)) as Patch[];
    const replayed = applyPatches(set, wire);
    expect(replayed).toEqual(result.set);
    expect(replayed.keyResults).toBe(set.keyResults);
    expect(replayed.objectives[0]).toBe(set.objectives[0]);
    expect(Object.isFrozen(replayed.objectives[2])).toBe(true);
    expect(Object.isFrozen(set.objectives)).toBe(false);
    expect(Object.isFrozen(applyPatches(set, wire, { autoFreeze: false }))).toBe(false);
    // The patches themselves are not changed or frozen by applying them.
    expect(JSON.stringify(wire)).toBe(JSON.stringify(result.patches));
    expect(Object.isFrozen(wire[0])).toBe(false);
  });

  it("checks unknown fields the way the set was parsed (unknownKeys: 'keep')", () => {
    const set = { ...sampleSet(), extra: true } as unknown as OkrSet;
    const patch: Patch[] = [{ op: 'replace', path: ['strategy', 'mission'], value: 'New' }];
    expect(safeApplyPatches(set, patch).ok).toBe(false);
    expect(safeApplyPatches(set, patch, { unknownKeys: 'keep' }).ok).toBe(true);
  });
});

describe('undo restores the exact prior JSON, key order included (issue 15 item 11)', () => {
  const cases: [string, (set: OkrSet) => ReturnType<typeof setParent>][] = [
    ['setParent(null)', (set) => setParent(set, { objectiveId: 'o1', parent: null })],
    [
      'editCheckIn removing confidence',
      (set) => editCheckIn(set, { checkInId: 'ci1', changes: { confidence: undefined } }),
    ],
    [
      'updateObjective removing ownerId',
      (set) => updateObjective(set, { objectiveId: 'o1', changes: { ownerId: undefined } }),
    ],
    [
      'updateKeyResult removing due',
      (set) => updateKeyResult(set, { keyResultId: 'kr2', changes: { due: undefined } }),
    ],
    [
      'removeObjective dropping carriedFrom',
      (set) => removeObjective(set, { objectiveId: 'o2', cascade: 'delete' }),
    ],
  ];

  it.each(cases)('%s', (_name, command) => {
    const set = sampleSet();
    // carriedFrom before the last key, for the removeObjective case.
    set.objectives[3] = { ...set.objectives[3]!, carriedFrom: 'o2', description: 'last key' };
    const json = JSON.stringify(set);
    const result = assertOk(command(set));
    expect(JSON.stringify(result.set)).not.toBe(json);
    expect(JSON.stringify(applyPatches(result.set, result.inversePatches))).toBe(json);
    const history = createHistory(set);
    history.apply(result);
    expect(JSON.stringify(history.undo())).toBe(json);
    expect(JSON.stringify(history.redo())).toBe(JSON.stringify(result.set));
  });

  it('setParent(null) then undo keeps parent in its place', () => {
    const set = sampleSet();
    const result = assertOk(setParent(set, { objectiveId: 'o1', parent: null }));
    const undone = applyPatches(result.set, result.inversePatches);
    expect(Object.keys(undone.objectives[1]!)).toEqual(Object.keys(set.objectives[1]!));
    expect(Object.keys(undone.objectives[1]!).indexOf('parent')).toBe(5);
  });
});
