import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  approve,
  assertOk,
  batch,
  commands,
  createHistory,
  isSokrError,
  OkrHistory,
  propose,
  recordCheckIn,
  removeObjective,
} from '../../src/index.js';
import { sampleSet } from './_fixture.js';

const checkIn = { keyResultId: 'kr1', at: '2026-02-15', value: 55 };

describe('immutability and structural sharing', () => {
  it('freezes what a command created by default, never the parts shared with the caller', () => {
    const next = assertOk(recordCheckIn(sampleSet(), checkIn)).set;
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.checkIns)).toBe(true);
    expect(Object.isFrozen(next.checkIns[3])).toBe(true);
    expect(Object.isFrozen(next.objectives[0]?.links)).toBe(false);
  });

  it('shares every unchanged part with the previous set', () => {
    const prev = assertOk(propose(sampleSet(), { objectiveId: 'o2' })).set;
    const next = assertOk(recordCheckIn(prev, checkIn)).set;
    expect(next).not.toBe(prev);
    expect(next.objectives).toBe(prev.objectives);
    expect(next.keyResults).toBe(prev.keyResults);
    expect(next.strategy).toBe(prev.strategy);
    expect(next.checkIns).not.toBe(prev.checkIns);
    expect(next.checkIns[0]).toBe(prev.checkIns[0]);
    const approved = assertOk(approve(next, { objectiveId: 'o2', by: 'ceo' })).set;
    expect(approved.objectives).not.toBe(next.objectives);
    expect(approved.objectives[1]).toBe(next.objectives[1]);
    expect(approved.checkIns).toBe(next.checkIns);
    const removed = assertOk(removeObjective(next, { objectiveId: 'o3', cascade: 'refuse' })).set;
    expect(removed.objectives[0]).toBe(next.objectives[0]);
    expect(removed.cycles).toBe(next.cycles);
  });

  it('leaves results mutable with autoFreeze: false, and still never touches the input', () => {
    const set = sampleSet();
    const before = JSON.stringify(set);
    const next = assertOk(recordCheckIn(set, checkIn, { autoFreeze: false })).set;
    expect(Object.isFrozen(next)).toBe(false);
    expect(Object.isFrozen(next.checkIns)).toBe(false);
    expect(JSON.stringify(set)).toBe(before);
  });

  it('returns the same object for a refused command and never changes the input', () => {
    const set = sampleSet();
    const before = JSON.stringify(set);
    expect(recordCheckIn(set, { ...checkIn, keyResultId: 'nope' }).ok).toBe(false);
    expect(JSON.stringify(set)).toBe(before);
    expect(Object.isFrozen(set)).toBe(false);
  });
});

describe('patches', () => {
  it('serialize to JSON and re-apply to the identical set', () => {
    const set = sampleSet();
    const result = assertOk(removeObjective(set, { objectiveId: 'o1', cascade: 'delete' }));
    const wire = JSON.parse(
      JSON.stringify({ patches: result.patches, inversePatches: result.inversePatches }),
    );
    expect(applyPatches(set, wire.patches)).toEqual(result.set);
    expect(applyPatches(result.set, wire.inversePatches)).toEqual(set);
    expect(Object.isFrozen(applyPatches(set, wire.patches))).toBe(true);
    expect(Object.isFrozen(applyPatches(set, wire.patches, { autoFreeze: false }))).toBe(false);
  });
});

describe('assertOk', () => {
  it('returns successes and throws a SokrError carrying the issues', () => {
    expect(assertOk(recordCheckIn(sampleSet(), checkIn)).ok).toBe(true);
    try {
      assertOk(recordCheckIn(sampleSet(), { ...checkIn, at: '2027-01-01' }));
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error)).toBe(true);
      if (isSokrError(error))
        expect(error.issues[0]).toMatchObject({ code: 'date_order', path: ['at'] });
    }
  });
});

