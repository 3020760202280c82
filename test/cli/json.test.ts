// The CLI's JSON helpers: positions of paths in a JSON text, and where an
// invalid JSON text breaks. In-process, with fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/cli/jsonErrorOffset.js';
import { jsonPathOffsets } from '../../src/cli/jsonPathOffsets.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON value with the value found there. */
function allPaths(value: Json, path: (string | number)[] = []): [(string | number)[], Json][] {
  const out: [(string | number)[], Json][] = [[path, value]];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...allPaths(v, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...path, k]));
  }
  return out;
}

describe('jsonPathOffsets', () => {
  it('points at the key of an object member and at the value of an array item (worked example)', () => {
    const text =
      '{\n  "units": [\n    { "id": "shop", "name": "Shop" },\n    { "id": "sales" }\n  ]\n}\n';
    const at = jsonPathOffsets(text, [
      ['units', 1, 'id'],
      ['units', 0, 'name'],
      ['units', 3, 'id'],
    ]);
    expect(text.slice(at(['units', 1, 'id']))).toMatch(/^"id": "sales"/);
    expect(text.slice(at(['units', 0, 'name']))).toMatch(/^"name": "Shop"/);
    // A path that does not exist maps to its deepest existing ancestor: the key "units".
    expect(text.slice(at(['units', 3, 'id']))).toMatch(/^"units"/);
  });

  it('finds every path of any JSON value, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue() as fc.Arbitrary<Json>, fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const paths = allPaths(value);
        const at = jsonPathOffsets(
          text,
          paths.map(([p]) => p),
        );
        for (const [path, v] of paths) {
          const rest = text.slice(at(path));
          const last = path[path.length - 1];
          const shown = indent ? JSON.stringify(v, null, 2).split('\n')[0]! : JSON.stringify(v);
          if (typeof last === 'string')
            expect(rest.startsWith(`${JSON.stringify(last)}:`)).toBe(true);
          else expect(rest.startsWith(shown)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('jsonErrorOffset', () => {
  it('names the place and the reason (worked examples)', () => {
    expect(jsonErrorOffset('{"a":1,}')).toEqual({
      offset: 7,
      reason: "a trailing comma before '}'",
    });
    expect(jsonErrorOffset('[1 2]')).toEqual({
      offset: 3,
      reason: "expected ',' or ']', found '2'",
    });
    expect(jsonErrorOffset('{a:1}')).toEqual({
      offset: 1,
      reason: "expected a property name in double quotes, found 'a'",
    });
    expect(jsonErrorOffset('{"a":')).toEqual({ offset: 5, reason: 'unexpected end of the file' });
  });

  it('agrees with JSON.parse on which texts are valid, and does not overflow on deep nesting', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((t) => t.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) === undefined).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
    expect(jsonErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });
});
