// The outside review of the reports (issue 19): what a reader of the pages saw
// wrong — clipped chart labels, right-to-left titles reordering figures, empty
// reports, an unescaped legend, a heading in a table cell, the report's help.
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { cycleReview, defineScale, toHtml, toMarkdown, weeklyReport } from '../../src/index.js';
import { acmeExample, buildSet } from '../../src/testing/index.js';

/** The first figure of the page (`<figure>…</figure>`) whose chart mentions `text`. */
function figureWith(html: string, text: string): string {
  const figure = html
    .split('<figure>')
    .slice(1)
    .find((f) => f.includes(text));
  expect(figure, `a figure with ${text}`).toBeDefined();
  return figure!.slice(0, figure!.indexOf('</figure>'));
}

describe('burn-up charts: every value label shows whole', () => {
  const set = buildSet({
    objectives: [
      {
        keyResults: [
          {
            title: 'Grow signups',
            measure: { kind: 'metric', start: 0, target: 200, unit: 'signups/month' },
            checkIns: [
              { at: '2026-01-07', value: 20 },
              { at: '2026-01-14', value: 40 },
            ],
          },
          {
            title: 'Stay small',
            measure: { kind: 'metric', start: 0, target: 5, unit: 'k€' },
            checkIns: [{ at: '2026-01-14', value: 2 }],
          },
        ],
      },
    ],
  });
  const html = toHtml(weeklyReport(set, { asOf: '2026-01-21' }), { expand: true });

  it('starts the plot right of the widest label ("200 signups/month")', () => {
    const figure = figureWith(html, 'signups/month');
    const label = figure.match(/<text class="sokr-axis" x="([\d.]+)"[^>]*>200 signups\/month</);
    expect(label).not.toBeNull();
    // The label ends at x and runs leftwards: 17 characters at 10 px need more than 80 px.
    expect(Number(label![1])).toBeGreaterThanOrEqual(80);
    const plot = figure.match(/<rect class="sokr-plot" x="([\d.]+)"/);
    expect(Number(plot![1])).toBeGreaterThan(Number(label![1]));
  });

  it('keeps the usual margin for short labels', () => {
    expect(figureWith(html, 'Stay small')).toContain('<rect class="sokr-plot" x="52"');
  });

  it('cuts a label wider than almost half the chart with an ellipsis; the point keeps the value', () => {
    const long = buildSet({
      objectives: [
        {
          keyResults: [
            {
              title: 'Wordy',
              measure: {
                kind: 'metric',
                start: 0,
                target: 10,
                unit: 'qualified enterprise opportunities per region',
              },
              checkIns: [{ at: '2026-01-14', value: 4 }],
            },
          ],
        },
      ],
    });
    const figure = figureWith(toHtml(weeklyReport(long, { asOf: '2026-01-21' })), 'Wordy');
    const x = Number(figure.match(/<rect class="sokr-plot" x="([\d.]+)"/)![1]);
    expect(x).toBeLessThanOrEqual(0.45 * 320);
    expect(figure).toMatch(
      /<text class="sokr-axis" x="[\d.]+" y="[\d.]+">10 qualified[^<]*…<\/text>/,
    );
    expect(figure).toContain('4 qualified enterprise opportunities per region (score');
  });
});

