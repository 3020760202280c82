// Days in reports and reminders are calendar days in the set's zone, whatever
// the check-ins' `at` (a day or an instant) and the asOf (issue 19, review).
import { describe, expect, it } from 'vitest';
import {
  obligations,
  type OkrSet,
  personDigests,
  reminderMarkdown,
  toHtml,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const KR = '2026-q1.platform.make-the-platform-enterprise-ready.kr3';

/** Acme in Auckland, one check-in of KR moved to an instant (6 Jan 2026, 20:00 there; 07:00 UTC). */
function auckland(): OkrSet {
  const set = { ...acmeExample(), timeZone: 'Pacific/Auckland' };
  const i = set.checkIns.findIndex((c) => c.keyResultId === KR && c.at === '2026-01-07');
  set.checkIns[i] = { ...set.checkIns[i]!, at: '2026-01-06T07:00:00Z', value: 13 };
  return set;
}

describe('days in the set’s zone', () => {
  it('a forecast keeps no reach day before asOf’s day in the zone', () => {
    const report = weeklyReport(auckland(), { asOf: '2026-01-08' });
    expect(report.asOfDay).toBe('2026-01-08');
    expect(report.timeZone).toBe('Pacific/Auckland');
    for (const k of report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))) {
      const reach = k.forecast?.reachesTargetAt ?? null;
      if (reach !== null && k.score < 1) expect(reach >= report.asOfDay, k.id).toBe(true);
    }
  });

  it('an instant check-in is shown as its day there, in the locale and in iso', () => {
    const report = weeklyReport(auckland(), { asOf: '2026-01-09' });
    const md = toMarkdown(report);
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(md).toContain('6 Jan 2026');
    expect(toMarkdown(report, { locale: 'iso' })).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const html = toHtml(report, { charts: 'all' });
    expect(html).not.toMatch(/<td class="date">\d{4}-/);
    // Chart points and axes in the locale too.
    expect(html).not.toMatch(/<title>\d{4}-\d{2}-\d{2}: /);
    expect(html).toContain('<title>6 Jan 2026: ');
  });

  it('an instant asOf with locale iso titles the page with asOfDay', () => {
    const report = weeklyReport(auckland(), { asOf: '2026-01-20T20:00:00Z' });
    const md = toMarkdown(report, { locale: 'iso' });
    expect(md.split('\n')[0]).toBe('# Weekly check-in — 2026-01-21');
    expect(md).toContain('compared with 2026-01-14');
    expect(toMarkdown(report, { format: 'digest', locale: 'iso' })).not.toMatch(/T\d{2}:\d{2}/);
  });

  it('an owed check-in due at an instant is due on its day, and "due today" on asOf’s day', () => {
    const set = auckland();
    // The next check-in is due a week later, 13 Jan 20:00 in Auckland (07:00 UTC).
    const result = obligations(set, { asOf: '2026-01-13' });
    const owed = result.entries.find((e) => e.kind === 'check-in' && e.ids[0] === KR)!;
    expect(owed.dueAt).toMatch(/^2026-01-13T07:00:00/);
    const digest = personDigests(set, result).find((d) => d.personId === owed.personId)!;
    const md = reminderMarkdown(set, digest, { asOf: result.asOf });
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(md).toMatch(/due today: key result/);
    const report = weeklyReport(set, { asOf: '2026-01-13' });
    expect(report.owed.map((e) => e.text).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
