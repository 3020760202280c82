import { describe, expect, it } from 'vitest';
import { checkIntegrity, compile, isSokrError } from 'sokr';
import { acmeExample } from 'sokr/testing';

function issueOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (!isSokrError(error)) throw error;
    return error.issues[0];
  }
  return undefined;
}

describe('checkIntegrity on something that was never parsed', () => {
  const acme = acmeExample();
  const cases: [string, unknown, (string | number)[]][] = [
    ['null', null, []],
    ['an array', [], []],
    ['a set without a strategy', { ...acme, strategy: undefined }, ['strategy']],
    [
      'pillars that are not a list',
      { ...acme, strategy: { ...acme.strategy, pillars: 5 } },
      ['strategy', 'pillars'],
    ],
    ['units that are not a list', { ...acme, units: 5 }, ['units']],
    [
      'a null key result',
      { ...acme, keyResults: [...acme.keyResults, null] },
      ['keyResults', acme.keyResults.length],
    ],
    ['check-ins that are a Map', { ...acme, checkIns: new Map() }, ['checkIns']],
    ['a look-alike compiled set of null', { kind: 'compiled-okr-set', set: null }, []],
  ];
  for (const [name, input, path] of cases) {
    it(`${name}: invalid_type at [${path.join(', ')}], not "could not read the set"`, () => {
      const issue = issueOf(() => checkIntegrity(input as never));
      expect(issue?.code).toBe('invalid_type');
      expect(issue?.path).toEqual(path);
      expect(issue?.message).not.toMatch(/could not read/);
    });
  }

  it('a parsed set and its compiled set still check alike', () => {
    expect(checkIntegrity(compile(acme))).toEqual(checkIntegrity(acme));
    expect(checkIntegrity(acme)).toEqual([]);
  });
});
