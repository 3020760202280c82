import { describe, expect, it } from 'vitest';
import { isSokrError, rollup, zonesScale } from '../../src/index.js';
import { AS_OF, checkIn, keyResult, objective, okrSet, weighted } from './_fixtures.js';

const score = (set: Parameters<typeof rollup>[0], id = 'o', options = {}) =>
  rollup(set, { asOf: AS_OF, ...options }).objectives[id]?.score;

describe('objective score: weighted mean of key result scores', () => {
  it('averages 0.5, 1 and 0 to 0.5 with default weights', () => {
    expect(score(weighted([0.5, 1, 0]))).toBeCloseTo(0.5, 12);
  });

  it('weights 1 and 2 on 0.5 and 1.0 give 0.8333…', () => {
    expect(score(weighted([0.5, 1], [1, 2]))).toBeCloseTo(2.5 / 3, 12);
  });

  it('weights 1/2/4 on 0.5/1.0/0 give 0.357', () => {
    expect(score(weighted([0.5, 1, 0], [1, 2, 4]))).toBeCloseTo(2.5 / 7, 12);
    expect(score(weighted([0.5, 1, 0], [1, 2, 4]))!.toFixed(3)).toBe('0.357');
  });

  it('weights are proportional: 100k/20k/1k contribute 82.6/16.5/0.8 %', () => {
    const w = [100_000, 20_000, 1_000];
    expect(score(weighted([1, 0, 0], w))! * 100).toBeCloseTo(82.64, 2);
    expect(score(weighted([0, 1, 0], w))! * 100).toBeCloseTo(16.53, 2);
    expect(score(weighted([0, 0, 1], w))! * 100).toBeCloseTo(0.83, 2);
  });

  it('an objective whose weights are all 0 gets no score and an explanation, never NaN', () => {
    const card = rollup(weighted([0.5, 1], [0, 0]), { asOf: AS_OF }).objectives['o']!;
    expect(card.score).toBeNull();
    expect(card.bandId).toBeNull();
    expect(card.explanation).toMatch(/weight 0/);
    expect(JSON.stringify(card)).not.toContain('NaN');
  });

  it('an objective without key results gets no score and says why', () => {
    const card = rollup(okrSet({ objectives: [objective('o')] }), { asOf: AS_OF }).objectives['o']!;
    expect(card.score).toBeNull();
    expect(card.explanation).toMatch(/no key results/);
    expect(card.status).toBe('pending');
  });

  it('a zero-weight key result still counts in the status counts', () => {
    const card = rollup(weighted([0.5, 1], [1, 0]), { asOf: AS_OF }).objectives['o']!;
    expect(card.score).toBeCloseTo(0.5, 12);
    expect(card.keyResultCount).toBe(2);
    expect(card.counts.achieved).toBe(1);
  });
});

describe('child objectives (includeChildren)', () => {
  // Parent: KRs 0.3/0.3/0.4 weighted 0.4/0.2/0.4; children score 0.5 and 0.75, weight 1 each.
  const set = () => {
    const base = weighted([0.3, 0.3, 0.4], [0.4, 0.2, 0.4]);
    base.objectives.push(objective('c1', { parent: { objectiveId: 'o' } }));
    base.objectives.push(objective('c2', { parent: { objectiveId: 'o' } }));
    base.keyResults.push(keyResult('kc1', 'c1'), keyResult('kc2', 'c2'));
    base.checkIns.push(checkIn('x1', 'kc1', 50), checkIn('x2', 'kc2', 75));
    return base;
  };

  it('weights 0.4/0.2/0.4 on 0.3/0.3/0.4 with children 0.5 and 0.75 give 0.53', () => {
    expect(score(set(), 'o', { includeChildren: true })).toBeCloseTo(0.53, 12);
  });

  it('ignores children without includeChildren', () => {
    expect(score(set())).toBeCloseTo(0.34, 12);
  });

  it('states the options used in the scorecard', () => {
    const card = rollup(set(), { asOf: AS_OF, includeChildren: true, scale: zonesScale });
    expect(card.options).toMatchObject({
      asOf: AS_OF,
      includeChildren: true,
      pending: 'zero',
      clamp: true,
      scaleId: 'zones',
    });
    expect(card.options.statusPolicy.cadenceDays).toBe(7);
  });
});

