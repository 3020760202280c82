// Issue 15, items 2, 3 (weights), 6 and 12: hostile input through parseOkrSet and normalizeOkrSet.
import { isDeepStrictEqual } from 'node:util';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WEIGHT, MIN_WEIGHT, normalizeOkrSet, parseOkrSet } from '../../src/index.js';
import { validInput, withChange } from './fixtures.js';

class Custom {
  id = 'acme';
  name = 'Acme';
}

// Shared, so that two builds of one hostile input compare deep-equal.
const PLAIN_PROTO = { id: 'acme' };
const NULL_PROTO = Object.create(null) as object;

/** Objects that `typeof` calls objects but that are not plain JSON data. */
const NON_PLAIN: ReadonlyArray<[string, () => unknown]> = [
  ['a Map', () => new Map([['units', []]])],
  ['a Set', () => new Set([1])],
  ['a Date', () => new Date(0)],
  ['a boxed false', () => new Boolean(false)],
  ['a boxed string', () => new String('x')],
  ['a boxed number', () => new Number(1)],
  ['a class instance', () => new Custom()],
  ['a typed array', () => new Uint8Array(2)],
  ['a regexp', () => /x/],
  ['an object with a plain-object prototype', () => Object.create(PLAIN_PROTO)],
  ['an object with a null-prototype prototype', () => Object.create(NULL_PROTO)],
];

/** Where the fixture has an object or an array, at every level. */
const OBJECT_PATHS: ReadonlyArray<ReadonlyArray<string | number>> = [
  ['strategy'],
  ['strategy', 'pillars'],
  ['strategy', 'pillars', 0],
  ['strategy', 'pillars', 0, 'horizon'],
  ['strategy', 'swot', 1],
  ['strategy', 'values'],
  ['units'],
  ['units', 1],
  ['people', 0],
  ['cycles', 0],
  ['objectives'],
  ['objectives', 0],
  ['objectives', 0, 'links'],
  ['objectives', 0, 'links', 1],
  ['objectives', 1, 'parent'],
  ['keyResults', 1],
  ['keyResults', 1, 'measure'],
  ['keyResults', 5, 'measure', 'items'],
  ['keyResults', 5, 'measure', 'items', 0],
  ['checkIns', 0],
  ['checkIns', 5, 'value'],
  ['initiatives', 0],
  ['dependencies', 0],
  ['dependencies', 0, 'from'],
  ['dependencies', 0, 'on'],
  ['risks', 0],
];

/** Leaves where a boxed primitive could pass for the primitive. */
const LEAF_PATHS: ReadonlyArray<ReadonlyArray<string | number>> = [
  ['version'],
  ['units', 0, 'name'],
  ['objectives', 0, 'state'],
  ['keyResults', 1, 'weight'],
  ['keyResults', 1, 'measure', 'target'],
  ['keyResults', 1, 'measure', 'kind'],
  ['checkIns', 0, 'value'],
  ['checkIns', 0, 'at'],
  ['checkIns', 0, 'confidence'],
  ['strategy', 'values', 0],
];

