import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOkrSet } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const file = JSON.parse(
  readFileSync(new URL('../../examples/acme.okr.json', import.meta.url), 'utf8'),
) as unknown;

describe('acmeExample (sokr/testing)', () => {
  it('is the content of examples/acme.okr.json', () => {
    expect(acmeExample()).toEqual(file);
  });

  it('is a valid set that parses to itself', () => {
    const parsed = parseOkrSet(acmeExample());
    expect(parsed.ok && parsed.value).toEqual(file);
  });

  it('returns a fresh deep copy on every call', () => {
    const first = acmeExample();
    const second = acmeExample();
    expect(first).not.toBe(second);
    expect(first.keyResults[0]).not.toBe(second.keyResults[0]);
    first.keyResults[0]!.title = 'changed';
    first.checkIns.pop();
    expect(acmeExample()).toEqual(file);
    expect(Object.isFrozen(second.objectives)).toBe(false);
  });
});
