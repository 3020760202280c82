import { describe, expect, it } from 'vitest';
import { cycleReview, parseOkrSet, toHtml, toMarkdown, weeklyReport } from '../../src/index.js';

const result = parseOkrSet({
  timeZone: 'America/Los_Angeles',
  units: [{ id: 'u', name: 'U' }],
  people: [{ id: 'p', name: 'P', unitId: 'u' }],
  cycles: [{ id: 'q', name: 'FY2027 Q1', start: '2026-07-01', end: '2026-09-30' }],
  objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'q', state: 'active' }],
  keyResults: [
    {
      id: 'kr',
      objectiveId: 'o',
      title: 'KR',
      ownerId: 'p',
      measure: { kind: 'metric', start: 0, target: 10 },
    },
  ],
  checkIns: [{ id: 'c', keyResultId: 'kr', at: '2026-08-03', value: 4 }],
});
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const set = result.value;

describe('dates for people in the renderers (locale)', () => {
  const report = weeklyReport(set, { asOf: '2026-08-12' });

  it('Markdown: asOf, previous and the title in the locale; the report data keeps ISO', () => {
    const md = toMarkdown(report, { locale: 'en-GB' });
    expect(md).toContain('# Weekly check-in — 12 Aug 2026');
    expect(md).toContain('As of 12 Aug 2026, compared with 5 Aug 2026');
    expect(toMarkdown(report, { locale: 'en-US' })).toContain(
      'As of Aug 12, 2026, compared with Aug 5, 2026',
    );
    expect(report.asOf).toBe('2026-08-12');
    // Dates for people by default (en-GB); ISO only when asked.
    expect(toMarkdown(report)).toContain('As of 12 Aug 2026, compared with 5 Aug 2026');
    expect(toMarkdown(report, { locale: 'iso' })).toContain(
      'As of 2026-08-12, compared with 2026-08-05',
    );
    expect(toHtml(report, { locale: 'iso' })).toContain('2026-08-12');
  });

  it('HTML and the cycle review too', () => {
    expect(toHtml(report, { locale: 'de-DE' })).toContain('12. Aug. 2026');
    const review = cycleReview(set, { cycleId: 'q', asOf: '2026-10-02' });
    expect(toMarkdown(review, { locale: 'en-GB' })).toContain('(1 Jul 2026 – 30 Sept 2026)');
  });

  it('an unknown locale is refused at its path (it fell back to en-GB silently)', () => {
    expect(() => toMarkdown(report, { locale: 'not a locale!' })).toThrow(/options.locale/);
  });
});
