// scoreKeyResult and forecast read only the check-ins inside the key result's
// window, as the rollup's card does (review item 3): the rollup guide promises
// that every card equals scoreKeyResult, and a check-in from before the cycle
// (or after the window) never becomes the current one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertOkrSet,
  type CheckIn,
  forecast,
  type KeyResult,
  type Measure,
  rollup,
  scoreKeyResult,
} from '../../src/index.js';

const CYCLE = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };

function setOf(measure: Measure, checkIns: CheckIn[], due?: string) {
  const kr: KeyResult = { id: 'k1', objectiveId: 'o1', title: 'A', ownerId: 'ann', measure };
  if (due !== undefined) kr.due = due;
  return assertOkrSet({
    units: [{ id: 'co', name: 'Co' }],
    people: [{ id: 'ann', name: 'Ann' }],
    cycles: [CYCLE],
    objectives: [{ id: 'o1', title: 'Grow', unitId: 'co', cycleId: 'q1', state: 'active' }],
    keyResults: [kr],
    checkIns,
  });
}

const ci = (id: string, at: string, value: number): CheckIn => ({
  id,
  keyResultId: 'k1',
  at,
  value,
});
const METRIC: Measure = { kind: 'metric', start: 0, target: 100 };

describe('scoreKeyResult counts check-ins in the window only (worked examples)', () => {
  it('a check-in before the cycle is not current: pending, as on the rollup card', () => {
    const set = setOf(METRIC, [ci('c0', '2025-12-01', 90)]);
    const r = scoreKeyResult(set.keyResults[0]!, CYCLE, set.checkIns, { asOf: '2026-02-20' });
    expect(r).toMatchObject({ value: null, score: 0, status: 'pending', checkIn: null });
    expect(rollup(set, { asOf: '2026-02-20' }).keyResults.k1).toMatchObject({
      value: null,
      score: 0,
      status: 'pending',
    });
  });

  it('a check-in after the window is not current either (asOf 2026-04-10)', () => {
    const set = setOf(METRIC, [ci('c1', '2026-02-01', 40), ci('c9', '2026-04-05', 95)]);
    const r = scoreKeyResult(set.keyResults[0]!, CYCLE, set.checkIns, { asOf: '2026-04-10' });
    // 40 of 100 by the end of the window: missed, not 0.95.
    expect(r).toMatchObject({ value: 40, score: 0.4, status: 'missed' });
    expect(rollup(set, { asOf: '2026-04-10' }).keyResults.k1).toMatchObject({
      value: 40,
      status: 'missed',
    });
  });

  it('a due day before the cycle end still accepts check-ins to the cycle end, as recordCheckIn does', () => {
    const set = setOf(METRIC, [ci('c1', '2026-03-20', 70)], '2026-02-28');
    const r = scoreKeyResult(set.keyResults[0]!, CYCLE, set.checkIns, { asOf: '2026-03-25' });
    expect(r).toMatchObject({ value: 70, status: 'missed' });
    expect(rollup(set, { asOf: '2026-03-25' }).keyResults.k1).toMatchObject({ value: 70 });
  });

  it('a baseline metric takes its start from the first check-in in the window', () => {
    const measure: Measure = { kind: 'metric', start: null, target: 100 };
    const set = setOf(measure, [
      ci('c0', '2025-12-15', 0),
      ci('c1', '2026-01-10', 40),
      ci('c2', '2026-02-10', 70),
    ]);
    const r = scoreKeyResult(set.keyResults[0]!, CYCLE, set.checkIns, { asOf: '2026-02-20' });
    // start 40 (not 0 from December): (70 − 40) / (100 − 40) = 0.5
    expect(r.score).toBe(0.5);
    expect(rollup(set, { asOf: '2026-02-20' }).keyResults.k1!.score).toBe(0.5);
  });
});

describe('forecast fits only the check-ins in the window', () => {
  it('a December check-in is no point of the line', () => {
    const kr = setOf(METRIC, []).keyResults[0]!;
    const checkIns = [ci('c0', '2025-12-01', 90), ci('c1', '2026-01-31', 30)];
    const f = forecast(kr, CYCLE, checkIns, { asOf: '2026-02-20' });
    expect(f.points).toEqual([{ at: '2026-01-31', score: 0.3 }]);
    // One point after the start: the line from (1 Jan, 0) through (31 Jan, 0.3): 0.01 a day.
    expect(f.slopePerDay).toBeCloseTo(0.01, 12);
  });

  it('a check-in after the window is no point either', () => {
    const kr = setOf(METRIC, []).keyResults[0]!;
    const checkIns = [ci('c1', '2026-01-31', 30), ci('c9', '2026-04-05', 95)];
    expect(forecast(kr, CYCLE, checkIns, { asOf: '2026-04-10' }).points).toEqual([
      { at: '2026-01-31', score: 0.3 },
    ]);
  });
});

describe('property: the card equals scoreKeyResult with check-ins outside the window', () => {
  const day = fc
    .integer({ min: -40, max: 130 })
    .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  it('for metrics, baselines and thresholds, with and without due, clamped or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Measure>(
          METRIC,
          { kind: 'metric', start: null, target: 100 },
          { kind: 'threshold', mode: 'atLeast', value: 50 },
        ),
        fc.array(fc.tuple(day, fc.integer({ min: -20, max: 150 })), { maxLength: 6 }),
        fc.constantFrom(undefined, '2026-02-15', '2026-04-20'),
        day,
        fc.boolean(),
        (measure, points, due, asOf, clamp) => {
          const checkIns = points.map(([at, v], i) => ci(`c${i}`, at, v));
          const set = setOf(measure, checkIns, due);
          const kr = set.keyResults[0]!;
          const card = rollup(set, { asOf, clamp }).keyResults.k1!;
          const own = scoreKeyResult(kr, CYCLE, checkIns, { asOf, clamp });
          expect(card.score).toBe(own.score);
          expect(card.status).toBe(own.status);
          expect(card.value).toEqual(own.value);
          expect(card.stale).toBe(own.stale);
          expect(card.lastCheckInAt).toBe(own.checkIn?.at ?? null);
          for (const p of forecast(kr, CYCLE, checkIns, { asOf }).points) {
            expect(p.at >= CYCLE.start).toBe(true);
            expect(p.at <= asOf).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
