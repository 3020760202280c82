// Operations on a baseline key result (issue 17 item 6): any finite number is
// a valid check-in; checkpoints on one are refused.
import { describe, expect, it } from 'vitest';
import { assertOk, recordCheckIn, scoreKeyResult, updateKeyResult } from '../../src/index.js';
import { firstIssue, sampleSet } from './_fixture.js';

const BASELINE = { kind: 'metric' as const, start: null, target: 100 };

describe('a baseline key result in the operations', () => {
  it('becomes a baseline with updateKeyResult; its check-ins keep fitting', () => {
    const set = assertOk(
      updateKeyResult(sampleSet(), { keyResultId: 'kr1', changes: { measure: BASELINE } }),
    ).set;
    expect(set.keyResults.find((k) => k.id === 'kr1')!.measure).toEqual(BASELINE);
    const next = assertOk(
      recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: -12.5 }),
    ).set;
    expect(next.checkIns.at(-1)!.value).toBe(-12.5);
  });

  it('refuses a value that is not a number', () => {
    const set = assertOk(
      updateKeyResult(sampleSet(), { keyResultId: 'kr1', changes: { measure: BASELINE } }),
    ).set;
    const r = recordCheckIn(set, { keyResultId: 'kr1', at: '2026-02-15', value: true });
    expect(r.ok).toBe(false);
    expect(firstIssue(r).code).toBe('value_mismatch');
  });

  it('refuses checkpoints on a baseline metric', () => {
    const r = updateKeyResult(sampleSet(), {
      keyResultId: 'kr1',
      changes: { measure: { ...BASELINE, checkpoints: [{ value: 50, score: 0.5 }] } },
    });
    expect(r.ok).toBe(false);
    expect(firstIssue(r).code).toBe('invalid_value');
  });

  it('scores from the first recorded check-in', () => {
    const set = assertOk(
      updateKeyResult(sampleSet(), { keyResultId: 'kr1', changes: { measure: BASELINE } }),
    ).set;
    const kr = set.keyResults.find((k) => k.id === 'kr1')!;
    const cycle = set.cycles.find(
      (c) => c.id === set.objectives.find((o) => o.id === kr.objectiveId)!.cycleId,
    )!;
    const checkIns = set.checkIns.filter((c) => c.keyResultId === 'kr1');
    const first = [...checkIns].sort((a, b) => a.at.localeCompare(b.at))[0]!;
    const r = scoreKeyResult(kr, cycle, [first], { asOf: '2026-03-01' });
    expect(r.score).toBe(0);
  });
});