describe('derived key results (cascade)', () => {
  const set = () =>
    okrSet({
      objectives: [
        objective('top'),
        objective('a', { parent: { keyResultId: 'kd' }, weight: 1 }),
        objective('b', { parent: { keyResultId: 'kd' }, weight: 3 }),
      ],
      keyResults: [
        keyResult('kd', 'top', { measure: { kind: 'derived' } }),
        keyResult('k1', 'top'),
        keyResult('ka', 'a'),
        keyResult('kb', 'b'),
      ],
      checkIns: [checkIn('c1', 'k1', 100), checkIn('ca', 'ka', 20), checkIn('cb', 'kb', 60)],
    });

  it('takes the weighted score of the objectives aligned to it', () => {
    const card = rollup(set(), { asOf: AS_OF });
    expect(card.keyResults['kd']!.score).toBeCloseTo((0.2 + 3 * 0.6) / 4, 12);
    expect(card.keyResults['kd']!.value).toBeNull();
    expect(card.objectives['top']!.score).toBeCloseTo((0.5 + 1) / 2, 12);
  });

  it('is pending while no child objective has a scored key result', () => {
    const s = set();
    s.checkIns = [checkIn('c1', 'k1', 100)];
    const card = rollup(s, { asOf: AS_OF });
    expect(card.keyResults['kd']!.status).toBe('pending');
    expect(card.keyResults['kd']!.score).toBe(0);
    expect(rollup(s, { asOf: AS_OF, pending: 'exclude' }).objectives['top']!.score).toBe(1);
  });

  it('is pending when it has no child objective at all', () => {
    const s = okrSet({
      objectives: [objective('top')],
      keyResults: [keyResult('kd', 'top', { measure: { kind: 'derived' } })],
    });
    expect(rollup(s, { asOf: AS_OF }).keyResults['kd']!.status).toBe('pending');
  });
});

describe('missing data: pending key results', () => {
  const set = () => {
    const s = weighted([1]);
    s.keyResults.push(keyResult('k9', 'o'));
    return s;
  };

  it('counts pending key results as 0 by default', () => {
    const card = rollup(set(), { asOf: AS_OF });
    expect(card.objectives['o']!.score).toBe(0.5);
    expect(card.keyResults['k9']!).toMatchObject({
      status: 'pending',
      score: 0,
      value: null,
      lastCheckInAt: null,
    });
    expect(card.options.pending).toBe('zero');
  });

  it("leaves them out with pending: 'exclude'", () => {
    const card = rollup(set(), { asOf: AS_OF, pending: 'exclude' });
    expect(card.objectives['o']!.score).toBe(1);
    expect(card.objectives['o']!.counts.pending).toBe(1);
    expect(card.options.pending).toBe('exclude');
  });

  it('explains an objective whose key results are all pending and excluded', () => {
    const s = okrSet({ objectives: [objective('o')], keyResults: [keyResult('k', 'o')] });
    const card = rollup(s, { asOf: AS_OF, pending: 'exclude' }).objectives['o']!;
    expect(card.score).toBeNull();
    expect(card.explanation).toMatch(/pending/);
  });
});

describe('key result cards', () => {
  it('uses the latest check-in at or before asOf, later in the array on ties', () => {
    const s = weighted([0.1]);
    s.checkIns.push(
      checkIn('late', 'k0', 90, '2026-03-01'),
      checkIn('same1', 'k0', 30, '2026-02-14'),
      checkIn('same2', 'k0', 40, '2026-02-14'),
    );
    const kr = rollup(s, { asOf: AS_OF }).keyResults['k0']!;
    expect(kr.value).toBe(40);
    expect(kr.score).toBe(0.4);
    expect(kr.lastCheckInAt).toBe('2026-02-14');
  });

  it('shows over-achievement with clamp: false and clamps by default', () => {
    const s = weighted([1.5]);
    expect(rollup(s, { asOf: AS_OF }).keyResults['k0']!.score).toBe(1);
    const unclamped = rollup(s, { asOf: AS_OF, clamp: false });
    expect(unclamped.keyResults['k0']!.score).toBe(1.5);
    expect(unclamped.objectives['o']!.score).toBe(1.5);
  });

  it('reports expected progress, status, staleness and band', () => {
    const s = weighted([0.05]);
    s.checkIns[0]!.at = '2026-02-01';
    const kr = rollup(s, { asOf: AS_OF }).keyResults['k0']!;
    expect(kr.expected).toBeCloseTo(45 / 90, 12);
    expect(kr.status).toBe('off-track');
    expect(kr.stale).toBe(true);
    expect(kr.bandId).toBe('red');
  });
});

