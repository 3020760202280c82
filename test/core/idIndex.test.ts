import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/_lib/IdIndex.js';

// The id tables of the graph and of the integrity checks: the first entity with an
// id wins, later ones are duplicates, whatever the ids (hostile, unparsed sets too).
const id = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom('__proto__', 'constructor', 'k1', 'k2', 'k10'),
  fc.constantFrom(1, 2, null, undefined, true) as fc.Arbitrary<unknown>,
);

describe('IdIndex', () => {
  it('finds the first entity of every id and lists later ones as duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 60 }),
        fc.array(id, { maxLength: 20 }),
        (ids, probes) => {
          const items = ids.map((x) => ({ id: x as string }));
          const index = new IdIndex(items);
          const first = new Map<unknown, number>();
          const duplicates: [number, number][] = [];
          items.forEach((item, i) => {
            const at = first.get(item.id);
            if (at === undefined) first.set(item.id, i);
            else duplicates.push([i, at]);
          });
          expect(index.duplicates).toEqual(duplicates);
          for (const p of [...ids, ...probes])
            expect(index.get(p as string)).toBe(first.get(p) ?? -1);
        },
      ),
    );
  });

  it('tells apart many ids that share hash tags (a table of 50k ids)', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: `kr-${i}` }));
    const index = new IdIndex(items);
    expect(index.duplicates).toEqual([]);
    for (let i = 0; i < items.length; i += 7) expect(index.get(`kr-${i}`)).toBe(i);
    expect(index.get('kr-50000')).toBe(-1);
  });
});
