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
    expect(html).toContain('<title>Weekly check-in — 2026-01-21</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
  });

  it('has one h1 and an h2 for each part and each unit with objectives', () => {
    expect(html.match(/<h1[ >]/g)?.length).toBe(1);
    expect(html.match(/<h2[ >]/g)?.length).toBe(2 + 2);
  });

  it('draws one bar for the overall score plus one per objective, with the expected marker on objectives', () => {
    expect(count(html, 'sokr-bar')).toBe(1 + 3);
    expect(html.split('class="sokr-expected"').length - 1).toBe(3);
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
    expect(html).toContain('<caption>Key results by status</caption>');
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

  it('draws the cycle bar plus one per objective with the commitment target as marker', () => {
    expect(count(html, 'sokr-bar')).toBe(3);
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
      'Summary',
      'Celebrate',
      'Grades',
      'Carry over',
      'Pillars',
      'Alignment health at close',
      'Retrospective prompts',
    ];
    const positions = order.map((h) => html.indexOf(`>${h}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<strong>Below target</strong>');
    expect(html).toContain('Explore &lt;AI&gt;');
  });
});

describe('toMarkdown', () => {
  it('renders the weekly sections with scores on the scale and escaped text', () => {
    const text = toMarkdown(weeklyFixture());
    expect(
      text.startsWith('# Weekly check\\-in — 2026\\-01\\-21\n') ||
        text.startsWith('# Weekly check-in — 2026-01-21\n'),
    ).toBe(true);
    expect(text).toContain('**Overall: 0.3** (Red) · last week 0.3 (+0.04) · 6 key results');
    expect(text).toContain('- KR k1: 0.2 → 0.3 (+0.10): Signed 3 \\<big\\> deals & more');
    expect(text).toContain('- KR k2: still 0.1 — blocked: Waiting \\| on legal');
    expect(text).toContain(
      '- KR k2 — forecast falls behind (0.4 by 2026-03-31): next Call \\*legal\\*',
    );
    expect(text).toContain('- KR k3: fell 0.1 → 0.0');
    expect(text).toContain('| Off track | 1 |');
    expect(text).toContain('**No check-in yet**');
    expect(text).toContain('**Stale check-ins**');
    expect(text).toContain(
      '| Win \\<the\\> market | KR k3 (Off track) | proposed | Not accepted yet — Needs the API |',
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('renders the review: grades, celebrate, carry over, pillars, alignment and prompts', () => {
    const text = toMarkdown(reviewFixture(), { title: 'Q1 review' });
    expect(text.startsWith('# Q1 review\n')).toBe(true);
    expect(text).toContain(
      '| Win the market | Acme | committed | 0.7 Green | 1.0 | **Below target** |',
    );
    expect(text).toContain('- KR k1 (Ada, 2026-02-10, early)');
    expect(text).toContain('- KR k1: 0.1 → 1.0 (+0.90)');
    expect(text).toContain('- Win the market (committed, 0.7): KR k2');
    // 0.35 is in the red band (below 0.4): band-aware rounding prints 0.3, not 0.4.
    expect(text).toContain('| Growth | 0.3 Red | 2 | 0 |');
    expect(text).toContain(
      '**88/100** · 0 errors · 1 warnings · 0 notes · 0 objectives without a strategic anchor',
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
    expect(count(html, 'sokr-bar')).toBe(4);
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
