import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  assertOk,
  editCheckIn,
  recordCheckIn,
  removeCheckIn,
} from '../../src/index.js';
import { firstIssue, issuesOf, sampleSet } from './_fixture.js';

describe('recordCheckIn', () => {
  it('appends the check-in with a deterministic id and leaves the input set untouched', () => {
    const set = sampleSet();
    const before = JSON.stringify(set);
    const {
      set: next,
      patches,
      inversePatches,
    } = assertOk(
      recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: 55, confidence: 6 }),
    );
    expect(JSON.stringify(set)).toBe(before);
    expect(next.checkIns).toHaveLength(4);
    expect(next.checkIns[3]).toEqual({
      id: 'kr1@2026-02-15',
      keyResultId: 'kr1',
      at: '2026-02-15',
      value: 55,
      confidence: 6,
    });
    expect(patches).toEqual([{ op: 'add', path: ['checkIns', 3], value: next.checkIns[3] }]);
    expect(inversePatches).toEqual([{ op: 'remove', path: ['checkIns', 3] }]);
  });

  it('numbers a second check-in of the same key result on the same day', () => {
    const once = assertOk(
      recordCheckIn(sampleSet(), { keyResultId: 'kr1', at: '2026-02-15', value: 55 }),
    ).set;
    const twice = assertOk(
      recordCheckIn(once, { keyResultId: 'kr1', at: '2026-02-15', value: 56 }),
    ).set;
    expect(twice.checkIns.map((c) => c.id).slice(3)).toEqual([
      'kr1@2026-02-15',
      'kr1@2026-02-15#2',
    ]);
  });

  it('keeps an explicit id and refuses one already taken', () => {
    const next = assertOk(
      recordCheckIn(sampleSet(), { id: 'mine', keyResultId: 'kr1', at: '2026-02-15', value: 1 }),
    ).set;
    expect(next.checkIns[3]?.id).toBe('mine');
    expect(
      firstIssue(
        recordCheckIn(next, { id: 'ci1', keyResultId: 'kr1', at: '2026-02-15', value: 1 }),
      ),
    ).toEqual({ code: 'duplicate_id', path: ['id'] });
  });

  it('refuses a check-in for a missing key result at keyResultId', () => {
    expect(
      firstIssue(recordCheckIn(sampleSet(), { keyResultId: 'nope', at: '2026-02-15', value: 1 })),
    ).toEqual({
      code: 'dangling_reference',
      path: ['keyResultId'],
    });
  });

  it('refuses a value that does not fit the measure', () => {
    const set = sampleSet();
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: 'x' as never })),
    ).toEqual({ code: 'value_mismatch', path: ['value'] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: Number.NaN })),
    ).toEqual({ code: 'value_mismatch', path: ['value'] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr2', at: '2026-01-20', value: ['a', 'z'] })),
    ).toEqual({ code: 'value_mismatch', path: ['value', 1] }); // the entry, as parseOkrSet says
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr2', at: '2026-01-20', value: ['a', 'a'] })),
    ).toEqual({ code: 'value_mismatch', path: ['value', 1] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr3', at: '2026-01-20', value: 2 })),
    ).toEqual({ code: 'value_mismatch', path: ['value'] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr5', at: '2026-01-20', value: 1 })),
    ).toEqual({ code: 'value_mismatch', path: ['value'] });
  });

  it('accepts every value kind that fits', () => {
    const set = sampleSet();
    expect(recordCheckIn(set, { keyResultId: 'kr2', at: '2026-01-20', value: ['a', 'c'] }).ok).toBe(
      true,
    );
    expect(recordCheckIn(set, { keyResultId: 'kr3', at: '2026-01-20', value: true }).ok).toBe(true);
    expect(recordCheckIn(set, { keyResultId: 'kr3', at: '2026-01-20', value: 1 }).ok).toBe(true);
    expect(recordCheckIn(set, { keyResultId: 'kr4', at: '2026-01-20', value: 12 }).ok).toBe(true);
  });

  it('refuses dates that are not ISO dates or lie outside the cycle window', () => {
    const set = sampleSet();
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-30', value: 1 })),
    ).toEqual({ code: 'invalid_date', path: ['at'] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr1', at: '2025-12-31', value: 1 })),
    ).toEqual({ code: 'date_order', path: ['at'] });
    expect(
      firstIssue(recordCheckIn(set, { keyResultId: 'kr1', at: '2026-04-01', value: 1 })),
    ).toEqual({ code: 'date_order', path: ['at'] });
    // The cycle's last day is inclusive, up to its last instant.
    expect(
      recordCheckIn(set, { keyResultId: 'kr1', at: '2026-03-31T23:59:59Z', value: 1 }).ok,
    ).toBe(true);
  });

  it('refuses missing fields, bad confidence and unknown authors', () => {
    const set = sampleSet();
    const issues = issuesOf(recordCheckIn(set, {} as never));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['missing', 'keyResultId'],
        ['missing', 'value'],
        ['missing', 'at'],
      ]),
    );
    expect(
      firstIssue(
        recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: 1, confidence: 11 }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['confidence'] });
    expect(
      firstIssue(
        recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: 1, authorId: 'ghost' }),
      ),
    ).toEqual({ code: 'dangling_reference', path: ['authorId'] });
    expect(firstIssue(recordCheckIn(set, null as never))).toEqual({
      code: 'invalid_type',
      path: [],
    });
  });

  it('copies a checklist value so the caller keeps a mutable array', () => {
    const value = ['a'];
    const next = assertOk(
      recordCheckIn(sampleSet(), { keyResultId: 'kr2', at: '2026-01-20', value }),
    ).set;
    expect(Object.isFrozen(value)).toBe(false);
    expect(next.checkIns[3]?.value).toEqual(['a']);
  });
});

