import { describe, expect, it } from 'vitest';
import { isSokrError, percentScale, weeklyReport, type WeeklyReport } from '../../src/index.js';
import { smallSet } from './smallSet.js';
import { acmeExample } from '../../src/testing/index.js';

// Worked by hand (see smallSet): Q1 window 2026-01-01 → 2026-04-01 (90 days).
// At 2026-01-21: expected 20/90; k1 0.25 (prev 0.15), k2 pending, k3 0.1 (stale: last 01-10),
// k4 0 (threshold broken → off-track at once; pending at 01-14), k5 pending.
// o1 = (0.25 + 0) / 2 = 0.125 (prev 0.075); o2 = (0.1 + 0 + 0) / 3 (prev the same).

function kr(report: WeeklyReport, id: string) {
  const k = report.units
    .flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
    .find((x) => x.id === id);
  if (k === undefined) throw new Error(`no ${id}`);
  return k;
}

describe('weeklyReport', () => {
  const report = weeklyReport(smallSet(), { asOf: '2026-01-21' });

  it('compares with the date one week earlier and covers the running cycle', () => {
    expect(report.kind).toBe('weekly');
    expect(report.asOf).toBe('2026-01-21');
    expect(report.previous).toBe('2026-01-14');
    expect(report.cycles.map((c) => c.id)).toEqual(['q1']);
  });

  it('gives the company score now and a week earlier from the rollup', () => {
    expect(report.overall.score).toBeCloseTo((0.125 + 0.1 / 3) / 2, 12);
    expect(report.overall.previousScore).toBeCloseTo((0.075 + 0.1 / 3) / 2, 12);
    expect(report.overall.delta).toBeCloseTo(0.025, 12);
    expect(report.overall.band.id).toBe('red');
    expect(report.overall.keyResults).toBe(5);
    expect(report.overall.statusCounts).toEqual({
      pending: 2,
      'on-track': 2,
      'at-risk': 0,
      'off-track': 1,
      achieved: 0,
      missed: 0,
    });
  });

  it('lists units in tree order with their objectives', () => {
    expect(report.units.map((u) => [u.id, u.depth, u.objectives.map((o) => o.id)])).toEqual([
      ['co', 0, ['o1']],
      ['eng', 1, ['o2']],
    ]);
    const o1 = report.units[0]!.objectives[0]!;
    expect(o1.score).toBeCloseTo(0.125, 12);
    expect(o1.previousScore).toBeCloseTo(0.075, 12);
    expect(o1.expected).toBeCloseTo(20 / 90, 12);
  });

  it('puts a key result whose score rose under moved, with the delta and the week’s moved notes', () => {
    const k1 = kr(report, 'k1');
    expect(k1.movement).toBe('up');
    expect(k1.previousScore).toBeCloseTo(0.15, 12);
    expect(k1.score).toBeCloseTo(0.25, 12);
    expect(k1.delta).toBeCloseTo(0.1, 12);
    expect(k1.notes).toEqual({ moved: ['Closed two deals'], blocked: [], next: ['Hire an SDR'] });
    expect(k1.confidence).toBe(6);
    expect(k1.previousConfidence).toBe(8);
    expect(k1.series).toEqual([
      { at: '2026-01-07', score: 0.1, value: 10 },
      { at: '2026-01-14', score: 0.15, value: 15 },
      { at: '2026-01-20', score: 0.25, value: 25 },
    ]);
    expect(report.units[0]!.objectives[0]!.moved).toEqual(['k1']);
  });

  it('forecasts k1 to reach its target inside the window (least squares through its three check-ins)', () => {
    // slope = 0.9667 / 84.667 per day from 01-07; reaches 1 on day 6.667 + 0.8333/slope ≈ 79.7 → 2026-03-27
    const k1 = kr(report, 'k1');
    expect(k1.outlook).toBe('reaches-target');
    expect(k1.forecast?.reachesTargetAt).toBe('2026-03-27');
    expect(k1.forecast?.at).toBe('2026-03-31');
    expect(report.units[0]!.objectives[0]!.aboutTo).toEqual(['k1']);
  });

  it('puts unchanged and pending key results under didn’t move, and only the week’s notes', () => {
    const o2 = report.units[1]!.objectives[0]!;
    expect(o2.didNotMove).toEqual(['k3', 'k4', 'k5']);
    const k3 = kr(report, 'k3');
    expect(k3.movement).toBe('flat');
    expect(k3.notes.blocked).toEqual([]); // the blocked note is from 01-10, before the week
    expect(k3.stale).toBe(true);
    expect(o2.stale).toEqual(['k3']);
  });

  it('flags at-risk key results and missing check-ins', () => {
    const k4 = kr(report, 'k4');
    expect(k4.status).toBe('off-track'); // a broken keep-above KR is off track at once
    expect(k4.previousStatus).toBe('pending');
    expect(report.units[1]!.objectives[0]!.atRisk).toEqual(['k4']);
    expect(report.units[0]!.objectives[0]!.missing).toEqual(['k2']);
    expect(report.units[1]!.objectives[0]!.missing).toEqual(['k5']);
  });

  it('lists a proposed dependency, and an accepted one whose other side broke its threshold', () => {
    expect(report.dependencies.map((d) => [d.id, d.reason])).toEqual([
      ['d1', 'not-accepted'],
      ['d2', 'blocking'],
    ]);
  });

  it('lists a proposed dependency but not an accepted one whose other side is only at risk', () => {
    // k4 holds its threshold with confidence 2: at risk, not blocking.
    const set = smallSet();
    set.checkIns = set.checkIns.map((c) => (c.id === 'c6' ? { ...c, value: 50 } : c));
    const held = weeklyReport(set, { asOf: '2026-01-21' });
    expect(held.dependencies).toEqual([
      {
        id: 'd1',
        state: 'proposed',
        reason: 'not-accepted',
        from: {
          ref: { objectiveId: 'o1' },
          title: 'Grow revenue',
          unitId: 'co',
          status: 'on-track',
        }, // k1 on track, k2 pending
        on: {
          ref: { objectiveId: 'o2' },
          title: 'Faster platform',
          unitId: 'eng',
          status: 'at-risk',
        },
        note: 'Needs speed',
      },
    ]);
  });

  it('counts the sections', () => {
    expect(report.summary).toEqual({
      moved: 1,
      didNotMove: 4,
      aboutTo: 2,
      atRisk: 1,
      missing: 2,
      stale: 1,
      dependencies: 2,
    });
  });

  it('lists a dependency as blocking when its accepted other side is off track', () => {
    const set = smallSet();
    set.checkIns.push({ id: 'c9', keyResultId: 'k4', at: '2026-02-20', value: 40, confidence: 2 });
    const later = weeklyReport(set, { asOf: '2026-02-21' });
    expect(later.dependencies.map((d) => [d.id, d.reason])).toEqual([
      ['d1', 'not-accepted'],
      ['d2', 'blocking'],
    ]);
  });

  it('is JSON data: a round trip through JSON changes nothing', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('filters to a unit subtree, with the unit’s subtree score as overall', () => {
    const eng = weeklyReport(smallSet(), { asOf: '2026-01-21', unitId: 'eng' });
    expect(eng.units.map((u) => [u.id, u.depth])).toEqual([['eng', 0]]);
    expect(eng.overall.score).toBeCloseTo(0.1 / 3, 12);
    expect(eng.filter).toEqual({ unitId: 'eng', ownerId: null });
    expect(eng.dependencies.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('filters to an owner’s key results, with the owner’s rollup as overall', () => {
    const bob = weeklyReport(smallSet(), { asOf: '2026-01-21', ownerId: 'bob' });
    const ids = bob.units.flatMap((u) =>
      u.objectives.flatMap((o) => o.keyResults.map((k) => k.id)),
    );
    expect(ids).toEqual(['k2', 'k3', 'k4']);
    expect(bob.overall.score).toBeCloseTo(0.1 / 3, 12);
    expect(bob.overall.keyResults).toBe(3);
  });

  it('with an owner, each unit row is the weighted mean of the owner’s key results there, as the headline is', () => {
    const set = acmeExample();
    for (const ownerId of ['daniel', 'noah']) {
      const r = weeklyReport(set, { asOf: '2026-01-21', ownerId });
      for (const u of r.units) {
        const mine = u.objectives.flatMap((o) => o.keyResults);
        if (mine.length === 0) continue;
        const w = (id: string) => set.keyResults.find((k) => k.id === id)!.weight ?? 1;
        const total = mine.reduce((sum, k) => sum + w(k.id), 0);
        const own = mine.reduce((sum, k) => sum + w(k.id) * k.score, 0) / total;
        const before = mine.reduce((sum, k) => sum + w(k.id) * k.previousScore, 0) / total;
        // Units without sub-units holding the owner's key results: exactly their own mean.
        if (!r.units.some((c) => c.depth > u.depth && c.objectives.length > 0)) {
          expect(u.score).toBeCloseTo(own, 12);
          expect(u.previousScore).toBeCloseTo(before, 12);
        }
      }
      const top = r.units.filter((u) => u.depth === 0);
      if (top.length === 1) {
        expect(top[0]!.score).toBeCloseTo(r.overall.score, 12);
        expect(top[0]!.previousScore).toBeCloseTo(r.overall.previousScore, 12);
      }
    }
  });

  it('uses the scale given for bands', () => {
    const r = weeklyReport(smallSet(), { asOf: '2026-01-21', scale: percentScale });
    expect(r.scale.id).toBe('percent');
    expect(kr(r, 'k1').band.id).toBe('p20');
  });

  it('covers the latest started cycle after every cycle ended', () => {
    const r = weeklyReport(smallSet(), { asOf: '2026-04-07' });
    expect(r.cycles.map((c) => c.id)).toEqual(['q1']);
    expect(kr(r, 'k1').status).toBe('missed');
  });

  it('throws a SokrError naming the option for a bad date or an unknown id', () => {
    const cases: Array<[Parameters<typeof weeklyReport>[1], string, string]> = [
      [{ asOf: '2026-02-30' }, 'asOf', 'invalid_date'],
      [{ asOf: '2026-01-21', unitId: 'nope' }, 'unitId', 'dangling_reference'],
      [{ asOf: '2026-01-21', ownerId: 'nope' }, 'ownerId', 'dangling_reference'],
      [{ asOf: '2026-01-21', cycleId: 'nope' }, 'cycleId', 'dangling_reference'],
    ];
    for (const [options, path, code] of cases) {
      try {
        weeklyReport(smallSet(), options);
        expect.unreachable(`no error for ${path}`);
      } catch (error) {
        expect(isSokrError(error)).toBe(true);
        if (isSokrError(error)) expect(error.issues[0]).toMatchObject({ path: [path], code });
      }
    }
  });
});