describe('right-to-left titles and bidi controls cannot reorder the figures (HTML)', () => {
  const checkIns = [
    { at: '2026-01-14', value: 10 },
    { at: '2026-01-20', value: 20 },
  ];
  const measure = { kind: 'metric', start: 5, target: 100, unit: '€' } as const;
  const set = buildSet({
    objectives: [
      {
        title: 'Objective \u2067isolated',
        keyResults: [
          { title: 'زيادة الإيرادات', measure, checkIns },
          { title: 'Grow \u202Erevenue', measure, checkIns, ownerId: 'company-lead' },
        ],
      },
    ],
  });
  const report = weeklyReport(set, { asOf: '2026-01-21' });

  it('isolates titles, names and figures in <bdi>', () => {
    const html = toHtml(report);
    expect(html).toContain(
      '<li><strong><bdi>زيادة الإيرادات</bdi></strong> <bdi>€10 → €20</bdi> <span class="muted">(+0.11, <bdi>Lead of company</bdi>)</span></li>',
    );
  });

  it('turns bidi embedding, override and isolate controls into U+FFFD', () => {
    const html = toHtml(report);
    expect(html).toContain('<bdi>Grow \uFFFDrevenue</bdi>');
    expect(html).toContain('Objective \uFFFDisolated');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const review = toHtml(cycleReview(set, { cycleId: 'q1', asOf: '2026-04-05' }));
    expect(review).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('turns them into spaces in Markdown, like the other control characters', () => {
    for (const format of ['full', 'digest'] as const) {
      const md = toMarkdown(report, { format });
      expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(md).toContain('Grow  revenue');
    }
  });
});

describe('empty reports say so', () => {
  it('the review digest of an empty cycle says "No objectives in …", without a score or a table', () => {
    const review = cycleReview(buildSet({ objectives: [] }), { cycleId: 'q1', asOf: '2026-04-05' });
    const digest = toMarkdown(review, { format: 'digest' });
    expect(digest).toContain('**No objectives in Q1 2026** · alignment health 100/100');
    expect(digest).not.toContain('Cycle score');
    expect(digest).not.toContain('| Objective |');
  });

  it('the HTML review of a cycle without objectives says "No objectives in …" instead of a score, a grade and empty parts', () => {
    // Acme's FY 2026 has no objective of its own (`sokr report review --cycle 2026`); an empty set neither.
    const reviews = {
      'FY 2026': cycleReview(acmeExample(), { cycleId: '2026', asOf: '2026-07-10' }),
      'Q1 2026': cycleReview(buildSet({ objectives: [] }), { cycleId: 'q1', asOf: '2026-04-05' }),
    };
    for (const [name, review] of Object.entries(reviews)) {
      expect(review.overall.objectives).toBe(0);
      const html = toHtml(review);
      const headline = html.slice(
        html.indexOf('<section id="headline"'),
        html.indexOf('<section id="celebrate"'),
      );
      expect(headline).toContain(
        `<span class="hero-empty">No objectives in <bdi>${name}</bdi></span>`,
      );
      expect(headline).toContain('<span>alignment health 100/100</span>');
      expect(headline).not.toContain('Cycle score');
      expect(headline).not.toContain('hero-number');
      expect(headline).not.toContain('class="swatch"');
      expect(headline).not.toContain('key results');
      expect(headline).not.toContain('<table>');
      const objectives = html.slice(
        html.indexOf('<section id="objectives"'),
        html.indexOf('<section id="pillars"'),
      );
      expect(objectives).toContain(`<p>No objectives in <bdi>${name}</bdi>.</p>`);
      // The contents link the headline as what it is: there are no grades.
      expect(html).toContain('<li><a href="#headline">Headline</a></li>');
      expect(html).not.toContain('>Grades</a>');
    }
  });

  it('the HTML review of a cycle with objectives keeps its score and writes no dangling count', () => {
    const set = buildSet({ objectives: [{ keyResults: [] }] });
    const html = toHtml(cycleReview(set, { cycleId: 'q1', asOf: '2026-04-05' }));
    expect(html).toContain('<span class="hero-label">Cycle score</span>');
    expect(html).toContain('<span>1 objective · ');
    expect(html).toContain('<span>No key results</span>');
    expect(html).not.toContain('0 key results:');
    expect(html).toContain('<li><a href="#headline">Grades</a></li>');
  });

  it('an empty weekly report says there are no key results instead of "Every key result moved."', () => {
    const report = weeklyReport(buildSet({ objectives: [] }), { asOf: '2026-01-21' });
    const md = toMarkdown(report);
    expect(md).not.toContain('Every key result moved.');
    expect(md).toContain('## Didn’t move\n\nNo key results in this report.\n');
    expect(md.trimEnd().endsWith('## Key results by unit\n\nNo key results in this report.')).toBe(
      true,
    );
    const html = toHtml(report);
    expect(html).not.toContain('Every key result moved.');
    expect(html).not.toContain('0 key results');
    const units = html.slice(html.indexOf('<section id="units"'));
    expect(units).toContain('<p>No key results in this report.</p>');
    const still = html.slice(
      html.indexOf('<section id="still"'),
      html.indexOf('<section id="owed"'),
    );
    expect(still).toContain('<p>No key results in this report.</p>');
  });

  it('still says "Every key result moved." when every one did', () => {
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            {
              checkIns: [
                { at: '2026-01-10', value: 1 },
                { at: '2026-01-20', value: 3 },
              ],
            },
          ],
        },
      ],
    });
    const report = weeklyReport(set, { asOf: '2026-01-21' });
    expect(toMarkdown(report)).toContain('## Didn’t move\n\nEvery key result moved.\n');
    expect(toHtml(report)).toContain('<p>Every key result moved.</p>');
  });
});

