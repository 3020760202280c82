// docs/guides/reports.md quotes figures of the Acme example: keep them true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertOkrSet,
  burnUpSvg,
  cycleReview,
  formatScore,
  grade,
  progressBarSvg,
  toMarkdown,
  weeklyReport,
  zonesScale,
} from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/guides/reports.md', import.meta.url), 'utf8');
const set = assertOkrSet(
  JSON.parse(readFileSync(new URL('../../examples/acme.okr.json', import.meta.url), 'utf8')),
);

describe('docs/guides/reports.md', () => {
  it('quotes the week-3 summary of the example as it is', () => {
    const report = weeklyReport(set, { asOf: '2026-01-21' });
    const s = report.summary;
    const line = `{ moved: ${s.moved}, didNotMove: ${s.didNotMove}, aboutTo: ${s.aboutTo}, atRisk: ${s.atRisk}, missing: ${s.missing}, stale: ${s.stale}, dependencies: ${s.dependencies} }`;
    expect(guide).toContain(`report.summary; // ${line}`);
    expect(guide).toContain(`report.overall.keyResults; // ${report.overall.keyResults} `);
    expect(guide).toContain(`report.previous; // '${report.previous}'`);
  });

  it('quotes the length of the Acme digest as it is, and the digest stays under 60 lines', () => {
    const digest = toMarkdown(weeklyReport(set, { asOf: '2026-01-21' }), { format: 'digest' });
    const lines = digest.split('\n').length - 1;
    expect(guide).toContain(`${lines} lines for the Acme week`);
    expect(lines).toBeLessThanOrEqual(60);
    const review = toMarkdown(cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' }), {
      format: 'digest',
    });
    expect(review.split('\n').length - 1).toBeLessThanOrEqual(60);
  });

  it('quotes the Q1 review figures as they are', () => {
    const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
    expect(guide).toContain(`review.flagged.length; // ${review.flagged.length} `);
    expect(guide).toContain(
      `review.celebrate.achieved.length; // ${review.celebrate.achieved.length} `,
    );
  });

  it('runs the SVG example', () => {
    const bar = progressBarSvg({
      label: 'Win the mid-market',
      score: 0.45,
      expected: 0.3,
      band: grade(0.45, zonesScale),
      valueText: formatScore(0.45, zonesScale),
    });
    expect(bar).toContain('Win the mid-market: 0.5 (Commit), expected 30%');
    const chart = burnUpSvg({
      label: 'Reach 120 paying customers',
      window: { start: '2026-01-01', end: '2026-03-31' },
      points: [
        { at: '2026-01-07', score: 0.1 },
        { at: '2026-01-14', score: 0.2 },
      ],
      forecast: { from: { at: '2026-01-14', score: 0.2 }, to: { at: '2026-03-31', score: 1.1 } },
      asOf: '2026-01-15',
    });
    expect(chart.split('class="sokr-point"').length - 1).toBe(2);
  });
});
