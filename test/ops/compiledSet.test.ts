import { describe, expect, it } from 'vitest';
import {
  batch,
  checkIntegrity,
  compile,
  createHistory,
  isCompiledOkrSet,
  type OkrSet,
  recordCheckIn,
  safeApplyPatches,
  applyPatches,
  updateObjective,
} from 'sokr';
import { acmeExample } from 'sokr/testing';

// Every command takes a compiled set as its set (types and runtime) and gives what it gives on the plain set.
describe('commands, patches and history on a compiled set', () => {
  const set: OkrSet = acmeExample();
  const compiled = compile(set);
  const objectiveId = set.objectives[0]!.id;

  it('applyPatches and safeApplyPatches patch the set, not the wrapper', () => {
    const patches = [
      { op: 'replace' as const, path: ['objectives', 0, 'title'], value: 'Renamed' },
    ];
    const plain = safeApplyPatches(set, patches);
    const viaCompiled = safeApplyPatches(compiled, patches);
    expect(plain.ok).toBe(true);
    expect(viaCompiled).toStrictEqual(plain);
    expect(applyPatches(compiled, patches)).toStrictEqual(applyPatches(set, patches));
  });

  it('batch runs its steps on the compiled set', () => {
    const steps = [
      { command: 'updateObjective' as const, input: { objectiveId, changes: { title: 'Y' } } },
    ];
    const plain = batch(set, steps);
    expect(plain.ok).toBe(true);
    expect(batch(compiled, steps)).toStrictEqual(plain);
  });

  it('a history started from a compiled set holds plain sets and undoes to the compiled one', () => {
    const history = createHistory(compiled);
    expect(isCompiledOkrSet(history.current)).toBe(false);
    expect(history.current).toBe(set);
    history.apply(updateObjective(history.current, { objectiveId, changes: { title: 'Z' } }));
    expect(history.current.objectives[0]!.title).toBe('Z');
    expect(history.undo()).toStrictEqual(set);
    expect(history.redo().objectives[0]!.title).toBe('Z');
  });

  it('commands and checkIntegrity accept the compiled set without a cast', () => {
    const kr = set.keyResults[0]!;
    const input = { keyResultId: kr.id, at: '2026-02-01', value: 1 };
    expect(recordCheckIn(compiled, input)).toStrictEqual(recordCheckIn(set, input));
    expect(checkIntegrity(compiled)).toStrictEqual(checkIntegrity(set));
  });
});