describe('parseOkrSet refuses objects that are not plain (issue 15, item 2)', () => {
  it.each(NON_PLAIN)('refuses %s as the whole set, in both unknownKeys modes', (_name, make) => {
    for (const unknownKeys of ['reject', 'keep'] as const) {
      const result = parseOkrSet(make(), { unknownKeys });
      expect(result).toMatchObject({ ok: false, issues: [{ path: [], code: 'not_json' }] });
      if (!result.ok) expect(result.issues).toHaveLength(1);
    }
  });

  it('says what the value is and what to give instead', () => {
    const message = (value: unknown) =>
      (parseOkrSet(value) as { issues: { message: string }[] }).issues[0]?.message;
    expect(message(new Map())).toBe('a Map is not JSON data: give a plain object or an array');
    expect(message(new Boolean(false))).toBe(
      'a boxed boolean (new Boolean(…)) is not JSON data: give the boolean itself',
    );
    expect(message(new Custom())).toBe(
      'a Custom is not JSON data: give a plain object or an array',
    );
  });

  it.each(OBJECT_PATHS.map((path) => [path.join('.'), path] as const))(
    'refuses each kind at %s, with its path only',
    (_name, path) => {
      for (const [name, make] of NON_PLAIN) {
        for (const unknownKeys of ['reject', 'keep'] as const) {
          const result = parseOkrSet(withChange(path, make()), { unknownKeys });
          expect(result.ok, `${name} at ${path.join('.')}`).toBe(false);
          if (result.ok) continue;
          // One issue, at the value itself: no "missing id" follow-ups from inside it.
          expect(result.issues, `${name} at ${path.join('.')} (${unknownKeys})`).toEqual([
            { path, code: 'not_json', message: expect.any(String) },
          ]);
        }
      }
    },
  );

  it.each(LEAF_PATHS.map((path) => [path.join('.'), path] as const))(
    'refuses a boxed primitive or a Date at the leaf %s',
    (_name, path) => {
      for (const value of [
        new String('2026-01-08'),
        new Number(1),
        new Boolean(true),
        new Date(0),
      ]) {
        const result = parseOkrSet(withChange(path, value));
        expect(result).toMatchObject({ ok: false, issues: [{ path, code: 'not_json' }] });
      }
    },
  );

  it('still accepts null-prototype objects and objects from another realm', () => {
    const nullProto = (_key: string, value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.assign(Object.create(null), value)
        : value;
    const input: unknown = JSON.parse(JSON.stringify(validInput()), nullProto);
    expect(parseOkrSet(input).ok).toBe(true);
    const foreign: unknown = runInNewContext(`(${JSON.stringify(validInput())})`);
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(parseOkrSet(foreign).ok).toBe(true);
    expect(parseOkrSet(foreign, { unknownKeys: 'keep' }).ok).toBe(true);
  });

  it('copies kept values, so the parsed set shares nothing with the input and has ordinary objects only', () => {
    const kept = Object.assign(Object.create(null), { source: 'crm', tags: ['a'] }) as Record<
      string,
      unknown
    >;
    const input = withChange(['units', 1, 'meta'], kept);
    let deep: Record<string, unknown> = {};
    input['deep'] = deep;
    for (let i = 0; i < 100_000; i++) deep = deep['next'] = {};
    const result = parseOkrSet(input, { unknownKeys: 'keep' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = (result.value.units[1] as unknown as Record<string, unknown>)['meta'] as Record<
      string,
      unknown
    >;
    expect(meta).toEqual({ source: 'crm', tags: ['a'] });
    expect(meta).not.toBe(kept);
    expect(meta['tags']).not.toBe(kept['tags']);
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    // Not `.not.toBe`: on a mismatch vitest compares deeply, which recursion 100,000 levels deep cannot do.
    expect((result.value as unknown as Record<string, unknown>)['deep'] === input['deep']).toBe(
      false,
    );
  });

  it('reports the non-plain objects and the other problems together', () => {
    const input = withChange(['units', 1], new Map());
    (input['people'] as Record<string, unknown>[])[0]!['name'] = '';
    const result = parseOkrSet(input);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: ['units', 1], code: 'not_json' },
        { path: ['people', 0, 'name'], code: 'invalid_value' },
      ],
    });
  });

  it('stays linear with many non-plain entities', () => {
    const input = validInput();
    input['checkIns'] = Array.from({ length: 20_000 }, () => new Map());
    const result = parseOkrSet(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(20_000);
      expect(result.issues.every((i) => i.code === 'not_json')).toBe(true);
    }
  }, 60_000);

  it('refuses any non-plain object put anywhere an object or array is (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OBJECT_PATHS),
        fc.constantFrom(...NON_PLAIN),
        fc.boolean(),
        (path, [, make], keep) => {
          const result = parseOkrSet(withChange(path, make()), {
            unknownKeys: keep ? 'keep' : 'reject',
          });
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.issues.map((i) => [i.path, i.code])).toEqual([[path, 'not_json']]);
        },
      ),
      { numRuns: Number(process.env['HOSTILE_RUNS'] ?? 1000) },
    );
  }, 120_000);
});

