// Kept key results (threshold, range) have no time line: a plan changes nothing for
// them, in the rollup as in scoreKeyResult (scoring.md), and a setMeasure that makes
// a planned key result kept drops the plan's expected progress.
import { describe, expect, it } from 'vitest';
import { createScorer, rollup } from '../../src/index.js';
import { AS_OF, checkIn, keyResult, objective, okrSet } from './_fixtures.js';

const keep = { kind: 'threshold', mode: 'atLeast', value: 99.9 } as const;

describe('plans of kept key results', () => {
  it('a broken keep-above key result is off track whatever its plan, and its objective too', () => {
    const plain = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('k1', 'o1', { measure: keep })],
      checkIns: [checkIn('c1', 'k1', 98)],
    });
    const planned = {
      ...plain,
      keyResults: [{ ...plain.keyResults[0]!, plan: 'step' as const }],
    };
    const options = { asOf: AS_OF, objectiveStatus: 'score' as const };
    const a = rollup(plain, options);
    const b = rollup(planned, options);
    expect(b.keyResults.k1!.expected).toBe(a.keyResults.k1!.expected);
    expect(b.keyResults.k1!.status).toBe('off-track');
    expect(b.objectives.o1!.status).toBe(a.objectives.o1!.status);
    expect(b.objectives.o1!.status).toBe('off-track');
  });

  it('setMeasure to a kept measure drops the plan’s expected progress, as a rollup of the edited set', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('k1', 'o1', { plan: 'back-loaded' })],
      checkIns: [checkIn('c1', 'k1', 40)],
    });
    const scorer = createScorer(set, { asOf: AS_OF });
    scorer.setMeasure('k1', keep);
    const edited = { ...set, keyResults: [{ ...set.keyResults[0]!, measure: keep }] };
    expect(scorer.snapshot()).toEqual(rollup(edited, { asOf: AS_OF }));
  });
});