describe('aggregates', () => {
  const set = () =>
    okrSet({
      strategy: {
        pillars: [
          { id: 'p1', title: 'Growth' },
          { id: 'p2', title: 'Quality' },
        ],
      },
      units: [
        { id: 'co', name: 'Company' },
        { id: 'sales', name: 'Sales', parentId: 'co' },
        { id: 'team', name: 'Team', parentId: 'sales' },
      ],
      people: [
        { id: 'ann', name: 'Ann' },
        { id: 'bob', name: 'Bob' },
      ],
      objectives: [
        objective('oc', { unitId: 'co', links: [{ kind: 'pillar', pillarId: 'p1' }] }),
        objective('os', {
          unitId: 'sales',
          weight: 2,
          parent: { objectiveId: 'oc' },
          links: [{ kind: 'pillar', pillarId: 'p1' }],
        }),
        objective('ot', { unitId: 'team', parent: { keyResultId: 'ks' } }),
      ],
      keyResults: [
        keyResult('kc', 'oc'),
        keyResult('ks', 'os', { ownerId: 'bob' }),
        keyResult('kt', 'ot', { ownerId: 'bob', weight: 3 }),
      ],
      checkIns: [checkIn('1', 'kc', 100), checkIn('2', 'ks', 40), checkIn('3', 'kt', 80)],
    });

  it("keeps a unit's own objectives apart from its subtree, counting each objective once", () => {
    const { units, company } = rollup(set(), { asOf: AS_OF });
    expect(units['co']!.own.score).toBe(1);
    expect(units['co']!.own.objectiveCount).toBe(1);
    expect(units['sales']!.own.score).toBe(0.4);
    expect(units['sales']!.subtree.score).toBeCloseTo((2 * 0.4 + 0.8) / 3, 12);
    expect(units['sales']!.subtree.objectiveCount).toBe(2);
    expect(units['co']!.subtree.score).toBeCloseTo((1 + 2 * 0.4 + 0.8) / 4, 12);
    expect(units['co']!.subtree.objectiveCount).toBe(3);
    expect(units['co']!.subtree.keyResultCount).toBe(3);
    expect(company.score).toBe(units['co']!.subtree.score);
    expect(company.objectiveCount).toBe(3);
  });

  it('counts an objective once in a pillar even when it reaches the pillar twice', () => {
    const { pillars } = rollup(set(), { asOf: AS_OF });
    // oc links p1; os links p1 and reaches it again through oc; ot reaches it through ks → os → oc.
    expect(pillars['p1']!.objectiveCount).toBe(3);
    expect(pillars['p1']!.keyResultCount).toBe(3);
    expect(pillars['p1']!.score).toBeCloseTo((1 + 2 * 0.4 + 0.8) / 4, 12);
    expect(pillars['p2']).toMatchObject({ score: null, objectiveCount: 0, keyResultCount: 0 });
  });

  it('rolls up owners by their key results (key result weights) and cycles by objective', () => {
    const { owners, cycles } = rollup(set(), { asOf: AS_OF });
    expect(owners['ann']).toMatchObject({ score: 1, keyResultCount: 1, objectiveCount: 1 });
    expect(owners['bob']!.score).toBeCloseTo((0.4 + 3 * 0.8) / 4, 12);
    expect(owners['bob']!.objectiveCount).toBe(2);
    expect(cycles['q1']!.objectiveCount).toBe(3);
    expect(cycles['q1']!.score).toBeCloseTo((1 + 2 * 0.4 + 0.8) / 4, 12);
  });

  it('counts key results by status in every aggregate', () => {
    const { company } = rollup(set(), { asOf: AS_OF });
    const total = Object.values(company.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(3);
    expect(company.counts.achieved).toBe(1);
  });

  it('serializes as plain JSON', () => {
    const card = rollup(set(), { asOf: AS_OF });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('cascade loops', () => {
  it('reports a derived-KR loop, breaks it and still scores', () => {
    const s = okrSet({
      objectives: [
        objective('a', { parent: { keyResultId: 'kb' } }),
        objective('b', { parent: { keyResultId: 'ka' } }),
      ],
      keyResults: [
        keyResult('ka', 'a', { measure: { kind: 'derived' } }),
        keyResult('ka2', 'a'),
        keyResult('kb', 'b', { measure: { kind: 'derived' } }),
      ],
      checkIns: [checkIn('1', 'ka2', 60)],
    });
    const card = rollup(s, { asOf: AS_OF });
    expect(card.loops).toEqual([{ ids: ['a', 'kb', 'b', 'ka'], brokenAt: 'a' }]);
    // a's edge to kb is ignored: kb has no child left; b's edge to ka counts.
    expect(card.keyResults['kb']!.status).toBe('pending');
    expect(card.objectives['a']!.score).toBeCloseTo(0.3, 12);
    expect(card.keyResults['ka']!.score).toBe(0);
  });

  it('reports a loop through plain parents without breaking scores when children are not included', () => {
    const s = okrSet({
      objectives: [
        objective('a', { parent: { objectiveId: 'b' } }),
        objective('b', { parent: { objectiveId: 'a' } }),
      ],
    });
    expect(rollup(s, { asOf: AS_OF }).loops).toEqual([{ ids: ['a', 'b'], brokenAt: null }]);
    expect(rollup(s, { asOf: AS_OF, includeChildren: true }).loops).toEqual([
      { ids: ['a', 'b'], brokenAt: 'a' },
    ]);
  });

  it('handles a loop of 10,000 objectives and a 100,000-deep chain without overflowing the stack', () => {
    const n = 10_000;
    const ring = okrSet({
      objectives: Array.from({ length: n }, (_, i) =>
        objective(`o${i}`, { parent: { objectiveId: `o${(i + 1) % n}` } }),
      ),
      keyResults: [keyResult('k', 'o1')],
      checkIns: [checkIn('c', 'k', 50)],
    });
    const card = rollup(ring, { asOf: AS_OF, includeChildren: true });
    expect(card.loops).toHaveLength(1);
    expect(card.loops[0]!.ids).toHaveLength(n);
    expect(card.loops[0]!.brokenAt).toBe('o0');
    // o0's edge to o1 is ignored: o1 → o2 → … → o(n−1) → o0 carries o1's score all the way.
    expect(card.objectives['o0']!.score).toBe(0.5);

    const depth = 100_000;
    const chain = okrSet({
      objectives: Array.from({ length: depth }, (_, i) =>
        objective(`o${i}`, i === 0 ? {} : { parent: { objectiveId: `o${i - 1}` } }),
      ),
      keyResults: [keyResult('k', `o${depth - 1}`)],
      checkIns: [checkIn('c', 'k', 50)],
    });
    const deep = rollup(chain, { asOf: AS_OF, includeChildren: true });
    expect(deep.objectives['o0']!.score).toBe(0.5);
    expect(deep.loops).toEqual([]);
  });
});

describe('bad input', () => {
  const fails = (fn: () => unknown, code: string, path: (string | number)[]) => {
    try {
      fn();
    } catch (error) {
      expect(isSokrError(error)).toBe(true);
      if (isSokrError(error)) expect(error.issues[0]).toMatchObject({ code, path });
      return;
    }
    throw new Error('expected a SokrError');
  };

  it('requires asOf, and a valid one', () => {
    fails(() => rollup(weighted([1]), {} as never), 'missing', ['asOf']);
    fails(() => rollup(weighted([1]), { asOf: '2026-02-30' }), 'invalid_date', ['asOf']);
  });

  it('rejects an unknown pending policy', () => {
    fails(() => rollup(weighted([1]), { asOf: AS_OF, pending: 'skip' as never }), 'invalid_value', [
      'pending',
    ]);
  });

  it('rejects negative weights with their path', () => {
    fails(() => rollup(weighted([1, 1], [1, -1]), { asOf: AS_OF }), 'invalid_value', [
      'keyResults',
      1,
      'weight',
    ]);
  });

  it('rejects a key result of an unknown objective and a check-in of an unknown key result', () => {
    const s = weighted([1]);
    s.keyResults[0]!.objectiveId = 'nope';
    fails(() => rollup(s, { asOf: AS_OF }), 'dangling_reference', ['keyResults', 0, 'objectiveId']);
    const t = weighted([1]);
    t.checkIns[0]!.keyResultId = 'nope';
    fails(() => rollup(t, { asOf: AS_OF }), 'dangling_reference', ['checkIns', 0, 'keyResultId']);
  });

  it('rejects duplicate ids', () => {
    const s = weighted([1, 1]);
    s.keyResults[1]!.id = 'k0';
    fails(() => rollup(s, { asOf: AS_OF }), 'duplicate_id', ['keyResults', 1, 'id']);
  });

  it('names the check-in whose value does not fit its measure', () => {
    const s = weighted([1]);
    s.checkIns[0]!.value = 'high' as never;
    fails(() => rollup(s, { asOf: AS_OF }), 'value_mismatch', ['checkIns', 0, 'value']);
  });
  it('names the key result whose measure is not one (a set never parsed), not its check-in', () => {
    const at = (measure: unknown) => {
      const s = weighted([1, 1]);
      s.keyResults[1]!.measure = measure as never;
      s.checkIns.push(checkIn('c9', s.keyResults[1]!.id, 50));
      return s;
    };
    fails(() => rollup(at('zz'), { asOf: AS_OF }), 'invalid_type', ['keyResults', 1, 'measure']);
    fails(() => rollup(at({ kind: 'zz' }), { asOf: AS_OF }), 'invalid_value', [
      'keyResults',
      1,
      'measure',
      'kind',
    ]);
    // Checkpoints that are not a list gave a NaN score, reported at ['score'].
    fails(
      () =>
        rollup(at({ kind: 'metric', start: 0, target: 100, checkpoints: 'x' }), { asOf: AS_OF }),
      'invalid_value',
      ['keyResults', 1, 'measure', 'checkpoints'],
    );
  });
});

describe('bad dates', () => {
  it('names the key result whose due date is invalid, and the cycle whose end is', () => {
    const s = weighted([1]);
    s.keyResults[0]!.due = '2026-02-30';
    expect(() => rollup(s, { asOf: AS_OF })).toThrow(/keyResults\[0\]\.due/);
    const t = weighted([1]);
    t.cycles[0] = { ...t.cycles[0]!, end: 'soon' };
    expect(() => rollup(t, { asOf: AS_OF })).toThrow(/cycles\[0\]\.end/);
  });

  it('names the check-in whose date is invalid', () => {
    const s = weighted([1]);
    s.checkIns[0]!.at = 'yesterday';
    expect(() => rollup(s, { asOf: AS_OF })).toThrow(/checkIns\[0\]\.at/);
  });
});

describe("the scorer's issues carry the parser's data", () => {
  const issue = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (isSokrError(error)) return error.issues[0]!;
    }
    throw new Error('expected a SokrError');
  };

  it('a check-in of an unknown key result: id, kind and the nearest id', () => {
    const s = weighted([1]);
    s.checkIns[0]!.keyResultId = 'k9';
    expect(issue(() => rollup(s, { asOf: AS_OF }))).toEqual({
      path: ['checkIns', 0, 'keyResultId'],
      code: 'dangling_reference',
      message: 'no key result has id "k9"; did you mean "k0"?',
      id: 'k9',
      kind: 'keyResult',
      suggestion: 'k0',
    });
  });

  it('an objective of an unknown cycle and a key result of an unknown objective suggest too', () => {
    const s = weighted([1]);
    s.objectives[0]!.cycleId = `${s.cycles[0]!.id}x`;
    expect(issue(() => rollup(s, { asOf: AS_OF }))).toMatchObject({
      code: 'dangling_reference',
      kind: 'cycle',
      suggestion: s.cycles[0]!.id,
    });
  });

  it('a duplicate id says where the first is; a bad weight and date carry what was received', () => {
    const s = weighted([1, 1]);
    s.keyResults[1]!.id = 'k0';
    expect(issue(() => rollup(s, { asOf: AS_OF })).message).toContain('(first at keyResults[0])');
    expect(issue(() => rollup(weighted([1], [-1]), { asOf: AS_OF }))).toMatchObject({
      path: ['keyResults', 0, 'weight'],
      received: -1,
      minimum: 0,
    });
    expect(issue(() => rollup(weighted([1], [2e9]), { asOf: AS_OF }))).toMatchObject({
      code: 'too_big',
      received: 2e9,
      maximum: 1e9,
    });
    const t = weighted([1]);
    t.checkIns[0]!.at = '2026-02-30';
    expect(issue(() => rollup(t, { asOf: AS_OF }))).toMatchObject({ received: '2026-02-30' });
  });
});

describe("the scorer's suggestions share one budget, as checkIntegrity's do", () => {
  it('many dangling check-ins are compared against the key results no more than 250,000 ids in all', () => {
    const keyResults = Array.from({ length: 500 }, (_, i) => ({ ...keyResult(`k${i}`, 'o1') }));
    const s = okrSet({
      objectives: [objective('o1')],
      keyResults,
      checkIns: Array.from({ length: 1000 }, (_, i) => checkIn(`c${i}`, `k${i}x`, 1)),
    });
    try {
      rollup(s, { asOf: AS_OF });
      throw new Error('expected a SokrError');
    } catch (error) {
      if (!isSokrError(error)) throw error;
      const suggested = error.issues.filter((i) => i.suggestion !== undefined);
      expect(error.issues).toHaveLength(1000);
      // 250,000 / 500 key results: the first 500 issues get their nearest id, the rest none.
      expect(suggested).toHaveLength(500);
      expect(error.issues[0]).toMatchObject({ suggestion: 'k0' });
      expect(error.issues[999]!.suggestion).toBeUndefined();
    }
  });
});
