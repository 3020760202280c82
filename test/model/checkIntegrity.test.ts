import { describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  type Issue,
  okrSchemas,
  type OkrSet,
  parseOkrSet,
} from '../../src/index.js';
import { REMOVE, validInput, withChange } from './fixtures.js';

type PathCode = [ReadonlyArray<string | number>, string];

function issuesOf(input: unknown): PathCode[] {
  const result = parseOkrSet(input);
  return result.ok ? [] : result.issues.map((i: Issue) => [i.path, i.code]);
}

function changed(path: ReadonlyArray<string | number>, value: unknown): PathCode[] {
  return issuesOf(withChange(path, value));
}

/** Pushes an item onto an array of the fixture. */
function withItem(key: string, item: unknown): Record<string, unknown> {
  const input = validInput();
  (input[key] as unknown[]).push(item);
  return input;
}

describe('checkIntegrity', () => {
  it('finds nothing wrong with a consistent set', () => {
    const set = okrSchemas().okrSet.parse(validInput());
    expect(checkIntegrity(set)).toEqual([]);
  });

  it('is usable on its own, with messages naming the missing id', () => {
    const set = okrSchemas().okrSet.parse({
      units: [{ id: 'u1', name: 'Acme' }],
      people: [{ id: 'p1', name: 'Ada', unitId: 'u2' }],
    });
    expect(checkIntegrity(set)).toEqual([
      {
        path: ['people', 0, 'unitId'],
        code: 'dangling_reference',
        message: 'no unit has id "u2"; did you mean "u1"?',
        id: 'u2',
        kind: 'unit',
        suggestion: 'u1',
      },
    ]);
  });
});

describe('duplicate ids', () => {
  it('reports the later duplicate of every entity kind, first one wins', () => {
    const cases: Array<[string, number]> = [
      ['units', 1],
      ['people', 1],
      ['cycles', 0],
      ['objectives', 0],
      ['keyResults', 1],
      ['checkIns', 0],
      ['initiatives', 0],
      ['dependencies', 0],
      ['risks', 0],
    ];
    for (const [kind, copy] of cases) {
      const input = validInput();
      const list = input[kind] as Record<string, unknown>[];
      // A copy whose references stay valid; for units, a copy would be a second root.
      list.push({ ...list[copy]!, ...(kind === 'units' ? { parentId: 'acme' } : {}) });
      expect(issuesOf(input), kind).toEqual([[[kind, list.length - 1, 'id'], 'duplicate_id']]);
    }
  });

  it('covers pillars, SWOT items and checklist items', () => {
    const input = validInput() as { strategy: { pillars: unknown[]; swot: unknown[] } };
    input.strategy.pillars.push({ id: 'growth', title: 'Again' });
    input.strategy.swot.push({ id: 's-brand', kind: 'strength', title: 'Again' });
    expect(issuesOf(input)).toEqual([
      [['strategy', 'pillars', 2, 'id'], 'duplicate_id'],
      [['strategy', 'swot', 4, 'id'], 'duplicate_id'],
    ]);
    expect(changed(['keyResults', 5, 'measure', 'items', 2, 'id'], 'card')).toEqual([
      [['keyResults', 5, 'measure', 'items', 2, 'id'], 'duplicate_id'],
    ]);
  });

  it('says which entity has the id already', () => {
    const result = parseOkrSet(withItem('people', { id: 'sam', name: 'Samantha' }));
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'duplicate_id',
          message: 'person id "sam" is used twice (first at people[1])',
          id: 'sam',
          kind: 'person',
        },
      ],
    });
  });

  it('finds duplicates among many checklist items too', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `i${i % 19}`, title: `Item ${i}` }));
    expect(changed(['keyResults', 5, 'measure', 'items'], items)).toEqual([
      [['keyResults', 5, 'measure', 'items', 19, 'id'], 'duplicate_id'],
      // The check-in lists 'card' and 'sepa', no longer items.
      [['checkIns', 5, 'value', 0], 'value_mismatch'],
      [['checkIns', 5, 'value', 1], 'value_mismatch'],
    ]);
  });
});

