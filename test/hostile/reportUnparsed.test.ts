import { describe, expect, it } from 'vitest';
import { isSokrError, obligations, weeklyReport } from 'sokr';
import { acmeExample } from 'sokr/testing';

const asOf = '2026-02-15';

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues[0];
    throw error;
  }
  throw new Error('expected a SokrError');
}

// A set never parsed, read by the reports: the error names the field, not "could not read the set".
describe('weeklyReport on a dependency whose side is no reference', () => {
  for (const side of ['from', 'on'] as const) {
    for (const bad of [null, 'o1', 42]) {
      it(`${side}: ${JSON.stringify(bad)} → invalid_type at dependencies.0.${side}`, () => {
        const set = acmeExample();
        const dependencies = set.dependencies.map((d, i) =>
          i === 0 ? { ...d, [side]: bad as never } : d,
        );
        expect(issueOf(() => weeklyReport({ ...set, dependencies }, { asOf }))).toMatchObject({
          path: ['dependencies', 0, side],
          code: 'invalid_type',
        });
      });
    }
  }
});

describe('obligations on a key result without a measure', () => {
  it('still owes its check-ins (nothing to score, nothing lost)', () => {
    const set = acmeExample();
    const k = set.keyResults[0]!;
    const keyResults = set.keyResults.map((kr, i) =>
      i === 0 ? { ...kr, measure: undefined as never } : kr,
    );
    const owed = obligations({ ...set, keyResults }, { asOf }).entries;
    const before = obligations(set, { asOf }).entries;
    expect(owed.length).toBe(before.length);
    expect(owed.some((e) => e.kind === 'check-in' && e.ids[0] === k.id)).toBe(
      before.some((e) => e.kind === 'check-in' && e.ids[0] === k.id),
    );
  });
});
