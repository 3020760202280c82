import { describe, expect, it } from 'vitest';
import { type Issue, okrSchemas, parseOkrSet } from '../../src/index.js';
import { REMOVE, validInput, withChange } from './fixtures.js';

/** The issues of parsing the fixture with one change, as `[path, code]` pairs. */
function issuesOf(
  path: ReadonlyArray<string | number>,
  value: unknown,
): Array<[ReadonlyArray<string | number>, string]> {
  const result = parseOkrSet(withChange(path, value));
  if (result.ok) return [];
  return result.issues.map((i: Issue) => [i.path, i.code]);
}

describe('okrSchemas', () => {
  it('builds the schemas once per unknown-keys mode', () => {
    expect(okrSchemas()).toBe(okrSchemas({ unknownKeys: 'reject' }));
    expect(okrSchemas({ unknownKeys: 'keep' })).toBe(okrSchemas({ unknownKeys: 'keep' }));
    expect(okrSchemas({ unknownKeys: 'keep' })).not.toBe(okrSchemas());
  });

  it('exposes one schema per entity, usable on its own', () => {
    const s = okrSchemas();
    expect(s.unit.parse({ id: 'u1', name: 'Acme' })).toEqual({ id: 'u1', name: 'Acme' });
    expect(s.isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(s.isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(s.link.parse({ kind: 'threat', swotId: 't1' })).toEqual({
      kind: 'threat',
      swotId: 't1',
    });
    expect(s.okrRef.parse({ keyResultId: 'kr1' })).toEqual({ keyResultId: 'kr1' });
    expect(s.checkInValue.parse(['a'])).toEqual(['a']);
    expect(s.measure.parse({ kind: 'milestone' })).toEqual({ kind: 'milestone' });
    for (const key of Object.keys(s)) expect(s[key as keyof typeof s]).toHaveProperty('safeParse');
  });

  it('fills the documented defaults', () => {
    const result = parseOkrSet({
      units: [{ id: 'u', name: 'U' }],
      cycles: [{ id: 'c', name: 'C', start: '2026-01-01', end: '2026-03-31' }],
      people: [{ id: 'p', name: 'P' }],
      objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'c' }],
      keyResults: [
        { id: 'k', objectiveId: 'o', title: 'K', ownerId: 'p', measure: { kind: 'milestone' } },
      ],
      initiatives: [{ id: 'i', keyResultId: 'k', title: 'I' }],
      dependencies: [{ id: 'd', from: { objectiveId: 'o' }, on: { keyResultId: 'k' } }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const set = result.value;
    expect(set.version).toBe(1);
    expect(set.strategy).toEqual({ pillars: [] });
    expect(set.checkIns).toEqual([]);
    expect(set.risks).toEqual([]);
    expect(set.objectives[0]).toEqual({
      id: 'o',
      title: 'O',
      unitId: 'u',
      cycleId: 'c',
      links: [],
      commitment: 'aspirational',
      state: 'draft',
    });
    expect(set.initiatives[0]?.state).toBe('todo');
    expect(set.dependencies[0]?.state).toBe('proposed');
  });

  it('gives every parsed set its own default arrays', () => {
    const a = parseOkrSet({});
    const b = parseOkrSet({});
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(a.value.units).not.toBe(b.value.units);
    expect(a.value.strategy).not.toBe(b.value.strategy);
  });

  it('accepts every measure kind, link kind and optional field of the fixture', () => {
    const result = parseOkrSet(validInput());
    expect(result).toMatchObject({ ok: true });
  });
});

describe('the OKR set', () => {
  it('accepts version 1 only', () => {
    expect(issuesOf(['version'], 2)).toEqual([[['version'], 'invalid_value']]);
    expect(issuesOf(['version'], '1')).toEqual([[['version'], 'invalid_value']]);
    expect(parseOkrSet(withChange(['version'], REMOVE)).ok).toBe(true);
  });

  it('rejects a non-object and arrays where objects belong', () => {
    expect(parseOkrSet([])).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          message: 'expected an object, got an array',
          expected: 'object',
          received: 'array',
        },
      ],
    });
    expect(parseOkrSet(null)).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_type' }],
    });
    expect(parseOkrSet('{}')).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_type' }],
    });
    expect(issuesOf(['units'], { id: 'u' })).toEqual([[['units'], 'invalid_type']]);
    expect(issuesOf(['units', 0], [])).toEqual([[['units', 0], 'invalid_type']]);
    expect(issuesOf(['strategy'], [])).toEqual([[['strategy'], 'invalid_type']]);
  });
});

