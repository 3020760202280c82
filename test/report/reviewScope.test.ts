// The end-of-cycle review reads its own cycle (acceptance review of issue 19):
// alignment health and findings of that cycle only, carry-over with the values
// each key result ended at and the cycle that continues it, and an empty cycle
// that says so instead of grading nothing.
import { describe, expect, it } from 'vitest';
import { alignmentHealth, cycleReview, toHtml, toMarkdown, validate } from '../../src/index.js';
import { acmeExample, buildSet, generateEnterprise } from '../../src/testing/index.js';

describe('alignmentHealth of one cycle', () => {
  const set = acmeExample();
  const findings = validate(set, { asOf: '2026-04-07' });

  it('counts the findings of the cycle’s objectives and what every cycle shares, not another cycle’s', () => {
    const q1 = alignmentHealth(findings, set, { cycleId: '2026-q1' });
    const q2 = alignmentHealth(findings, set, { cycleId: '2026-q2' });
    const all = alignmentHealth(findings, set);
    // Every finding of the Acme set at that date is about Q1 but one note
    // (growth has 1 objective in Q2, 0 points): Q1 pays every point, Q2 none.
    expect(findings.filter((f) => f.ids.includes('2026-q2')).map((f) => f.severity)).toEqual([
      'info',
    ]);
    expect(q2.penalty).toBe(0);
    expect(q2.score).toBe(100);
    expect(q1.penalty).toBe(all.penalty);
    expect(q1.penalty).toBeGreaterThan(0);
    expect(
      q1.homework.every((id) => set.objectives.find((o) => o.id === id)?.cycleId === '2026-q1'),
    ).toBe(true);
  });

  it('refuses a cycle the set does not have', () => {
    expect(() => alignmentHealth(findings, set, { cycleId: 'q9' })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['options', 'cycleId'], code: 'dangling_reference' }),
        ],
      }),
    );
  });
});

describe('cycleReview', () => {
  it('lists no finding of another cycle in its alignment section', () => {
    const set = acmeExample();
    const q2 = cycleReview(set, { cycleId: '2026-q2', asOf: '2026-04-07' });
    for (const f of q2.alignment.findings)
      expect(f.ids.some((id) => id.startsWith('2026-q1'))).toBe(false);
    const q1 = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
    expect(q1.alignment.findings.length).toBeGreaterThan(0);
  });

  it('carries over each unfinished key result with the value it ended at', () => {
    const review = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-04-07' });
    const md = toMarkdown(review);
    const section = md.slice(md.indexOf('## Carry over'), md.indexOf('## Pillars'));
    const first = review.carryOver[0]!;
    const kr = review.objectives
      .flatMap((o) => o.keyResults)
      .find((k) => k.id === first.keyResults[0]);
    expect(kr).toBeDefined();
    expect(section).toContain(`${kr!.title} (`);
    expect(section).toContain(kr!.figures.text.replace(/([<>*_|])/g, '\\$1'));
  });

  it('names the cycle that already continues an objective', () => {
    const review = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-04-07' });
    const continued = review.carryOver.find((c) => c.carriedTo !== null);
    expect(continued?.carriedToCycle).toBe('Q2 2026');
    expect(toMarkdown(review)).toContain('already continued in Q2 2026 by');
    expect(toHtml(review)).toContain(
      'continued in <bdi>Q2 2026</bdi>: <bdi>Grow recurring revenue profitably</bdi>',
    );
  });

  it('says a cycle without objectives has none, instead of a red 0.0 and an empty table', () => {
    const set = generateEnterprise({ seed: 1, units: 3, cycles: 1 });
    const review = cycleReview(set, { cycleId: '2026', asOf: '2026-12-31' });
    expect(review.overall.objectives).toBe(0);
    const md = toMarkdown(review);
    expect(md).toContain('**No objectives in FY 2026**');
    expect(md).not.toContain('Cycle score: 0.0');
    expect(md).toContain('No objectives to grade in this cycle.');
    expect(md).not.toMatch(/^Key results: $/m);
  });

  it('counts findings in the singular and the plural', () => {
    const set = buildSet({ objectives: [{ title: 'Alone', keyResults: [{ title: 'A result' }] }] });
    const md = toMarkdown(cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' }));
    expect(md).toMatch(
      /\d+ errors? · \d+ warnings? · \d+ notes? · \d+ objectives? without a strategic anchor/,
    );
    expect(md).not.toContain(' 1 warnings');
    expect(md).not.toContain(' 1 errors');
  });
});

describe('cycleReview on a deep cascade', () => {
  it('finds the pillar a 3,000-deep chain reaches through its root, in one pass', () => {
    const depth = 3000;
    const objectives = Array.from({ length: depth }, (_, i) => ({
      id: `o${i}`,
      title: `Objective ${i}`,
      ...(i === 0 ? { links: ['pillar:growth'] } : { parent: `o${i - 1}` }),
      keyResults: [{ id: `k${i}`, title: `Result ${i}` }],
    }));
    const set = buildSet({ objectives });
    const review = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    const growth = review.pillars.find((p) => p.pillarId === 'growth');
    expect(growth?.objectives).toBe(depth);
    expect(review.pillars.find((p) => p.pillarId === 'quality')?.objectives).toBe(0);
  });
});

describe('retrospective prompts', () => {
  it('asks about one never-updated key result in the singular', () => {
    const set = buildSet({ objectives: [{ title: 'Alone', keyResults: [{ title: 'A result' }] }] });
    const review = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    const never = review.prompts.find((p) => p.kind === 'never-updated');
    expect(never?.message).toBe(
      '1 key result was never updated (“A result”): was it the right measure, and who was meant to check in?',
    );
  });

  it('says a committed objective "is below 1.0 so far" while its cycle runs, "ended below" after', () => {
    const set = buildSet({
      objectives: [
        {
          title: 'Ship it',
          commitment: 'committed',
          keyResults: [{ title: 'Done', checkIns: [{ at: '2026-01-14', value: 2 }] }],
        },
      ],
    });
    const running = cycleReview(set, { cycleId: 'q1', asOf: '2026-02-15' });
    const closed = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    const text = (r: typeof running) =>
      r.prompts.find((p) => p.kind === 'committed-missed')?.message;
    expect(text(running)).toContain('is below 1.0 so far');
    expect(text(closed)).toContain('ended below 1.0');
  });
});
