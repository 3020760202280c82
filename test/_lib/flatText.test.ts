// The flat template tag of the deliver rules gives exactly the text of the plain template.
import { describe, expect, it } from 'vitest';
import { flatText } from '../../src/_lib/flatText.js';

describe('flatText', () => {
  it('builds the same text as the untagged template, whatever the values', () => {
    const values: unknown[] = [undefined, null, 0, -0, 1.5, 'x', '', true, [1, 2], { a: 1 }, 10n];
    for (const v of values) {
      expect(flatText`a${v}b${v}`).toBe(`a${v}b${v}`);
      expect(flatText`${v}`).toBe(`${v}`);
    }
    expect(flatText`no values`).toBe('no values');
  });

  it('throws for a symbol, as the plain template does', () => {
    const s = Symbol('s');
    expect(() => `${s as never}`).toThrow(TypeError);
    expect(() => flatText`${s}`).toThrow(TypeError);
  });
});