describe('normalizeOkrSet refuses objects that are not plain (issue 15, item 2)', () => {
  const base = () => ({
    version: 1,
    units: [{ id: 'acme', name: 'Acme' }],
    people: [{ id: 'ana', name: 'Ana', unitId: 'acme' }],
    cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  });
  const kr = (extra: Record<string, unknown> = {}) => ({
    title: 'K',
    ownerId: 'ana',
    measure: { kind: 'metric', start: 0, target: 1 },
    ...extra,
  });
  const objective = (extra: Record<string, unknown> = {}) => ({
    title: 'O',
    unitId: 'acme',
    cycleId: 'q1',
    ...extra,
  });

  it.each(NON_PLAIN)('refuses %s at every level of the authoring format', (_name, make) => {
    const cases: Array<[unknown, ReadonlyArray<string | number>]> = [
      [make(), []],
      [{ ...base(), objectives: [make()] }, ['objectives', 0]],
      [{ ...base(), objectives: make() }, ['objectives']],
      [
        { ...base(), objectives: [objective({ keyResults: [make()] })] },
        ['objectives', 0, 'keyResults', 0],
      ],
      [
        { ...base(), objectives: [objective({ keyResults: make() })] },
        ['objectives', 0, 'keyResults'],
      ],
      [
        { ...base(), objectives: [objective({ keyResults: [kr({ measure: make() })] })] },
        ['objectives', 0, 'keyResults', 0, 'measure'],
      ],
      [
        { ...base(), objectives: [objective({ keyResults: [kr({ checkIns: [make()] })] })] },
        ['objectives', 0, 'keyResults', 0, 'checkIns', 0],
      ],
      [
        { ...base(), objectives: [objective({ keyResults: [kr({ initiatives: make() })] })] },
        ['objectives', 0, 'keyResults', 0, 'initiatives'],
      ],
      [{ ...base(), objectives: [objective({ links: [make()] })] }, ['objectives', 0, 'links', 0]],
      [{ ...base(), objectives: [objective()], keyResults: [make()] }, ['keyResults', 0]],
      [{ ...base(), units: [make()] }, ['units', 0]],
    ];
    for (const [input, path] of cases) {
      const result = normalizeOkrSet(input);
      expect(result.ok, path.join('.')).toBe(false);
      if (!result.ok)
        expect(
          result.issues.map((i) => [i.path, i.code]),
          path.join('.'),
        ).toEqual([[path, 'not_json']]);
    }
  });
});

describe('weights (issue 15, item 3)', () => {
  it('exports the accepted range', () => {
    expect(MIN_WEIGHT).toBe(1e-9);
    expect(MAX_WEIGHT).toBe(1e9);
  });

  it('refuses non-zero weights outside [MIN_WEIGHT, MAX_WEIGHT], with the range in the message', () => {
    const message = 'must be 0 or between 1e-9 and 1e9';
    for (const [path, weight, code] of [
      [['keyResults', 1, 'weight'], 1e308, 'too_big'],
      [['keyResults', 1, 'weight'], 1e9 * (1 + 1e-15), 'too_big'],
      [['keyResults', 1, 'weight'], 5e-324, 'too_small'],
      [['objectives', 0, 'weight'], 1e-10, 'too_small'],
      [['objectives', 0, 'weight'], Number.MAX_VALUE, 'too_big'],
    ] as const) {
      const result = parseOkrSet(withChange(path, weight));
      expect(result).toMatchObject({
        ok: false,
        issues: [{ path, code, message: expect.stringContaining(message) }],
      });
      if (!result.ok) expect(result.issues).toHaveLength(1);
    }
  });

  it('accepts 0 and the bounds themselves; a negative weight stays invalid_value', () => {
    for (const weight of [0, MIN_WEIGHT, MAX_WEIGHT, 1, 0.5]) {
      expect(parseOkrSet(withChange(['keyResults', 1, 'weight'], weight)).ok, String(weight)).toBe(
        true,
      );
    }
    expect(parseOkrSet(withChange(['keyResults', 1, 'weight'], -1))).toMatchObject({
      ok: false,
      issues: [
        { path: ['keyResults', 1, 'weight'], code: 'invalid_value', message: 'must be 0 or more' },
      ],
    });
  });

  it('refuses two weights of 1e308 or 5e-324 on one objective (the case of the issue)', () => {
    for (const weight of [1e308, 5e-324]) {
      const input = validInput();
      for (const kr of input['keyResults'] as Record<string, unknown>[]) kr['weight'] = weight;
      const result = parseOkrSet(input);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(new Set(result.issues.map((i) => i.code))).toEqual(
          new Set([weight > 1 ? 'too_big' : 'too_small']),
        );
    }
  });
});

