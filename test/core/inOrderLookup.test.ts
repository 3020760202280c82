import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdPositions, inOrderLookup } from '../../src/core/IdPositions.js';

// The graph resolves references with a lookup that guesses the next position;
// whatever the order of the references, it must answer exactly what `get` answers.
const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'k1', 'k2'), {
  maxLength: 12,
});

describe('inOrderLookup', () => {
  it('answers what get answers, for references in any order, with duplicates and unknown ids', () => {
    fc.assert(
      fc.property(ids, fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (own, refs) => {
        const positions = new IdPositions(own.map((id) => ({ id })));
        const lookup = inOrderLookup(positions);
        for (const ref of [...refs, ...own]) {
          expect(lookup(ref)).toBe(positions.get(ref) ?? -1);
        }
      }),
    );
  });

  it('finds the first entity of a repeated id, also when the guess lands on a later one', () => {
    const positions = new IdPositions([{ id: 'a' }, { id: 'b' }, { id: 'a' }]);
    const lookup = inOrderLookup(positions);
    expect(lookup('b')).toBe(1);
    expect(lookup('a')).toBe(0); // the guess (2) holds a later duplicate of 'a'
    expect(positions.near('a', 2)).toBe(0);
  });

  it('keeps answering right after it stops guessing (references in no order)', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `k${i}` }));
    const positions = new IdPositions(items);
    const lookup = inOrderLookup(positions);
    for (let i = 0; i < 2000; i++) {
      const p = (i * 7919) % 500;
      expect(lookup(`k${p}`)).toBe(p);
    }
    expect(lookup('missing')).toBe(-1);
  });
});
