import { describe, expect, it } from 'vitest';
import { buildIndex, isSokrError, type OkrSet, rollup, validate, weeklyReport } from 'sokr';
import { acmeExample } from 'sokr/testing';

const asOf = '2026-02-15';

function issueOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (!isSokrError(error)) throw error;
    return error.issues[0];
  }
  return undefined;
}

// A set that was never parsed, with an objective's parent or links of the wrong shape.
const broken: [string, (set: Record<string, unknown>[]) => void, (string | number)[]][] = [
  ['a parent that is a string', (o) => void (o[1]!['parent'] = 'x'), ['objectives', 1, 'parent']],
  ['a parent that is a number', (o) => void (o[2]!['parent'] = 4), ['objectives', 2, 'parent']],
  ['links that are null', (o) => void (o[0]!['links'] = null), ['objectives', 0, 'links']],
  ['links that are a string', (o) => void (o[0]!['links'] = 'pillar'), ['objectives', 0, 'links']],
  ['a link that is null', (o) => void (o[3]!['links'] = [null]), ['objectives', 3, 'links', 0]],
];

describe("an objective's parent and links in a set never parsed", () => {
  for (const [name, breakIt, path] of broken) {
    it(`${name}: a SokrError at ${path.join('.')}, and a finding there from validate`, () => {
      const set = acmeExample();
      breakIt(set.objectives as unknown as Record<string, unknown>[]);
      for (const call of [
        () => rollup(set, { asOf }),
        () => buildIndex(set),
        () => weeklyReport(set, { asOf }),
      ]) {
        const issue = issueOf(call);
        expect(issue?.path).toEqual(path);
        expect(issue?.code).toBe('invalid_type');
      }
      const findings = validate(set, { asOf });
      expect(findings.filter((f) => f.rule === 'internal/rule-crashed')).toEqual([]);
      expect(findings.find((f) => f.rule === 'internal/invalid-set')?.path).toEqual(path);
    });
  }

  it('links left out: the alignment index names them; the score reads no links', () => {
    const set: OkrSet = acmeExample();
    delete (set.objectives[0] as { links?: unknown }).links;
    expect(issueOf(() => buildIndex(set))?.path).toEqual(['objectives', 0, 'links']);
    const findings = validate(set, { asOf });
    expect(findings.filter((f) => f.rule === 'internal/rule-crashed')).toEqual([]);
    expect(findings.find((f) => f.rule === 'internal/invalid-set')?.path).toEqual([
      'objectives',
      0,
      'links',
    ]);
    expect(() => rollup(set, { asOf })).not.toThrow();
  });
});
