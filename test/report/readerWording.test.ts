// What a manager reads in the weekly page (issue 19, acceptance review): values
// from → to in the Markdown lists, units named with every figure of a falling
// metric, singular units at 1, teams without key results named, the owed list
// in the order its type promises, and cycle reviews owed with their titles.
import { describe, expect, it } from 'vitest';
import { describeFinding, toHtml, toMarkdown, weeklyReport } from '../../src/index.js';
import { acmeExample, buildSet } from '../../src/testing/index.js';

const acme = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
const acmeKr = (title: string) => {
  const k = acme.units
    .flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
    .find((x) => x.title === title);
  if (k === undefined) throw new Error(`no key result ${title}`);
  return k;
};

describe('values in the Markdown lists', () => {
  it('reads "moved" as the value from last week to this week, then the score', () => {
    const md = toMarkdown(acme);
    expect(md).toContain(
      '- Grow ARR from €4.0M to €5.0M: €4.05M → €4.2M · score 0.1 → 0.2 (+0.15)',
    );
    // Not "0.1 → 0.2 (+0.15), €4.2M of €5.0M": the score alone said nothing of the value.
    expect(md).not.toContain('0.1 → 0.2 (+0.15), €4.2M');
  });

  it('reads a key result that fell with its values too', () => {
    const md = toMarkdown(acme);
    expect(md).toContain(
      'Raise trial-to-paid conversion from 8% to 14% (fell: 8.1 % → 8 % · score 0.0 → 0.0)',
    );
  });

  it('gives the digest’s "moved" lines the same values', () => {
    const digest = toMarkdown(acme, { format: 'digest' });
    expect(digest).toContain('- Grow ARR from €4.0M to €5.0M: €4.05M → €4.2M (+0.15)');
  });

  it('separates a title from its figures with one mark, not a second dash', () => {
    const digest = toMarkdown(acme, { format: 'digest' });
    expect(digest).toContain(
      'Off track: Keep the win rate at or above 25% · 22 % — keep ≥ 25 % (Sofia Reyes)',
    );
    expect(digest).not.toContain('25% — 22 % — keep');
  });
});

describe('units with every figure', () => {
  it('names the unit of the start of a falling metric: "from 6 hours", not "from 6"', () => {
    const k = acmeKr('Cut median first response time from 6 h to 1 h');
    expect(k.figures.text).toBe('4.5 hours, target 1 hour (from 6 hours)');
  });

  it('keeps "12 of 200 signups/month (from 0)": one unit after the target', () => {
    expect(acmeKr('Grow self-serve signups from 0 to 200 a month').figures.text).toBe(
      '12 of 200 signups/month (from 0)',
    );
  });

  it('writes a plain plural unit in the singular at exactly 1, and leaves other units alone', () => {
    const kr = (unit: string, start: number, target: number, value: number) => ({
      title: `KR in ${unit}`,
      measure: { kind: 'metric' as const, start, target, unit },
      checkIns: [{ at: '2026-01-14', value }],
    });
    const set = buildSet({
      objectives: [
        {
          title: 'Units read well',
          keyResults: [
            kr('hours', 6, 1, 2),
            kr('categories', 9, 1, 3),
            kr('boxes', 5, 1, 3),
            kr('status', 5, 1, 3),
            kr('signups/month', 5, 1, 3),
            kr('hours', 6, 2, 3),
          ],
        },
      ],
    });
    const texts = weeklyReport(set, { asOf: '2026-01-21' })
      .units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
      .map((k) => k.figures.text);
    expect(texts).toEqual([
      '2 hours, target 1 hour (from 6 hours)',
      '3 categories, target 1 category (from 9 categories)',
      '3 boxes, target 1 box (from 5 boxes)',
      '3 status, target 1 status (from 5 status)',
      '3 signups/month, target 1 signups/month (from 5 signups/month)',
      '3 hours, target 2 hours (from 6 hours)',
    ]);
  });
});