describe('maxIssues (issue 15, item 12)', () => {
  const manyBad = () => ({ units: Array.from({ length: 25 }, (_, i) => ({ id: `u${i}` })) });

  it('reports every issue by default', () => {
    const result = parseOkrSet(manyBad());
    expect(result.ok ? 0 : result.issues.length).toBe(25);
  });

  it('caps the list and says how many more there were', () => {
    const result = parseOkrSet(manyBad(), { maxIssues: 10 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(11);
    expect(result.issues.slice(0, 10)).toEqual(
      (parseOkrSet(manyBad()) as { issues: unknown[] }).issues.slice(0, 10),
    );
    expect(result.issues[10]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: '15 more issues not shown (at most 10 asked for with maxIssues)',
    });
  });

  it('leaves a list that fits unchanged, and treats 0, fractions, NaN and Infinity as documented', () => {
    expect(
      (parseOkrSet(manyBad(), { maxIssues: 25 }) as { issues: unknown[] }).issues,
    ).toHaveLength(25);
    expect(
      (parseOkrSet(manyBad(), { maxIssues: 24.9 }) as { issues: unknown[] }).issues,
    ).toHaveLength(25);
    expect(parseOkrSet(manyBad(), { maxIssues: 0 })).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'too_many_issues',
          message: '25 more issues not shown (at most 0 asked for with maxIssues)',
        },
      ],
    });
    expect(
      (parseOkrSet(manyBad(), { maxIssues: -3 }) as { issues: unknown[] }).issues,
    ).toHaveLength(1);
    expect(
      (parseOkrSet(manyBad(), { maxIssues: Number.NaN }) as { issues: unknown[] }).issues,
    ).toHaveLength(25);
    expect(
      (parseOkrSet(manyBad(), { maxIssues: Number.POSITIVE_INFINITY }) as { issues: unknown[] })
        .issues,
    ).toHaveLength(25);
    expect(parseOkrSet(validInput(), { maxIssues: 0 }).ok).toBe(true);
  });

  it('caps the whole list of normalizeOkrSet (authoring and parser issues together)', () => {
    const doc = {
      units: [{ id: 'u1' }, { id: 'u2' }],
      objectives: [{ title: 'O', unitId: 'u1', cycleId: 'c', keyResults: [1, 2, 3] }],
    };
    const all = normalizeOkrSet(doc);
    expect(all.ok ? 0 : all.issues.length).toBeGreaterThan(4);
    const capped = normalizeOkrSet(doc, { maxIssues: 4 });
    expect(capped.ok).toBe(false);
    if (capped.ok || all.ok) return;
    expect(capped.issues.slice(0, 4)).toEqual(all.issues.slice(0, 4));
    expect(capped.issues[4]).toMatchObject({ path: [], code: 'too_many_issues' });
    expect(capped.issues).toHaveLength(5);
  });
});

