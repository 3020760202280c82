import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuthoringSet, normalizeOkrSet, type OkrSet, parseOkrSet } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

function base(): Pick<OkrSet, 'version' | 'strategy' | 'units' | 'people' | 'cycles'> {
  return {
    version: 1,
    strategy: { pillars: [{ id: 'growth', title: 'Growth' }] },
    units: [
      { id: 'acme', name: 'Acme' },
      { id: 'sales', name: 'Sales', parentId: 'acme' },
    ],
    people: [
      { id: 'ana', name: 'Ana', unitId: 'acme' },
      { id: 'bo', name: 'Bo', unitId: 'sales' },
    ],
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  };
}

function authoring(): AuthoringSet {
  return {
    ...base(),
    objectives: [
      {
        title: 'Grow revenue!',
        unitId: 'acme',
        cycleId: 'q1',
        links: [{ kind: 'pillar', pillarId: 'growth' }],
        keyResults: [
          {
            title: 'MRR 100k → 150k',
            ownerId: 'ana',
            measure: { kind: 'metric', start: 100, target: 150 },
            checkIns: [
              { at: '2026-01-07', value: 104, confidence: 7 },
              { at: '2026-01-14', value: 110 },
            ],
            initiatives: [
              { title: 'Pricing page' },
              { title: 'Referral programme', state: 'doing' },
            ],
          },
          {
            title: 'Launch v2',
            ownerId: 'ana',
            measure: { kind: 'milestone' },
          },
        ],
      },
      {
        title: 'Win the mid-market',
        unitId: 'sales',
        cycleId: 'q1',
        parent: { keyResultId: 'q1.acme.grow-revenue.kr1' },
        state: 'draft',
        keyResults: [
          {
            title: 'Ten new logos',
            ownerId: 'bo',
            measure: { kind: 'metric', start: 0, target: 10 },
            checkIns: [{ at: '2026-01-14', value: 2 }],
          },
        ],
      },
    ],
  };
}

/** The flat set the authoring document above stands for. */
const expected: OkrSet = {
  ...base(),
  version: 1,
  objectives: [
    {
      id: 'q1.acme.grow-revenue',
      title: 'Grow revenue!',
      unitId: 'acme',
      cycleId: 'q1',
      links: [{ kind: 'pillar', pillarId: 'growth' }],
      commitment: 'aspirational',
      state: 'draft',
    },
    {
      id: 'q1.sales.win-the-mid-market',
      title: 'Win the mid-market',
      unitId: 'sales',
      cycleId: 'q1',
      parent: { keyResultId: 'q1.acme.grow-revenue.kr1' },
      links: [],
      commitment: 'aspirational',
      state: 'draft',
    },
  ],
  keyResults: [
    {
      id: 'q1.acme.grow-revenue.kr1',
      objectiveId: 'q1.acme.grow-revenue',
      title: 'MRR 100k → 150k',
      ownerId: 'ana',
      measure: { kind: 'metric', start: 100, target: 150 },
    },
    {
      id: 'q1.acme.grow-revenue.kr2',
      objectiveId: 'q1.acme.grow-revenue',
      title: 'Launch v2',
      ownerId: 'ana',
      measure: { kind: 'milestone' },
    },
    {
      id: 'q1.sales.win-the-mid-market.kr1',
      objectiveId: 'q1.sales.win-the-mid-market',
      title: 'Ten new logos',
      ownerId: 'bo',
      measure: { kind: 'metric', start: 0, target: 10 },
    },
  ],
  checkIns: [
    {
      id: 'q1.acme.grow-revenue.kr1@2026-01-07',
      keyResultId: 'q1.acme.grow-revenue.kr1',
      at: '2026-01-07',
      value: 104,
      confidence: 7,
    },
    {
      id: 'q1.acme.grow-revenue.kr1@2026-01-14',
      keyResultId: 'q1.acme.grow-revenue.kr1',
      at: '2026-01-14',
      value: 110,
    },
    {
      id: 'q1.sales.win-the-mid-market.kr1@2026-01-14',
      keyResultId: 'q1.sales.win-the-mid-market.kr1',
      at: '2026-01-14',
      value: 2,
    },
  ],
  initiatives: [
    {
      id: 'q1.acme.grow-revenue.kr1.i1',
      keyResultId: 'q1.acme.grow-revenue.kr1',
      title: 'Pricing page',
      state: 'todo',
    },
    {
      id: 'q1.acme.grow-revenue.kr1.i2',
      keyResultId: 'q1.acme.grow-revenue.kr1',
      title: 'Referral programme',
      state: 'doing',
    },
  ],
  dependencies: [],
  risks: [],
};

