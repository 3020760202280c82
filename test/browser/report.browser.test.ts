// Loads the HTML reports in a real headless Chromium (Debian's `chromium`
// package, driven by playwright-core) and checks what a reader sees.
// Without Chromium the tests are skipped with a one-line message, except in
// CI (`CI=true`), where a missing browser FAILS them: install it with
// `apt-get install -y chromium` or point SOKR_CHROMIUM at a Chromium binary.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertOkrSet, cycleReview, type Report, toHtml, weeklyReport } from '../../src/index.js';
import { buildSet } from '../../src/testing/index.js';
import { reviewFixture, weeklyFixture } from '../report/fixtures.js';
import { browserSkipReason, launchChromium } from './_chromium.js';

const SKIP = browserSkipReason(process.env);
if (SKIP !== undefined) console.warn(SKIP);
const OUT = resolve('test-output');
/** With SOKR_UPDATE_SCREENSHOTS=1 the Acme screenshots are copied here for the reports guide. */
const DOCS_IMAGES = resolve('docs/images');
const VIEWPORT = { width: 1280, height: 800 };
const DOCS_SHOTS = ['weekly-report', 'cycle-review'];
const STATUS_LABELS = ['Pending', 'On track', 'At risk', 'Off track', 'Achieved', 'Missed'];

let browser: Browser | undefined;
let launchError = '';

