import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IssueCode, parseOkrSet, type Result } from '../../src/index.js';
import { validInput } from './fixtures.js';

const CODES = new Set<IssueCode>([
  'invalid_type',
  'invalid_value',
  'missing',
  'unknown_key',
  'unsafe_key',
  'invalid_date',
  'date_order',
  'duplicate_id',
  'dangling_reference',
  'unit_tree',
  'reference_loop',
  'value_mismatch',
  'not_json',
  'invalid_state',
  'too_big',
  'too_small',
  'too_many_issues',
]);

const RUNS = 2000;
const unknownKeys = fc.constantFrom<'reject' | 'keep'>('reject', 'keep');

/** Every result is well formed: a value, or issues with a path, a known code and a message. */
function expectWellFormed(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
    expect(CODES.has(issue.code)).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Accepted values are plain JSON that parses again to the same value (JSON writes -0 as 0). */
function expectStable(result: Result<unknown>, keep: 'reject' | 'keep'): void {
  if (!result.ok) return;
  const again = parseOkrSet(JSON.parse(JSON.stringify(result.value)), { unknownKeys: keep });
  expect(withoutNegativeZero(again)).toStrictEqual(withoutNegativeZero(result));
}

function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutNegativeZero(v);
    return out;
  }
  return value;
}

type Key = string | number;

/** Every path of the fixture that leads to a value (objects and arrays included). */
function pathsOf(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) pathsOf(value[i], [...prefix, i], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

const fixturePaths = pathsOf(validInput()).filter((p) => p.length > 0);

type Mutation =
  | { op: 'set'; path: Key[]; value: unknown }
  | { op: 'delete'; path: Key[] }
  | { op: 'add'; path: Key[]; key: string; value: unknown }
  | { op: 'duplicate'; path: Key[] }
  | { op: 'swap'; a: Key[]; b: Key[] };

const pathArb = fc.constantFrom(...fixturePaths);
const idLike = fc.constantFrom(
  'acme',
  'sales',
  'eng',
  'ceo',
  'sam',
  '2026',
  '2026-q1',
  'o-grow',
  'kr-metric',
  'card',
  'growth',
  'w-churn',
  'ghost',
);
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  idLike,
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1,
    11,
    '',
    '2026-02-30',
    '2026-04-01',
    true,
    null,
  ),
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: pathArb, value: valueArb }),
  fc.record({ op: fc.constant('delete' as const), path: pathArb }),
  fc.record({
    op: fc.constant('add' as const),
    path: pathArb,
    key: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'parentId'),
    ),
    value: valueArb,
  }),
  fc.record({ op: fc.constant('duplicate' as const), path: pathArb }),
  fc.record({ op: fc.constant('swap' as const), a: pathArb, b: pathArb }),
);

function parentOf(root: unknown, path: Key[]): Record<Key, unknown> | undefined {
  let node = root as Record<Key, unknown> | undefined;
  for (const key of path.slice(0, -1)) {
    const next = node?.[key];
    if (typeof next !== 'object' || next === null) return undefined;
    node = next as Record<Key, unknown>;
  }
  return node;
}

function mutate(input: Record<string, unknown>, m: Mutation): void {
  if (m.op === 'swap') {
    const pa = parentOf(input, m.a);
    const pb = parentOf(input, m.b);
    if (pa === undefined || pb === undefined) return;
    const ka = m.a[m.a.length - 1]!;
    const kb = m.b[m.b.length - 1]!;
    const va = pa[ka];
    pa[ka] = pb[kb];
    pb[kb] = va;
    return;
  }
  const parent = parentOf(input, m.path);
  if (parent === undefined) return;
  const key = m.path[m.path.length - 1]!;
  switch (m.op) {
    case 'set':
      parent[key] = m.value;
      return;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    case 'add': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  }
}

/** JSON without prototype-polluting keys (fast-check generates them on purpose; they are rejected). */
const safeJson = fc
  .jsonValue({ maxDepth: 2 })
  .filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v)));

describe('parseOkrSet never throws (properties)', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), unknownKeys, (value, keep) => {
        const result = parseOkrSet(value, { unknownKeys: keep });
        expectWellFormed(result);
        expectStable(result, keep);
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary JavaScript values (bigints, NaN, sparse arrays, boxed values, maps, null prototypes)', () => {
    const anything = fc.anything({
      maxDepth: 3,
      maxKeys: 6,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, unknownKeys, (value, keep) => {
        expectWellFormed(parseOkrSet(value, { unknownKeys: keep }));
        expectWellFormed(
          parseOkrSet(
            { units: [value], keyResults: value, strategy: { pillars: [value] } },
            { unknownKeys: keep },
          ),
        );
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it('on valid sets with random mutations, and accepted results round-trip through JSON', () => {
    fc.assert(
      fc.property(
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        unknownKeys,
        (mutations, keep) => {
          const input = validInput();
          for (const m of mutations) mutate(input, m);
          const result = parseOkrSet(input, { unknownKeys: keep });
          expectWellFormed(result);
          expectStable(result, keep);
        },
      ),
      { numRuns: RUNS },
    );
  }, 180_000);

  it('accepts any valid set with extra unknown keys when keeping them, and keeps them', () => {
    fc.assert(
      fc.property(
        pathArb,
        fc.string({ minLength: 1, maxLength: 6 }).map((k) => `x-${k}`),
        safeJson,
        (path, key, value) => {
          const input = validInput();
          mutate(input, { op: 'add', path, key, value });
          const kept = parseOkrSet(input, { unknownKeys: 'keep' });
          const target = parentOf(input, path)?.[path[path.length - 1]!];
          const isObject = typeof target === 'object' && target !== null && !Array.isArray(target);
          expect(kept.ok).toBe(true);
          if (!kept.ok || !isObject) return;
          expect(parentOf(kept.value, path)?.[path[path.length - 1]!]).toHaveProperty([key]);
          const rejected = parseOkrSet(input);
          expect(rejected).toMatchObject({
            ok: false,
            issues: [{ path: [...path, key], code: 'unknown_key' }],
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
