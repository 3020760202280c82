// rollup and createScorer check their statusPolicy option (checkStatusPolicy) instead
// of scoring with it as given: a string gap made every key result at risk, NaN left
// none at risk, a number was accepted as a policy.
import { describe, expect, it } from 'vitest';
import {
  compile,
  createScorer,
  defaultStatusPolicy,
  isSokrError,
  type RollupOptions,
  rollup,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const AS_OF = '2026-02-16';
const acme = acmeExample();

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error; // anything but a SokrError fails the test
  }
  throw new Error('expected a SokrError');
}

const BAD: [unknown, (string | number)[], string][] = [
  [{ atRiskGap: 'x' }, ['statusPolicy', 'atRiskGap'], 'invalid_type'],
  [{ offTrackGap: Number.NaN }, ['statusPolicy', 'offTrackGap'], 'invalid_value'],
  [{ lowConfidence: 11 }, ['statusPolicy', 'lowConfidence'], 'invalid_value'],
  [{ cadenceDays: 0 }, ['statusPolicy', 'cadenceDays'], 'invalid_value'],
  [{ atRiskgap: 0.1 }, ['statusPolicy', 'atRiskgap'], 'unknown_key'],
  [42, ['statusPolicy'], 'invalid_type'],
  [null, ['statusPolicy'], 'invalid_type'],
  [[], ['statusPolicy'], 'invalid_type'],
];

describe('the statusPolicy option of rollup and createScorer', () => {
  it('is refused with a SokrError at its path when it is not a status policy', () => {
    for (const [statusPolicy, path, code] of BAD) {
      const options = { asOf: AS_OF, statusPolicy } as unknown as RollupOptions;
      for (const run of [
        () => rollup(acme, options),
        () => rollup(compile(acme), options),
        () => createScorer(acme, options),
      ]) {
        expect(issuesOf(run), JSON.stringify(statusPolicy)).toEqual([
          expect.objectContaining({ path, code }),
        ]);
      }
    }
  });

  it('scores as before with a valid one (the audit counts: 14 on track, 4 at risk)', () => {
    const counts = rollup(acme, { asOf: AS_OF }).company.counts;
    expect(counts).toMatchObject({ 'on-track': 14, 'at-risk': 4, 'off-track': 7 });
    expect(rollup(acme, { asOf: AS_OF, statusPolicy: {} }).company.counts).toEqual(counts);
    expect(
      rollup(acme, { asOf: AS_OF, statusPolicy: { ...defaultStatusPolicy } }).company.counts,
    ).toEqual(counts);
    const lenient = rollup(acme, {
      asOf: AS_OF,
      statusPolicy: { atRiskGap: 0.4, offTrackGap: 0.6 },
    });
    expect(lenient.company.counts['on-track']).toBeGreaterThan(14);
    expect(
      createScorer(acme, {
        asOf: AS_OF,
        statusPolicy: { atRiskGap: 0.4, offTrackGap: 0.6 },
      }).snapshot(),
    ).toEqual(lenient);
  });

  it('states the policy it used, a field given as undefined taking its default', () => {
    const card = rollup(acme, {
      asOf: AS_OF,
      // A JavaScript caller (or exactOptionalPropertyTypes off) may pass undefined.
      statusPolicy: { atRiskGap: 0.3, cadenceDays: undefined } as never,
    });
    expect(card.options.statusPolicy).toEqual({ ...defaultStatusPolicy, atRiskGap: 0.3 });
  });
});
