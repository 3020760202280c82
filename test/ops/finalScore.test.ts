import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  assertOk,
  close,
  closeObjective,
  type OkrSet,
  parseOkrSet,
  cycleReview,
  reopen,
  rollup,
  toMarkdown,
} from '../../src/index.js';
import { issuesOf, sampleSet } from './_fixture.js';

describe('closing an objective with a final score and a reason (issue 17)', () => {
  it('records the final score and the reason, and the scorecard shows both scores', () => {
    const set = sampleSet();
    const computed = rollup(set, { asOf: '2026-04-02' }).objectives['o1']!.score;
    const result = assertOk(
      closeObjective(set, {
        objectiveId: 'o1',
        finalScore: 0.6,
        reason: 'The big deal signed on 2 April.',
      }),
    );
    const closed = result.set as OkrSet;
    expect(closed.objectives.find((o) => o.id === 'o1')).toMatchObject({
      state: 'closed',
      finalScore: 0.6,
      finalScoreReason: 'The big deal signed on 2 April.',
    });
    const card = rollup(closed, { asOf: '2026-04-02' }).objectives['o1']!;
    expect(card.score).toBe(computed);
    expect(card.finalScore).toBe(0.6);
    expect(card.finalScoreReason).toBe('The big deal signed on 2 April.');
    expect(rollup(closed, { asOf: '2026-04-02' }).objectives['o2']).toMatchObject({
      finalScore: null,
      finalScoreReason: null,
    });
    expect(parseOkrSet(closed).ok).toBe(true);
    // Undo restores the set exactly.
    expect(applyPatches(closed, result.inversePatches)).toEqual(set);
  });

  it('drops the final score when the objective is reopened', () => {
    const closed = assertOk(
      close(sampleSet(), { objectiveId: 'o1', finalScore: 0.6, reason: 'Signed late' }),
    ).set as OkrSet;
    const open = assertOk(reopen(closed, { objectiveId: 'o1' })).set as OkrSet;
    const o1 = open.objectives.find((o) => o.id === 'o1')!;
    expect(o1.state).toBe('active');
    expect('finalScore' in o1).toBe(false);
    expect('finalScoreReason' in o1).toBe(false);
  });

  it('refuses a final score without a reason, out of range, or a reason alone', () => {
    const set = sampleSet();
    expect(issuesOf(close(set, { objectiveId: 'o1', finalScore: 0.6 }))).toEqual([
      expect.objectContaining({ path: ['reason'], code: 'missing' }),
    ]);
    expect(issuesOf(close(set, { objectiveId: 'o1', finalScore: 1.2, reason: 'x' }))).toEqual([
      expect.objectContaining({ path: ['finalScore'], code: 'invalid_value' }),
    ]);
    expect(issuesOf(close(set, { objectiveId: 'o1', reason: 'why' }))).toEqual([
      expect.objectContaining({ path: ['reason'], code: 'invalid_value' }),
    ]);
    expect(set).toEqual(sampleSet());
  });

  it('is refused by the parser outside 0–1', () => {
    const set = sampleSet();
    set.objectives[0] = { ...set.objectives[0]!, finalScore: 2 };
    const result = parseOkrSet(set);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['objectives', 0, 'finalScore']);
  });

  it('shows both scores in the cycle review', () => {
    const closed = assertOk(
      close(sampleSet(), { objectiveId: 'o1', finalScore: 0.6, reason: 'Signed late' }),
    ).set as OkrSet;
    const review = cycleReview(closed, { asOf: '2026-04-02', cycleId: 'q1' });
    const o1 = review.objectives.find((o) => o.id === 'o1')!;
    expect(o1).toMatchObject({ finalScore: 0.6, finalScoreReason: 'Signed late' });
    expect(o1.score).toBe(rollup(closed, { asOf: '2026-04-02' }).objectives['o1']!.score ?? 0);
    expect(toMarkdown(review)).toContain('closed at 0.6: Signed late');
  });
});
