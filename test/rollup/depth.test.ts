import { describe, expect, it } from 'vitest';
import { createScorer, rollup, SokrError } from '../../src/index.js';
import { checkIn, keyResult, objective, okrSet } from './_fixtures.js';

// Q1 2026: 1 Jan → 1 Apr, 90 days; 1 Mar is day 59.
const deals = { kind: 'metric' as const, start: 0, target: 90 };
const latePlan = [
  { at: '2026-02-15', value: 10 },
  { at: '2026-03-15', value: 30 },
];

describe('rollup with plans', () => {
  const set = okrSet({
    objectives: [objective('o')],
    keyResults: [
      keyResult('planned', 'o', { measure: deals, plan: latePlan }),
      keyResult('linear', 'o', { measure: deals }),
    ],
    checkIns: [
      checkIn('c1', 'planned', 15, '2026-03-01'),
      checkIn('c2', 'linear', 15, '2026-03-01'),
    ],
  });

  it('judges a key result against its plan and the objective against the weighted plans', () => {
    const card = rollup(set, { asOf: '2026-03-01' });
    expect(card.keyResults['planned']!.expected).toBeCloseTo(2 / 9, 12);
    expect(card.keyResults['planned']!.status).toBe('on-track');
    expect(card.keyResults['linear']!.expected).toBeCloseTo(59 / 90, 12);
    expect(card.keyResults['linear']!.status).toBe('off-track');
    expect(card.objectives['o']!.expected).toBeCloseTo((2 / 9 + 59 / 90) / 2, 12);
  });

  it('follows a curve preset', () => {
    const backLoaded = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { plan: 'back-loaded' })],
    });
    // 15 Feb is day 45 of 90: (1/2)² = 1/4.
    expect(rollup(backLoaded, { asOf: '2026-02-15' }).keyResults['k']!.expected).toBe(0.25);
  });

  it('refuses a plan date that does not parse, naming its path', () => {
    const bad = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { plan: [{ at: 'soon', value: 3 }] })],
    });
    try {
      rollup(bad, { asOf: '2026-02-15' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SokrError);
      expect((error as SokrError).issues[0]).toMatchObject({
        path: ['keyResults', 0, 'plan', 0, 'at'],
        code: 'invalid_date',
      });
    }
  });

  it('updates the expected progress of a planned key result when its measure changes', () => {
    const scorer = createScorer(set, { asOf: '2026-03-01' });
    const changed = scorer.setMeasure('planned', { kind: 'metric', start: 0, target: 45 });
    // 10 of 45 by mid-February, 30 of 45 by mid-March: 2/9 + (1/2)(4/9) = 4/9 on 1 March.
    expect(scorer.keyResult('planned')!.expected).toBeCloseTo(4 / 9, 12);
    expect(changed).toContain('planned');
    expect(changed).toContain('o');
  });
});

describe('rollup with checkpoints', () => {
  it('scores through a key result’s own levels', () => {
    const levels = {
      kind: 'metric' as const,
      start: 0,
      target: 200,
      checkpoints: [
        { value: 50, score: 0.3 },
        { value: 120, score: 0.7 },
      ],
    };
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('k', 'o', { measure: levels }), keyResult('k2', 'o')],
      checkIns: [checkIn('c1', 'k', 85), checkIn('c2', 'k2', 30)],
    });
    const card = rollup(set, { asOf: '2026-02-15' });
    expect(card.keyResults['k']!.score).toBeCloseTo(0.5, 12);
    expect(card.objectives['o']!.score).toBeCloseTo(0.4, 12);
    const scorer = createScorer(set, { asOf: '2026-02-15' });
    scorer.applyCheckIn(checkIn('c3', 'k', 160, '2026-02-15'));
    expect(scorer.keyResult('k')!.score).toBeCloseTo(0.85, 12);
  });

  it('refuses non-monotone checkpoints in setMeasure', () => {
    const set = okrSet({ objectives: [objective('o')], keyResults: [keyResult('k', 'o')] });
    const scorer = createScorer(set, { asOf: '2026-02-15' });
    expect(() =>
      scorer.setMeasure('k', {
        kind: 'metric',
        start: 0,
        target: 100,
        checkpoints: [
          { value: 60, score: 0.5 },
          { value: 40, score: 0.7 },
        ],
      }),
    ).toThrow(/does not come after 60/);
  });
});

