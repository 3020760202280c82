// A weekly report read after its cycle is over (audit of issue 19): a missed
// key result is listed with the ones needing attention, and the page's words
// say so instead of calling it "at risk or off track".
import { describe, expect, it } from 'vitest';
import { toHtml, weeklyReport } from 'sokr';
import { buildSet } from 'sokr/testing';

const set = buildSet({
  objectives: [
    {
      keyResults: [
        {
          checkIns: [
            { at: '2026-01-14', value: 3 },
            { at: '2026-03-20', value: 6 },
          ],
        },
        { checkIns: [{ at: '2026-03-25', value: 10 }] },
      ],
    },
  ],
});

describe('the weekly page after the cycle ended', () => {
  it('counts and lists the missed key result as missed', () => {
    const report = weeklyReport(set, { asOf: '2026-04-15' });
    expect(report.overall.statusCounts.missed).toBe(1);
    const html = toHtml(report);
    expect(html).toContain('2 key results · 1 at risk, off track or missed · 0 without a check-in');
    expect(html).toContain('<caption>At risk, off track or missed</caption>');
    expect(html).not.toContain('at risk or off track ·');
  });

  it('keeps the shorter words while nothing is missed', () => {
    const html = toHtml(weeklyReport(set, { asOf: '2026-01-21' }));
    expect(html).not.toContain('or missed');
    expect(html).toMatch(/2 key results · \d at risk or off track · /);
  });
});