describe('OkrHistory', () => {
  it('undoes and redoes back to deep-equal sets, with canUndo/canRedo', () => {
    const set = sampleSet();
    const history = createHistory(set);
    expect(history).toBeInstanceOf(OkrHistory);
    expect(history.canUndo).toBe(false);
    const s1 = history.apply(recordCheckIn(history.current, checkIn));
    const s2 = history.apply(propose(history.current, { objectiveId: 'o2' }));
    expect(history.current).toBe(s2);
    expect(history.undo()).toEqual(s1);
    expect(history.undo()).toEqual(set);
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toEqual(set); // nothing left: no-op
    expect(history.canRedo).toBe(true);
    expect(history.redo()).toEqual(s1);
    expect(history.redo()).toEqual(s2);
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toEqual(s2);
  });

  it('clears the redo stack when a new command is applied', () => {
    const history = createHistory(sampleSet());
    history.apply(recordCheckIn(history.current, checkIn));
    history.undo();
    history.apply(propose(history.current, { objectiveId: 'o2' }));
    expect(history.canRedo).toBe(false);
  });

  it('keeps a JSON audit log whose patches replay to the current set', () => {
    const set = sampleSet();
    const history = createHistory(set);
    history.apply(recordCheckIn(history.current, checkIn));
    history.apply(propose(history.current, { objectiveId: 'o2' }));
    history.undo();
    history.redo();
    history.undo();
    const log = JSON.parse(JSON.stringify(history.log)) as typeof history.log;
    expect(log.map((e) => e.command)).toEqual(['recordCheckIn', 'propose', 'undo', 'redo', 'undo']);
    expect(log[0]?.input).toEqual(checkIn);
    expect(log[2]?.input).toEqual({ command: 'propose' });
    let replayed = set;
    for (const entry of log) replayed = applyPatches(replayed, entry.patches);
    expect(replayed).toEqual(history.current);
    // Re-running the logged commands gives the same patches (deterministic ids).
    const rerun = commands.recordCheckIn(set, log[0]!.input as never);
    expect(rerun.ok && rerun.patches).toEqual(log[0]?.patches);
  });

  it('refuses to apply a refusal', () => {
    const history = createHistory(sampleSet());
    expect(() => history.apply(propose(history.current, { objectiveId: 'o1' }))).toThrow(
      /invalid_state/,
    );
    expect(history.canUndo).toBe(false);
  });
});

describe('batch', () => {
  it('applies several commands at once, undone by one set of inverse patches', () => {
    const set = sampleSet();
    const result = assertOk(
      batch(set, [
        {
          command: 'addKeyResult',
          input: {
            id: 'kr9',
            objectiveId: 'o2',
            title: 'Calls',
            ownerId: 'ana',
            measure: { kind: 'metric', start: 0, target: 50 },
          },
        },
        { command: 'recordCheckIn', input: { keyResultId: 'kr9', at: '2026-01-20', value: 5 } },
        { command: 'propose', input: { objectiveId: 'o2' } },
      ]),
    );
    expect(result.command).toBe('batch');
    expect(result.set.checkIns.at(-1)?.keyResultId).toBe('kr9');
    expect(Object.isFrozen(result.set.checkIns)).toBe(true);
    expect(Object.isFrozen(result.set.keyResults.at(-1)?.measure)).toBe(true);
    expect(applyPatches(set, result.patches)).toEqual(result.set);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('sees the ids added by earlier steps (duplicates refused, default ids numbered)', () => {
    const set = sampleSet();
    const dup = batch(set, [
      { command: 'recordCheckIn', input: { ...checkIn, id: 'x1' } },
      { command: 'recordCheckIn', input: { ...checkIn, id: 'x1' } },
    ]);
    expect(dup.ok ? null : dup.issues[0]).toMatchObject({
      code: 'duplicate_id',
      path: [1, 'input', 'id'],
    });
    const numbered = assertOk(
      batch(set, [
        { command: 'recordCheckIn', input: checkIn },
        { command: 'recordCheckIn', input: checkIn },
        { command: 'removeCheckIn', input: { checkInId: 'ci1' } },
        { command: 'recordCheckIn', input: checkIn },
        {
          command: 'editCheckIn',
          input: { checkInId: 'kr1@2026-02-15#3', changes: { value: 60 } },
        },
      ]),
    );
    expect(numbered.set.checkIns.map((c) => c.id)).toEqual([
      'ci2',
      'ci3',
      'kr1@2026-02-15',
      'kr1@2026-02-15#2',
      'kr1@2026-02-15#3',
    ]);
    expect(numbered.set.checkIns.at(-1)?.value).toBe(60);
    expect(applyPatches(set, numbered.patches)).toEqual(numbered.set);
    expect(applyPatches(numbered.set, numbered.inversePatches)).toEqual(set);
    expect(set.checkIns).toHaveLength(3);
  });

  it('changes nothing when a step fails, naming the step in the path', () => {
    const set = sampleSet();
    const result = batch(set, [
      { command: 'recordCheckIn', input: checkIn },
      { command: 'recordCheckIn', input: { ...checkIn, value: 'x' } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        code: 'value_mismatch',
        path: [1, 'input', 'value'],
      });
    expect(set.checkIns).toHaveLength(3);
    const unknown = batch(set, [{ command: 'launch' as never, input: {} }]);
    expect(unknown.ok ? null : unknown.issues[0]).toMatchObject({
      code: 'invalid_value',
      path: [0, 'command'],
    });
    expect(batch(set, 'x' as never).ok).toBe(false);
  });
});