describe('the review legend escapes the scale name and band labels', () => {
  const scale = defineScale({
    id: 'x',
    name: 'Team <i>scale</i>',
    bands: [
      { id: 'fail', label: '<b>Fail</b> | *x*', color: 'red', min: 0 },
      { id: 'pass', label: 'Pass', color: 'green', min: 0.5 },
    ],
  });
  const set = buildSet({
    objectives: [{ keyResults: [{ checkIns: [{ at: '2026-02-01', value: 3 }] }] }],
  });
  const review = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-05', scale });

  it('in Markdown, as every other piece of text', () => {
    const legend = toMarkdown(review)
      .split('\n')
      .find((l) => l.startsWith('_Colours are grades'));
    expect(legend).toBe(
      '_Colours are grades: the bands of the Team \\<i\\>scale\\</i\\> scale (\\<b\\>Fail\\</b\\> \\| \\*x\\* from 0.0, Pass from 0.5). A committed objective meets its target at 1.0, an aspirational one at 0.7. During the cycle the weekly report colours by status instead; status words (achieved, missed…) are written next to the grades here._',
    );
  });

  it('in HTML, escaped and isolated', () => {
    expect(toHtml(review)).toContain(
      'the bands of the <bdi>Team &lt;i&gt;scale&lt;/i&gt;</bdi> scale (<bdi>&lt;b&gt;Fail&lt;/b&gt; | *x*</bdi> from 0.0, <bdi>Pass</bdi> from 0.5)',
    );
  });
});

describe('the weekly page keeps headings out of table cells', () => {
  const set = buildSet({
    objectives: [{ id: 'o1', title: 'Win the market', keyResults: 2 }],
  });
  const html = toHtml(weeklyReport(set, { asOf: '2026-01-21' }), { expand: true });

  it('heads each objective’s rows with a group header cell holding its id, no heading element', () => {
    expect(html).toContain(
      '<th scope="colgroup" colspan="8" id="o-o1"><span class="objective"><span class="objective-title"><bdi>Win the market</bdi></span>',
    );
    const cells = html.match(/<t[hd][ >](?:(?!<\/t[hd]>).)*<\/t[hd]>/gs) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/<h[1-6][ >]/);
    expect(html).not.toMatch(/<span[^>]*>(?:(?!<\/span>).)*<h[1-6][ >]/s);
  });
});

describe('a derived key result takes no check-in', () => {
  const set = buildSet({
    objectives: [
      {
        id: 'o1',
        keyResults: [
          { title: 'Departments deliver', measure: { kind: 'derived' } },
          { title: 'Plain', checkIns: [{ at: '2026-01-14', value: 2 }] },
        ],
        children: [
          {
            parent: { keyResultId: 'o1.kr1' },
            keyResults: [{ title: 'Child result' }],
          },
        ],
      },
    ],
  });
  const report = weeklyReport(set, { asOf: '2026-01-21' });

  it('is not listed under "No check-in yet"; its children’s key results are', () => {
    const md = toMarkdown(report);
    expect(md).toContain('**No check-in yet:** Child result (Lead of company)\n');
    const digest = toMarkdown(report, { format: 'digest' });
    expect(digest).toContain('- No check-in yet: Child result (Lead of company)');
    expect(digest).not.toContain('No check-in yet: Departments deliver');
    const html = toHtml(report);
    const line = html.match(/<strong>No check-in yet:<\/strong>[^\n]*?<\/p>/)?.[0];
    expect(line).toContain('Child result');
    expect(line).not.toContain('Departments deliver');
    expect(report.summary.missing).toBe(1);
    expect(html).toContain('· 1 without a check-in');
  });
});

