import { describe, expect, it } from 'vitest';
import {
  addKeyResult,
  assertOk,
  batch,
  close,
  createHistory,
  editCheckIn,
  type OkrSet,
  recordCheckIn,
  removeCheckIn,
  removeKeyResult,
  reopen,
  updateKeyResult,
} from '../../src/index.js';
import { issuesOf, sampleSet } from './_fixture.js';

/** The fixture with o1 (key results kr1, kr2; check-ins ci1–ci3) closed. */
function closedSet(): OkrSet {
  return assertOk(close(sampleSet(), { objectiveId: 'o1' })).set as OkrSet;
}

describe('closed objectives do not change (issue 15 item 5)', () => {
  it('refuses recording, editing and removing check-ins of its key results', () => {
    const set = closedSet();
    const json = JSON.stringify(set);
    expect(
      issuesOf(recordCheckIn(set, { keyResultId: 'kr1', at: '2026-03-01', value: 90 })),
    ).toEqual([
      {
        path: ['keyResultId'],
        code: 'invalid_state',
        message:
          'Objective "o1" is closed: reopen it before recording a check-in on key result "kr1".',
      },
    ]);
    expect(issuesOf(editCheckIn(set, { checkInId: 'ci2', changes: { value: 90 } }))).toEqual([
      {
        path: ['checkInId'],
        code: 'invalid_state',
        message: 'Objective "o1" is closed: reopen it before editing check-in "ci2".',
      },
    ]);
    expect(issuesOf(removeCheckIn(set, { checkInId: 'ci1' }))[0]).toMatchObject({
      path: ['checkInId'],
      code: 'invalid_state',
    });
    expect(
      issuesOf(
        batch(set, [
          {
            command: 'recordCheckIn',
            input: { keyResultId: 'kr2', at: '2026-03-01', value: ['a', 'b'] },
          },
        ]),
      )[0],
    ).toMatchObject({ path: [0, 'input', 'keyResultId'], code: 'invalid_state' });
    expect(JSON.stringify(set)).toBe(json);
  });

  it("refuses changing its key results' targets, weights, due dates and confidence, naming the field", () => {
    const set = closedSet();
    const issues = issuesOf(
      updateKeyResult(set, {
        keyResultId: 'kr1',
        changes: { measure: { kind: 'metric', start: 0, target: 50 }, weight: 3 },
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['changes', 'measure'], 'invalid_state'],
      [['changes', 'weight'], 'invalid_state'],
    ]);
    expect(issues[0]?.message).toBe(
      'Objective "o1" is closed: reopen it before changing the measure of key result "kr1".',
    );
    for (const changes of [{ due: '2026-03-01' }, { confidence: 2 }])
      expect(issuesOf(updateKeyResult(set, { keyResultId: 'kr1', changes }))[0]?.code).toBe(
        'invalid_state',
      );
    // Wording is not scoring: a title can still be corrected.
    expect(
      updateKeyResult(set, { keyResultId: 'kr1', changes: { title: 'Revenue 0 → 100 k€' } }).ok,
    ).toBe(true);
    expect(
      issuesOf(
        addKeyResult(set, {
          id: 'kr9',
          objectiveId: 'o1',
          title: 'Late',
          ownerId: 'ana',
          measure: { kind: 'milestone' },
        }),
      )[0],
    ).toMatchObject({ path: ['objectiveId'], code: 'invalid_state' });
    expect(
      issuesOf(removeKeyResult(set, { keyResultId: 'kr2', cascade: 'delete' }))[0],
    ).toMatchObject({
      path: ['keyResultId'],
      code: 'invalid_state',
    });
  });

  it('reopen moves closed → active, after which the changes go through', () => {
    const history = createHistory(closedSet());
    const reopened = history.apply(
      reopen(history.current, { objectiveId: 'o1', by: 'ceo', reason: 'late invoice' }),
    );
    expect(reopened.objectives[1]?.state).toBe('active');
    expect(history.log.at(-1)?.input).toEqual({
      objectiveId: 'o1',
      by: 'ceo',
      reason: 'late invoice',
    });
    history.apply(
      recordCheckIn(history.current, { keyResultId: 'kr1', at: '2026-03-01', value: 90 }),
    );
    history.apply(close(history.current, { objectiveId: 'o1' }));
    expect(history.current.objectives[1]?.state).toBe('closed');
    expect(history.current.checkIns).toHaveLength(4);
  });

  it('reopen refuses objectives that are not closed, unknown people and bad reasons', () => {
    const set = closedSet();
    expect(issuesOf(reopen(sampleSet(), { objectiveId: 'o1' }))[0]).toMatchObject({
      path: ['objectiveId'],
      code: 'invalid_state',
    });
    expect(issuesOf(reopen(set, { objectiveId: 'o1', by: 'ghost' }))[0]).toMatchObject({
      path: ['by'],
      code: 'dangling_reference',
    });
    expect(issuesOf(reopen(set, { objectiveId: 'o1', reason: 42 } as never))[0]).toMatchObject({
      path: ['reason'],
      code: 'invalid_type',
    });
    expect(issuesOf(reopen(set, { objectiveId: 'o1', note: 'x' } as never))[0]).toMatchObject({
      path: ['note'],
      code: 'unknown_key',
    });
  });
});
