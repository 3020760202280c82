import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  compile,
  createScorer,
  isCompiledOkrSet,
  isSokrError,
  type OkrSet,
  obligations,
  rollup,
  validate,
  weeklyReport,
} from 'sokr';
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

describe('what is and is not a compiled set', () => {
  it('a look-alike carrying a forged graph under the symbol is not one: a SokrError, not a TypeError', () => {
    const set = acmeExample();
    for (const graph of [{}, { memo: new Map() }, 42]) {
      const forged = { kind: 'compiled-okr-set', set, [Symbol.for('sokr.graph')]: graph };
      expect(isCompiledOkrSet(forged)).toBe(false);
      for (const call of [
        () => buildIndex(forged as never),
        () => rollup(forged as never, { asOf }),
        () => weeklyReport(forged as never, { asOf }),
        () => obligations(forged as never, { asOf }),
      ]) {
        expect(issueOf(call)?.code).toBe('invalid_type');
      }
    }
  });

  it('a Proxy of a compiled set and an object inheriting from one still read as it', () => {
    const set = acmeExample();
    const compiled = compile(set);
    const expected = rollup(set, { asOf });
    for (const view of [new Proxy(compiled, {}), Object.create(compiled) as typeof compiled]) {
      expect(isCompiledOkrSet(view)).toBe(true);
      expect(rollup(view, { asOf })).toStrictEqual(expected);
    }
  });

  it('an object inheriting a compiled graph but showing another set is refused', () => {
    const compiled = compile(acmeExample());
    const other = acmeExample();
    const lying = Object.create(compiled, { set: { value: other } }) as typeof compiled;
    expect(issueOf(() => rollup(lying, { asOf }))?.message).toMatch(/another set/);
  });
});

describe('a compiled set whose set changed', () => {
  const changes: [string, (set: OkrSet) => void][] = [
    ['keyResults', (set) => set.keyResults.push({ ...set.keyResults[0]!, id: 'new-kr' })],
    ['checkIns', (set) => set.checkIns.splice(0, 3)],
    ['objectives', (set) => void (set.objectives.length = 0)],
    ['strategy.pillars', (set) => set.strategy.pillars.pop()],
  ];
  for (const [list, change] of changes) {
    it(`is refused by name when entries were added to or removed from its ${list}`, () => {
      const set = acmeExample();
      const compiled = compile(set);
      rollup(compiled, { asOf });
      change(set);
      for (const call of [
        () => rollup(compiled, { asOf }),
        () => createScorer(compiled, { asOf }),
        () => buildIndex(compiled),
        () => weeklyReport(compiled, { asOf }),
        () => obligations(compiled, { asOf }),
      ]) {
        const issue = issueOf(call);
        expect(issue?.path).toEqual(list.split('.'));
        expect(issue?.message).toMatch(/changed after compile/);
      }
      const finding = validate(compiled, { asOf }).find((f) => f.rule === 'internal/invalid-set');
      expect(finding?.path).toEqual(list.split('.'));
      // Compiling the changed set again gives a compiled set of it.
      expect(compile(set).set).toBe(set);
    });
  }
});