describe('derived ids on collisions (issue 15, item 6)', () => {
  const base = () => ({
    version: 1,
    units: [{ id: 'acme', name: 'Acme' }],
    people: [{ id: 'ana', name: 'Ana', unitId: 'acme' }],
    cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  });
  const kr = (extra: Record<string, unknown> = {}) => ({
    title: 'K',
    ownerId: 'ana',
    measure: { kind: 'metric', start: 0, target: 1 },
    ...extra,
  });

  it('derives the same ids as before the linear rewrite (explicit ids and suffixed titles in the way)', () => {
    const doc = {
      ...base(),
      objectives: [
        {
          title: 'Grow',
          unitId: 'acme',
          cycleId: 'q1',
          keyResults: [
            kr({
              checkIns: [
                { at: '2026-01-07', value: 1 },
                { at: '2026-01-07', value: 2 },
                { id: 'q1.acme.grow.kr1@2026-01-07-3', at: '2026-01-08', value: 2 },
                { at: '2026-01-07', value: 3 },
              ],
            }),
            kr({ id: 'q1.acme.grow.kr1-2' }),
            kr(),
          ],
        },
        { title: 'Grow', unitId: 'acme', cycleId: 'q1' },
        { id: 'q1.acme.grow-3', title: 'X', unitId: 'acme', cycleId: 'q1' },
        { title: 'Grow 2', unitId: 'acme', cycleId: 'q1' },
        { title: 'Grow', unitId: 'acme', cycleId: 'q1' },
        { title: 'grow!', unitId: 'acme', cycleId: 'q1' },
        { title: 'Grow-2', unitId: 'acme', cycleId: 'q1' },
      ],
      checkIns: [{ keyResultId: 'q1.acme.grow.kr1', at: '2026-01-07', value: 4 }],
      initiatives: [{ keyResultId: 'q1.acme.grow.kr1', title: 'I' }],
    };
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Recorded from the quadratic implementation (probing -2, -3, … from scratch each time).
    expect(result.value.objectives.map((o) => o.id)).toEqual([
      'q1.acme.grow',
      'q1.acme.grow-2',
      'q1.acme.grow-3',
      'q1.acme.grow-2-2',
      'q1.acme.grow-4',
      'q1.acme.grow-5',
      'q1.acme.grow-2-3',
    ]);
    expect(result.value.keyResults.map((k) => k.id)).toEqual([
      'q1.acme.grow.kr1',
      'q1.acme.grow.kr1-2',
      'q1.acme.grow.kr3',
    ]);
    expect(result.value.checkIns.map((c) => c.id)).toEqual([
      'q1.acme.grow.kr1@2026-01-07',
      'q1.acme.grow.kr1@2026-01-07-2',
      'q1.acme.grow.kr1@2026-01-07-3',
      'q1.acme.grow.kr1@2026-01-07-4',
      'q1.acme.grow.kr1@2026-01-07-5',
    ]);
  });

  it('derives what probing -2, -3, … from scratch derives (property)', () => {
    const titles = ['A', 'A 2', 'a-2', 'A-3', 'B', 'a 2 2'];
    const explicitPool = [
      'q1.acme.a',
      'q1.acme.a-2',
      'q1.acme.a-3',
      'q1.acme.a-2-2',
      'q1.acme.b-2',
      'q1.acme.a-5',
    ];
    const slug = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...titles), { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...explicitPool)),
        fc.array(fc.nat(), { maxLength: 6 }),
        (titleList, explicit, spots) => {
          const objectives: Record<string, unknown>[] = titleList.map((title) => ({
            title,
            unitId: 'acme',
            cycleId: 'q1',
          }));
          for (let i = 0; i < explicit.length; i++) {
            const at = (spots[i] ?? 0) % (objectives.length + 1);
            objectives.splice(at, 0, {
              id: explicit[i],
              title: 'E',
              unitId: 'acme',
              cycleId: 'q1',
            });
          }
          // The reference: probe from -2 each time.
          const taken = new Set(explicit);
          const expected = objectives.map((o) => {
            if (typeof o['id'] === 'string') return o['id'];
            const b = `q1.acme.${slug(o['title'] as string)}`;
            let id = b;
            for (let k = 2; taken.has(id); k++) id = `${b}-${k}`;
            taken.add(id);
            return id;
          });
          const result = normalizeOkrSet({ ...base(), objectives });
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.value.objectives.map((o) => o.id)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('derives 20,000 colliding objective ids and 20,000 same-day check-in ids, all distinct', () => {
    const objectives = Array.from({ length: 20_000 }, () => ({
      title: 'Same title',
      unitId: 'acme',
      cycleId: 'q1',
    }));
    const result = normalizeOkrSet({ ...base(), objectives });
    expect(result.ok).toBe(true);
    if (result.ok) {
      const ids = result.value.objectives.map((o) => o.id);
      expect(new Set(ids).size).toBe(20_000);
      expect(ids[19_999]).toBe('q1.acme.same-title-20000');
    }
    const checkIns = Array.from({ length: 20_000 }, (_, i) => ({ at: '2026-01-07', value: i }));
    const withCheckIns = normalizeOkrSet({
      ...base(),
      objectives: [{ title: 'O', unitId: 'acme', cycleId: 'q1', keyResults: [kr({ checkIns })] }],
    });
    expect(withCheckIns.ok).toBe(true);
    if (withCheckIns.ok)
      expect(new Set(withCheckIns.value.checkIns.map((c) => c.id)).size).toBe(20_000);
  }, 60_000);
});

/** Plain objects, arrays, strings, booleans, null and finite numbers only. */
function expectPlainJson(value: unknown, path: ReadonlyArray<string | number>): void {
  const at = path.join('.');
  if (typeof value === 'number') expect(Number.isFinite(value), at).toBe(true);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) expectPlainJson(value[i], [...path, i]);
  } else if (typeof value === 'object' && value !== null) {
    expect(Object.getPrototypeOf(value), at).toBe(Object.prototype);
    for (const [k, v] of Object.entries(value)) expectPlainJson(v, [...path, k]);
  } else expect(['string', 'boolean', 'object'], at).toContain(typeof value);
}

