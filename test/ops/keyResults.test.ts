import { describe, expect, it } from 'vitest';
import {
  addKeyResult,
  applyPatches,
  assertOk,
  removeKeyResult,
  updateKeyResult,
} from '../../src/index.js';
import { firstIssue, issuesOf, sampleSet } from './_fixture.js';

const kr = {
  id: 'kr9',
  objectiveId: 'o2',
  title: 'Pipeline 10 → 30',
  ownerId: 'ana',
  measure: { kind: 'metric', start: 10, target: 30 },
} as const;

describe('addKeyResult', () => {
  it('appends the key result', () => {
    const result = assertOk(addKeyResult(sampleSet(), { ...kr, measure: { ...kr.measure } }));
    expect(result.set.keyResults.at(-1)).toEqual(kr);
    expect(result.patches).toEqual([{ op: 'add', path: ['keyResults', 5], value: kr }]);
  });

  it('refuses bad references, ids and measures', () => {
    const set = sampleSet();
    const m = { ...kr, measure: { ...kr.measure } };
    expect(firstIssue(addKeyResult(set, { ...m, id: 'kr1' }))).toEqual({
      code: 'duplicate_id',
      path: ['id'],
    });
    expect(firstIssue(addKeyResult(set, { ...m, objectiveId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['objectiveId'],
    });
    expect(firstIssue(addKeyResult(set, { ...m, ownerId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['ownerId'],
    });
    expect(firstIssue(addKeyResult(set, { ...m, due: '2026-13-01' }))).toEqual({
      code: 'invalid_date',
      path: ['due'],
    });
    expect(firstIssue(addKeyResult(set, { ...m, confidence: -1 }))).toEqual({
      code: 'invalid_value',
      path: ['confidence'],
    });
    expect(
      firstIssue(
        addKeyResult(set, {
          ...m,
          measure: { kind: 'metric', start: 1, target: Number.POSITIVE_INFINITY },
        }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['measure', 'target'] });
    expect(
      firstIssue(addKeyResult(set, { ...m, measure: { kind: 'range', min: 5, max: 1 } })),
    ).toEqual({ code: 'invalid_value', path: ['measure', 'max'] });
    expect(
      firstIssue(
        addKeyResult(set, {
          ...m,
          measure: { kind: 'threshold', mode: 'above' as never, value: 1 },
        }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['measure', 'mode'] });
    expect(
      firstIssue(
        addKeyResult(set, {
          ...m,
          measure: {
            kind: 'checklist',
            items: [
              { id: 'a', title: 'A' },
              { id: 'a', title: 'B' },
            ],
          },
        }),
      ),
    ).toEqual({ code: 'duplicate_id', path: ['measure', 'items', 1, 'id'] });
    expect(firstIssue(addKeyResult(set, { ...m, measure: { kind: 'stars' } as never }))).toEqual({
      code: 'invalid_value',
      path: ['measure', 'kind'],
    });
    const missing = issuesOf(addKeyResult(set, { id: 'kr9', objectiveId: 'o2' } as never)).map(
      (i) => `${i.code}:${i.path.join('.')}`,
    );
    expect(missing).toEqual(
      expect.arrayContaining(['missing:title', 'missing:ownerId', 'missing:measure']),
    );
  });
});

describe('updateKeyResult', () => {
  it('changes owner and target with field-level patches', () => {
    const set = sampleSet();
    const result = assertOk(
      updateKeyResult(set, {
        keyResultId: 'kr1',
        changes: { ownerId: 'ben', measure: { kind: 'metric', start: 0, target: 120 } },
      }),
    );
    expect(result.set.keyResults[0]).toMatchObject({ ownerId: 'ben', measure: { target: 120 } });
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('refuses a measure its recorded check-ins no longer fit, and locked fields', () => {
    const set = sampleSet();
    expect(
      firstIssue(
        updateKeyResult(set, { keyResultId: 'kr1', changes: { measure: { kind: 'milestone' } } }),
      ),
    ).toEqual({ code: 'value_mismatch', path: ['changes', 'measure'] });
    expect(
      firstIssue(
        updateKeyResult(set, {
          keyResultId: 'kr2',
          changes: { measure: { kind: 'checklist', items: [{ id: 'b', title: 'B' }] } },
        }),
      ),
    ).toEqual({ code: 'value_mismatch', path: ['changes', 'measure'] });
    expect(
      firstIssue(
        updateKeyResult(set, { keyResultId: 'kr1', changes: { objectiveId: 'o2' } as never }),
      ),
    ).toEqual({ code: 'unknown_key', path: ['changes', 'objectiveId'] });
    expect(
      firstIssue(
        updateKeyResult(set, { keyResultId: 'kr1', changes: { ownerId: undefined } as never }),
      ),
    ).toEqual({ code: 'missing', path: ['changes', 'ownerId'] });
    expect(firstIssue(updateKeyResult(set, { keyResultId: 'nope', changes: {} }))).toEqual({
      code: 'dangling_reference',
      path: ['keyResultId'],
    });
    expect(firstIssue(updateKeyResult(set, { keyResultId: 'kr1', changes: [] as never }))).toEqual({
      code: 'invalid_type',
      path: ['changes'],
    });
  });
});

describe('removeKeyResult', () => {
  it("refuses while child objectives hang under it with cascade 'refuse'", () => {
    const issues = issuesOf(
      removeKeyResult(sampleSet(), { keyResultId: 'kr1', cascade: 'refuse' }),
    );
    expect(issues[0]).toMatchObject({ code: 'invalid_state', path: ['keyResultId'] });
    expect(issues[0]?.message).toContain("'o2'");
  });

  it('removes the key result with its check-ins, initiatives and risks', () => {
    const set = sampleSet();
    const result = assertOk(removeKeyResult(set, { keyResultId: 'kr2', cascade: 'refuse' }));
    expect(result.set.keyResults.map((k) => k.id)).toEqual(['kr1', 'kr3', 'kr4', 'kr5']);
    expect(result.set.checkIns.map((c) => c.id)).toEqual(['ci1', 'ci2']);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it("with cascade 'delete' removes child objectives too", () => {
    const set = sampleSet();
    const result = assertOk(removeKeyResult(set, { keyResultId: 'kr1', cascade: 'delete' }));
    expect(result.set.objectives.map((o) => o.id)).toEqual(['oy', 'o1', 'o3']);
    expect(result.set.keyResults.map((k) => k.id)).toEqual(['kr2', 'kr4', 'kr5']);
    expect(result.set.dependencies).toEqual([]); // d1 came from kr3 of o2
    expect(result.set.risks).toEqual([]);
    expect(result.set.initiatives).toEqual([]);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('refuses a missing key result or cascade', () => {
    expect(
      firstIssue(removeKeyResult(sampleSet(), { keyResultId: 'nope', cascade: 'delete' })),
    ).toEqual({ code: 'dangling_reference', path: ['keyResultId'] });
    expect(firstIssue(removeKeyResult(sampleSet(), { keyResultId: 'kr2' } as never))).toEqual({
      code: 'missing',
      path: ['cascade'],
    });
  });
});