describe('dangling references', () => {
  const cases: Array<[ReadonlyArray<string | number>, ReadonlyArray<string | number>?]> = [
    [['units', 1, 'parentId']],
    [['people', 0, 'unitId']],
    [['cycles', 1, 'parentId']],
    [['strategy', 'swot', 1, 'unitId']],
    [['objectives', 0, 'unitId']],
    [['objectives', 0, 'cycleId']],
    [['objectives', 0, 'ownerId']],
    [['objectives', 1, 'approvedBy']],
    [['objectives', 2, 'carriedFrom']],
    [['objectives', 2, 'parent', 'objectiveId']],
    [['objectives', 1, 'parent', 'keyResultId']],
    [['objectives', 0, 'links', 0, 'pillarId']],
    [['objectives', 2, 'links', 0, 'objectiveId']],
    [['objectives', 0, 'links', 1, 'swotId']],
    [['keyResults', 1, 'objectiveId']],
    [['keyResults', 1, 'ownerId']],
    [['checkIns', 0, 'keyResultId']],
    [['checkIns', 0, 'authorId']],
    [['initiatives', 0, 'keyResultId']],
    [['initiatives', 0, 'ownerId']],
    [['dependencies', 0, 'from', 'objectiveId']],
    [['dependencies', 0, 'on', 'keyResultId']],
    [['risks', 0, 'keyResultId']],
    [['risks', 1, 'objectiveId']],
  ];
  for (const [path] of cases) {
    it(`reports ${path.join('.')} pointing nowhere`, () => {
      const issues = changed(path, 'ghost');
      // A unit whose parent dangles also leaves the tree without that branch: only the reference is reported.
      expect(issues).toEqual([[path, 'dangling_reference']]);
    });
  }

  it('checks that a SWOT link names an item of its own kind', () => {
    const result = parseOkrSet(withChange(['objectives', 0, 'links', 1, 'kind'], 'threat'));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['objectives', 0, 'links', 1, 'kind'],
          code: 'invalid_value',
          message: 'SWOT item "o-smb" is an opportunity, not a threat',
        },
      ],
    });
  });

  it('reports a check-in on a missing key result without judging its value', () => {
    expect(changed(['checkIns', 5, 'keyResultId'], 'kr-metric')).toEqual([
      [['checkIns', 5, 'value'], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 5, 'keyResultId'], 'nope')).toEqual([
      [['checkIns', 5, 'keyResultId'], 'dangling_reference'],
    ]);
  });
});

describe('dates', () => {
  it('reports a cycle that ends before it starts', () => {
    const result = parseOkrSet(withChange(['cycles', 1, 'end'], '2025-12-31'));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['cycles', 1, 'end'],
          code: 'date_order',
          message: 'ends (2025-12-31) before it starts (2026-01-01)',
        },
      ],
    });
  });

  it('counts the end day as included', () => {
    expect(changed(['cycles', 1, 'end'], '2026-01-01')).toEqual([]);
    expect(changed(['cycles', 1, 'start'], '2026-03-31T23:59:59Z')).toEqual([]);
    expect(changed(['cycles', 1, 'start'], '2026-04-01T00:00:00Z')).toEqual([
      [['cycles', 1, 'end'], 'date_order'],
    ]);
    const instants = withChange(['cycles', 1, 'end'], '2026-01-01T10:00:00Z');
    expect(issuesOf(withChange(['cycles', 1, 'start'], '2026-01-01T10:00:00Z'))).toEqual([]);
    (instants['cycles'] as Record<string, unknown>[])[1]!['start'] = '2026-01-01T10:00:01Z';
    expect(issuesOf(instants)).toEqual([[['cycles', 1, 'end'], 'date_order']]);
  });

  it('reports a pillar horizon that ends before it starts', () => {
    expect(changed(['strategy', 'pillars', 0, 'horizon', 'end'], '2025-06-30')).toEqual([
      [['strategy', 'pillars', 0, 'horizon', 'end'], 'date_order'],
    ]);
  });
});

describe('unit tree', () => {
  it('reports a second root', () => {
    const result = parseOkrSet(withChange(['units', 2, 'parentId'], REMOVE));
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['units', 2],
          code: 'unit_tree',
          message: 'unit "eng" is a second root (the root is "acme"): give it a parentId',
        },
      ],
    });
  });

  it('reports a tree without a root, and the loop that swallowed it', () => {
    const issues = changed(['units', 0, 'parentId'], 'eng');
    expect(issues).toEqual([
      [['units'], 'unit_tree'],
      [['units', 0, 'parentId'], 'unit_tree'],
    ]);
  });

  it('reports a loop below the root once, with its members', () => {
    const input = validInput();
    (input['units'] as unknown[]).push(
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'c' },
      { id: 'c', name: 'C', parentId: 'a' },
    );
    const result = parseOkrSet(input);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['units', 3, 'parentId'],
          code: 'unit_tree',
          message: 'units form a loop: "a" → "b" → "c" → "a"',
        },
      ],
    });
  });

  it('reports a unit that is its own parent', () => {
    expect(changed(['units', 2, 'parentId'], 'eng')).toEqual([
      [['units', 2, 'parentId'], 'unit_tree'],
    ]);
  });

  it('accepts a set without units', () => {
    expect(parseOkrSet({}).ok).toBe(true);
  });

  it('walks a 10,000-deep unit chain without recursion', () => {
    const units = [{ id: 'u0', name: 'Root' }];
    for (let i = 1; i < 10_000; i++)
      units.push({ id: `u${i}`, name: `U${i}`, parentId: `u${i - 1}` } as never);
    expect(parseOkrSet({ units }).ok).toBe(true);
    // Close the chain into a 10,000-long loop: one issue, a short message.
    units[0] = { id: 'u0', name: 'Root', parentId: 'u9999' } as never;
    const result = parseOkrSet({ units });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['units'], 'unit_tree'],
      [['units', 0, 'parentId'], 'unit_tree'],
    ]);
    expect(result.issues[1]!.message).toContain('(10000 in all)');
  });
});