function ok(result: ReturnType<typeof normalizeOkrSet>): OkrSet {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

/** Nests a flat set: key results under objectives, check-ins and initiatives under key results. */
function nest(set: OkrSet, keepIds: boolean): AuthoringSet {
  const checkIns = new Map<string, Record<string, unknown>[]>();
  for (const { keyResultId, id, ...rest } of set.checkIns) {
    const list = checkIns.get(keyResultId) ?? [];
    list.push(keepIds ? { id, ...rest } : rest);
    checkIns.set(keyResultId, list);
  }
  const initiatives = new Map<string, Record<string, unknown>[]>();
  for (const { keyResultId, id, ...rest } of set.initiatives) {
    const list = initiatives.get(keyResultId) ?? [];
    list.push(keepIds ? { id, ...rest } : rest);
    initiatives.set(keyResultId, list);
  }
  const keyResults = new Map<string, Record<string, unknown>[]>();
  for (const { objectiveId, id, ...rest } of set.keyResults) {
    const list = keyResults.get(objectiveId) ?? [];
    const kr: Record<string, unknown> = keepIds ? { id, ...rest } : { ...rest };
    const c = checkIns.get(id);
    if (c) kr.checkIns = c;
    const i = initiatives.get(id);
    if (i) kr.initiatives = i;
    list.push(kr);
    keyResults.set(objectiveId, list);
  }
  const { keyResults: _k, checkIns: _c, initiatives: _i, ...rest } = set;
  return {
    ...rest,
    objectives: set.objectives.map((o) => ({ ...o, keyResults: keyResults.get(o.id) ?? [] })),
  } as AuthoringSet;
}

describe('normalizeOkrSet: derived ids', () => {
  it('flattens the nested format and derives ids from cycle, unit, title slug and positions', () => {
    expect(ok(normalizeOkrSet(authoring()))).toEqual(expected);
  });

  it('gives the same set whether ids are derived or given explicitly', () => {
    const explicit = nest(expected, true);
    expect(ok(normalizeOkrSet(explicit))).toEqual(expected);
    expect(ok(normalizeOkrSet(explicit))).toEqual(ok(normalizeOkrSet(authoring())));
  });

  it('round-trips a generated enterprise through the nested format, with and without ids', () => {
    const set = generateEnterprise({ seed: 5, units: 6, cycles: 1, checkInsPerKeyResult: 2 });
    expect(ok(normalizeOkrSet(nest(set, true)))).toEqual(set);
    // Without ids (and without the references that name them): derived ids in place of o*/k*/c*/i*.
    const unlinked: OkrSet = {
      ...set,
      dependencies: [],
      risks: [],
      objectives: set.objectives.map(({ parent: _parent, ...o }) => ({
        ...o,
        links: o.links.filter((l) => l.kind !== 'supports'),
      })),
    };
    const derived = ok(normalizeOkrSet(nest(unlinked, false)));
    expect(derived.keyResults).toHaveLength(set.keyResults.length);
    expect(derived.checkIns).toHaveLength(set.checkIns.length);
    expect(derived.keyResults[0]?.id).toBe(`${derived.objectives[0]?.id}.kr1`);
  });

  it('slugs titles: diacritics dropped, lower case, one dash per run of other characters, 60 characters at most', () => {
    const doc = authoring();
    const objective = doc.objectives?.[0];
    if (objective === undefined) throw new Error('fixture');
    objective.title = '  Café — Déjà Vu: 100% more ÜBER-growth!!  ';
    const set = ok(normalizeOkrSet({ ...doc, objectives: [{ ...objective, keyResults: [] }] }));
    expect(set.objectives[0]?.id).toBe('q1.acme.cafe-deja-vu-100-more-uber-growth');
    objective.title = `${'a'.repeat(59)} b c`;
    const long = ok(normalizeOkrSet({ ...doc, objectives: [{ ...objective, keyResults: [] }] }));
    expect(long.objectives[0]?.id).toBe(`q1.acme.${'a'.repeat(59)}`);
    objective.title = '¡¿!?';
    const empty = ok(normalizeOkrSet({ ...doc, objectives: [{ ...objective, keyResults: [] }] }));
    expect(empty.objectives[0]?.id).toBe('q1.acme.objective');
  });

  it('suffixes colliding ids -2, -3 in document order, avoiding explicit ids anywhere', () => {
    const doc: AuthoringSet = base();
    const o = {
      title: 'Same',
      unitId: 'acme',
      cycleId: 'q1',
      links: [{ kind: 'pillar' as const, pillarId: 'growth' }],
    };
    doc.objectives = [
      { ...o },
      { ...o },
      { ...o, id: 'q1.acme.same-3' },
      { ...o },
      { ...o, id: 'q1.acme.same' },
    ];
    const set = ok(normalizeOkrSet(doc));
    expect(set.objectives.map((x) => x.id)).toEqual([
      'q1.acme.same-2',
      'q1.acme.same-4',
      'q1.acme.same-3',
      'q1.acme.same-5',
      'q1.acme.same',
    ]);
  });

  it('numbers key results by position, nested first, then top-level ones naming the objective', () => {
    const doc = authoring();
    doc.keyResults = [
      {
        objectiveId: 'q1.acme.grow-revenue',
        title: 'Flat one',
        ownerId: 'ana',
        measure: { kind: 'milestone' },
      },
      {
        id: 'kr-x',
        objectiveId: 'q1.sales.win-the-mid-market',
        title: 'Explicit',
        ownerId: 'bo',
        measure: { kind: 'milestone' },
      },
      {
        objectiveId: 'q1.sales.win-the-mid-market',
        title: 'Flat two',
        ownerId: 'bo',
        measure: { kind: 'milestone' },
      },
    ];
    doc.checkIns = [{ keyResultId: 'kr-x', at: '2026-01-14', value: true }];
    const set = ok(normalizeOkrSet(doc));
    expect(set.keyResults.map((kr) => kr.id)).toEqual([
      'q1.acme.grow-revenue.kr1',
      'q1.acme.grow-revenue.kr2',
      'q1.sales.win-the-mid-market.kr1',
      'q1.acme.grow-revenue.kr3',
      'kr-x',
      'q1.sales.win-the-mid-market.kr3',
    ]);
    expect(set.checkIns.map((c) => c.id)).toEqual([
      'q1.acme.grow-revenue.kr1@2026-01-07',
      'q1.acme.grow-revenue.kr1@2026-01-14',
      'q1.sales.win-the-mid-market.kr1@2026-01-14',
      'kr-x@2026-01-14',
    ]);
  });

  it('suffixes two check-ins of one key result on the same day', () => {
    const doc = authoring();
    const kr = doc.objectives?.[0]?.keyResults?.[0];
    if (kr === undefined) throw new Error('fixture');
    kr.checkIns = [
      { at: '2026-01-07', value: 101 },
      { at: '2026-01-07', value: 102 },
    ];
    const set = ok(normalizeOkrSet(doc));
    expect(set.checkIns.slice(0, 2).map((c) => c.id)).toEqual([
      'q1.acme.grow-revenue.kr1@2026-01-07',
      'q1.acme.grow-revenue.kr1@2026-01-07-2',
    ]);
  });

  it('accepts a nested item that repeats its parent id, and passes options on (unknownKeys: keep)', () => {
    const doc = authoring() as unknown as { objectives: Record<string, unknown>[] };
    const krs = (doc.objectives[0]?.keyResults ?? []) as Record<string, unknown>[];
    const kr = krs[0] ?? {};
    kr.objectiveId = 'q1.acme.grow-revenue';
    kr.color = 'teal';
    expect(normalizeOkrSet(doc).ok).toBe(false);
    const kept = ok(normalizeOkrSet(doc, { unknownKeys: 'keep' }));
    expect((kept.keyResults[0] as unknown as Record<string, unknown>).color).toBe('teal');
  });
});

describe('normalizeOkrSet: issues point into the authoring document', () => {
  it('maps a schema issue of a nested key result to its nested path', () => {
    const doc = authoring() as unknown as {
      objectives: { keyResults: Record<string, unknown>[] }[];
    };
    const kr = doc.objectives[1]?.keyResults[0];
    if (kr === undefined) throw new Error('fixture');
    kr.measure = { kind: 'metric', start: 0 };
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual([
        ['objectives', 1, 'keyResults', 0, 'measure', 'target'],
      ]);
    }
  });

  it('maps integrity issues (dangling owner, unknown key, bad check-in value) to nested paths', () => {
    const doc = authoring() as unknown as {
      objectives: { keyResults: Record<string, unknown>[] }[];
    };
    const first = doc.objectives[0]?.keyResults[0] as Record<string, unknown>;
    (first.checkIns as Record<string, unknown>[])[1] = {
      at: '2026-01-14',
      value: 'lots',
      mood: 'good',
    };
    const second = doc.objectives[0]?.keyResults[1] as Record<string, unknown>;
    second.ownerId = 'nobody';
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`).sort();
      expect(paths).toContain('unknown_key ["objectives",0,"keyResults",0,"checkIns",1,"mood"]');
      expect(
        paths.some((p) => p.includes('["objectives",0,"keyResults",0,"checkIns",1,"value"]')),
      ).toBe(true);
    }
    (first.checkIns as Record<string, unknown>[])[1] = { at: '2026-01-14', value: 110 };
    const dangling = normalizeOkrSet(doc);
    expect(dangling.ok ? [] : dangling.issues.map((i) => [i.code, i.path])).toEqual([
      ['dangling_reference', ['objectives', 0, 'keyResults', 1, 'ownerId']],
    ]);
  });

  it('maps a duplicate explicit id to the authoring path of the later objective', () => {
    const doc = authoring() as unknown as { objectives: Record<string, unknown>[] };
    doc.objectives.push(
      { id: 'dup', title: 'A', unitId: 'acme', cycleId: 'q1' },
      { id: 'dup', title: 'B', unitId: 'acme', cycleId: 'q1' },
    );
    const result = normalizeOkrSet(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['objectives', 3, 'id']],
    ]);
  });

  it('reports a top-level key result with a dangling objective at its own path', () => {
    const doc = authoring();
    doc.keyResults = [
      { objectiveId: 'nope', title: 'Orphan', ownerId: 'ana', measure: { kind: 'milestone' } },
    ];
    const result = normalizeOkrSet(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['dangling_reference', ['keyResults', 0, 'objectiveId']],
    ]);
  });

  it('reports a nesting that is not an array, a nested item that is not an object, and a conflicting parent id', () => {
    const doc = authoring() as unknown as { objectives: Record<string, unknown>[] };
    const o0 = doc.objectives[0] as Record<string, unknown>;
    const krs = o0.keyResults as Record<string, unknown>[];
    (krs[0] as Record<string, unknown>).checkIns = { at: '2026-01-07' };
    (krs as unknown[]).push(42);
    (krs[1] as Record<string, unknown>).objectiveId = 'elsewhere';
    (doc.objectives[1] as Record<string, unknown>).keyResults = 'none';
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.slice(0, 4).map((i) => [i.code, i.path])).toEqual([
        ['invalid_value', ['objectives', 0, 'keyResults', 1, 'objectiveId']],
        ['invalid_type', ['objectives', 0, 'keyResults', 2]],
        ['invalid_type', ['objectives', 1, 'keyResults']],
        ['invalid_type', ['objectives', 0, 'keyResults', 0, 'checkIns']],
      ]);
    }
  });

  it('reports a missing title at the objective whose id it cannot derive', () => {
    const doc = authoring() as unknown as { objectives: Record<string, unknown>[] };
    delete (doc.objectives[0] as Record<string, unknown>).title;
    const result = normalizeOkrSet(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing', ['objectives', 0, 'title']],
    ]);
  });

  it('hands anything that is not an object to parseOkrSet unchanged', () => {
    for (const input of [null, 42, 'x', [], undefined]) {
      expect(normalizeOkrSet(input)).toEqual(parseOkrSet(input));
    }
    const wrong = normalizeOkrSet({ ...base(), objectives: 'many' });
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.path)).toEqual([['objectives']]);
  });

  it('keeps __proto__ keys as data and reports them, without polluting prototypes', () => {
    const doc = JSON.parse(
      '{"version":1,"units":[{"id":"acme","name":"Acme"}],"people":[{"id":"ana","name":"Ana"}],"cycles":[{"id":"q1","name":"Q1","start":"2026-01-01","end":"2026-03-31"}],"objectives":[{"title":"T","unitId":"acme","cycleId":"q1","keyResults":[{"title":"K","ownerId":"ana","measure":{"kind":"milestone"},"__proto__":{"polluted":true}}]}]}',
    );
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ['unsafe_key', ['objectives', 0, 'keyResults', 0, '__proto__']],
      ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws: cyclic input, throwing getters, arbitrary JSON and mutated documents', () => {
    const cyclic = authoring() as unknown as Record<string, unknown>;
    const objective = (cyclic.objectives as Record<string, unknown>[])[0] ?? {};
    const kr = (objective.keyResults as Record<string, unknown>[])[0] ?? {};
    kr.self = kr;
    expect(normalizeOkrSet(cyclic).ok).toBe(false);
    const trap = {
      objectives: [
        {
          get title(): string {
            throw new Error('boom');
          },
        },
      ],
    };
    expect(normalizeOkrSet(trap).ok).toBe(false);
    const throwingKeys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const r = normalizeOkrSet(throwingKeys);
    expect(r.ok).toBe(false);

    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = normalizeOkrSet(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const keys = [
      'objectives',
      'keyResults',
      'checkIns',
      'initiatives',
      'id',
      'title',
      'at',
      'objectiveId',
      'keyResultId',
      'measure',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...keys), fc.jsonValue()),
          { maxLength: 4 },
        ),
        (edits) => {
          const doc = authoring() as unknown as Record<string, unknown>;
          for (const [depth, key, value] of edits) {
            let target: Record<string, unknown> = doc;
            const o = (doc.objectives as Record<string, unknown>[] | null | undefined)?.[0];
            const k = ((o?.keyResults as Record<string, unknown>[] | undefined) ?? [])[0];
            const c = ((k?.checkIns as Record<string, unknown>[] | undefined) ?? [])[0];
            const chain = [doc, o, k, c];
            const picked = chain[depth];
            if (picked !== null && typeof picked === 'object') target = picked;
            target[key] = value;
          }
          const result = normalizeOkrSet(doc);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok)
            for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
