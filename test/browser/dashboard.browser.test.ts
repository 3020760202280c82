// examples/dashboard (docs/guides/embedding.md): builds the self-contained page
// and drives it in a real headless Chromium (Debian's `chromium`, through
// playwright-core): moving a what-if input rescores the company at once, with
// no console error. Without Chromium the browser tests are skipped with a
// one-line message, except in CI (`CI=true`), where they fail.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CheckIn,
  formatScore,
  googleScale,
  type OkrSet,
  parseOkrSet,
  rollup,
} from '../../src/index.js';
import { browserSkipReason, launchChromium } from './_chromium.js';

interface Built {
  file: string;
  htmlBytes: number;
  scriptBytes: number;
  scriptGzipBytes: number;
  inputs: Record<string, number>;
}
interface BuildModule {
  buildDashboard(options: { outDir: string; input?: string; asOf?: string }): Promise<Built>;
}

const SKIP = browserSkipReason(process.env);
if (SKIP !== undefined) console.warn(SKIP);
const OUT = resolve('test-output', 'dashboard');
const AS_OF = '2026-02-15';
const ARR = '2026-q1.acme.grow-recurring-revenue-profitably.kr1';
const ARR_OBJECTIVE = '2026-q1.acme.grow-recurring-revenue-profitably';
const WIN_RATE = '2026-q1.sales.build-a-predictable-enterprise-pipeline.kr2';