describe('strategy', () => {
  it('validates pillars, their horizon and SWOT items', () => {
    expect(issuesOf(['strategy', 'pillars', 0, 'title'], '')).toEqual([
      [['strategy', 'pillars', 0, 'title'], 'invalid_value'],
    ]);
    expect(issuesOf(['strategy', 'pillars', 0, 'horizon', 'end'], '2027-13-01')).toEqual([
      [['strategy', 'pillars', 0, 'horizon', 'end'], 'invalid_date'],
    ]);
    expect(issuesOf(['strategy', 'pillars', 0, 'horizon', 'start'], REMOVE)).toEqual([
      [['strategy', 'pillars', 0, 'horizon', 'start'], 'missing'],
    ]);
    expect(issuesOf(['strategy', 'swot', 1, 'kind'], 'risk')).toEqual([
      [['strategy', 'swot', 1, 'kind'], 'invalid_value'],
    ]);
    expect(issuesOf(['strategy', 'values'], ['ok', 3])).toEqual([
      [['strategy', 'values', 1], 'invalid_type'],
    ]);
    expect(issuesOf(['strategy', 'mission'], 42)).toEqual([
      [['strategy', 'mission'], 'invalid_type'],
    ]);
    expect(parseOkrSet({ strategy: { mission: 'M' } })).toMatchObject({
      ok: true,
      value: { strategy: { mission: 'M', pillars: [] } },
    });
  });
});

describe('units, people, cycles', () => {
  it('requires ids and names', () => {
    expect(issuesOf(['units', 1, 'name'], REMOVE)).toEqual([[['units', 1, 'name'], 'missing']]);
    expect(issuesOf(['units', 1, 'id'], '')).toEqual([[['units', 1, 'id'], 'invalid_value']]);
    expect(issuesOf(['people', 2, 'id'], 7)).toEqual([[['people', 2, 'id'], 'invalid_type']]);
    expect(issuesOf(['people', 2, 'unitId'], null)).toEqual([
      [['people', 2, 'unitId'], 'invalid_type'],
    ]);
  });

  it('requires real calendar dates on cycles', () => {
    expect(issuesOf(['cycles', 1, 'end'], '2026-02-30')).toEqual([
      [['cycles', 1, 'end'], 'invalid_date'],
    ]);
    expect(issuesOf(['cycles', 1, 'start'], 'next monday')).toEqual([
      [['cycles', 1, 'start'], 'invalid_date'],
    ]);
    expect(issuesOf(['cycles', 1, 'start'], '2026-01-01T24:00:00Z')).toEqual([
      [['cycles', 1, 'start'], 'invalid_date'],
    ]);
    expect(issuesOf(['cycles', 1, 'start'], 20260101)).toEqual([
      [['cycles', 1, 'start'], 'invalid_type'],
    ]);
    expect(parseOkrSet(withChange(['cycles', 1, 'start'], '2026-01-01T00:00:00+02:00')).ok).toBe(
      true,
    );
  });
});