describe('editCheckIn', () => {
  it('changes the given fields with one patch per field and removes fields set to undefined', () => {
    const set = sampleSet();
    const result = assertOk(
      editCheckIn(set, { checkInId: 'ci1', changes: { value: 25, confidence: undefined } }),
    );
    expect(result.set.checkIns[0]).toEqual({
      id: 'ci1',
      keyResultId: 'kr1',
      at: '2026-01-10',
      value: 25,
    });
    expect(result.patches).toEqual(
      expect.arrayContaining([
        { op: 'replace', path: ['checkIns', 0, 'value'], value: 25 },
        { op: 'remove', path: ['checkIns', 0, 'confidence'] },
      ]),
    );
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('applies the check-in rules to the edit, with paths under changes', () => {
    const set = sampleSet();
    expect(firstIssue(editCheckIn(set, { checkInId: 'ci1', changes: { value: true } }))).toEqual({
      code: 'value_mismatch',
      path: ['changes', 'value'],
    });
    expect(
      firstIssue(editCheckIn(set, { checkInId: 'ci3', changes: { at: '2026-04-15' } })),
    ).toEqual({ code: 'date_order', path: ['changes', 'at'] });
    expect(
      firstIssue(editCheckIn(set, { checkInId: 'ci1', changes: { keyResultId: 'kr2' } as never })),
    ).toEqual({ code: 'unknown_key', path: ['changes', 'keyResultId'] });
    expect(
      firstIssue(editCheckIn(set, { checkInId: 'ci1', changes: { at: undefined } as never })),
    ).toEqual({ code: 'missing', path: ['changes', 'at'] });
    expect(firstIssue(editCheckIn(set, { checkInId: 'nope', changes: {} }))).toEqual({
      code: 'dangling_reference',
      path: ['checkInId'],
    });
    expect(firstIssue(editCheckIn(set, { checkInId: 'ci1', changes: 3 as never }))).toEqual({
      code: 'invalid_type',
      path: ['changes'],
    });
  });
});

describe('removeCheckIn', () => {
  it('removes one check-in with a single remove patch, undone by one add', () => {
    const set = sampleSet();
    const result = assertOk(removeCheckIn(set, { checkInId: 'ci1' }));
    expect(result.set.checkIns.map((c) => c.id)).toEqual(['ci2', 'ci3']);
    expect(result.patches).toEqual([{ op: 'remove', path: ['checkIns', 0] }]);
    expect(result.inversePatches).toEqual([
      { op: 'add', path: ['checkIns', 0], value: set.checkIns[0] },
    ]);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
    expect(applyPatches(set, result.patches)).toEqual(result.set);
  });

  it('refuses an unknown check-in', () => {
    expect(firstIssue(removeCheckIn(sampleSet(), { checkInId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['checkInId'],
    });
    expect(firstIssue(removeCheckIn(sampleSet(), {} as never))).toEqual({
      code: 'missing',
      path: ['checkInId'],
    });
  });
});