const { buildDashboard } = (await import(
  new URL('../../examples/dashboard/build.mjs', import.meta.url).href
)) as BuildModule;
const parsed = parseOkrSet(JSON.parse(readFileSync(resolve('examples/acme.okr.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
const acme: OkrSet = parsed.value;
const text = (score: number | null | undefined) =>
  score === null || score === undefined ? '—' : formatScore(score, googleScale);
/** The scorecard of Acme with one more check-in at AS_OF: what the page must show after a what-if. */
const withCheckIn = (keyResultId: string, value: number) => {
  const checkIn: CheckIn = { id: `what-if:${keyResultId}`, keyResultId, at: AS_OF, value };
  return rollup(
    { ...acme, checkIns: [...acme.checkIns, checkIn] },
    { asOf: AS_OF, scale: googleScale },
  );
};
const start = rollup(acme, { asOf: AS_OF, scale: googleScale });

let built: Built;
beforeAll(async () => {
  built = await buildDashboard({ outDir: OUT });
});

describe('npm run example:dashboard -- --out DIR (buildDashboard)', () => {
  it('writes one self-contained index.html: no external script, style, link or image, a CSP that allows only its own inline script and style', () => {
    const html = readFileSync(built.file, 'utf8');
    expect(built.file).toBe(resolve(OUT, 'index.html'));
    expect(html).not.toMatch(/<script[^>]+src=|<link|<img|@import|url\(/i);
    expect(html).toMatch(/default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(built.htmlBytes).toBe(Buffer.byteLength(html));
  });

  it('is the command line of npm run example:dashboard: --out DIR writes DIR/index.html and prints the sizes; no --out is a usage error', async () => {
    const run = promisify(execFile);
    const dir = join(mkdtempSync(join(tmpdir(), 'sokr-dashboard-')), 'site');
    const ok = await run(process.execPath, ['examples/dashboard/build.mjs', '--out', dir]);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(ok.stdout).toMatch(
      /^wrote .*index\.html \(.* kB gzipped; of which code .* kB gzipped\)\n$/,
    );
    const bad = await run(process.execPath, ['examples/dashboard/build.mjs']).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('usage: npm run example:dashboard -- --out DIR\n');
  });

  it('bundles the scorer from the built package, without the parser (zod) or the commands (immer)', () => {
    const sources = Object.keys(built.inputs);
    expect(sources.some((p) => p.startsWith('dist/'))).toBe(true);
    expect(sources.some((p) => p.startsWith('src/'))).toBe(false);
    expect(sources.some((p) => /node_modules\/(zod|immer)\//.test(p))).toBe(false);
    expect(built.scriptGzipBytes).toBeLessThan(built.scriptBytes);
  });
});

let browser: Browser | undefined;
let launchError = '';

beforeAll(async () => {
  if (SKIP !== undefined) return;
  ({ browser, error: launchError } = await launchChromium(process.env));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the built page; `errors` collects console errors, page errors and failed requests. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error(launchError || 'Chromium could not be launched.');
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(built.file).href, { waitUntil: 'load' });
  return { page, errors };
}
const score = (page: Page, key: string) => page.locator(`[data-score="${key}"]`).textContent();

if (SKIP !== undefined) it.skip(SKIP, () => {});

describe.skipIf(SKIP !== undefined)('the dashboard in headless Chromium', () => {
  it('finds and launches Chromium', () => {
    expect(launchError, launchError).toBe('');
    expect(browser).toBeDefined();
  });

  it('shows the company, unit and objective scores of the running cycles, and a what-if control per key result', async () => {
    const { page, errors } = await open();
    expect(await score(page, 'company')).toBe(text(start.company.score));
    const scope = new Set(start.options.scopeCycleIds);
    const objectives = acme.objectives.filter((o) => scope.has(o.cycleId));
    expect(await page.locator('article.objective').count()).toBe(objectives.length);
    for (const o of objectives)
      expect(await score(page, `objective:${o.id}`)).toBe(text(start.objectives[o.id]?.score));
    for (const [id, u] of Object.entries(start.units))
      expect(await score(page, `unit:${id}`)).toBe(text(u.subtree.score));
    const shown = new Set(objectives.map((o) => o.id));
    const measured = acme.keyResults.filter(
      (k) => shown.has(k.objectiveId) && k.measure.kind !== 'derived',
    );
    const controls = await page
      .locator('input[data-key-result-id]')
      .evaluateAll(
        (inputs) => new Set(inputs.map((i) => i.getAttribute('data-key-result-id'))).size,
      );
    expect(controls).toBe(measured.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moving the ARR slider to its target rescores the key result, its objective, its unit and the company at once', async () => {
    const { page, errors } = await open();
    const before = await score(page, 'company');
    const slider = page.locator(`input[data-key-result-id="${ARR}"]`);
    await slider.focus();
    await page.keyboard.press('End'); // the slider's maximum: the target, €5.0M
    expect(await slider.inputValue()).toBe('5');
    const expected = withCheckIn(ARR, 5);
    const after = await score(page, 'company');
    expect(after).toBe(text(expected.company.score));
    expect(after).not.toBe(before);
    expect(await score(page, `key-result:${ARR}`)).toBe('1.0');
    expect(await score(page, `objective:${ARR_OBJECTIVE}`)).toBe(
      text(expected.objectives[ARR_OBJECTIVE]?.score),
    );
    expect(await score(page, 'unit:acme')).toBe(text(expected.units['acme']?.subtree.score));
    expect(await page.locator('p.status').textContent()).toMatch(
      /^\d+ key results and objectives rescored, page updated in \d+\.\d\d ms$/,
    );
    await page.screenshot({ path: resolve(OUT, 'what-if.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a number field takes a typed value; an empty one is refused on the page, and Reset puts every score back', async () => {
    const { page, errors } = await open();
    const field = page.locator(`input[data-key-result-id="${WIN_RATE}"]`);
    await field.fill('30'); // keep the win rate at or above 25%: held
    expect(await score(page, `key-result:${WIN_RATE}`)).toBe('1.0');
    expect(await score(page, 'company')).toBe(text(withCheckIn(WIN_RATE, 30).company.score));
    await field.fill('');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('p.status').getAttribute('data-state')).toBe('error');
    expect(await score(page, `key-result:${WIN_RATE}`)).toBe('1.0'); // unchanged
    await page.getByRole('button', { name: 'Reset what-ifs' }).click();
    expect(await score(page, 'company')).toBe(text(start.company.score));
    expect(await score(page, `key-result:${WIN_RATE}`)).toBe(
      text(start.keyResults[WIN_RATE]?.score),
    );
    expect(await field.inputValue()).toBe(String(start.keyResults[WIN_RATE]?.value));
    expect(errors).toEqual([]);
    await page.close();
  });
});
