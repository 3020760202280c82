import { describe, expect, it } from 'vitest';
import { activate, approve, assertOk, close, propose } from '../../src/index.js';
import { firstIssue, issuesOf, sampleSet } from './_fixture.js';

describe('objective lifecycle', () => {
  it('walks draft → proposed → approved → active → closed, recording the approver', () => {
    let set = sampleSet();
    set = assertOk(propose(set, { objectiveId: 'o2' })).set;
    expect(set.objectives[2]?.state).toBe('proposed');
    const approved = assertOk(approve(set, { objectiveId: 'o2', by: 'ceo' }));
    expect(approved.set.objectives[2]).toMatchObject({ state: 'approved', approvedBy: 'ceo' });
    expect(approved.patches).toEqual(
      expect.arrayContaining([
        { op: 'replace', path: ['objectives', 2, 'state'], value: 'approved' },
        { op: 'add', path: ['objectives', 2, 'approvedBy'], value: 'ceo' },
      ]),
    );
    set = assertOk(activate(approved.set, { objectiveId: 'o2' })).set;
    set = assertOk(close(set, { objectiveId: 'o2' })).set;
    expect(set.objectives[2]?.state).toBe('closed');
  });

  it('refuses illegal transitions with invalid_state naming the current state', () => {
    const set = sampleSet();
    const skip = issuesOf(approve(set, { objectiveId: 'o2', by: 'ceo' }))[0]!;
    expect(skip).toMatchObject({ code: 'invalid_state', path: ['objectiveId'] });
    expect(skip.message).toContain("is 'draft'");
    expect(skip.message).toContain("needs 'proposed'");
    expect(firstIssue(propose(set, { objectiveId: 'o1' }))).toEqual({
      code: 'invalid_state',
      path: ['objectiveId'],
    });
    expect(firstIssue(activate(set, { objectiveId: 'o3' }))).toEqual({
      code: 'invalid_state',
      path: ['objectiveId'],
    });
    expect(firstIssue(close(set, { objectiveId: 'o2' }))).toEqual({
      code: 'invalid_state',
      path: ['objectiveId'],
    });
  });

  it('refuses unknown objectives and approvers', () => {
    const set = sampleSet();
    expect(firstIssue(propose(set, { objectiveId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['objectiveId'],
    });
    expect(firstIssue(approve(set, { objectiveId: 'o3', by: 'ghost' }))).toEqual({
      code: 'dangling_reference',
      path: ['by'],
    });
    expect(firstIssue(approve(set, { objectiveId: 'o3' } as never))).toEqual({
      code: 'missing',
      path: ['by'],
    });
    expect(firstIssue(close(set, 'o1' as never))).toEqual({ code: 'invalid_type', path: [] });
  });
});
