// Loads the HTML reports in a real headless Chromium (Debian's `chromium`
// package, driven by playwright-core) and checks what a reader sees.
// Without Chromium the tests are skipped with a one-line message, except in
// CI (`CI=true`), where a missing browser FAILS them: install it with
// `apt-get install -y chromium` or point SOKR_CHROMIUM at a Chromium binary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertOkrSet, cycleReview, type Report, toHtml, weeklyReport } from '../../src/index.js';
import { reviewFixture, weeklyFixture } from '../report/fixtures.js';
import { browserSkipReason, chromiumCandidates, findChromium } from './_chromium.js';

const CANDIDATES = chromiumCandidates(process.env);
const SKIP = browserSkipReason(process.env);
if (SKIP !== undefined) console.warn(SKIP);
const OUT = resolve('test-output');
const STATUS_LABELS = ['Pending', 'On track', 'At risk', 'Off track', 'Achieved', 'Missed'];

let browser: Browser | undefined;
let launchError = '';

beforeAll(async () => {
  if (SKIP !== undefined) return;
  const executablePath = findChromium(process.env);
  if (executablePath === undefined) {
    launchError = `Chromium could not be found (looked at ${CANDIDATES.join(', ')}). Install Debian's chromium package (apt-get install -y chromium) or set SOKR_CHROMIUM.`;
    return;
  }
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    launchError = `Chromium at ${executablePath} could not be launched: ${String(error)}`;
  }
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface PageFacts {
  consoleErrors: string[];
  bars: number;
  expectedMarkers: number;
  burnUps: number;
  points: number;
  text: string;
  imagesWithoutName: number;
  h1: number;
  lang: string | null;
}

async function open(report: Report, name: string): Promise<PageFacts> {
  if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, toHtml(report));
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('requestfailed', (r) => consoleErrors.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const facts: PageFacts = {
    consoleErrors,
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
  await page.close();
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
    expect(facts.bars).toBe(4);
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
    expect(facts.bars).toBe(3);
    expect(facts.burnUps).toBe(2);
    expect(facts.points).toBe(5);
    expect(facts.imagesWithoutName).toBe(0);
    for (const label of STATUS_LABELS) expect(facts.text).toContain(label);
  });

  describe('on the Acme example', () => {
    const set = assertOkrSet(JSON.parse(readFileSync(resolve('examples/acme.okr.json'), 'utf8')));

    it('shows the week-3 report: 12 bars (overall + 11 objectives), one point per check-in so far', async () => {
      const report = weeklyReport(set, { asOf: '2026-01-21' });
      const facts = await open(report, 'weekly-report');
      expect(facts.consoleErrors).toEqual([]);
      expect(facts.bars).toBe(12);
      expect(facts.expectedMarkers).toBe(11);
      expect(facts.points).toBe(set.checkIns.filter((c) => c.at <= '2026-01-21').length);
      expect(facts.imagesWithoutName).toBe(0);
      for (const label of ['Pending', 'On track', 'At risk', 'Achieved'])
        expect(facts.text).toContain(label);
    });

    it('shows the Q1 review: 12 bars, one point per Q1 check-in', async () => {
      const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
      const facts = await open(review, 'cycle-review');
      expect(facts.consoleErrors).toEqual([]);
      expect(facts.bars).toBe(12);
      const q1 = new Set(set.keyResults.filter((k) => k.id.startsWith('2026-q1')).map((k) => k.id));
      expect(facts.points).toBe(set.checkIns.filter((c) => q1.has(c.keyResultId)).length);
      for (const label of ['Pending', 'Achieved', 'Missed']) expect(facts.text).toContain(label);
    });
  });
});
