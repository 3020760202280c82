import { describe, expect, it } from 'vitest';
import { buildIndex, compile, type Finding, isSokrError, validate } from 'sokr';
import { acmeExample, generateEnterprise } from 'sokr/testing';

const asOf = '2026-02-15';
type Loose = Record<string, Record<string, unknown>[]>;

// A set never parsed, one wrong field at a time: validate names it in an
// internal/invalid-set finding (rollup refuses the same sets with a SokrError).
const cases: [string, (set: Loose) => void, (string | number)[]][] = [
  [
    'a check-in date that is not a date',
    (s) => void (s['checkIns']![0]!['at'] = 'yesterday'),
    ['checkIns', 0, 'at'],
  ],
  [
    'a cycle start that is not a date',
    (s) => void (s['cycles']![1]!['start'] = 'nope'),
    ['cycles', 1, 'start'],
  ],
  ['a cycle without an end', (s) => void delete s['cycles']![0]!['end'], ['cycles', 0, 'end']],
  [
    'a due day that is not a date',
    (s) => void (s['keyResults']![2]!['due'] = 'soon'),
    ['keyResults', 2, 'due'],
  ],
  [
    'a measure of no known kind',
    (s) => void (s['keyResults']![0]!['measure'] = { kind: 'bogus' }),
    ['keyResults', 0, 'measure', 'kind'],
  ],
  [
    'a metric target that is a string',
    (s) => void (s['keyResults']![0]!['measure'] = { kind: 'metric', start: 0, target: '10' }),
    ['keyResults', 0, 'measure', 'target'],
  ],
  [
    'a key result id that is a boxed string',
    (s) => void (s['keyResults']![0]!['id'] = new String('kr')),
    ['keyResults', 0, 'id'],
  ],
  [
    'an objective id that is a number',
    (s) => void (s['objectives']![0]!['id'] = 7),
    ['objectives', 0, 'id'],
  ],
];

const invalid = (findings: Finding[]) => findings.filter((f) => f.rule === 'internal/invalid-set');

describe('validate on a set that was never parsed', () => {
  for (const [name, breakIt, path] of cases) {
    it(`${name}: a finding at ${path.join('.')}`, () => {
      const set = acmeExample();
      breakIt(set as unknown as Loose);
      const found = invalid(validate(set, { asOf }));
      expect(found.map((f) => f.path)).toEqual([path]);
      expect(found[0]!.severity).toBe('error');
      expect(found[0]!.message).toMatch(/not parsed/);
      expect(invalid(validate(compile(set), { asOf }))).toEqual(found);
    });
  }

  it('a parsed set gets none of them', () => {
    for (const set of [acmeExample(), generateEnterprise({ seed: 4, units: 20 })]) {
      expect(invalid(validate(set, { asOf }))).toEqual([]);
    }
  });

  it("a dependency whose end is not a reference: buildIndex's SokrError and validate's finding name it", () => {
    for (const end of ['from', 'on'] as const) {
      const set = acmeExample();
      const dependency = set.dependencies[0]!;
      (dependency as unknown as Record<string, unknown>)[end] = null;
      let path: unknown;
      try {
        buildIndex(set);
      } catch (error) {
        path = isSokrError(error) ? error.issues[0]!.path : 'not a SokrError';
      }
      expect(path).toEqual(['dependencies', 0, end]);
      expect(invalid(validate(set, { asOf })).map((f) => f.path)).toEqual([
        ['dependencies', 0, end],
      ]);
    }
  });
});
