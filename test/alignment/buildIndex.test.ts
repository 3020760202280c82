import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, type OkrSet, type Unit } from '../../src/index.js';
import { buildSet } from '../../src/testing/index.js';

function chainOfUnits(depth: number): Unit[] {
  return Array.from({ length: depth }, (_, i) =>
    i === 0
      ? { id: 'u0', name: 'Root' }
      : { id: `u${i}`, name: `Level ${i}`, parentId: `u${i - 1}` },
  );
}

describe('buildIndex', () => {
  const set = buildSet({
    units: { acme: null, eng: 'acme', web: 'eng', sales: 'acme' },
    swot: [{ id: 't1', kind: 'threat', title: 'Competitor' }],
    objectives: [
      {
        id: 'g',
        unitId: 'acme',
        children: [
          {
            id: 'e',
            unitId: 'eng',
            children: [{ id: 'w', unitId: 'web', parent: { keyResultId: 'e.kr2' } }],
          },
        ],
      },
      {
        id: 's',
        unitId: 'sales',
        links: [],
        keyResults: [
          {
            checkIns: [{ at: '2026-01-20' }, { at: '2026-01-06' }, { at: '2026-01-13T10:00:00Z' }],
          },
        ],
      },
    ],
    dependencies: [{ from: 's', on: { keyResultId: 'w.kr1' } }],
  });
  const index = buildIndex(set);

  it('answers ancestry in the unit tree', () => {
    expect(index.rootUnitId).toBe('acme');
    expect(index.isAncestor('acme', 'web')).toBe(true);
    expect(index.isAncestor('eng', 'web')).toBe(true);
    expect(index.isAncestor('web', 'eng')).toBe(false);
    expect(index.isAncestor('sales', 'web')).toBe(false);
    expect(index.isAncestor('web', 'web')).toBe(false);
    expect(index.isAncestorOrSelf('web', 'web')).toBe(true);
    expect(index.isAncestor('ghost', 'web')).toBe(false);
    expect(index.unitDepth('web')).toBe(2);
    expect(index.unitAncestors('web')).toEqual(['eng', 'acme']);
    expect(index.unitChildren('acme').map((u) => u.id)).toEqual(['eng', 'sales']);
  });

  it('indexes the cascade through objectives and key results', () => {
    expect(index.keyResultsOf('e').map((kr) => kr.id)).toEqual(['e.kr1', 'e.kr2']);
    expect(index.childObjectivesOf('g').map((o) => o.id)).toEqual(['e']);
    expect(index.childObjectivesOfKeyResult('e.kr2').map((o) => o.id)).toEqual(['w']);
    expect(index.parentObjectiveId('w')).toBe('e');
    expect(index.rootChain('w')).toEqual(['w', 'e', 'g']);
    expect(index.objectivesOfUnit('acme', 'q1').map((o) => o.id)).toEqual(['g']);
    expect(index.objectivesOfCycle('q1')).toHaveLength(4);
  });

  it('exposes read-only maps by id that iterate in set order', () => {
    expect(index.objectives.size).toBe(4);
    expect([...index.objectives.keys()]).toEqual(['g', 'e', 'w', 's']);
    expect([...index.units.values()].map((u) => u.id)).toEqual(['acme', 'eng', 'web', 'sales']);
    expect([...index.keyResults].slice(0, 1)).toEqual([['g.kr1', set.keyResults[0]]]);
    const seen: string[] = [];
    index.people.forEach((p, id) => {
      seen.push(`${id}:${p.unitId}`);
    });
    expect(seen).toEqual(['acme-lead:acme', 'eng-lead:eng', 'web-lead:web', 'sales-lead:sales']);
    expect(index.keyResultCount('e')).toBe(2);
    expect(index.keyResultCount('nope')).toBe(0);
    expect(index.positions.keyResults.get('w.kr1')).toBe(4);
    expect(index.positions.checkIns.get('s.kr1.c2')).toBe(1);
  });

  it('knows which objectives reach an anchor', () => {
    expect(index.isAnchored('w')).toBe(true);
    expect(index.isAnchored('s')).toBe(false);
    expect(index.isAnchored('nope')).toBe(false);
  });

  it('sorts check-ins by date whatever their order in the set', () => {
    expect(index.checkInsOf('s.kr1').map((c) => c.at)).toEqual([
      '2026-01-06',
      '2026-01-13T10:00:00Z',
      '2026-01-20',
    ]);
    expect(index.lastCheckInOf('s.kr1')?.at).toBe('2026-01-20');
    expect(index.checkInsOf('unknown')).toEqual([]);
  });

  it('maps dependencies to the objectives on both sides', () => {
    expect(index.dependenciesFrom('s').map((d) => d.id)).toEqual(['d1']);
    expect(index.dependenciesOn('w').map((d) => d.id)).toEqual(['d1']);
  });

  it('resolves duplicate ids to their first occurrence and says so', () => {
    const dup: OkrSet = { ...set, people: [...set.people, { id: 'acme-lead', name: 'Impostor' }] };
    const i2 = buildIndex(dup);
    expect(i2.hasDuplicateIds).toBe(true);
    expect(i2.people.get('acme-lead')?.name).toBe('Lead of acme');
    expect(index.hasDuplicateIds).toBe(false);
  });

  it('handles a 10,000-level deep unit tree without recursion', () => {
    const units = chainOfUnits(10_000);
    const deep = buildIndex({ ...buildSet({ units }), people: [] });
    expect(deep.unitDepth('u9999')).toBe(9999);
    expect(deep.isAncestor('u0', 'u9999')).toBe(true);
    expect(deep.isAncestor('u5000', 'u4999')).toBe(false);
    expect(deep.unitAncestors('u9999')).toHaveLength(9999);
  });

  it('survives a loop in the unit tree (units outside the tree have no depth)', () => {
    const units: Unit[] = [
      { id: 'root', name: 'Root' },
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ];
    const looped = buildIndex(buildSet({ units }));
    expect(looped.unitDepth('a')).toBeUndefined();
    expect(looped.isAncestor('a', 'b')).toBe(false);
    expect(looped.unitAncestors('a')).toEqual(['b']);
  });

  it('isAncestor agrees with walking parent pointers, for any tree', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (parents) => {
        // Unit i > 0 hangs below a random earlier unit.
        const units: Unit[] = parents.map((p, i) =>
          i === 0
            ? { id: 'u0', name: 'u0' }
            : { id: `u${i}`, name: `u${i}`, parentId: `u${p % i}` },
        );
        const idx = buildIndex(buildSet({ units }));
        for (let a = 0; a < units.length; a++) {
          for (let b = 0; b < units.length; b++) {
            const naive = idx.unitAncestors(`u${b}`).includes(`u${a}`);
            if (idx.isAncestor(`u${a}`, `u${b}`) !== naive) return false;
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
