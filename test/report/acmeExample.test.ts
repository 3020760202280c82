// Exact expectations on the bundled example (examples/acme.okr.json), worked out
// by hand from its check-ins: Q1 2026 = 2026-01-01..2026-03-31 (90-day window),
// weekly check-ins. Week 3 = asOf 2026-01-21 (previous 2026-01-14); after the
// cycle = asOf 2026-04-07.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertOkrSet,
  cycleReview,
  type OkrSet,
  toHtml,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';

const set: OkrSet = assertOkrSet(
  JSON.parse(readFileSync(new URL('../../examples/acme.okr.json', import.meta.url), 'utf8')),
);
const Q1 = '2026-q1';
const O = {
  grow: `${Q1}.acme.grow-recurring-revenue-profitably`,
  customers: `${Q1}.acme.customers-succeed-without-hand-holding`,
  scales: `${Q1}.acme.run-on-a-platform-that-scales`,
  pipeline: `${Q1}.sales.build-a-predictable-enterprise-pipeline`,
  selfServe: `${Q1}.product.ship-self-serve-onboarding-for-the-mid-market`,
  harden: `${Q1}.product.harden-the-platform-for-ten-times-the-load`,
  expansion: `${Q1}.success.expand-revenue-from-our-existing-customers`,
  logos: `${Q1}.enterprise.land-five-new-enterprise-logos`,
  ready: `${Q1}.platform.make-the-platform-enterprise-ready`,
  trials: `${Q1}.growth.turn-trials-into-paying-customers`,
  support: `${Q1}.support.resolve-customer-issues-faster`,
};
const kr = (o: string, n: number) => `${o}.kr${n}`;

describe('weekly report of the Acme example at week 3 (2026-01-21)', () => {
  const report = weeklyReport(set, { asOf: '2026-01-21' });
  const all = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
  const find = (id: string) => all.find((k) => k.id === id)!;
  const objective = (id: string) =>
    report.units.flatMap((u) => u.objectives).find((o) => o.id === id)!;

  it('covers the running cycles (FY 2026 and Q1 2026) and none of Q2’s 6 key results', () => {
    expect(report.previous).toBe('2026-01-14');
    expect(report.cycles.map((c) => c.id)).toEqual(['2026', Q1]);
    expect(report.overall.keyResults).toBe(26);
    expect(all.some((k) => k.id.startsWith('2026-q2'))).toBe(false);
  });

  it('counts statuses: 5 thresholds/ranges held (on track until the window ends), 7 at risk or off track, the referral KR pending', () => {
    // Held keep-above/keep-below KRs are on track during the window, broken ones off track at once.
    expect(report.overall.statusCounts).toEqual({
      pending: 1,
      'on-track': 18,
      'at-risk': 3,
      'off-track': 4,
      achieved: 0,
      missed: 0,
    });
  });

  it('sorts the week: 11 moved, 15 did not, 1 without check-in, none stale, one proposed dependency', () => {
    expect(report.summary).toMatchObject({
      moved: 11,
      didNotMove: 15,
      atRisk: 7,
      missing: 1,
      stale: 0,
      dependencies: 1,
    });
    expect(report.dependencies.map((d) => [d.id, d.reason])).toEqual([
      ['trials-need-chat-support', 'not-accepted'],
    ]);
  });

  it('scores “Grow recurring revenue profitably” now and a week earlier (ARR weighs 2, KR2 is derived)', () => {
    // now: ARR 4.2 → 0.2; derived = mean(pipeline (0.225 + 0) / 2, expansion (35/300 + 1) / 2); margin 74 in range → 1
    const derivedNow = (0.225 / 2 + (35 / 300 + 1) / 2) / 2;
    // a week earlier: ARR 4.05 → 0.05; pipeline (0.125 + 0) / 2, expansion (20/300 + 0) / 2; margin 1
    const derivedBefore = (0.125 / 2 + 20 / 300 / 2) / 2;
    const o = objective(O.grow);
    expect(find(kr(O.grow, 2)).score).toBeCloseTo(derivedNow, 12);
    expect(o.score).toBeCloseTo((2 * 0.2 + derivedNow + 1) / 4, 12);
    expect(o.previousScore).toBeCloseTo((2 * 0.05 + derivedBefore + 1) / 4, 12);
    expect(o.moved).toEqual([kr(O.grow, 1), kr(O.grow, 2)]);
  });

  it('gives the overall score as the mean of the 11 Q1 objectives', () => {
    const grow = (2 * 0.2 + (0.225 / 2 + (35 / 300 + 1) / 2) / 2 + 1) / 4;
    const scores = [
      grow,
      (1 / 8 + 1 / 14) / 2, // NRR 105, onboarding 20 days
      (1 + 0) / 2, // uptime held, cloud cost 44 > 40
      (0.225 + 0) / 2, // pipeline 1.38, win rate 22 < 25
      (12 / 200 + 1 / 5) / 2, // signups 12, checklist 1 of 5
      (30 / 500 + 1) / 2, // latency 770, Sev-1 held
      (35 / 300 + 1) / 2, // expansion 35k, churn 1.5 held
      (1 / 5 + 10 / 30) / 2, // logos 1, calls 10
      (0 + 1 + 1 / 10) / 3, // SSO not yet, error rate held, 6 deploys
      0, // conversion 8, acquisition cost 480, referral pending
      (1.5 / 5 + 0 + 4 / 20) / 3, // first response 4.5 h, CSAT 89, 4 articles
    ];
    expect(report.overall.score).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 11, 12);
  });

  it('shows the fall and the blocked note of trial-to-paid conversion (8.1% → 8%)', () => {
    const k = find(kr(O.trials, 1));
    expect(k.movement).toBe('down');
    expect(k.delta).toBeCloseTo(-0.1 / 6, 12);
    expect(k.notes.blocked).toEqual(['Pricing experiment paused by legal']);
    expect(k.status).toBe('at-risk');
    expect(objective(O.trials).didNotMove).toContain(k.id);
  });

  it('moves logo churn from pending to held (+1) and measures SSO against its February due date', () => {
    expect(find(kr(O.expansion, 2))).toMatchObject({
      previousStatus: 'pending',
      status: 'on-track', // held, and the quarter still runs
      delta: 1,
      movement: 'up',
    });
    const sso = find(kr(O.ready, 1));
    expect(sso.expected).toBeCloseTo(20 / 59, 12);
    expect(sso.window).toEqual({ start: '2026-01-01', end: '2026-02-28' });
    expect(sso.status).toBe('at-risk');
  });

  it('flags the latency KR at risk on confidence 3 although its score is within the gap', () => {
    const k = find(kr(O.harden, 1));
    expect(k.score).toBeCloseTo(30 / 500, 12);
    expect(k.confidence).toBe(3);
    expect(k.status).toBe('at-risk');
  });

  it('renders to Markdown and HTML with one bar per objective and one point per check-in so far', () => {
    const md = toMarkdown(report);
    expect(md).toContain('**Score: 0.3** ▲ +0.09 vs last week (0.2)');
    expect(md).toContain(
      '| Turn trials into paying customers | Resolve customer issues faster (Off track) | proposed |',
    );
    const html = toHtml(report);
    expect(html.split('class="sokr-bar"').length - 1).toBe(11);
    const points = all.reduce((n, k) => n + k.series.length, 0);
    expect(points).toBe(set.checkIns.filter((c) => c.at <= '2026-01-21').length);
    expect(html.split('class="sokr-point"').length - 1).toBe(points);
  });
});