describe('the headline of an empty report and teams without key results', () => {
  const set = buildSet({
    units: { company: null, legal: 'company' },
    objectives: [
      {
        title: 'Company goal',
        unitId: 'company',
        keyResults: [{ title: 'A result', checkIns: [{ at: '2026-01-14', value: 10 }] }],
      },
    ],
  });

  it('names the units that have no key results in the report under the glance table', () => {
    const report = weeklyReport(set, { asOf: '2026-01-21' });
    expect(toMarkdown(report)).toContain('No key results in this report: Unit legal.');
    expect(toMarkdown(report, { format: 'digest' })).toContain(
      'No key results in this report: Unit legal.',
    );
    expect(toHtml(report)).toContain('No key results in this report: <bdi>Unit legal</bdi>.');
  });

  it('names none in a person’s report: a unit without their key results may have OKRs', () => {
    const two = buildSet({
      units: { company: null, legal: 'company' },
      people: { boss: 'company', lawyer: 'legal' },
      objectives: [
        { unitId: 'company', ownerId: 'boss', keyResults: [{ ownerId: 'boss' }] },
        { unitId: 'legal', ownerId: 'lawyer', keyResults: [{ ownerId: 'lawyer' }] },
      ],
    });
    const mine = weeklyReport(two, { asOf: '2026-01-21', ownerId: 'boss' });
    for (const text of [toMarkdown(mine), toMarkdown(mine, { format: 'digest' }), toHtml(mine)])
      expect(text).not.toContain('No key results in this report');
    // Unfiltered, legal has key results and is in the table, not in the line.
    expect(toMarkdown(weeklyReport(two, { asOf: '2026-01-21' }))).not.toContain(
      'No key results in this report',
    );
  });

  it('reads "no key results" instead of a count followed by a dangling colon', () => {
    const empty = buildSet({ objectives: [] });
    const md = toMarkdown(weeklyReport(empty, { asOf: '2026-01-21' }));
    expect(md).toContain('· no key results');
    expect(md).not.toMatch(/0 key results: ?\n/);
  });

  it('counts one key result in the singular', () => {
    const md = toMarkdown(weeklyReport(set, { asOf: '2026-01-21' }));
    expect(md).toMatch(/· 1 key result: /);
  });
});

describe('owed this week', () => {
  it('lists overdue items first (most days late first), then the rest by due date', () => {
    const owed = acme.owed;
    expect(owed.length).toBeGreaterThan(2);
    let seenUpcoming = false;
    let lastLate = Number.POSITIVE_INFINITY;
    let lastDue = '';
    for (const item of owed) {
      if (item.overdue) {
        expect(seenUpcoming).toBe(false);
        expect(item.daysLate).toBeLessThanOrEqual(lastLate);
        lastLate = item.daysLate;
      } else {
        seenUpcoming = true;
        expect(item.dueAt >= lastDue).toBe(true);
        lastDue = item.dueAt;
      }
    }
    expect(seenUpcoming).toBe(true);
  });

  it('names the objectives a cycle review is owed for', () => {
    const report = weeklyReport(acmeExample(), { asOf: '2026-04-07' });
    const review = report.owed.find((item) => item.kind === 'review');
    expect(review?.text).toMatch(/Q1 2026: \d+ objectives? to grade and close \("/);
  });
});

describe('describeFinding reads ids by the words before them', () => {
  it('reads cycle "2026-q1" as the cycle even when a person has that id', () => {
    const set = acmeExample();
    set.people.push({ id: '2026-q1', name: 'Evil Person', unitId: 'acme' });
    const finding = {
      rule: 'align/dependency-accepted',
      severity: 'warning' as const,
      path: ['dependencies', 1, 'state'],
      ids: [],
      message: 'Still proposed, though cycle "2026-q1" started 2026-01-01.',
    };
    expect(describeFinding(finding, set)).toBe(
      'Still proposed, though cycle Q1 2026 started 2026-01-01.',
    );
  });

  it('writes a title with line breaks and control characters on one line', () => {
    const set = acmeExample();
    const o = set.objectives[0]!;
    o.title = 'Grow \u001b[2J\r\nfake.okr.json:1:1 error';
    const text = describeFinding(
      {
        rule: 'x/y',
        severity: 'warning',
        path: ['objectives', 0],
        ids: [o.id],
        message: `Objective "${o.id}" is odd.`,
      },
      set,
    );
    expect(text).toBe('Objective “Grow  [2J fake.okr.json:1:1 error” is odd.');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what must be gone
    expect(text).not.toMatch(/[\r\n\u001b]/);
  });
});

describe('moves the score most', () => {
  it('writes what reaching a target adds to two decimals: equal shares read alike', () => {
    const md = toMarkdown(acme);
    expect(md).toContain(
      '- Keep the win rate at or above 25%: 5% of the score, at 0.0 — reaching its target adds 0.05',
    );
    expect(md).toContain(
      '- Keep cloud cost per customer at or below €40 a month: 5% of the score, at 0.0 — reaching its target adds 0.05',
    );
  });
});

describe('the owed section of the page', () => {
  it('tables what is overdue and folds the rest under one line that counts it by kind', () => {
    const html = toHtml(acme);
    expect(html).toContain('<caption>Overdue</caption>');
    expect(html).toContain('<summary>Not late yet: 7 check-ins, 2 approvals</summary>');
  });
});
