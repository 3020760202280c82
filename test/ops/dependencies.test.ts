import { describe, expect, it } from 'vitest';
import {
  acceptDependency,
  addDependency,
  addInitiative,
  assertOk,
  declineDependency,
  setInitiativeState,
} from '../../src/index.js';
import { firstIssue, sampleSet } from './_fixture.js';

describe('dependencies', () => {
  it('adds a proposed dependency and accepts it with the decision date', () => {
    let set = assertOk(
      addDependency(sampleSet(), {
        id: 'd2',
        from: { objectiveId: 'o3' },
        on: { keyResultId: 'kr3' },
        note: 'API first',
      }),
    ).set;
    expect(set.dependencies[1]).toEqual({
      id: 'd2',
      from: { objectiveId: 'o3' },
      on: { keyResultId: 'kr3' },
      state: 'proposed',
      note: 'API first',
    });
    set = assertOk(acceptDependency(set, { dependencyId: 'd2', at: '2025-12-20' })).set;
    expect(set.dependencies[1]).toMatchObject({ state: 'accepted', decidedAt: '2025-12-20' });
  });

  it('declines a proposed dependency and refuses a second decision', () => {
    const set = assertOk(
      declineDependency(sampleSet(), { dependencyId: 'd1', at: '2026-01-02' }),
    ).set;
    expect(set.dependencies[0]).toMatchObject({ state: 'declined', decidedAt: '2026-01-02' });
    const again = acceptDependency(set, { dependencyId: 'd1', at: '2026-01-03' });
    expect(firstIssue(again)).toEqual({ code: 'invalid_state', path: ['dependencyId'] });
    expect(again.ok ? '' : again.issues[0]?.message).toContain("already 'declined'");
  });

  it('refuses bad dependencies and decisions', () => {
    const set = sampleSet();
    expect(
      firstIssue(
        addDependency(set, { id: 'd1', from: { objectiveId: 'o3' }, on: { objectiveId: 'o2' } }),
      ),
    ).toEqual({ code: 'duplicate_id', path: ['id'] });
    expect(
      firstIssue(
        addDependency(set, { id: 'd2', from: { objectiveId: 'nope' }, on: { objectiveId: 'o2' } }),
      ),
    ).toEqual({ code: 'dangling_reference', path: ['from', 'objectiveId'] });
    expect(
      firstIssue(
        addDependency(set, { id: 'd2', from: { objectiveId: 'o2' }, on: { objectiveId: 'o2' } }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['on'] });
    expect(
      firstIssue(addDependency(set, { id: 'd2', from: { objectiveId: 'o2' }, on: 'o3' as never })),
    ).toEqual({ code: 'invalid_type', path: ['on'] });
    expect(firstIssue(acceptDependency(set, { dependencyId: 'nope', at: '2026-01-02' }))).toEqual({
      code: 'dangling_reference',
      path: ['dependencyId'],
    });
    expect(firstIssue(acceptDependency(set, { dependencyId: 'd1', at: 'yesterday' }))).toEqual({
      code: 'invalid_date',
      path: ['at'],
    });
    expect(firstIssue(declineDependency(set, { dependencyId: 'd1' } as never))).toEqual({
      code: 'missing',
      path: ['at'],
    });
  });
});

describe('initiatives', () => {
  it('adds a todo initiative and moves it through its states', () => {
    let set = assertOk(
      addInitiative(sampleSet(), {
        id: 'i2',
        keyResultId: 'kr4',
        title: 'CI cache',
        ownerId: 'ben',
        due: '2026-02-01',
      }),
    ).set;
    expect(set.initiatives[1]).toEqual({
      id: 'i2',
      keyResultId: 'kr4',
      title: 'CI cache',
      ownerId: 'ben',
      due: '2026-02-01',
      state: 'todo',
    });
    set = assertOk(setInitiativeState(set, { initiativeId: 'i2', state: 'done' })).set;
    set = assertOk(setInitiativeState(set, { initiativeId: 'i2', state: 'doing' })).set;
    expect(set.initiatives[1]?.state).toBe('doing');
  });

  it('refuses bad initiatives and states', () => {
    const set = sampleSet();
    const base = { id: 'i2', keyResultId: 'kr4', title: 'T' };
    expect(firstIssue(addInitiative(set, { ...base, id: 'i1' }))).toEqual({
      code: 'duplicate_id',
      path: ['id'],
    });
    expect(firstIssue(addInitiative(set, { ...base, keyResultId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['keyResultId'],
    });
    expect(firstIssue(addInitiative(set, { ...base, title: '' }))).toEqual({
      code: 'invalid_type',
      path: ['title'],
    });
    expect(firstIssue(addInitiative(set, { ...base, ownerId: 'ghost' }))).toEqual({
      code: 'dangling_reference',
      path: ['ownerId'],
    });
    expect(firstIssue(addInitiative(set, { ...base, state: 'blocked' as never }))).toEqual({
      code: 'invalid_value',
      path: ['state'],
    });
    expect(firstIssue(addInitiative(set, { ...base, due: '2026-02-31' }))).toEqual({
      code: 'invalid_date',
      path: ['due'],
    });
    expect(firstIssue(setInitiativeState(set, { initiativeId: 'nope', state: 'done' }))).toEqual({
      code: 'dangling_reference',
      path: ['initiativeId'],
    });
    expect(
      firstIssue(setInitiativeState(set, { initiativeId: 'i1', state: 'blocked' as never })),
    ).toEqual({ code: 'invalid_value', path: ['state'] });
  });
});
