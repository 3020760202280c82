// The weekly page shows statuses, not grade bands: a score rounds to its nearest step
// on every scale (the review, which prints bands, rounds toward the band).
import { describe, expect, it } from 'vitest';
import { scales, toHtml, toMarkdown, weeklyReport } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

describe('weekly scores round plainly', () => {
  it('prints the same company score on the google and zones scales (0.2875 → 0.3)', () => {
    const set = acmeExample();
    for (const scale of [scales.google, scales.zones]) {
      const report = weeklyReport(set, { asOf: '2026-01-21', scale });
      expect(report.overall.score).toBeCloseTo(0.2875, 4);
      expect(toMarkdown(report, { format: 'digest' })).toContain('**Score 0.3**');
      expect(toMarkdown(report)).toContain('**Score: 0.3**');
      expect(toHtml(report)).toContain(`<span class="hero-number">0.3</span>`);
    }
    const percent = weeklyReport(set, { asOf: '2026-01-21', scale: scales.percent });
    expect(toMarkdown(percent, { format: 'digest' })).toContain('**Score 29%**');
  });
});