beforeAll(async () => {
  if (SKIP !== undefined) return;
  ({ browser, error: launchError } = await launchChromium(process.env));
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PageFacts {
  consoleErrors: string[];
  /** Every console message of any type (log, warning, error…). */
  consoleMessages: string[];
  /** What a reader sees: the rendered text (closed `<details>` are not rendered). */
  visibleText: string;
  /** The page's full height in CSS px at 1280 px wide. */
  height: unknown;
  headline: Box | null;
  glance: Box | null;
  heroNumber: Box | null;
  /** The "owed this week" section of the weekly rhythm (issue 18), when the page has one. */
  owed: Box | null;
  bars: number;
  expectedMarkers: number;
  burnUps: number;
  points: number;
  text: string;
  imagesWithoutName: number;
  h1: number;
  lang: string | null;
}

async function open(
  report: Report,
  name: string,
  options: { expand?: boolean } = {},
): Promise<PageFacts> {
  if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, toHtml(report, options));
  const page = await browser.newPage({ viewport: VIEWPORT });
  const consoleErrors: string[] = [];
  const consoleMessages: string[] = [];
  page.on('console', (m) => {
    consoleMessages.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('requestfailed', (r) => consoleErrors.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const box = async (selector: string): Promise<Box | null> => {
    const l = page.locator(selector).first();
    return (await l.count()) === 0 ? null : await l.boundingBox();
  };
  const facts: PageFacts = {
    consoleErrors,
    consoleMessages,
    // biome-ignore lint/performance/useDomNodeTextContent: innerText on purpose: only what is rendered (closed <details> are not)
    visibleText: await page.locator('body').innerText(),
    height: await page.evaluate('document.documentElement.scrollHeight'),
    headline: await box('#headline'),
    glance: await box('#headline table'),
    heroNumber: await box('.hero-number'),
    owed: await box('#owed'),
    bars: await page.locator('rect.sokr-bar').count(),
    expectedMarkers: await page.locator('line.sokr-expected').count(),
    burnUps: await page.locator('svg.sokr-burnup').count(),
    points: await page.locator('circle.sokr-point').count(),
    text: (await page.locator('body').textContent()) ?? '',
    imagesWithoutName: await page.locator('svg[role="img"]:not([aria-label])').count(),
    h1: await page.locator('h1').count(),
    lang: await page.locator('html').getAttribute('lang'),
  };
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(OUT, `${name}-first-screen.png`) });
  await page.close();
  // The guide shows the first screen and the whole page of both Acme pages.
  if (process.env['SOKR_UPDATE_SCREENSHOTS'] === '1' && DOCS_SHOTS.includes(name)) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    copyFileSync(join(OUT, `${name}-first-screen.png`), join(DOCS_IMAGES, `${name}.png`));
    copyFileSync(join(OUT, `${name}.png`), join(DOCS_IMAGES, `${name}-full.png`));
  }
  return facts;
}

// The reason shows up as the name of a skipped test too, next to the skipped ones.
if (SKIP !== undefined) it.skip(SKIP, () => {});

describe.skipIf(SKIP !== undefined)('HTML report in headless Chromium', () => {
  it('finds and launches Chromium', () => {
    expect(launchError, launchError).toBe('');
    expect(browser).toBeDefined();
  });

  it('renders the weekly report without console errors, with the expected bars, points and status texts', async () => {
    const facts = await open(weeklyFixture(), 'weekly-fixture');
    expect(facts.consoleErrors).toEqual([]);
    expect(facts.lang).toBe('en');
    expect(facts.h1).toBe(1);
    expect(facts.bars).toBe(3);
    expect(facts.expectedMarkers).toBe(3);
    expect(facts.burnUps).toBe(5);
    expect(facts.points).toBe(15);
    expect(facts.imagesWithoutName).toBe(0);
    for (const label of STATUS_LABELS) expect(facts.text).toContain(label);
    expect(existsSync(join(OUT, 'weekly-fixture.png'))).toBe(true);
  });

  it('renders the cycle review without console errors, with the expected bars, points and status texts', async () => {
    const facts = await open(reviewFixture(), 'review-fixture');
    expect(facts.consoleErrors).toEqual([]);
    expect(facts.bars).toBe(2);
    expect(facts.burnUps).toBe(2);
    expect(facts.points).toBe(5);
    expect(facts.imagesWithoutName).toBe(0);
    // the statuses the review's key results have, in words
    for (const label of ['Achieved', 'Missed']) expect(facts.text).toContain(label);
  });

  it('keeps a right-to-left title or a bidi override from reordering the figures after it', async () => {
    if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
    const checkIns = [
      { at: '2026-01-14', value: 10 },
      { at: '2026-01-20', value: 20 },
    ];
    const measure = { kind: 'metric', start: 5, target: 100, unit: '€' } as const;
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            { title: 'زيادة الإيرادات', measure, checkIns },
            { title: 'Grow \u202Erevenue', measure, checkIns },
          ],
        },
      ],
    });
    const file = join(OUT, 'weekly-bidi.html');
    writeFileSync(file, toHtml(weeklyReport(set, { asOf: '2026-01-21' })));
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Where "€10" and "€20" of each "moved" line are drawn: the first must stay left of the second.
    const order = await page.evaluate(`[...document.querySelectorAll('#moved li')].map((li) => {
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const t = n.textContent, a = t.indexOf('€10'), b = t.indexOf('€20');
        if (a < 0 || b < 0) continue;
        const x = (i) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 3); return r.getBoundingClientRect().left; };
        return x(a) < x(b);
      }
      return null;
    })`);
    await page.close();
    expect(order).toEqual([true, true]);
  });

  it('keeps a page of very large and very small values within 1280 px, each axis label telling its value apart', async () => {
    if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
    const checkIns = (value: number) => [{ at: '2026-01-14', value }];
    const set = buildSet({
      objectives: [
        {
          keyResults: [
            {
              title: 'Grow bookings to a trillion',
              measure: { kind: 'metric', start: 0, target: 1e12, unit: '$' },
              checkIns: checkIns(2.5e11),
            },
            {
              title: 'Keep the yen range',
              measure: { kind: 'range', min: 1e6, max: 2e6, unit: '¥' },
              checkIns: checkIns(1.5e6),
            },
            {
              title: 'Cut the failure rate',
              measure: { kind: 'metric', start: 0.0001, target: 0.0002 },
              checkIns: checkIns(0.00015),
            },
          ],
        },
      ],
    });
    for (const [name, report] of [
      ['weekly-extremes', weeklyReport(set, { asOf: '2026-01-21' })],
      ['review-extremes', cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' })],
    ] as const) {
      const file = join(OUT, `${name}.html`);
      writeFileSync(file, toHtml(report, { expand: true }));
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate(
        "document.querySelectorAll('details').forEach((d) => { d.open = true; })",
      );
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      const axes = (await page.evaluate(
        `[...document.querySelectorAll('svg.sokr-burnup')].map((svg) => [...svg.querySelectorAll('text.sokr-axis:not(.sokr-score-axis)')].map((t) => t.textContent))`,
      )) as string[][];
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      await page.close();
      // the page was 1,385 px wide: the "Now" column did not wrap
      expect(width, name).toBeLessThanOrEqual(VIEWPORT.width);
      // each chart's value labels differ (0.00015 read 0.0002 beside the target's 0.0002)
      for (const labels of axes) {
        const values = labels.filter((l) => !/^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(l)); // not the days
        expect(new Set(values).size, `${name}: ${values.join(', ')}`).toBe(values.length);
      }
      expect(axes.flat()).toContain('0.00015');
    }
  });

  describe('on the Acme example', () => {
    const set = assertOkrSet(JSON.parse(readFileSync(resolve('examples/acme.okr.json'), 'utf8')));

    /** Inside the first screen (1280 × 800) and not empty. */
    const onFirstScreen = (b: Box | null): boolean =>
      b !== null &&
      b.width > 0 &&
      b.height > 0 &&
      b.x >= 0 &&
      b.y >= 0 &&
      b.x + b.width <= VIEWPORT.width &&
      b.y + b.height <= VIEWPORT.height;

    it('puts the headline and the units table of the week-3 report on the first screen, shows values, fits about three screens', async () => {
      const report = weeklyReport(set, { asOf: '2026-01-21' });
      const facts = await open(report, 'weekly-report');
      expect(facts.consoleMessages).toEqual([]);
      expect(onFirstScreen(facts.headline), JSON.stringify(facts.headline)).toBe(true);
      expect(onFirstScreen(facts.glance), JSON.stringify(facts.glance)).toBe(true);
      // the company score is the largest text of the page's top
      expect(facts.heroNumber!.height).toBeGreaterThanOrEqual(40);
      expect(facts.visibleText).toContain('Units at a glance');
      expect(facts.visibleText).toMatch(/Company score\s+0\.3/i);
      expect(facts.visibleText).toContain('+0.09 vs last week');
      // real numbers where a reader sees them: what moved, and what needs attention
      expect(facts.visibleText).toContain('€4.05M → €4.2M');
      expect(facts.visibleText).toContain('89 % — keep ≥ 90 %');
      expect(facts.visibleText).toContain('Coming up next');
      expect(facts.visibleText).not.toContain('About to');
      // about three screens at 1280 px, the "owed this week" section included (what
      // is not late yet folds under one line) and the owners named in the glance table
      // (2,652 px: their names wrap two of its rows)
      expect(facts.height).toBeTypeOf('number');
      expect(facts.height as number).toBeLessThanOrEqual(3.35 * VIEWPORT.height);
    });

    it('prints every key result: the print style unfolds the folded units', async () => {
      if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
      const file = join(OUT, 'weekly-report-print.html');
      writeFileSync(file, toHtml(weeklyReport(set, { asOf: '2026-01-21' })));
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // biome-ignore lint/performance/useDomNodeTextContent: innerText on purpose: only what is rendered
      expect(await page.locator('body').innerText()).not.toContain('€4.2M of €5.0M (from €4.0M)');
      await page.emulateMedia({ media: 'print' });
      // biome-ignore lint/performance/useDomNodeTextContent: innerText on purpose: only what is rendered
      expect(await page.locator('body').innerText()).toContain('€4.2M of €5.0M (from €4.0M)');
      await page.close();
    });

    it('shows the week-3 report: 11 bars (one per objective), one point per check-in so far', async () => {
      const report = weeklyReport(set, { asOf: '2026-01-21' });
      const facts = await open(report, 'weekly-report-expanded', { expand: true });
      expect(facts.consoleErrors).toEqual([]);
      expect(facts.bars).toBe(11);
      expect(facts.visibleText).toContain('€4.2M of €5.0M (from €4.0M)');
      expect(facts.expectedMarkers).toBe(11);
      expect(facts.points).toBe(set.checkIns.filter((c) => c.at <= '2026-01-21').length);
      expect(facts.imagesWithoutName).toBe(0);
      for (const label of ['Pending', 'On track', 'At risk', 'Achieved'])
        expect(facts.text).toContain(label);
    });

    it('draws every axis label of every burn-up chart inside its chart (none is cut off)', async () => {
      if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
      const pages = {
        'weekly-axes': weeklyReport(set, { asOf: '2026-01-21' }),
        'review-axes': cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' }),
      };
      for (const [name, report] of Object.entries(pages)) {
        const file = join(OUT, `${name}.html`);
        writeFileSync(file, toHtml(report, { expand: true }));
        const page = await browser.newPage({ viewport: VIEWPORT });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.evaluate(
          "document.querySelectorAll('details').forEach((d) => { d.open = true; })",
        );
        const outside =
          (await page.evaluate(`[...document.querySelectorAll('svg.sokr-burnup text.sokr-axis')]
          .filter((t) => { const b = t.getBBox(), w = t.ownerSVGElement.viewBox.baseVal.width; return b.x < 0 || b.x + b.width > w; })
          .map((t) => t.textContent)`)) as string[];
        const labels = (await page.evaluate(
          "document.querySelectorAll('svg.sokr-burnup text.sokr-axis').length",
        )) as number;
        await page.close();
        expect(labels, name).toBeGreaterThan(50);
        expect(outside, name).toEqual([]);
      }
    });

    it('wraps a 600-character title without spaces (a URL) instead of widening either page', async () => {
      if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
      const url = (tag: string) =>
        `https://example.com/${tag}/${'x'.repeat(600 - 21 - tag.length)}`;
      const long = structuredClone(set);
      // An objective graded on the review's first screen, its ARR key result (moved, in every
      // list), the key result the glance table names for Acme Inc., and a check-in note.
      const objective = long.objectives.find(
        (o) => o.id === '2026-q1.acme.grow-recurring-revenue-profitably',
      )!;
      objective.title = url('objective');
      const arr = long.keyResults.find((k) => k.objectiveId === objective.id)!;
      arr.title = url('arr');
      const worst = weeklyReport(set, { asOf: '2026-01-21' }).units[0]!.worst!;
      long.keyResults.find((k) => k.id === worst.keyResultId)!.title = url('worst');
      long.checkIns.find((c) => c.keyResultId === arr.id && c.at === '2026-01-21')!.moved =
        url('note');
      expect(url('arr')).toHaveLength(600);
      const pages = {
        'weekly-long-title': weeklyReport(long, { asOf: '2026-01-21' }),
        'review-long-title': cycleReview(long, { cycleId: '2026-q1', asOf: '2026-04-07' }),
      };
      for (const [name, report] of Object.entries(pages)) {
        for (const expand of [false, true]) {
          const file = join(OUT, `${name}${expand ? '-expanded' : ''}.html`);
          writeFileSync(file, toHtml(report, { expand }));
          const page = await browser.newPage({ viewport: VIEWPORT });
          await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
          // Expanded: every <details> open, the charts' captions too.
          if (expand)
            await page.evaluate(
              "document.querySelectorAll('details').forEach((d) => { d.open = true; })",
            );
          const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
          // biome-ignore lint/performance/useDomNodeTextContent: innerText on purpose: only what is rendered
          const visible = await page.locator('body').innerText();
          const table = await page.locator('#headline table').first().boundingBox();
          await page.screenshot({ path: join(OUT, `${name}${expand ? '-expanded' : ''}.png`) });
          await page.close();
          const what = `${name}${expand ? ', expanded' : ''}`;
          expect(width, what).toBeLessThanOrEqual(VIEWPORT.width);
          // The titles are shown whole, wrapped (a soft wrap adds no line break to innerText);
          // the weekly page shows objectives in the units' tables, folded unless expanded.
          expect(visible, what).toContain(url('arr'));
          if (expand || name.startsWith('review'))
            expect(visible, what).toContain(url('objective'));
          // The glance table (weekly) and the committed grades (review) start on the first
          // screen and lie within its width.
          expect(table, what).not.toBeNull();
          expect(table!.x, what).toBeGreaterThanOrEqual(0);
          expect(table!.x + table!.width, what).toBeLessThanOrEqual(VIEWPORT.width);
          expect(table!.y, what).toBeLessThan(VIEWPORT.height);
        }
      }
    });

    it('shows the Q1 review: grades first, 11 bars, one point per Q1 check-in', async () => {
      const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
      const facts = await open(review, 'cycle-review');
      expect(facts.consoleMessages).toEqual([]);
      expect(onFirstScreen(facts.headline), JSON.stringify(facts.headline)).toBe(true);
      expect(facts.visibleText).toContain('Committed objectives (target 1.0)');
      expect(facts.visibleText).toContain('Colours are grades');
      expect(facts.visibleText).toContain('€4.8M of €5.0M (from €4.0M)'); // carry over and celebrate show final values
      expect(facts.bars).toBe(11);
      const q1 = new Set(set.keyResults.filter((k) => k.id.startsWith('2026-q1')).map((k) => k.id));
      expect(facts.points).toBe(set.checkIns.filter((c) => q1.has(c.keyResultId)).length);
      // The cycle is over: every status is final (no Pending, no On track).
      for (const label of ['Achieved', 'Missed']) expect(facts.text).toContain(label);
      for (const label of ['Pending', 'On track', 'Off track'])
        expect(facts.text).not.toContain(label);
    });

    it('fits the Q1 review in about three screens, every part #19 asks for in view or one line away', async () => {
      const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
      const facts = await open(review, 'cycle-review-height');
      expect(facts.consoleMessages).toEqual([]);
      // 3,476 px before the long lists folded and the carry-over became one row per objective
      expect(facts.height).toBeTypeOf('number');
      expect(facts.height as number).toBeLessThanOrEqual(3 * VIEWPORT.height);
      const text = facts.visibleText;
      // grades with bands, committed vs aspirational
      expect(text).toContain('Committed objectives (target 1.0)');
      expect(text).toContain('Aspirational objectives (target 0.7)');
      expect(text).toMatch(/0\.5\s*·\s*Yellow/);
      // what to celebrate: the achieved ones counted on one line, the improvements listed
      expect(text).toContain(
        '13 key results reached the target — by owner: Daniel Okafor 2, Sofia Reyes 2',
      );
      expect(text).toContain('Biggest improvements');
      // what to carry over, with final values and owners
      expect(text).toContain(
        'Raise deploys per week from 5 to 15 (12 of 15 deploys/week (from 5); Tom Berg)',
      );
      expect(text).toContain('2 of 8 are continued in a later cycle');
      // the retro prompts: one line per kind, each kind's question in view
      expect(text).toContain(
        '7 key results were blocked in check-ins: what would have unblocked them sooner?',
      );
      expect(text).toContain('5 committed objectives ended below 1.0');
      expect(text).toContain('1 key result was never updated');
      // folded: the single achieved key results and the single blocked prompts
      expect(text).not.toContain('Keep CSAT at or above 90% 92 %');
      expect(text).not.toContain('was blocked in');
    });

    it('prints the whole Q1 review: the print style opens every folded list', async () => {
      if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
      const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
      const file = join(OUT, 'cycle-review-print.html');
      writeFileSync(file, toHtml(review));
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      // biome-ignore lint/performance/useDomNodeTextContent: innerText on purpose: only what is rendered
      const printed = await page.locator('body').innerText();
      await page.close();
      // each achieved key result, each blocked prompt, each key result's row
      for (const id of review.celebrate.achieved) {
        const k = review.objectives.flatMap((o) => o.keyResults).find((x) => x.id === id)!;
        expect(printed).toContain(`${k.title} ${k.figures.text}`);
      }
      for (const p of review.prompts) expect(printed).toContain(p.message);
      expect(printed).toContain('1.5 hours, target 1 hour (from 6 hours)\t');
    });
  });
});
