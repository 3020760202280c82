import { describe, expect, it } from 'vitest';
import {
  addObjective,
  applyPatches,
  assertOk,
  removeObjective,
  setParent,
  updateObjective,
} from '../../src/index.js';
import { firstIssue, issuesOf, sampleSet } from './_fixture.js';

describe('addObjective', () => {
  it('adds a draft objective with defaults for links and commitment', () => {
    const next = assertOk(
      addObjective(sampleSet(), {
        id: 'o9',
        title: 'Delight users',
        unitId: 'sales',
        cycleId: 'q1',
        parent: { objectiveId: 'o1' },
      }),
    ).set;
    expect(next.objectives.at(-1)).toEqual({
      id: 'o9',
      title: 'Delight users',
      unitId: 'sales',
      cycleId: 'q1',
      parent: { objectiveId: 'o1' },
      links: [],
      commitment: 'aspirational',
      state: 'draft',
    });
  });

  it('refuses duplicates, dangling references, bad fields and non-draft states', () => {
    const set = sampleSet();
    const base = { id: 'o9', title: 'T', unitId: 'sales', cycleId: 'q1' };
    expect(firstIssue(addObjective(set, { ...base, id: 'o1' }))).toEqual({
      code: 'duplicate_id',
      path: ['id'],
    });
    expect(firstIssue(addObjective(set, { ...base, unitId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['unitId'],
    });
    expect(firstIssue(addObjective(set, { ...base, cycleId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['cycleId'],
    });
    expect(firstIssue(addObjective(set, { ...base, ownerId: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['ownerId'],
    });
    expect(firstIssue(addObjective(set, { ...base, title: '' }))).toEqual({
      code: 'invalid_type',
      path: ['title'],
    });
    expect(firstIssue(addObjective(set, { ...base, weight: -1 }))).toEqual({
      code: 'invalid_value',
      path: ['weight'],
    });
    expect(firstIssue(addObjective(set, { ...base, commitment: 'maybe' as never }))).toEqual({
      code: 'invalid_value',
      path: ['commitment'],
    });
    expect(firstIssue(addObjective(set, { ...base, state: 'active' as never }))).toEqual({
      code: 'invalid_state',
      path: ['state'],
    });
    expect(firstIssue(addObjective(set, { ...base, carriedFrom: 'nope' }))).toEqual({
      code: 'dangling_reference',
      path: ['carriedFrom'],
    });
    expect(
      firstIssue(addObjective(set, { ...base, links: [{ kind: 'pillar', pillarId: 'nope' }] })),
    ).toEqual({ code: 'dangling_reference', path: ['links', 0, 'pillarId'] });
    expect(
      firstIssue(addObjective(set, { ...base, links: [{ kind: 'weakness', swotId: 's1' }] })),
    ).toEqual({ code: 'invalid_value', path: ['links', 0, 'kind'] });
    expect(firstIssue(addObjective(set, { ...base, parent: { keyResultId: 'nope' } }))).toEqual({
      code: 'dangling_reference',
      path: ['parent', 'keyResultId'],
    });
    // o3 belongs to eng: neither sales nor an ancestor of sales.
    expect(firstIssue(addObjective(set, { ...base, parent: { objectiveId: 'o3' } }))).toEqual({
      code: 'invalid_value',
      path: ['parent'],
    });
    const missing = issuesOf(addObjective(set, { id: 'o9' } as never)).map(
      (i) => `${i.code}:${i.path.join('.')}`,
    );
    expect(missing).toEqual(
      expect.arrayContaining(['missing:title', 'missing:unitId', 'missing:cycleId']),
    );
  });
});

describe('updateObjective', () => {
  it('changes fields with field-level patches', () => {
    const set = sampleSet();
    const result = assertOk(
      updateObjective(set, {
        objectiveId: 'o2',
        changes: { title: 'Sell much more', weight: 2, ownerId: undefined },
      }),
    );
    const o2 = result.set.objectives[2]!;
    expect(o2.title).toBe('Sell much more');
    expect(o2.weight).toBe(2);
    expect('ownerId' in o2).toBe(false);
    expect(result.patches).toContainEqual({
      op: 'replace',
      path: ['objectives', 2, 'title'],
      value: 'Sell much more',
    });
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('refuses unknown or locked fields, removal of required ones and a unit its parent does not cover', () => {
    const set = sampleSet();
    expect(
      firstIssue(
        updateObjective(set, { objectiveId: 'o2', changes: { state: 'active' } as never }),
      ),
    ).toEqual({ code: 'unknown_key', path: ['changes', 'state'] });
    expect(
      firstIssue(
        updateObjective(set, { objectiveId: 'o2', changes: { title: undefined } as never }),
      ),
    ).toEqual({ code: 'missing', path: ['changes', 'title'] });
    expect(firstIssue(updateObjective(set, { objectiveId: 'nope', changes: {} }))).toEqual({
      code: 'dangling_reference',
      path: ['objectiveId'],
    });
    expect(
      firstIssue(updateObjective(set, { objectiveId: 'o2', changes: { unitId: 'nope' } })),
    ).toEqual({ code: 'dangling_reference', path: ['changes', 'unitId'] });
    // o3's parent o1 is a company objective: moving o3 to company is fine, o1 → sales is not (its parent oy is company, fine), o2 (parent kr1 of company) → eng is fine.
    expect(updateObjective(set, { objectiveId: 'o3', changes: { unitId: 'company' } }).ok).toBe(
      true,
    );
    const moved = assertOk(
      updateObjective(set, { objectiveId: 'o1', changes: { unitId: 'sales' } }),
    ).set;
    expect(
      firstIssue(updateObjective(moved, { objectiveId: 'o2', changes: { unitId: 'eng' } })),
    ).toEqual({ code: 'invalid_value', path: ['changes', 'unitId'] });
    expect(firstIssue(updateObjective(set, { objectiveId: 'o1', changes: null as never }))).toEqual(
      { code: 'invalid_type', path: ['changes'] },
    );
  });
});

describe('setParent', () => {
  it('re-parents to a key result of an ancestor unit, and detaches with null', () => {
    const set = sampleSet();
    const result = assertOk(setParent(set, { objectiveId: 'o3', parent: { keyResultId: 'kr2' } }));
    expect(result.set.objectives[3]?.parent).toEqual({ keyResultId: 'kr2' });
    const detached = assertOk(setParent(result.set, { objectiveId: 'o3', parent: null })).set;
    expect('parent' in detached.objectives[3]!).toBe(false);
  });

  it('refuses loops through objective ↔ key result chains', () => {
    const set = sampleSet();
    expect(
      firstIssue(setParent(set, { objectiveId: 'o1', parent: { objectiveId: 'o1' } })),
    ).toEqual({ code: 'reference_loop', path: ['parent'] });
    expect(
      firstIssue(setParent(set, { objectiveId: 'o1', parent: { keyResultId: 'kr1' } })),
    ).toEqual({ code: 'reference_loop', path: ['parent'] });
    // o2 hangs under kr1 (of o1); o1 under o2's kr3 would close the loop o1 → o2 → o1.
    expect(
      firstIssue(
        setParent(set, { objectiveId: 'o1', parent: { keyResultId: 'kr3' }, unitRule: 'any' }),
      ),
    ).toEqual({ code: 'reference_loop', path: ['parent'] });
    expect(
      firstIssue(
        setParent(set, { objectiveId: 'oy', parent: { objectiveId: 'o3' }, unitRule: 'any' }),
      ),
    ).toEqual({ code: 'reference_loop', path: ['parent'] });
  });

  it('refuses a parent from a sibling unit unless unitRule is any', () => {
    const set = sampleSet();
    expect(
      firstIssue(setParent(set, { objectiveId: 'o3', parent: { objectiveId: 'o2' } })),
    ).toEqual({ code: 'invalid_value', path: ['parent'] });
    expect(
      setParent(set, { objectiveId: 'o3', parent: { objectiveId: 'o2' }, unitRule: 'any' }).ok,
    ).toBe(true);
    expect(
      firstIssue(
        setParent(set, {
          objectiveId: 'o3',
          parent: { objectiveId: 'o2' },
          unitRule: 'x' as never,
        }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['unitRule'] });
  });

  it('refuses bad references', () => {
    const set = sampleSet();
    expect(firstIssue(setParent(set, { objectiveId: 'nope', parent: null }))).toEqual({
      code: 'dangling_reference',
      path: ['objectiveId'],
    });
    expect(
      firstIssue(setParent(set, { objectiveId: 'o3', parent: { objectiveId: 'nope' } })),
    ).toEqual({ code: 'dangling_reference', path: ['parent', 'objectiveId'] });
    expect(
      firstIssue(
        setParent(set, {
          objectiveId: 'o3',
          parent: { objectiveId: 'o1', keyResultId: 'kr1' } as never,
        }),
      ),
    ).toEqual({ code: 'invalid_value', path: ['parent'] });
    expect(firstIssue(setParent(set, { objectiveId: 'o3' } as never))).toEqual({
      code: 'missing',
      path: ['parent'],
    });
  });
});

describe('removeObjective', () => {
  it("refuses while other objectives point at it, naming them, with cascade 'refuse'", () => {
    const issues = issuesOf(removeObjective(sampleSet(), { objectiveId: 'o1', cascade: 'refuse' }));
    expect(issues[0]?.code).toBe('invalid_state');
    expect(issues[0]?.message).toContain("'o2', 'o3'");
  });

  it('removes a leaf objective with its key results, check-ins, initiatives, risks and dependencies', () => {
    const set = sampleSet();
    const result = assertOk(removeObjective(set, { objectiveId: 'o3', cascade: 'refuse' }));
    expect(result.set.objectives.map((o) => o.id)).toEqual(['oy', 'o1', 'o2']);
    expect(result.set.keyResults.map((k) => k.id)).not.toContain('kr4');
    expect(result.set.dependencies).toEqual([]); // d1 was on o3
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
    expect(applyPatches(set, result.patches)).toEqual(result.set);
  });

  it("with cascade 'delete' removes the whole subtree and everything touching it", () => {
    const set = sampleSet();
    const result = assertOk(removeObjective(set, { objectiveId: 'o1', cascade: 'delete' }));
    expect(result.set.objectives.map((o) => o.id)).toEqual(['oy']);
    expect(result.set.keyResults.map((k) => k.id)).toEqual(['kr5']);
    expect(result.set.checkIns).toEqual([]);
    expect(result.set.initiatives).toEqual([]);
    expect(result.set.risks).toEqual([]);
    expect(result.set.dependencies).toEqual([]);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
    expect(applyPatches(set, JSON.parse(JSON.stringify(result.patches)))).toEqual(result.set);
  });

  it("with cascade 'delete' drops supports links and carriedFrom pointing at removed objectives", () => {
    let set = sampleSet();
    set = assertOk(
      addObjective(set, {
        id: 'o9',
        title: 'Help',
        unitId: 'sales',
        cycleId: 'q2',
        links: [
          { kind: 'supports', objectiveId: 'o3' },
          { kind: 'pillar', pillarId: 'p1' },
        ],
        carriedFrom: 'o3',
      }),
    ).set;
    expect(firstIssue(removeObjective(set, { objectiveId: 'o3', cascade: 'refuse' })).code).toBe(
      'invalid_state',
    );
    const result = assertOk(removeObjective(set, { objectiveId: 'o3', cascade: 'delete' }));
    const o9 = result.set.objectives.find((o) => o.id === 'o9')!;
    expect(o9.links).toEqual([{ kind: 'pillar', pillarId: 'p1' }]);
    expect('carriedFrom' in o9).toBe(false);
    expect(applyPatches(result.set, result.inversePatches)).toEqual(set);
  });

  it('refuses a missing objective or cascade', () => {
    expect(
      firstIssue(removeObjective(sampleSet(), { objectiveId: 'nope', cascade: 'delete' })),
    ).toEqual({ code: 'dangling_reference', path: ['objectiveId'] });
    expect(firstIssue(removeObjective(sampleSet(), { objectiveId: 'o3' } as never))).toEqual({
      code: 'missing',
      path: ['cascade'],
    });
    expect(
      firstIssue(removeObjective(sampleSet(), { objectiveId: 'o3', cascade: 'orphan' as never })),
    ).toEqual({ code: 'invalid_value', path: ['cascade'] });
  });
});