// 1,000 runs in CI; HOSTILE_RUNS=10000 npx vitest run test/model/hardening.test.ts for the local run.
describe('hostile input through parseOkrSet and normalizeOkrSet (issue 15, property)', () => {
  /** Fresh hostile values: boxed and non-plain objects, prototype keys, extreme and non-finite numbers, odd strings. */
  const HOSTILE: ReadonlyArray<() => unknown> = [
    ...NON_PLAIN.map(([, make]) => make),
    () => JSON.parse('{"__proto__": {"weight": -1}, "id": "x"}'),
    () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    () => Object.create(null),
    () => 1e308,
    () => -1e308,
    () => 5e-324,
    () => Number.MAX_VALUE,
    () => -0,
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => 'line\rbreak\u2028# heading',
    () => '\u0000',
    () => [new Map(), new Date(0)],
    () => ({ kind: 'metric', start: -1e308, target: 1e308 }),
  ];
  const paths: Array<ReadonlyArray<string | number>> = [];
  const collect = (v: unknown, p: Array<string | number>) => {
    paths.push(p);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) collect(v[i], [...p, i]);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) collect(x, [...p, k]);
  };
  collect(validInput(), []);
  const recipe = fc.array(fc.tuple(fc.nat(paths.length - 1), fc.nat(HOSTILE.length - 1)), {
    minLength: 1,
    maxLength: 4,
  });
  const build = (steps: ReadonlyArray<[number, number]>): unknown => {
    let input: unknown = validInput();
    for (const [p, h] of steps) {
      const path = paths[p]!;
      if (path.length === 0) {
        input = HOSTILE[h]!();
        continue;
      }
      // Follow the path while it still exists in the (already changed) input.
      let node: unknown = input;
      for (const key of path.slice(0, -1)) {
        node =
          typeof node === 'object' && node !== null
            ? (node as Record<string | number, unknown>)[key]
            : undefined;
      }
      if (typeof node === 'object' && node !== null && Object.isExtensible(node)) {
        // Reflect.set, not `=`: a boxed String's index properties are read-only (the step is skipped).
        Reflect.set(node, path[path.length - 1]!, HOSTILE[h]!());
      }
    }
    return input;
  };

  it('never throws, never changes its input, and reports only well-formed issues (property)', () => {
    fc.assert(
      fc.property(recipe, fc.boolean(), fc.boolean(), (steps, keep, normalize) => {
        const input = build(steps);
        const twin = build(steps);
        const options = {
          unknownKeys: keep ? ('keep' as const) : ('reject' as const),
          maxIssues: 50,
        };
        const result = normalize ? normalizeOkrSet(input, options) : parseOkrSet(input, options);
        expect(isDeepStrictEqual(input, twin), 'the input is unchanged').toBe(true);
        if (result.ok) {
          // Whatever is accepted is plain data with finite numbers.
          expectPlainJson(result.value, []);
          for (const item of [...result.value.objectives, ...result.value.keyResults]) {
            const w = item.weight ?? 1;
            expect(w === 0 || (w >= MIN_WEIGHT && w <= MAX_WEIGHT), `weight ${w}`).toBe(true);
          }
          return;
        }
        expect(result.issues.length).toBeGreaterThan(0);
        expect(result.issues.length).toBeLessThanOrEqual(51);
        for (const issue of result.issues) {
          expect(typeof issue.code).toBe('string');
          expect(typeof issue.message).toBe('string');
          for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
        }
      }),
      { numRuns: Number(process.env['HOSTILE_RUNS'] ?? 1000) },
    );
  }, 120_000);
});