describe('kept key results in the rollup', () => {
  const uptime = { kind: 'threshold' as const, mode: 'atLeast' as const, value: 99.5 };
  const set = okrSet({
    objectives: [objective('o')],
    keyResults: [
      keyResult('held', 'o', { measure: uptime }),
      keyResult('broken', 'o', { measure: uptime }),
    ],
    checkIns: [
      checkIn('c1', 'held', 99.9, '2026-01-05'),
      checkIn('c2', 'broken', 99, '2026-01-05'),
    ],
  });

  it('counts a held one on track and a broken one off track during the window', () => {
    const card = rollup(set, { asOf: '2026-01-06' });
    expect(card.keyResults['held']!.status).toBe('on-track');
    expect(card.keyResults['broken']!.status).toBe('off-track');
    expect(card.objectives['o']!.status).toBe('off-track');
  });

  it('counts them achieved and missed after the window', () => {
    const card = rollup(set, { asOf: '2026-04-02' });
    expect(card.keyResults['held']!.status).toBe('achieved');
    expect(card.keyResults['broken']!.status).toBe('missed');
  });
});

describe("objectiveStatus: 'score'", () => {
  // Expected 0.5 on 15 Feb (day 45 of 90); scores 0.9, 0.3 and 0.0 (a worst of off-track).
  const set = okrSet({
    objectives: [objective('o')],
    keyResults: [keyResult('a', 'o'), keyResult('b', 'o'), keyResult('c', 'o')],
    checkIns: [checkIn('c1', 'a', 90), checkIn('c2', 'b', 30), checkIn('c3', 'c', 0)],
  });

  it('compares the weighted score with the weighted expected progress', () => {
    expect(rollup(set, { asOf: '2026-02-15' }).objectives['o']!.status).toBe('off-track');
    const card = rollup(set, { asOf: '2026-02-15', objectiveStatus: 'score' });
    // 0.4 ≥ 0.5 − 0.2: on track.
    expect(card.objectives['o']!.score).toBeCloseTo(0.4, 12);
    expect(card.objectives['o']!.status).toBe('on-track');
    expect(card.options.objectiveStatus).toBe('score');
  });

  it('uses the policy thresholds', () => {
    const card = rollup(set, {
      asOf: '2026-02-15',
      objectiveStatus: 'score',
      statusPolicy: { atRiskGap: 0.05 },
    });
    expect(card.objectives['o']!.status).toBe('at-risk');
  });

  it('keeps pending, achieved and missed from the key results', () => {
    const empty = okrSet({ objectives: [objective('o')], keyResults: [keyResult('a', 'o')] });
    expect(
      rollup(empty, { asOf: '2026-02-15', objectiveStatus: 'score' }).objectives['o']!.status,
    ).toBe('pending');
    expect(
      rollup(set, { asOf: '2026-04-02', objectiveStatus: 'score' }).objectives['o']!.status,
    ).toBe('missed');
  });

  it('refuses an unknown mode', () => {
    expect(() => rollup(set, { asOf: '2026-02-15', objectiveStatus: 'best' as never })).toThrow(
      /objectiveStatus is 'worst' or 'score'/,
    );
  });
});

describe("staleStatus: 'at-risk'", () => {
  const set = okrSet({
    objectives: [objective('o')],
    keyResults: [keyResult('k', 'o')],
    checkIns: [checkIn('c1', 'k', 40, '2026-01-20')],
  });

  it('makes a stale on-track key result at risk, and its objective with it', () => {
    const keep = rollup(set, { asOf: '2026-02-01' });
    expect(keep.keyResults['k']).toMatchObject({ stale: true, status: 'on-track' });
    const capped = rollup(set, { asOf: '2026-02-01', staleStatus: 'at-risk' });
    expect(capped.keyResults['k']!.status).toBe('at-risk');
    expect(capped.objectives['o']!.status).toBe('at-risk');
    expect(capped.options.staleStatus).toBe('at-risk');
  });

  it('lifts the cap when a fresh check-in arrives', () => {
    const scorer = createScorer(set, { asOf: '2026-02-01', staleStatus: 'at-risk' });
    scorer.applyCheckIn(checkIn('c2', 'k', 40, '2026-01-31'));
    expect(scorer.keyResult('k')!.status).toBe('on-track');
  });

  it('refuses an unknown value', () => {
    expect(() => rollup(set, { asOf: '2026-02-01', staleStatus: 'never' as never })).toThrow(
      /staleStatus is 'keep' or 'at-risk'/,
    );
  });
});
