import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  assertOk,
  batch,
  type CommandResult,
  commands,
  createHistory,
  editCheckIn,
  type OkrSet,
  propose,
  recordCheckIn,
  removeObjective,
  setParent,
  updateObjective,
} from '../../src/index.js';
import { sampleSet } from './_fixture.js';

/** Every object and array of a value (the caller's set), depth first. */
function nodesOf(value: unknown, out: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value);
  for (const child of Object.values(value)) nodesOf(child, out);
  return out;
}

/** A valid input per command on sampleSet (the same as the hostile-input suite uses). */
const INPUTS: [keyof typeof commands, unknown][] = [
  ['recordCheckIn', { keyResultId: 'kr1', at: '2026-02-10', value: 50 }],
  ['editCheckIn', { checkInId: 'ci3', changes: { value: ['a', 'b'] } }],
  ['editCheckIn', { checkInId: 'ci1', changes: { confidence: undefined } }],
  ['removeCheckIn', { checkInId: 'ci2' }],
  ['addObjective', { id: 'o9', title: 'New', unitId: 'sales', cycleId: 'q1' }],
  [
    'updateObjective',
    { objectiveId: 'o2', changes: { links: [{ kind: 'pillar', pillarId: 'p1' }] } },
  ],
  ['removeObjective', { objectiveId: 'o3', cascade: 'delete' }],
  [
    'addKeyResult',
    { id: 'kr9', objectiveId: 'o1', title: 'T', ownerId: 'ana', measure: { kind: 'milestone' } },
  ],
  [
    'updateKeyResult',
    { keyResultId: 'kr1', changes: { measure: { kind: 'metric', start: 0, target: 200 } } },
  ],
  ['removeKeyResult', { keyResultId: 'kr4', cascade: 'refuse' }],
  ['setParent', { objectiveId: 'o3', parent: null }],
  ['setParent', { objectiveId: 'o3', parent: { keyResultId: 'kr1' } }],
  ['propose', { objectiveId: 'o2' }],
  ['approve', { objectiveId: 'o3', by: 'ceo' }],
  ['close', { objectiveId: 'o1' }],
  ['addDependency', { id: 'd9', from: { objectiveId: 'o2' }, on: { objectiveId: 'o3' } }],
  ['acceptDependency', { dependencyId: 'd1', at: '2025-12-20' }],
  ['addInitiative', { id: 'i9', keyResultId: 'kr1', title: 'Calls' }],
  ['setInitiativeState', { initiativeId: 'i1', state: 'doing' }],
  ['carryOver', { objectiveId: 'o1', toCycleId: 'q2' }],
];

function run(name: keyof typeof commands, set: OkrSet, input: unknown): CommandResult {
  return (commands[name] as (s: OkrSet, i: unknown) => CommandResult)(set, input);
}

describe("commands never freeze or change the caller's set (issue 14 item 4)", () => {
  it.each(INPUTS)('%s leaves every object of the caller unfrozen and writable', (name, input) => {
    const set = sampleSet();
    const before = JSON.stringify(set);
    const nodes = nodesOf(set);
    const result = assertOk(run(name, set, input));
    expect(JSON.stringify(set)).toBe(before);
    for (const node of nodes) expect(Object.isFrozen(node)).toBe(false);
    // A later write to the caller's own set works (it threw in ESM before).
    set.objectives.push({ ...set.objectives[0]!, id: 'later' });
    set.keyResults[0]!.title = 'Renamed by the caller';
    expect(set.objectives.at(-1)?.id).toBe('later');
    // The result's new parts are frozen; the caller's write does not leak into them
    // where the command copied (the root and its arrays are the result's own).
    expect(Object.isFrozen(result.set)).toBe(true);
  });

  it('through batch, applyPatches and the history too', () => {
    const set = sampleSet();
    const nodes = nodesOf(set);
    const result = assertOk(
      batch(set, [
        { command: 'recordCheckIn', input: { keyResultId: 'kr1', at: '2026-02-10', value: 50 } },
        { command: 'editCheckIn', input: { checkInId: 'ci1', changes: { value: 21 } } },
        { command: 'removeObjective', input: { objectiveId: 'o3', cascade: 'delete' } },
        { command: 'setParent', input: { objectiveId: 'o2', parent: null } },
      ]),
    );
    expect(Object.isFrozen(result.set)).toBe(true);
    expect(Object.isFrozen(result.set.checkIns)).toBe(true);
    expect(Object.isFrozen(result.set.checkIns.at(-1))).toBe(true);
    expect(Object.isFrozen(result.set.checkIns[0])).toBe(true); // edited: a copy
    const replayed = applyPatches(set, result.patches);
    expect(replayed).toEqual(result.set);
    expect(Object.isFrozen(replayed.checkIns.at(-1))).toBe(true);
    const history = createHistory(set);
    history.apply(
      recordCheckIn(history.current, { keyResultId: 'kr1', at: '2026-02-11', value: 9 }),
    );
    history.undo();
    history.redo();
    for (const node of nodesOf(set)) expect(Object.isFrozen(node)).toBe(false);
    expect(nodesOf(set)).toHaveLength(nodes.length);
  });

  it('still shares every unchanged part with the caller (structural sharing)', () => {
    const set = sampleSet();
    const next = assertOk(updateObjective(set, { objectiveId: 'o2', changes: { title: 'X' } })).set;
    expect(next.objectives).not.toBe(set.objectives);
    expect(next.objectives[2]).not.toBe(set.objectives[2]);
    expect(next.objectives[0]).toBe(set.objectives[0]);
    expect(next.objectives[2]?.links).toBe(set.objectives[2]?.links);
    expect(next.keyResults).toBe(set.keyResults);
    expect(Object.isFrozen(next.objectives)).toBe(true);
    expect(Object.isFrozen(next.objectives[2])).toBe(true);
    expect(Object.isFrozen(next.objectives[0])).toBe(false);
    const removed = assertOk(removeObjective(set, { objectiveId: 'o3', cascade: 'refuse' })).set;
    expect(removed.objectives[0]).toBe(set.objectives[0]);
    expect(removed.cycles).toBe(set.cycles);
    expect(Object.isFrozen(removed.objectives[0])).toBe(false);
    const reparented = assertOk(setParent(set, { objectiveId: 'o3', parent: null })).set;
    expect(reparented.objectives[3]?.links).toBe(set.objectives[3]?.links);
    expect(Object.isFrozen(reparented.objectives[3]?.links)).toBe(false);
  });

  it('a frozen input stays frozen and the chain of results keeps working', () => {
    const first = assertOk(propose(sampleSet(), { objectiveId: 'o2' })).set;
    const second = assertOk(
      editCheckIn(first, { checkInId: 'ci3', changes: { value: ['a', 'c'] } }),
    );
    expect(Object.isFrozen(second.set.checkIns[2]?.value)).toBe(true);
    expect(() => {
      (second.set.checkIns as unknown[]).push(1);
    }).toThrow();
  });

  it('autoFreeze: false freezes nothing', () => {
    const result = assertOk(
      recordCheckIn(
        sampleSet(),
        { keyResultId: 'kr1', at: '2026-02-10', value: 50 },
        { autoFreeze: false },
      ),
    );
    expect(Object.isFrozen(result.set)).toBe(false);
    expect(Object.isFrozen(result.set.checkIns.at(-1))).toBe(false);
  });
});
