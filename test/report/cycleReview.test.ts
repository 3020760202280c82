import { describe, expect, it } from 'vitest';
import { cycleReview, isSokrError, toHtml, toMarkdown, zonesScale } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { smallSet } from './smallSet.js';

// Worked by hand (see smallSet), at 2026-04-07 (cycle over): k1 0.25, k2 0 (never updated),
// k3 0.1, k4 0, k5 1 (achieved 2026-01-28, before 3/4 of the 90-day window = day 67.5 → early).
// o1 = (0.25 + 0) / 2 = 0.125 (committed, target 1); o2 = (0.1 + 0 + 1) / 3 (aspirational, target 0.7).
const review = cycleReview(smallSet(), { cycleId: 'q1', asOf: '2026-04-07' });
const o2Score = 1.1 / 3;

describe('cycleReview', () => {
  it('grades every objective against its commitment and flags those below target', () => {
    expect(review.kind).toBe('review');
    expect(review.closed).toBe(true);
    expect(review.objectives.map((o) => [o.id, o.target, o.flagged, o.band.id])).toEqual([
      ['o1', 1, true, 'red'],
      ['o2', 0.7, true, 'red'],
    ]);
    expect(review.objectives[0]!.score).toBeCloseTo(0.125, 12);
    expect(review.objectives[1]!.score).toBeCloseTo(o2Score, 12);
    expect(review.flagged).toEqual(['o1', 'o2']);
  });

  it('scores the cycle from the rollup and counts the final statuses', () => {
    expect(review.overall.score).toBeCloseTo((0.125 + o2Score) / 2, 12);
    // The cycle is over: a key result never checked in is missed, not pending.
    expect(review.overall.statusCounts).toEqual({
      pending: 0,
      'on-track': 0,
      'at-risk': 0,
      'off-track': 0,
      achieved: 1,
      missed: 4,
    });
  });

  it('grades key results on the scale given', () => {
    const r = cycleReview(smallSet(), { cycleId: 'q1', asOf: '2026-04-07', scale: zonesScale });
    expect(r.objectives.flatMap((o) => o.keyResults.map((k) => k.band.id))).toEqual([
      'fail',
      'fail',
      'fail',
      'fail',
      'stretch',
    ]);
  });

  it('celebrates achieved key results, the biggest improvements and their owners', () => {
    expect(review.celebrate.achieved).toEqual(['k5']);
    // k1: 0.1 → 0.25, k3: 0 → 0.1 (k5 is achieved: celebrated as such)
    expect(review.celebrate.improvements).toEqual(['k1', 'k3']);
    expect(review.celebrate.owners).toEqual([{ ownerId: 'ada', name: 'Ada', achieved: 1 }]);
    const k5 = review.objectives[1]!.keyResults.find((k) => k.id === 'k5')!;
    expect(k5.achievedAt).toBe('2026-01-28');
    expect(k5.achievedEarly).toBe(true);
    const k1 = review.objectives[0]!.keyResults.find((k) => k.id === 'k1')!;
    expect(k1.improvement).toBeCloseTo(0.15, 12);
    expect(k1.confidence).toEqual({ first: 8, last: 6 });
    expect(k1.checkIns).toBe(3);
  });

  it('proposes carrying over unfinished objectives, committed ones first, unfinished key results worst first', () => {
    expect(review.carryOver.map((c) => [c.objectiveId, c.keyResults])).toEqual([
      ['o1', ['k2', 'k1']],
      ['o2', ['k4', 'k3']],
    ]);
  });

  it('names the later objective that already continues one', () => {
    const set = smallSet();
    set.cycles.push({ id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' });
    set.objectives.push({
      id: 'o9',
      title: 'Grow revenue (cont.)',
      unitId: 'co',
      cycleId: 'q2',
      links: [],
      commitment: 'committed',
      state: 'draft',
      carriedFrom: 'o1',
    });
    const r = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    expect(r.carryOver[0]).toMatchObject({ objectiveId: 'o1', carriedTo: 'o9' });
  });

  it('gives the outcome per pillar through links and parent chains', () => {
    // o1 links p1; o2's parent is k1 of o1, so it reaches p1 too.
    expect(review.pillars.map((p) => [p.pillarId, p.objectives, p.met])).toEqual([
      ['p1', 2, 0],
      ['p2', 0, 0],
    ]);
    expect(review.pillars[0]!.score).toBeCloseTo((0.125 + o2Score) / 2, 12);
    expect(review.pillars[1]).toMatchObject({ score: null, band: null }); // no objective: nothing to grade
  });

  it('reports the alignment health at close from validate and alignmentHealth', () => {
    const a = review.alignment;
    expect(a.health).toBeGreaterThanOrEqual(0);
    expect(a.health).toBeLessThanOrEqual(100);
    expect(a.findings.every((f) => f.severity !== 'info')).toBe(true);
    expect(a.findings.length).toBeLessThanOrEqual(Math.min(20, a.errors + a.warnings));
  });

  it('draws retrospective prompts from the data', () => {
    expect(review.prompts.map((p) => [p.kind, p.ids])).toEqual([
      ['never-updated', ['k2']],
      ['achieved-early', ['k5']],
      ['blocked', ['k3']],
      ['committed-missed', ['o1']],
    ]);
    expect(review.prompts[0]!.message).toContain('“Launch pricing”');
    expect(review.prompts[2]!.message).toContain('“Waiting on the vendor”');
  });

  it('prompts on a confidence drop of 3 points or more', () => {
    const set = smallSet();
    set.checkIns.push({ id: 'c8', keyResultId: 'k1', at: '2026-02-01', value: 30, confidence: 4 });
    const r = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    const drop = r.prompts.find((p) => p.kind === 'confidence-drop');
    expect(drop?.ids).toEqual(['k1']);
    expect(drop?.message).toContain('from 8 to 4');
  });

  it('is JSON data', () => {
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });

  it('throws a SokrError for an unknown cycle or a bad date', () => {
    for (const [options, path, code] of [
      [{ cycleId: 'nope', asOf: '2026-04-07' }, 'cycleId', 'dangling_reference'],
      [{ cycleId: 'q1', asOf: 'soon' }, 'asOf', 'invalid_date'],
    ] as const) {
      try {
        cycleReview(smallSet(), options);
        expect.unreachable();
      } catch (error) {
        expect(isSokrError(error)).toBe(true);
        if (isSokrError(error)) expect(error.issues[0]).toMatchObject({ path: [path], code });
      }
    }
  });
});

describe('a review before its cycle starts', () => {
  it('says when the cycle starts and asks no retrospective questions yet', () => {
    const review = cycleReview(acmeExample(), { cycleId: '2026-q2', asOf: '2026-03-01' });
    expect(review.started).toBe(false);
    expect(review.closed).toBe(false);
    expect(review.prompts).toEqual([]);
    const md = toMarkdown(review);
    expect(md).toContain('the cycle starts');
    expect(md).not.toContain('still running');
    expect(toHtml(review)).toContain('the cycle starts');
    const running = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-03-01' });
    expect(running.started).toBe(true);
    expect(toMarkdown(running)).toContain('the cycle is still running');
  });

  it('says so in the digest too, as the full page and the HTML do', () => {
    const early = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2025-12-20' });
    const header = toMarkdown(early, { format: 'digest' }).split('\n')[0];
    expect(header).toBe(
      '**Cycle review — Q1 2026** · Q1 2026 (1 Jan 2026 – 31 Mar 2026) · as of 20 Dec 2025 · the cycle starts 1 Jan 2026',
    );
    expect(toMarkdown(early)).toContain('as of 20 Dec 2025 · the cycle starts 1 Jan 2026\n');
    expect(toHtml(early)).toContain('as of 20 Dec 2025 · the cycle starts 1 Jan 2026</p>');
    // A running cycle says it is still running, a closed one neither.
    const running = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-03-01' });
    expect(toMarkdown(running, { format: 'digest' }).split('\n')[0]).toMatch(
      / · as of 1 Mar 2026 · the cycle is still running$/,
    );
    const closed = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-04-07' });
    expect(toMarkdown(closed, { format: 'digest' }).split('\n')[0]).toMatch(/ · as of 7 Apr 2026$/);
  });
});

describe('a review of a set never parsed', () => {
  it('refuses a commitment it does not know at its path, instead of grading it as aspirational', () => {
    const set = acmeExample();
    const i = set.objectives.findIndex((o) => o.cycleId === '2026-q1');
    (set.objectives[i] as { commitment: string }).commitment = 'stretch';
    let error: unknown;
    try {
      cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-02' });
    } catch (e) {
      error = e;
    }
    expect(isSokrError(error)).toBe(true);
    expect((error as { issues: unknown[] }).issues).toEqual([
      {
        path: ['objectives', i, 'commitment'],
        code: 'invalid_value',
        message: 'Expected "committed" or "aspirational", got the string "stretch".',
      },
    ]);
  });
});
