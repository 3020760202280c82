import { describe, expect, it } from 'vitest';
import { createScorer, type OkrSet, rollup } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

// An editable scorer over a plain set keeps its own list of the set's check-ins: the
// caller may change the set's arrays while the scorer lives (a dashboard's state).
describe('an editable scorer over a plain set', () => {
  const asOf = '2026-02-15';

  it('keeps scoring the check-ins it was built with when the caller replaces some in place', () => {
    const set: OkrSet = structuredClone(generateEnterprise({ seed: 3, units: 6, cycles: 1 }));
    const original: OkrSet = structuredClone(set);
    const scorer = createScorer(set, { asOf });
    const k = set.keyResults.find((kr) => kr.measure.kind === 'metric')!;
    const positions = set.checkIns.flatMap((c, i) => (c.keyResultId === k.id ? [i] : []));
    expect(positions.length).toBeGreaterThan(1);
    // The caller overwrites that key result's check-ins in its own array.
    for (const i of positions) set.checkIns[i] = { ...set.checkIns[i]!, value: -1e9 };
    // An edit that moves the key result's latest check-in back in time: the scorer
    // finds the current one again among the check-ins it holds.
    const latest = original.checkIns[positions[positions.length - 1]!]!;
    const moved = { ...latest, at: '2026-01-02' };
    scorer.applyCheckIn(moved);
    const expected = rollup(
      { ...original, checkIns: original.checkIns.map((c) => (c.id === latest.id ? moved : c)) },
      { asOf },
    );
    expect(scorer.snapshot().keyResults[k.id]).toEqual(expected.keyResults[k.id]);
    expect(scorer.snapshot().objectives).toEqual(expected.objectives);
  });
});