describe('objectives', () => {
  it('validates links of all six kinds', () => {
    expect(issuesOf(['objectives', 0, 'links', 0, 'kind'], 'vision')).toEqual([
      [['objectives', 0, 'links', 0, 'kind'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 0, 'links', 0, 'kind'], REMOVE)).toEqual([
      [['objectives', 0, 'links', 0, 'kind'], 'missing'],
    ]);
    expect(issuesOf(['objectives', 0, 'links', 0, 'pillarId'], REMOVE)).toEqual([
      [['objectives', 0, 'links', 0, 'pillarId'], 'missing'],
    ]);
    expect(
      issuesOf(['objectives', 0, 'links', 1], { kind: 'opportunity', pillarId: 'growth' }),
    ).toEqual([
      [['objectives', 0, 'links', 1, 'swotId'], 'missing'],
      [['objectives', 0, 'links', 1, 'pillarId'], 'unknown_key'],
    ]);
  });

  it('validates the parent reference: exactly one of objectiveId / keyResultId', () => {
    expect(
      issuesOf(['objectives', 2, 'parent'], { objectiveId: 'o-grow', keyResultId: 'kr-metric' }),
    ).toEqual([[['objectives', 2, 'parent'], 'invalid_value']]);
    expect(issuesOf(['objectives', 2, 'parent'], {})).toEqual([
      [['objectives', 2, 'parent'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 2, 'parent'], 'o-grow')).toEqual([
      [['objectives', 2, 'parent'], 'invalid_type'],
    ]);
    expect(issuesOf(['objectives', 2, 'parent'], { objectiveId: 5 })).toEqual([
      [['objectives', 2, 'parent', 'objectiveId'], 'invalid_type'],
    ]);
  });

  it('validates enums and weights', () => {
    expect(issuesOf(['objectives', 0, 'commitment'], 'maybe')).toEqual([
      [['objectives', 0, 'commitment'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 0, 'state'], 'done')).toEqual([
      [['objectives', 0, 'state'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 1, 'weight'], -0.5)).toEqual([
      [['objectives', 1, 'weight'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 1, 'weight'], Number.POSITIVE_INFINITY)).toEqual([
      [['objectives', 1, 'weight'], 'invalid_value'],
    ]);
    expect(issuesOf(['objectives', 1, 'unitId'], REMOVE)).toEqual([
      [['objectives', 1, 'unitId'], 'missing'],
    ]);
    expect(parseOkrSet(withChange(['objectives', 1, 'weight'], 0)).ok).toBe(true);
  });
});

describe('key results and measures', () => {
  it('validates each measure kind', () => {
    expect(issuesOf(['keyResults', 1, 'measure', 'target'], REMOVE)).toEqual([
      [['keyResults', 1, 'measure', 'target'], 'missing'],
    ]);
    expect(issuesOf(['keyResults', 1, 'measure', 'start'], Number.NaN)).toEqual([
      [['keyResults', 1, 'measure', 'start'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 1, 'measure', 'direction'], 'up')).toEqual([
      [['keyResults', 1, 'measure', 'direction'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 2, 'measure', 'mode'], 'above')).toEqual([
      [['keyResults', 2, 'measure', 'mode'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 3, 'measure', 'max'], 50)).toEqual([
      [['keyResults', 3, 'measure', 'max'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 4, 'measure', 'target'], 1)).toEqual([
      [['keyResults', 4, 'measure', 'target'], 'unknown_key'],
    ]);
    expect(issuesOf(['keyResults', 5, 'measure', 'items'], [])).toEqual([
      [['keyResults', 5, 'measure', 'items'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 5, 'measure', 'items', 1, 'title'], '')).toEqual([
      [['keyResults', 5, 'measure', 'items', 1, 'title'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 0, 'measure', 'kind'], 'formula')).toEqual([
      [['keyResults', 0, 'measure', 'kind'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 0, 'measure'], REMOVE)).toEqual([
      [['keyResults', 0, 'measure'], 'missing'],
    ]);
  });

  it('requires exactly one owner and a valid confidence, weight and due date', () => {
    expect(issuesOf(['keyResults', 1, 'ownerId'], REMOVE)).toEqual([
      [['keyResults', 1, 'ownerId'], 'missing'],
    ]);
    expect(issuesOf(['keyResults', 1, 'ownerId'], ['ceo', 'sam'])).toEqual([
      [['keyResults', 1, 'ownerId'], 'invalid_type'],
    ]);
    expect(issuesOf(['keyResults', 1, 'confidence'], 10.5)).toEqual([
      [['keyResults', 1, 'confidence'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 1, 'confidence'], -1)).toEqual([
      [['keyResults', 1, 'confidence'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 1, 'weight'], -1)).toEqual([
      [['keyResults', 1, 'weight'], 'invalid_value'],
    ]);
    expect(issuesOf(['keyResults', 1, 'due'], '2026-04-31')).toEqual([
      [['keyResults', 1, 'due'], 'invalid_date'],
    ]);
  });
});

describe('check-ins, initiatives, dependencies, risks', () => {
  it('validates check-ins', () => {
    expect(issuesOf(['checkIns', 0, 'value'], 'lots')).toEqual([
      [['checkIns', 0, 'value'], 'invalid_type'],
    ]);
    expect(issuesOf(['checkIns', 0, 'value'], Number.NEGATIVE_INFINITY)).toEqual([
      [['checkIns', 0, 'value'], 'invalid_value'],
    ]);
    expect(issuesOf(['checkIns', 0, 'value'], REMOVE)).toEqual([
      [['checkIns', 0, 'value'], 'missing'],
    ]);
    expect(issuesOf(['checkIns', 5, 'value'], ['card', 3])).toEqual([
      [['checkIns', 5, 'value', 1], 'invalid_type'],
    ]);
    expect(issuesOf(['checkIns', 0, 'at'], '2026-1-8')).toEqual([
      [['checkIns', 0, 'at'], 'invalid_date'],
    ]);
    expect(issuesOf(['checkIns', 0, 'confidence'], 11)).toEqual([
      [['checkIns', 0, 'confidence'], 'invalid_value'],
    ]);
    expect(issuesOf(['checkIns', 1, 'moved'], false)).toEqual([
      [['checkIns', 1, 'moved'], 'invalid_type'],
    ]);
  });

  it('validates initiatives', () => {
    expect(issuesOf(['initiatives', 0, 'state'], 'blocked')).toEqual([
      [['initiatives', 0, 'state'], 'invalid_value'],
    ]);
    expect(issuesOf(['initiatives', 1, 'title'], REMOVE)).toEqual([
      [['initiatives', 1, 'title'], 'missing'],
    ]);
    expect(issuesOf(['initiatives', 0, 'due'], 'soon')).toEqual([
      [['initiatives', 0, 'due'], 'invalid_date'],
    ]);
  });

  it('validates dependencies', () => {
    expect(issuesOf(['dependencies', 0, 'on'], REMOVE)).toEqual([
      [['dependencies', 0, 'on'], 'missing'],
    ]);
    expect(issuesOf(['dependencies', 0, 'state'], 'maybe')).toEqual([
      [['dependencies', 0, 'state'], 'invalid_value'],
    ]);
    expect(issuesOf(['dependencies', 0, 'from'], { objectiveId: 'o-sales', note: 'x' })).toEqual([
      [['dependencies', 0, 'from', 'note'], 'unknown_key'],
    ]);
    expect(issuesOf(['dependencies', 0, 'decidedAt'], '2025-02-29')).toEqual([
      [['dependencies', 0, 'decidedAt'], 'invalid_date'],
    ]);
  });

  it('requires a risk to target exactly one of a key result or an objective', () => {
    expect(issuesOf(['risks', 0, 'objectiveId'], 'o-eng')).toEqual([
      [['risks', 0, 'objectiveId'], 'invalid_value'],
    ]);
    expect(issuesOf(['risks', 1, 'objectiveId'], REMOVE)).toEqual([[['risks', 1], 'missing']]);
    expect(issuesOf(['risks', 0, 'likelihood'], 'certain')).toEqual([
      [['risks', 0, 'likelihood'], 'invalid_value'],
    ]);
    expect(issuesOf(['risks', 0, 'impact'], REMOVE)).toEqual([[['risks', 0, 'impact'], 'missing']]);
  });
});

describe('unknown and unsafe keys', () => {
  it('reports each unknown key with the key in the path', () => {
    const input = withChange(['keyResults', 3, 'colour'], 'red') as {
      keyResults: Record<string, unknown>[];
    };
    input.keyResults[3]!['size'] = 'L';
    const result = parseOkrSet(input);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: ['keyResults', 3, 'colour'], code: 'unknown_key' },
        { path: ['keyResults', 3, 'size'], code: 'unknown_key' },
      ],
    });
  });

  it('keeps unknown keys verbatim when asked', () => {
    const input = withChange(['units', 1, 'colour'], { hex: '#f00' });
    (input as Record<string, unknown>)['meta'] = { source: 'crm', tags: ['a'] };
    const result = parseOkrSet(input, { unknownKeys: 'keep' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.units[1]).toEqual({
      id: 'sales',
      name: 'Sales',
      parentId: 'acme',
      colour: { hex: '#f00' },
    });
    expect((result.value as unknown as Record<string, unknown>)['meta']).toEqual({
      source: 'crm',
      tags: ['a'],
    });
  });

  it('reports prototype-polluting keys in both modes and never keeps them', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{"units":[{"id":"u","name":"U","${key}":{"polluted":true}}]}`);
      for (const unknownKeys of ['reject', 'keep'] as const) {
        const result = parseOkrSet(input, { unknownKeys });
        expect(result).toMatchObject({
          ok: false,
          issues: [{ path: ['units', 0, key], code: 'unsafe_key' }],
        });
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a reference with both ids out, also when keeping unknown keys', () => {
    const input = withChange(['dependencies', 0, 'from'], {
      objectiveId: 'o-sales',
      keyResultId: 'kr-range',
    });
    expect(parseOkrSet(input, { unknownKeys: 'keep' })).toMatchObject({
      ok: false,
      issues: [{ path: ['dependencies', 0, 'from', 'keyResultId'], code: 'invalid_value' }],
    });
  });
});

describe('a missing measure says how to write one', () => {
  it('names an example and the kinds (a person writing YAML cannot guess the shape from "an object")', () => {
    const result = parseOkrSet(withChange(['keyResults', 0, 'measure'], REMOVE));
    if (result.ok) throw new Error('expected issues');
    const issue = result.issues.find((i) => i.code === 'missing')!;
    expect(issue.path).toEqual(['keyResults', 0, 'measure']);
    expect(issue.message).toMatch(/^is required \(an object\): /);
    expect(issue.message).toContain('{ kind: "metric", start: 0, target: 100 }');
    expect(issue.message).toContain('metric, threshold, range, milestone, checklist, derived');
    // Other required objects keep the short message.
    const cycle = parseOkrSet(withChange(['cycles', 0, 'start'], REMOVE));
    if (cycle.ok) throw new Error('expected issues');
    expect(cycle.issues[0]!.message).not.toContain('e.g.');
  });
});
