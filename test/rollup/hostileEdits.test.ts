import { describe, expect, it } from 'vitest';
import { createScorer, isSokrError, type Measure, rollup } from '../../src/index.js';
import { checkIn, keyResult, objective, okrSet } from './_fixtures.js';

const set = okrSet({
  objectives: [objective('o1')],
  keyResults: [keyResult('k1', 'o1')],
  checkIns: [checkIn('c1', 'k1', 40)],
});

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues[0];
    throw error; // anything but a SokrError fails the test
  }
  return undefined;
}

describe('scorer edits with values no parser let through', () => {
  it('refuses a bigint or symbol check-in value with a SokrError, and scores on', () => {
    const scorer = createScorer(set, { asOf: '2026-02-15' });
    for (const value of [10n, Symbol('v')]) {
      expect(
        issueOf(() =>
          scorer.applyCheckIn({
            id: 'x',
            keyResultId: 'k1',
            at: '2026-02-14',
            value: value as never,
          }),
        ),
      ).toMatchObject({
        code: 'value_mismatch',
      });
    }
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: '2026-02-15' }));
  });

  it('refuses a measure whose numbers are not finite numbers, naming the field', () => {
    const scorer = createScorer(set, { asOf: '2026-02-15', clamp: false });
    const bad: unknown[] = [
      { kind: 'metric', start: Symbol('s'), target: 10 },
      { kind: 'metric', start: 10n, target: 10 },
      { kind: 'metric', start: () => 1, target: 10 },
      { kind: 'metric', start: Object.create(null), target: 10 },
      { kind: 'metric', start: 0, target: Number.POSITIVE_INFINITY },
      { kind: 'range', min: 0 },
      { kind: 'threshold', mode: 'atLeast', value: '5' },
    ];
    for (const measure of bad) {
      const issue = issueOf(() => scorer.setMeasure('k1', measure as Measure));
      expect(issue?.code).toBe('invalid_type');
      expect(issue?.path[0]).toBe('measure');
    }
    expect(issueOf(() => scorer.setMeasure('k1', { kind: 'percent' } as never))).toMatchObject({
      path: ['measure', 'kind'],
      code: 'invalid_value',
    });
    // Nothing changed, and every later snapshot still works.
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: '2026-02-15', clamp: false }));
  });
});
