import { describe, expect, it } from 'vitest';
import {
  addKeyResult,
  addObjective,
  approve,
  assertOkrSet,
  carryOver,
  checkIntegrity,
  editCheckIn,
  recordCheckIn,
  setParent,
  updateKeyResult,
} from '../../src/index.js';
import { firstIssue, issuesOf, sampleSet } from './_fixture.js';

describe('input validation with the model schemas', () => {
  it('the hand-built fixture is a clean set', () => {
    expect(checkIntegrity(assertOkrSet(sampleSet()))).toEqual([]);
  });

  it('reports unknown fields of entity inputs at their key', () => {
    const set = sampleSet();
    expect(
      firstIssue(
        recordCheckIn(set, {
          keyResultId: 'kr1',
          at: '2026-02-15',
          value: 1,
          mood: 'good',
        } as never),
      ),
    ).toEqual({
      code: 'unknown_key',
      path: ['mood'],
    });
    expect(
      firstIssue(
        addObjective(set, {
          id: 'o9',
          title: 'T',
          unitId: 'sales',
          cycleId: 'q1',
          colour: 'red',
        } as never),
      ),
    ).toEqual({
      code: 'unknown_key',
      path: ['colour'],
    });
    expect(
      firstIssue(
        addKeyResult(set, {
          id: 'kr9',
          objectiveId: 'o2',
          title: 'T',
          ownerId: 'ana',
          measure: { kind: 'milestone', extra: 1 },
        } as never),
      ),
    ).toEqual({ code: 'unknown_key', path: ['measure', 'extra'] });
    expect(
      firstIssue(
        editCheckIn(set, { checkInId: 'ci1', changes: { value: 3 }, reason: 'typo' } as never),
      ),
    ).toEqual({
      code: 'unknown_key',
      path: ['reason'],
    });
    expect(
      firstIssue(
        updateKeyResult(set, {
          keyResultId: 'kr1',
          changes: { measure: { kind: 'metric', start: 0, target: 5, scale: 2 } },
        } as never),
      ),
    ).toEqual({
      code: 'unknown_key',
      path: ['changes', 'measure', 'scale'],
    });
  });

  it('reports unknown fields of command inputs', () => {
    const set = sampleSet();
    expect(firstIssue(approve(set, { objectiveId: 'o3', by: 'ceo', note: 'ok' } as never))).toEqual(
      { code: 'unknown_key', path: ['note'] },
    );
    expect(
      firstIssue(setParent(set, { objectiveId: 'o3', parent: null, force: true } as never)),
    ).toEqual({ code: 'unknown_key', path: ['force'] });
    expect(
      firstIssue(carryOver(set, { objectiveId: 'o1', toCycleId: 'q2', keep: 'all' } as never)),
    ).toEqual({ code: 'unknown_key', path: ['keep'] });
  });

  it('reports every problem of one input at once', () => {
    const issues = issuesOf(
      recordCheckIn(sampleSet(), {
        keyResultId: 'kr1',
        at: '2027-01-01',
        value: 'high',
        confidence: 12,
        extra: 1,
      } as never),
    );
    expect(issues.map((i) => `${i.code}:${i.path.join('.')}`).sort()).toEqual(
      [
        'date_order:at',
        'invalid_value:confidence',
        'unknown_key:extra',
        'value_mismatch:value',
      ].sort(),
    );
  });
});