describe('cycle review of the Acme example after Q1 (2026-04-07)', () => {
  const review = cycleReview(set, { cycleId: Q1, asOf: '2026-04-07' });
  const objective = (id: string) => review.objectives.find((o) => o.id === id)!;
  const final = {
    [O.grow]: (2 * 0.8 + (1 + 0.5) / 2 + 1) / 4, // ARR 4.8; derived = mean(pipeline 1, expansion 0.5); margin 75
    [O.customers]: (6 / 8 + 11 / 14) / 2,
    [O.scales]: 1,
    [O.pipeline]: 1,
    [O.selfServe]: (140 / 200 + 4 / 5) / 2,
    [O.harden]: (380 / 500 + 1) / 2,
    [O.expansion]: (1 + 0) / 2,
    [O.logos]: 1,
    [O.ready]: (1 + 1 + 7 / 10) / 3,
    [O.trials]: (1.5 / 6 + 1 + 0) / 3,
    [O.support]: (4.5 / 5 + 1 + 9 / 20) / 3,
  };

  it('grades all 11 objectives with their final scores', () => {
    expect(review.closed).toBe(true);
    expect(review.objectives.map((o) => o.id)).toEqual(Object.keys(final));
    for (const o of review.objectives) expect(o.score, o.id).toBeCloseTo(final[o.id]!, 12);
    const mean = Object.values(final).reduce((a, b) => a + b, 0) / 11;
    expect(review.overall.score).toBeCloseTo(mean, 12);
    // The cycle is over: every status is final (the key result never checked in is missed).
    expect(review.overall.statusCounts).toEqual({
      pending: 0,
      'on-track': 0,
      'at-risk': 0,
      'off-track': 0,
      achieved: 13,
      missed: 13,
    });
    expect(objective(O.trials).status).toBe('missed');
    expect(
      review.objectives.map((o) => o.status).filter((s) => s !== 'achieved' && s !== 'missed'),
    ).toEqual([]);
  });

  it('flags committed objectives below 1.0 and aspirational ones below 0.7', () => {
    expect(review.flagged).toEqual([O.grow, O.harden, O.expansion, O.ready, O.trials, O.support]);
    expect(objective(O.customers)).toMatchObject({
      commitment: 'aspirational',
      target: 0.7,
      flagged: false,
    });
    expect(objective(O.trials)).toMatchObject({
      commitment: 'aspirational',
      target: 0.7,
      flagged: true,
    });
  });

  it('celebrates 13 achieved key results, earliest first', () => {
    expect(review.celebrate.achieved).toEqual([
      kr(O.ready, 2), // error rate held since 01-07
      kr(O.grow, 3), // margin in range since 01-14
      kr(O.harden, 2), // Sev-1 since 01-14
      kr(O.trials, 2), // acquisition cost since 02-11
      kr(O.pipeline, 2), // win rate since 02-18
      kr(O.support, 2), // CSAT since 02-18
      kr(O.ready, 1), // SSO 02-25
      kr(O.scales, 1), // uptime held again since 03-04
      kr(O.scales, 2), // cloud cost since 03-11
      kr(O.logos, 1), // 5 logos 03-18
      kr(O.pipeline, 1), // pipeline 03-25
      kr(O.expansion, 1), // expansion 03-25
      kr(O.logos, 2), // 31 calls 03-25
    ]);
    expect(review.celebrate.owners.slice(0, 2)).toEqual([
      { ownerId: 'daniel', name: 'Daniel Okafor', achieved: 2 },
      { ownerId: 'sofia', name: 'Sofia Reyes', achieved: 2 },
    ]);
    expect(review.celebrate.owners).toHaveLength(11);
  });

  it('names the biggest improvements short of the target', () => {
    // first response 0.1 → 0.9, onboarding 0 → 11/14, ARR 0.05 → 0.8, latency 0.02 → 0.76, deploys 0 → 0.7
    expect(review.celebrate.improvements).toEqual([
      kr(O.support, 1),
      kr(O.customers, 2),
      kr(O.grow, 1),
      kr(O.harden, 1),
      kr(O.ready, 3),
    ]);
  });

  it('proposes carry-overs, committed misses first, and links the two already carried into Q2', () => {
    expect(review.carryOver.map((c) => c.objectiveId)).toEqual([
      O.ready,
      O.harden,
      O.grow,
      O.support,
      O.expansion,
      O.customers,
      O.selfServe,
      O.trials,
    ]);
    expect(review.carryOver.find((c) => c.objectiveId === O.grow)?.carriedTo).toBe(
      '2026-q2.acme.grow-recurring-revenue-profitably',
    );
    expect(review.carryOver.find((c) => c.objectiveId === O.grow)?.carriedToTitle).toBe(
      'Grow recurring revenue profitably',
    );
    expect(review.carryOver.find((c) => c.objectiveId === O.trials)?.carriedTo).toBe(
      '2026-q2.growth.turn-trials-into-paying-customers',
    );
    expect(review.carryOver.find((c) => c.objectiveId === O.trials)?.keyResults).toEqual([
      kr(O.trials, 3),
      kr(O.trials, 1),
    ]);
  });

  it('gives the outcome per pillar through the cascade', () => {
    const p = Object.fromEntries(review.pillars.map((x) => [x.pillarId, x]));
    // customers: the objective, self-serve (child), trials (child of self-serve KR1)
    expect(p.customers).toMatchObject({ objectives: 3, met: 2 });
    expect(p.customers!.score).toBeCloseTo(
      (final[O.customers]! + final[O.selfServe]! + final[O.trials]!) / 3,
      12,
    );
    // growth: the objective, pipeline and expansion (KR2's children), logos (pipeline's child), support (expansion's child)
    expect(p.growth).toMatchObject({ objectives: 5, met: 2 });
    expect(p.growth!.score).toBeCloseTo((final[O.grow]! + 1 + 0.5 + 1 + final[O.support]!) / 5, 12);
    expect(p.platform).toMatchObject({ objectives: 3, met: 1 });
    expect(p.people).toMatchObject({ objectives: 0, met: 0, score: null, band: null });
    expect(toMarkdown(review)).toMatch(
      /\| A great place to work \| — \(no objectives this cycle\) \|/,
    );
  });

  it('draws the retrospective prompts from the data', () => {
    const byKind = (kind: string) =>
      review.prompts.filter((x) => x.kind === kind).map((x) => x.ids);
    expect(byKind('never-updated')).toEqual([[kr(O.trials, 3)]]);
    expect(byKind('confidence-drop')).toEqual([[kr(O.expansion, 2)]]); // churn confidence 7 → 3
    // The key results at their target early are all thresholds and ranges, held from the
    // start rather than reached: no "was the target ambitious enough?" prompt for them.
    expect(byKind('achieved-early')).toEqual([]);
    expect(review.objectives.flatMap((o) => o.keyResults).filter((k) => k.achievedEarly)).toEqual(
      [],
    );
    expect(byKind('blocked')).toEqual([
      [kr(O.grow, 1)],
      [kr(O.scales, 1)],
      [kr(O.selfServe, 2)],
      [kr(O.harden, 1)],
      [kr(O.expansion, 2)],
      [kr(O.ready, 1)],
      [kr(O.trials, 1)],
    ]);
    expect(byKind('committed-missed')).toEqual([
      [O.grow],
      [O.harden],
      [O.expansion],
      [O.ready],
      [O.support],
    ]);
  });

  it('reports the alignment health at close', () => {
    expect(review.alignment.health).toBeGreaterThan(0);
    expect(review.alignment.health).toBeLessThanOrEqual(100);
  });
});
