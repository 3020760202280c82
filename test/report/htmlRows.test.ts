import { describe, expect, it } from 'vitest';
import {
  isSokrError,
  MAX_DEFAULT_ROWS,
  toHtml,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { MAX_GLANCE_UNITS } from '../../src/report/html/weeklyHtml.js';
import { reviewFixture, weeklyFixture } from './fixtures.js';

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('toHtml rows: the detail tables of a large report', () => {
  it('shows whole units in order up to the budget, at least one, and says so', () => {
    const report = weeklyFixture();
    const [first, second] = report.units;
    const firstRows = first!.objectives.reduce((n, o) => n + o.keyResults.length, 0);
    const html = toHtml(report, { rows: 1 });
    expect(html).toContain(`id="u-${first!.id}"`);
    expect(html).not.toContain(`id="u-${second!.id}"`);
    expect(html).toContain(
      `The tables below list ${firstRows} of ${report.overall.keyResults} key results: the first 1 of 2 units.`,
    );
    expect(html).toContain("{ rows: 'all' }");
    // The headline still covers every unit.
    expect(count(html, '<table class="glance">')).toBe(1);
    expect(html).toContain(`href="#u-${first!.id}"`);
  });

  it("'all', a budget that holds everything, and the default for a small report show every table", () => {
    const report = weeklyFixture();
    for (const rows of ['all', 1000, undefined] as const) {
      const html = toHtml(report, rows === undefined ? {} : { rows });
      for (const u of report.units) expect(html).toContain(`id="u-${u.id}"`);
      expect(html).not.toContain('The tables below list');
    }
  });

  it('draws charts only for the key results whose rows are shown', () => {
    const report = weeklyFixture();
    const all = count(toHtml(report, { charts: 'all' }), 'sokr-burnup');
    const capped = count(toHtml(report, { charts: 'all', rows: 1 }), 'sokr-burnup');
    const firstCharts = report.units[0]!.objectives.flatMap((o) => o.keyResults).filter(
      (k) => k.series.length > 0 || k.forecast !== null,
    ).length;
    expect(all).toBeGreaterThan(capped);
    expect(capped).toBe(firstCharts);
  });

  it(`caps the tables at ${MAX_DEFAULT_ROWS} rows by default above that many key results`, () => {
    const report = weeklyFixture();
    const template = report.units[1]!;
    const perUnit = template.objectives.reduce((n, o) => n + o.keyResults.length, 0);
    const copies = Math.ceil(MAX_DEFAULT_ROWS / perUnit) + 5;
    for (let i = 0; i < copies; i++) report.units.push({ ...template, id: `copy${i}` });
    const total = report.units.reduce(
      (n, u) => u.objectives.reduce((m, o) => m + o.keyResults.length, n),
      0,
    );
    report.overall.keyResults = total;
    const html = toHtml(report);
    const shown = count(html, 'class="unit" id="u-');
    expect(shown).toBeLessThan(report.units.length);
    expect(html).toContain(
      `of ${total} key results: the first ${shown} of ${report.units.length} units.`,
    );
    const rows = 2 + (shown - 1) * perUnit; // the fixture's first unit has 2 key results
    expect(rows).toBeLessThanOrEqual(MAX_DEFAULT_ROWS);
    expect(rows + perUnit).toBeGreaterThan(MAX_DEFAULT_ROWS);
    expect(count(toHtml(report, { rows: 'all' }), 'class="unit" id="u-')).toBe(report.units.length);
  });

  it('caps a review by objectives', () => {
    const review = reviewFixture();
    const html = toHtml(review, { rows: 1 });
    expect(count(html, 'class="unit" id="o-')).toBe(1);
    expect(html).toContain(`the first 1 of ${review.objectives.length} objectives.`);
    expect(count(toHtml(review), 'class="unit" id="o-')).toBe(review.objectives.length);
  });

  it('refuses a rows option that is not all or a whole number of at least 1', () => {
    for (const rows of [0, -1, 1.5, Number.NaN, 'some', null, {}]) {
      let error: unknown;
      try {
        toHtml(weeklyFixture(), { rows: rows as never });
      } catch (e) {
        error = e;
      }
      expect(isSokrError(error)).toBe(true);
      if (isSokrError(error)) expect(error.issues[0]!.path).toEqual(['options', 'rows']);
    }
  });
});

describe('toHtml keeps the headline and the lists short for a large organisation', () => {
  /** The fixture with `n` more units below its second one (depth 2), each a copy of it. */
  function manyUnits(n: number) {
    const report = weeklyFixture();
    const template = report.units[1]!;
    for (let i = 0; i < n; i++)
      report.units.push({ ...template, id: `sub${i}`, name: `Sub ${i}`, depth: 2 });
    return report;
  }

  it(`lists every unit at a glance up to ${MAX_GLANCE_UNITS} units`, () => {
    const report = manyUnits(MAX_GLANCE_UNITS - 2);
    const html = toHtml(report);
    const glance = html.slice(html.indexOf('<table class="glance">'), html.indexOf('</table>'));
    expect(count(glance, '<tr><th scope="row"')).toBe(MAX_GLANCE_UNITS);
    expect(html).not.toContain('the top levels first');
  });

  it(`above ${MAX_GLANCE_UNITS} units shows the top levels first, in tree order, and says how many`, () => {
    const report = manyUnits(MAX_GLANCE_UNITS + 50);
    const html = toHtml(report);
    const glance = html.slice(html.indexOf('<table class="glance">'), html.indexOf('</table>'));
    expect(count(glance, '<tr><th scope="row"')).toBe(MAX_GLANCE_UNITS);
    // Both top units, then the first of the deeper ones; the last ones are left out.
    expect(glance).toContain('Acme &amp; Co');
    expect(glance).toContain('>Engineering<');
    expect(glance).toContain('>Sub 0<');
    expect(glance).not.toContain(`>Sub ${MAX_GLANCE_UNITS + 49}<`);
    expect(html).toContain(
      `The table shows ${MAX_GLANCE_UNITS} of ${report.units.length} units, the top levels first`,
    );
  });

  it('names the key results that did not move in the first 50 units and counts the rest', () => {
    const report = manyUnits(80);
    const html = toHtml(report, { rows: 'all' });
    const still = html.slice(
      html.indexOf('<section id="still"'),
      html.indexOf('<section id="owed"'),
    );
    const perUnit = (u: (typeof report.units)[number]) =>
      u.objectives.reduce((n, o) => n + o.didNotMove.length, 0);
    const withStill = report.units.filter((u) => perUnit(u) > 0);
    const total = withStill.reduce((n, u) => n + perUnit(u), 0);
    const hidden = withStill.slice(50);
    expect(count(still, '<li><strong>')).toBe(50);
    expect(still).toContain(
      `… and ${hidden.reduce((n, u) => n + perUnit(u), 0)} more in ${hidden.length} more units`,
    );
    expect(still).toContain(`<span class="count">${total}</span>`);
  });
});

describe('toHtml rows: no link points at a table the page left out', () => {
  const deadLinks = (html: string): string[] => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    return [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!).filter((id) => !ids.has(id));
  };
  it('weekly and review pages, every budget', () => {
    for (const report of [weeklyFixture(), reviewFixture()])
      for (const rows of [1, 2, 3, 5, 'all'] as const) {
        const html = toHtml(report, { rows });
        expect(deadLinks(html), `${report.kind} rows ${rows}`).toEqual([]);
      }
  });
  it('the left-out unit is still in the glance table, by name, without a link', () => {
    const report = weeklyFixture();
    const second = report.units[1]!;
    const html = toHtml(report, { rows: 1 });
    expect(html).not.toContain(`href="#u-${second.id}"`);
    expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${second.name}</th>`));
  });
});

describe('toHtml and toMarkdown refuse options outside their values', () => {
  const refusedAt = (run: () => unknown): readonly unknown[] | undefined => {
    try {
      run();
    } catch (error) {
      if (isSokrError(error)) return error.issues[0]!.path;
      throw error;
    }
    return undefined;
  };
  it('charts, expand, lang, locale', () => {
    const report = weeklyFixture();
    expect(refusedAt(() => toHtml(report, { charts: 'some' as never }))).toEqual([
      'options',
      'charts',
    ]);
    expect(refusedAt(() => toHtml(report, { expand: 'yes' as never }))).toEqual([
      'options',
      'expand',
    ]);
    expect(refusedAt(() => toHtml(report, { lang: 'not a tag!' }))).toEqual(['options', 'lang']);
    expect(refusedAt(() => toHtml(report, { locale: 'xx-nonsense-42!' }))).toEqual([
      'options',
      'locale',
    ]);
    expect(refusedAt(() => toMarkdown(report, { locale: 'xx-nonsense-42!' }))).toEqual([
      'options',
      'locale',
    ]);
    expect(refusedAt(() => toMarkdown(report, { locale: 42 as never }))).toEqual([
      'options',
      'locale',
    ]);
  });
  it('accepts the documented values', () => {
    const report = weeklyFixture();
    for (const charts of ['all', 'attention', 'none'] as const)
      expect(toHtml(report, { charts })).toContain('<html');
    expect(toHtml(report, { expand: true, lang: 'de-CH', locale: 'de-DE' })).toContain(
      'lang="de-CH"',
    );
    expect(toMarkdown(report, { locale: 'iso' })).toContain(report.asOf);
  });
});

describe('a hand-made report is refused, not crashed on', () => {
  it('{ kind } alone, or a real report with a list set to null → invalid_type at report', () => {
    const real = weeklyFixture();
    for (const bad of [{ kind: 'weekly' }, { kind: 'review' }, { ...real, units: null }]) {
      for (const render of [toHtml, toMarkdown]) {
        try {
          render(bad as never);
          throw new Error('rendered');
        } catch (error) {
          expect(isSokrError(error), String(error)).toBe(true);
          expect((error as { issues: { path: unknown[] }[] }).issues[0]!.path).toEqual(['report']);
        }
      }
    }
  });
  it('options as a list are refused', () => {
    expect(() => toHtml(weeklyFixture(), [] as never)).toThrow(/options/);
    expect(() => toMarkdown(weeklyFixture(), [] as never)).toThrow(/options/);
  });
});

describe('the wording of the page’s hints', () => {
  it('names the API options by default and the CLI flags with hints: cli, and refuses others', () => {
    const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
    const api = toHtml(report, { rows: 3, charts: 'none' });
    expect(api).toContain("Render with <code>{ rows: 'all' }</code> for every table");
    expect(api).toContain("Render with <code>{ charts: 'all' }</code> for every chart.");
    const cli = toHtml(report, { rows: 3, charts: 'none', hints: 'cli' });
    expect(cli).toContain(
      'Run with <code>--rows all</code> for every table, or one unit’s page with <code>--unit &lt;id&gt;</code>.',
    );
    expect(cli).toContain('Run with <code>--charts all</code> for every chart.');
    expect(cli).not.toContain('{ rows:');
    expect(() => toHtml(report, { hints: 'shell' as never })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['options', 'hints'], code: 'invalid_value' })],
      }),
    );
  });
});