describe('sokr report --help', () => {
  it('writes the escapes as text, without a control character', () => {
    const help = reportCommand.help;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
    expect(help).not.toMatch(/[\0-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(help).toContain('in titles as escapes (\\u001b, \\n), a file has them as written');
  });
});

describe('a filtered weekly report names its scope in Markdown, as the HTML does', () => {
  const asOf = '2026-01-21';
  const lines = (text: string) => text.split('\n');

  it('names the owner: "Raj Patel’s score", in full and in the digest', () => {
    const report = weeklyReport(acmeExample(), { asOf, ownerId: 'raj' });
    expect(lines(toMarkdown(report))[4]).toBe(
      '**Raj Patel’s score: 0.3** ▲ +0.02 vs last week (0.3) · 4 key results: 1 at risk, 3 on track',
    );
    expect(lines(toMarkdown(report, { format: 'digest' }))[2]).toBe(
      '**Raj Patel’s score 0.3** ▲ +0.02 vs last week · 4 key results: 1 at risk, 3 on track',
    );
    expect(toHtml(report)).toContain(
      '<span class="hero-label"><bdi>Raj Patel</bdi>’s score</span>',
    );
  });

  it('names the unit: "Sales score", in full and in the digest', () => {
    const report = weeklyReport(acmeExample(), { asOf, unitId: 'sales' });
    expect(lines(toMarkdown(report))[4]).toBe(
      '**Sales score: 0.2** ▲ +0.11 vs last week (0.1) · 4 key results: 1 off track, 3 on track',
    );
    expect(lines(toMarkdown(report, { format: 'digest' }))[2]).toBe(
      '**Sales score 0.2** ▲ +0.11 vs last week · 4 key results: 1 off track, 3 on track',
    );
    expect(toHtml(report)).toContain('<span class="hero-label"><bdi>Sales</bdi> score</span>');
  });

  it('keeps the company report’s "Score", and escapes the name it writes', () => {
    const company = weeklyReport(acmeExample(), { asOf });
    expect(lines(toMarkdown(company))[4]).toMatch(/^\*\*Score: 0\.3\*\* /);
    expect(lines(toMarkdown(company, { format: 'digest' }))[2]).toMatch(/^\*\*Score 0\.3\*\* /);
    const set = acmeExample();
    set.people.find((p) => p.id === 'raj')!.name = '*Raj* | @team';
    const report = weeklyReport(set, { asOf, ownerId: 'raj' });
    expect(lines(toMarkdown(report, { format: 'digest' }))[2]).toMatch(
      /^\*\*\\\*Raj\\\* \\\| @\u2060team’s score 0\.3\*\* /,
    );
  });
});

describe('the units-at-a-glance table names the owner of what needs attention most', () => {
  const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
  const html = toHtml(report);
  const glance = html.slice(
    html.indexOf('<table class="glance">'),
    html.indexOf('</table>', html.indexOf('<table class="glance">')),
  );
  const rows = glance.split('<tr>').slice(2);

  it('in HTML, after the figures, as the Markdown table does', () => {
    const acme = rows[0]!;
    expect(acme).toContain(
      '<bdi>Keep cloud cost per customer at or below €40 a month</bdi> <span class="muted">· <span class="nowrap"><bdi>€44 — keep ≤ €40</bdi></span> <span class="nowrap">(<bdi>Maya Chen</bdi>)</span></span>',
    );
    expect(toMarkdown(report)).toContain(
      '| Acme Inc. | 0.3 | ▲ +0.09 | 4 off track, 3 at risk, 1 pending, 18 on track | Off track: Keep cloud cost per customer at or below €40 a month · €44 — keep ≤ €40 (Maya Chen) |',
    );
  });

  it('for every unit with one, the owner the report names (escaped)', () => {
    const units = report.units.filter((u) => u.keyResults > 0);
    expect(rows).toHaveLength(units.length);
    units.forEach((u, i) => {
      if (u.worst === null) expect(rows[i]).toContain('nothing: all on track or achieved');
      else expect(rows[i]).toContain(`(<bdi>${u.worst.ownerName}</bdi>)`);
    });
    const set = acmeExample();
    set.people.find((p) => p.id === 'maya')!.name = 'Maya <Chen>';
    expect(toHtml(weeklyReport(set, { asOf: '2026-01-21' }))).toContain(
      '(<bdi>Maya &lt;Chen&gt;</bdi>)',
    );
  });
});
