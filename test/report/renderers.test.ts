import { describe, expect, it } from 'vitest';
import { MAX_DEFAULT_CHARTS, toHtml, toMarkdown } from '../../src/index.js';
import { reviewFixture, weeklyFixture } from './fixtures.js';

function count(html: string, cls: string): number {
  return html.split(`class="${cls}"`).length - 1;
}

const STATUS_LABELS = ['Pending', 'On track', 'At risk', 'Off track', 'Achieved', 'Missed'];

describe('toHtml (weekly)', () => {
  const html = toHtml(weeklyFixture());

  it('is a standalone page: doctype, lang, title, inline style, no script and no external asset', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Weekly check-in — 21 Jan 2026</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    // Links only inside the page (the contents list, the units table).
    expect(html.match(/href="(?!#)/g)).toBeNull();
  });

  it('has one h1, an h2 for each part and an h3 for each unit with objectives', () => {
    expect(html.match(/<h1[ >]/g)?.length).toBe(1);
    // headline, needs attention, coming up next, moved, didn't move, owed this week, key results by unit
    expect(html.match(/<h2[ >]/g)?.length).toBe(7);
    expect(html.match(/<h3[ >]/g)?.length).toBe(2);
  });

  it('draws one bar per objective, coloured and worded by its status, with the expected marker', () => {
    expect(count(html, 'sokr-bar')).toBe(3);
    expect(html.split('class="sokr-expected"').length - 1).toBe(3);
    // o1 is at risk: the bar's fill and word are the status's, not the grade band's
    expect(html).toContain('aria-label="Win &lt;the&gt; market: 0.2 (At risk), expected 0.2"');
    expect(html).toMatch(/aria-label="Win &lt;the&gt; market[^"]*"[\s\S]*?fill="#92400e"/);
  });

  it('puts the headline first: the score large, its trend, the status counts and the units at a glance', () => {
    const headline = html.slice(html.indexOf('id="headline"'), html.indexOf('id="attention"'));
    expect(headline).toContain('<span class="hero-number">0.3</span>');
    expect(headline).toContain('▲</span> +0.04 vs last week');
    expect(headline).toContain('<b>1</b>Off track');
    expect(headline).toContain('<caption>Units at a glance</caption>');
    expect(headline).toContain('<a href="#u-eng">Engineering</a>');
    expect(headline).toContain(
      '<bdi>KR k6</bdi> <span class="muted">· <span class="nowrap"><bdi>4 of 10 &lt;deals&gt; (from 0)</bdi></span> <span class="nowrap">(<bdi>Ada</bdi>)</span></span>',
    );
    expect(html.indexOf('id="headline"')).toBeLessThan(html.indexOf('id="attention"'));
  });

  it('says in the legend that colours follow the status and grade bands are for the review', () => {
    expect(html).toContain('Colours follow the status');
    expect(html).toContain(
      'Grade bands (Google’s red, yellow, green) are for the end-of-cycle review',
    );
    // no band word next to a weekly score
    expect(html).not.toMatch(/· (Red|Yellow|Green)</);
  });

  it('shows the real numbers of every key result, its unit escaped', () => {
    expect(html).toContain('<td class="value">3 of 10 &lt;deals&gt; (from 0)</td>');
    expect(html).toContain(
      '<td class="value">no check-in yet · target 10 &lt;deals&gt; (from 0)</td>',
    );
    expect(html).not.toContain('<deals>');
  });

  it('is skimmable: a contents list, folding sections, "coming up next", a grouped "didn’t move"', () => {
    for (const id of ['headline', 'attention', 'next', 'moved', 'still', 'owed', 'units'])
      expect(html).toContain(`<a href="#${id}">`);
    // Needs attention, coming up next, moved, didn't move, owed this week: open; the units' tables fold.
    expect(html.match(/<details open><summary><h2/g)?.length).toBe(6);
    expect(html).toContain('>Coming up next <span class="count">2</span></h2>');
    expect(html).not.toContain('About to');
    expect(html).toContain('<li><strong><bdi>Acme &amp; Co</bdi></strong> (1): <bdi>KR k2</bdi>');
    expect(html).toContain(
      '<li><strong><bdi>Engineering</bdi></strong> (3): <bdi>KR k3</bdi> <span class="trend trend-down">fell −0.05</span>',
    );
    // units start folded; expand opens them
    expect(html).toContain('<details class="unit" id="u-eng">');
    expect(toHtml(weeklyFixture(), { expand: true })).toContain(
      '<details open class="unit" id="u-eng">',
    );
  });

  it('draws a burn-up per key result with a series or forecast and one point per series entry', () => {
    expect(count(html, 'sokr-burnup')).toBe(5);
    expect(count(html, 'sokr-point')).toBe(15);
    expect(count(html, 'sokr-forecast')).toBe(5);
  });

  it('writes every status as text, not colour alone', () => {
    for (const label of STATUS_LABELS) expect(html).toContain(`>${label}</span>`);
  });

  it('uses table semantics: captions and header cells with scope', () => {
    expect(html).toContain('<caption>At risk, off track or missed</caption>');
    expect(html).toContain('<th scope="col">Key result</th>');
    expect(html).toContain('<th scope="row">KR k1</th>');
  });

  it('escapes user text', () => {
    expect(html).toContain('Win &lt;the&gt; market');
    expect(html).toContain('Signed 3 &lt;big&gt; deals &amp; more');
    expect(html).toContain('Acme &amp; Co');
    expect(html).not.toContain('<the>');
  });

  it('takes a title', () => {
    expect(toHtml(weeklyFixture(), { title: 'Week 3 <acme>' })).toContain(
      '<h1>Week 3 &lt;acme&gt;</h1>',
    );
  });
});

describe('toHtml (review)', () => {
  const html = toHtml(reviewFixture());

  it('draws one bar per objective, in its grade band, with the commitment target as marker', () => {
    expect(count(html, 'sokr-bar')).toBe(2);
    expect(html).toContain('data-expected="1"');
    expect(html).toContain('data-expected="0.7"');
    expect(html).toContain('Win the market: 0.7 (Green), target 1.0');
  });

  it('draws burn-ups for key results with check-ins only', () => {
    expect(count(html, 'sokr-burnup')).toBe(2);
    expect(count(html, 'sokr-point')).toBe(5);
  });

  it('has the review sections in order', () => {
    const order = [
      'Headline',
      'Celebrate',
      'Carry over',
      'Retrospective prompts',
      'Key results by objective',
      'Pillars',
      'Alignment health at close',
    ];
    const positions = order.map((h) =>
      html.search(new RegExp(`>${h}( <span class="count">|</h2>)`)),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<strong>Below target</strong>');
    expect(html).toContain('Explore &lt;AI&gt;');
  });

  it('grades with bands, committed and aspirational apart, and says what the colours mean', () => {
    expect(html).toContain('<caption>Committed objectives (target 1.0)</caption>');
    expect(html).toContain('<caption>Aspirational objectives (target 0.7)</caption>');
    expect(html).toContain('<strong>Committed</strong>: 0 of 1 met their target (1.0) · mean 0.7');
    expect(html).toContain(
      'Colours are grades: the bands of the <bdi>Google</bdi> scale (<bdi>Red</bdi> from 0.0, <bdi>Yellow</bdi> from 0.4, <bdi>Green</bdi> from 0.7)',
    );
    expect(html).toContain('style="background:#188038"');
  });

  it('shows final values, carry-over with the unfinished key results, and findings in titles and names', () => {
    expect(html).toContain('<td class="value">10 of 10 &lt;deals&gt; (from 0)</td>');
    expect(html).toContain(
      '<li><bdi>KR k2</bdi> <span class="muted">(<bdi>4 of 10 &lt;deals&gt; (from 0)</bdi>; <bdi>Ada</bdi>)</span></li>',
    );
    expect(html).toContain('Key result “KR k3” (Ada) has no check-in.');
    expect(html).not.toContain('Key result "k3"');
  });
});

describe('toMarkdown', () => {
  it('renders the weekly sections with scores on the scale, real numbers and escaped text', () => {
    const text = toMarkdown(weeklyFixture());
    expect(
      text.startsWith('# Weekly check\\-in — 21 Jan 2026\n') ||
        text.startsWith('# Weekly check-in — 21 Jan 2026\n'),
    ).toBe(true);
    expect(text).toContain(
      '**Score: 0.3** ▲ +0.04 vs last week (0.3) · 6 key results: 1 missed, 1 off track, 1 at risk, 1 pending, 1 on track, 1 achieved',
    );
    expect(text).toContain(
      '| · Engineering | 0.2 | ▲ +0.03 | 1 missed, 1 off track, 1 pending, 1 achieved | Missed: KR k6 · 4 of 10 \\<deals\\> (from 0) (Ada) |',
    );
    expect(text).toContain(
      '| At risk | KR k2 — blocked: Waiting \\| on legal | Ada | 1 of 10 \\<deals\\> (from 0) | 0.1 | 0.2 |',
    );
    expect(text).toContain(
      '- KR k1: 2 \\<deals\\> → 3 \\<deals\\> · score 0.2 → 0.3 (+0.10): Signed 3 \\<big\\> deals & more',
    );
    expect(text).toContain(
      '- KR k2 (1 of 10 \\<deals\\> (from 0)) — forecast falls behind (0.4 by 31 Mar 2026): next Call \\*legal\\*',
    );
    expect(text).toContain(
      '- **Engineering** (3): KR k3 (fell: 0.5 \\<deals\\> → 0 \\<deals\\> · score 0.1 → 0.0); KR k4; KR k6',
    );
    expect(text).toContain('## Coming up next');
    expect(text).not.toContain('About to');
    expect(text).toContain('Grade bands (red, yellow, green) are for the end-of-cycle review');
    expect(text).toContain(
      '| KR k4 | Ada | no check-in yet · target 10 \\<deals\\> (from 0) | 0.0 | Pending | 0.2 | ±0 | — |',
    );
    expect(text).toContain('**No check-in yet:** KR k4 (Ada)');
    expect(text).toContain('**Stale check-ins:** KR k3 (Ada, last 7 Jan 2026)');
    expect(text).toContain(
      '| Win \\<the\\> market | KR k3 (Off track) | proposed | Not accepted yet — Needs the API |',
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('renders a digest: the headline, the units, the first items of each list and counts', () => {
    const text = toMarkdown(weeklyFixture(), { format: 'digest' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '**Weekly check-in — 21 Jan 2026** · Q1 2026 · compared with 14 Jan 2026',
    );
    expect(text).toContain('**Score 0.3** ▲ +0.04 vs last week · 6 key results');
    expect(text).toContain(
      '**Needs attention (6)**\n- At risk: KR k2 · 1 of 10 \\<deals\\> (from 0) (Ada)',
    );
    expect(text).toContain('- … and 1 more');
    expect(text).toContain('**Didn’t move (4)**: Acme & Co 1, Engineering 3');
    expect(text).not.toContain('## ');
  });

  it('keeps the digest short however large the report (at most 12 table rows, 5 items a list)', () => {
    const big = weeklyFixture();
    const unit = big.units[0]!;
    for (let i = 0; i < 300; i++) {
      big.units.push({ ...unit, id: `u${i}`, name: `Unit ${i}` });
    }
    const lines = toMarkdown(big, { format: 'digest' }).split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(lines).toContain('… and 290 more units');
  });

  it('refuses an unknown format', () => {
    expect(() => toMarkdown(weeklyFixture(), { format: 'short' as never })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['options', 'format'], code: 'invalid_value' })],
      }),
    );
  });

  it('renders the review: grades, celebrate, carry over, pillars, alignment and prompts', () => {
    const text = toMarkdown(reviewFixture(), { title: 'Q1 review' });
    expect(text.startsWith('# Q1 review\n')).toBe(true);
    expect(text).toContain(
      '| Win the market | Acme | committed | 0.7 Green | 1.0 | **Below target** |',
    );
    // what was celebrated, with the final value (real numbers, as the page and the digest show)
    expect(text).toContain('- KR k1: 10 of 10 \\<deals\\> (from 0) (Ada, 10 Feb 2026, early)');
    expect(text).toContain(
      'Committed: 0 of 1 met their target (1.0), mean 0.7 · Aspirational: 0 of 1 met their target (0.7), mean 0.0',
    );
    expect(text).toContain(
      '| KR k2 | Ada | 4 of 10 \\<deals\\> (from 0) | 0.4 Yellow | Missed | 2 | +0.30 | — |',
    );
    expect(text).toContain(
      '- warning `deliver/stale-check-in`: Key result “KR k3” \\(Ada\\) has no check-in.',
    );
    expect(text).toContain('- KR k1: 0.1 → 1.0 (+0.90) — 10 of 10 \\<deals\\> (from 0) (Ada)');
    expect(text).toContain('- Win the market (committed, 0.7): KR k2');
    // 0.35 is in the red band (below 0.4): band-aware rounding prints 0.3, not 0.4.
    expect(text).toContain('| Growth | 0.3 Red | 2 | 0 |');
    expect(text).toContain(
      '**88/100** · 0 errors · 1 warning · 0 notes · 0 objectives without a strategic anchor',
    );
    expect(text).toContain('- **Never updated**: KR k3 was never updated: why?');
  });
});

describe('toHtml charts option', () => {
  it('draws charts only for key results needing attention with charts: attention, and says so', () => {
    const html = toHtml(weeklyFixture(), { charts: 'attention' });
    // at-risk k2, off-track k3, missed k6 (k2 also falls behind); k4 has no series
    expect(count(html, 'sokr-burnup')).toBe(3);
    expect(html).toContain(
      'Burn-up charts are drawn for the 3 key results that need attention (of 6 key results).',
    );
    expect(count(html, 'sokr-bar')).toBe(3);
  });

  it('draws no chart with charts: none', () => {
    const html = toHtml(reviewFixture(), { charts: 'none' });
    expect(count(html, 'sokr-burnup')).toBe(0);
    expect(html).toContain('No burn-up charts are drawn (of 3 key results).');
  });

  it('limits a review to key results of flagged objectives not achieved', () => {
    expect(count(toHtml(reviewFixture(), { charts: 'attention' }), 'sokr-burnup')).toBe(1); // k2; k3 has no series
  });

  it(`defaults to every chart up to ${MAX_DEFAULT_CHARTS} key results and to attention above`, () => {
    const small = weeklyFixture();
    expect(count(toHtml(small), 'sokr-burnup')).toBe(5);
    const big = weeklyFixture();
    const unit = big.units[1]!;
    const template = unit.objectives[1]!;
    for (let i = 0; i < MAX_DEFAULT_CHARTS; i++) {
      unit.objectives.push({
        ...template,
        id: `x${i}`,
        keyResults: template.keyResults.slice(0, 1),
      });
    }
    const html = toHtml(big);
    expect(count(html, 'sokr-burnup')).toBe(3); // the 1000 added copies of k5 (achieved) need no attention
    expect(count(toHtml(big, { charts: 'all' }), 'sokr-burnup')).toBe(5 + MAX_DEFAULT_CHARTS);
  });
});

describe('toHtml default charts above the limit', () => {
  it(`draws at most ${MAX_DEFAULT_CHARTS} charts, the worst first`, () => {
    const big = weeklyFixture();
    const unit = big.units[0]!;
    const template = unit.objectives[0]!;
    const atRisk = template.keyResults[1]!; // k2, at risk
    for (let i = 0; i < MAX_DEFAULT_CHARTS; i++) {
      unit.objectives.push({ ...template, id: `y${i}`, keyResults: [{ ...atRisk, id: `y${i}k` }] });
    }
    const html = toHtml(big);
    expect(count(html, 'sokr-burnup')).toBe(MAX_DEFAULT_CHARTS);
    // the missed k6 and the off-track k3 come before the at-risk ones
    expect(html).toContain('aria-label="KR k6: burn-up');
    expect(html).toContain('aria-label="KR k3: burn-up');
    expect(html).toContain(
      `Burn-up charts are drawn for the ${MAX_DEFAULT_CHARTS} key results most in need of attention`,
    );
  });
});

describe('the days a page shows follow its locale (issue 19)', () => {
  it('last check-ins, forecasts and the title in the locale; iso keeps ISO days', async () => {
    const { weeklyReport, cycleReview } = await import('../../src/index.js');
    const { acmeExample } = await import('../../src/testing/index.js');
    const set = { ...acmeExample(), timeZone: 'Pacific/Auckland' };
    // 20:00 UTC on 20 January is 21 January in Auckland.
    const report = weeklyReport(set, { asOf: '2026-01-20T20:00:00Z' });
    expect(report.asOfDay).toBe('2026-01-21');
    const html = toHtml(report);
    expect(html).toContain('<title>Weekly check-in — 21 Jan 2026</title>');
    expect(html).not.toMatch(/<td class="date">\d{4}-\d{2}-\d{2}<\/td>/);
    expect(html).toMatch(/<td class="date">\d{1,2} [A-Z][a-z]{2} 2026<\/td>/);
    const md = toMarkdown(report, { locale: 'en-US' });
    expect(md.split('\n')[0]).toBe('# Weekly check-in — Jan 21, 2026');
    expect(md).toContain('As of Jan 21, 2026, compared with Jan 14, 2026');
    expect(md).not.toMatch(/\| \d{4}-\d{2}-\d{2} \|/);
    expect(toMarkdown(report, { locale: 'iso' })).toMatch(/\| 2026-01-\d{2} \|/);
    const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-06T20:00:00Z' });
    expect(review.asOfDay).toBe('2026-04-07');
    expect(toMarkdown(review)).toContain('as of 7 Apr 2026');
  });
});

describe('renderers: section lists in another order than the key results', () => {
  it('a report whose id lists were reordered (edited or written by hand) renders the same', () => {
    const report = weeklyFixture();
    const reordered = structuredClone(report);
    let longest = 0;
    for (const u of reordered.units)
      for (const o of u.objectives)
        for (const list of [o.moved, o.didNotMove, o.aboutTo, o.atRisk, o.missing, o.stale]) {
          longest = Math.max(longest, list.length);
          list.reverse();
        }
    expect(longest).toBeGreaterThan(1);
    for (const format of ['full', 'digest'] as const)
      expect(toMarkdown(reordered, { format })).toBe(toMarkdown(report, { format }));
    expect(toHtml(reordered)).toBe(toHtml(report));
  });
});