describe('cycle parents', () => {
  it('reports a loop of cycle parents', () => {
    const issues = changed(['cycles', 0, 'parentId'], '2026-q1');
    expect(issues).toEqual([[['cycles', 0, 'parentId'], 'reference_loop']]);
  });

  it('walks a 10,000-deep cycle chain', () => {
    const cycles = [];
    for (let i = 0; i < 10_000; i++) {
      cycles.push({
        id: `c${i}`,
        name: `C${i}`,
        start: '2026-01-01',
        end: '2026-12-31',
        ...(i > 0 ? { parentId: `c${i - 1}` } : {}),
      });
    }
    expect(parseOkrSet({ cycles }).ok).toBe(true);
  });
});

describe('check-in values against the measure', () => {
  it('wants a number for metric, threshold and range', () => {
    expect(changed(['checkIns', 0, 'value'], true)).toEqual([
      [['checkIns', 0, 'value'], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 1, 'value'], ['a'])).toEqual([
      [['checkIns', 1, 'value'], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 2, 'value'], false)).toEqual([
      [['checkIns', 2, 'value'], 'value_mismatch'],
    ]);
  });

  it('wants true/false or 1/0 for a milestone', () => {
    expect(changed(['checkIns', 3, 'value'], true)).toEqual([]);
    expect(changed(['checkIns', 3, 'value'], 0)).toEqual([]);
    expect(changed(['checkIns', 3, 'value'], 0.5)).toEqual([
      [['checkIns', 3, 'value'], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 3, 'value'], ['card'])).toEqual([
      [['checkIns', 3, 'value'], 'value_mismatch'],
    ]);
  });

  it('wants distinct known item ids for a checklist', () => {
    expect(changed(['checkIns', 5, 'value'], [])).toEqual([]);
    expect(changed(['checkIns', 5, 'value'], 2)).toEqual([
      [['checkIns', 5, 'value'], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 5, 'value'], ['card', 'cash'])).toEqual([
      [['checkIns', 5, 'value', 1], 'value_mismatch'],
    ]);
    expect(changed(['checkIns', 5, 'value'], ['sepa', 'sepa'])).toEqual([
      [['checkIns', 5, 'value', 1], 'value_mismatch'],
    ]);
    const long = Array.from({ length: 20 }, () => 'card');
    long[3] = 'cash';
    const issues = changed(['checkIns', 5, 'value'], long);
    expect(issues).toHaveLength(19);
    expect(issues[0]).toEqual([['checkIns', 5, 'value', 1], 'value_mismatch']);
    expect(issues[2]).toEqual([['checkIns', 5, 'value', 3], 'value_mismatch']);
  });

  it('takes no check-ins on a derived key result', () => {
    const result = parseOkrSet(
      withItem('checkIns', { id: 'c9', keyResultId: 'kr-derived', at: '2026-01-08', value: 0.5 }),
    );
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['checkIns', 6, 'value'],
          code: 'value_mismatch',
          message: expect.stringContaining('derived'),
        },
      ],
    });
  });
});

describe('order of checks', () => {
  it('runs integrity checks only on a structurally valid set', () => {
    const input = withChange(['units', 1, 'parentId'], 'ghost');
    (input['people'] as Record<string, unknown>[])[0]!['name'] = 5;
    expect(issuesOf(input)).toEqual([[['people', 0, 'name'], 'invalid_type']]);
  });

  it('reports every integrity issue of a set at once', () => {
    const input = validInput() as unknown as OkrSet;
    input.people[0]!.unitId = 'x';
    input.keyResults[1]!.ownerId = 'y';
    (input.checkIns as unknown[]).push({ ...input.checkIns[0]!, id: 'c1' });
    expect(issuesOf(input)).toEqual([
      [['checkIns', 6, 'id'], 'duplicate_id'],
      [['people', 0, 'unitId'], 'dangling_reference'],
      [['keyResults', 1, 'ownerId'], 'dangling_reference'],
    ]);
  });
});
