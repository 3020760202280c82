// `sokr report weekly|review`: Markdown, the digest, HTML and JSON — on the built binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL = 'test/cli/fixtures/small.okr.yaml';

describe('sokr report', () => {
  it('prints the weekly check-in report as Markdown by default', async () => {
    const r = await sokr(['report', 'weekly', SMALL, '--as-of', '2026-02-15']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('# Weekly check-in — 15 Feb 2026');
    expect(r.stdout).toContain('MRR from 100k to 150k');
  });

  it('writes the weekly report as a standalone HTML page with --out', async () => {
    const dir = tempDir();
    const out = join(dir, 'weekly.html');
    const r = await sokr([
      'report',
      'weekly',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`sokr: wrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<svg');
  });

  it('--format json gives the report data; --unit and --owner narrow the weekly report', async () => {
    const r = await sokr([
      'report',
      'weekly',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--format',
      'json',
      '--owner',
      'bo',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { kind: string; asOf: string };
    expect(report.kind).toBe('weekly');
    expect(report.asOf).toBe('2026-02-15');
    expect(r.stdout).toContain('Sign 20 new shops');
    expect(r.stdout).not.toContain('MRR from 100k to 150k');
  });

  it('reviews the cycle that contains --as-of, or the one that just ended', async () => {
    const during = await sokr([
      'report',
      'review',
      SMALL,
      '--as-of',
      '2026-03-15',
      '--format',
      'json',
    ]);
    const after = await sokr([
      'report',
      'review',
      SMALL,
      '--as-of',
      '2026-04-02',
      '--format',
      'json',
    ]);
    for (const r of [during, after]) {
      expect(r.code).toBe(0);
      const review = JSON.parse(r.stdout) as { kind: string; cycle: { id: string } };
      expect(review.kind).toBe('review');
      expect(review.cycle.id).toBe('q1');
    }
    const md = await sokr(['report', 'review', SMALL, '--as-of', '2026-04-02', '--cycle', 'q1']);
    expect(md.stdout.split('\n')[0]).toBe('# Cycle review — Q1 2026');
  });

  it('without --cycle reviews what the rhythm says is owed: the quarter that just ended, not the new one', async () => {
    // Acme on 7 April 2026: Q2 is a week old; the Q1 review is owed (obligations, sokr remind).
    const review = async (file: string, asOf: string) => {
      const r = await sokr(['report', 'review', file, '--as-of', asOf, '--format', 'json']);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { cycle: { id: string } }).cycle.id;
    };
    expect(await review('examples/acme.okr.yaml', '2026-04-07')).toBe('2026-q1');
    const remind = await sokr(['remind', 'examples/acme.okr.yaml', '--as-of', '2026-04-07']);
    expect(remind.stdout).toContain('**Cycle review** 7 days late (due 2026-03-31): Q1 2026');
    const md = await sokr(['report', 'review', 'examples/acme.okr.yaml', '--as-of', '2026-04-07']);
    expect(md.stdout.split('\n')[0]).toBe('# Cycle review — Q1 2026');
    expect(md.stdout).not.toContain('Cycle score 0.0');
    // Q1 and Q2 in one file: Q1 while its review is owed, Q2 (the shortest
    // cycle containing --as-of) once Q1's objectives are closed.
    const dir = tempDir();
    const two = readFileSync(SMALL, 'utf8').replace(
      '    end: 2026-03-31\n',
      '    end: 2026-03-31\n  - id: q2\n    name: Q2 2026\n    start: 2026-04-01\n    end: 2026-06-30\n',
    );
    writeFileSync(join(dir, 'two.okr.yaml'), two);
    writeFileSync(join(dir, 'closed.okr.yaml'), two.replaceAll('state: active', 'state: closed'));
    expect(await review(join(dir, 'two.okr.yaml'), '2026-04-07')).toBe('q1');
    expect(await review(join(dir, 'two.okr.yaml'), '2026-03-20')).toBe('q1');
    expect(await review(join(dir, 'closed.okr.yaml'), '2026-04-07')).toBe('q2');
    // After every cycle, with nothing owed: the latest one ended.
    expect(await review(join(dir, 'closed.okr.yaml'), '2026-08-01')).toBe('q2');
  });

  it('--help says how the review picks its cycle', async () => {
    const r = await sokr(['report', '--help']);
    expect(r.stdout).toContain('ended last among those whose review is still owed at');
  });

  it('rejects an unknown report, an unknown cycle and a missing --as-of with exit 2', async () => {
    const kind = await sokr(['report', 'monthly', SMALL, '--as-of', '2026-02-15']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe(
      "sokr: unknown report 'monthly': choose weekly or review\nRun 'sokr report --help' for usage.\n",
    );
    const cycle = await sokr(['report', 'review', SMALL, '--as-of', '2026-04-02', '--cycle', 'q9']);
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toBe("sokr: unknown cycle 'q9'; did you mean 'q1'? (cycles: q1)\n");
    const date = await sokr(['report', 'weekly', SMALL, '--as-of', 'yesterday']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("option '--as-of' must be");
    const file = await sokr(['report', 'weekly']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('missing argument <file>');
    const none = await sokr(['report']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing argument <weekly|review>');
  });

  it('--rows, --charts and --expand shape the HTML page', async () => {
    const base = ['report', 'weekly', SMALL, '--as-of', '2026-02-15', '--format', 'html'];
    const all = await sokr(base);
    expect(all.code).toBe(0);
    const units = (html: string) => html.split('class="unit" id="u-').length - 1;
    expect(units(all.stdout)).toBeGreaterThan(1);
    const one = await sokr([...base, '--rows', '1']);
    expect(one.code).toBe(0);
    expect(units(one.stdout)).toBe(1);
    expect(one.stdout).toContain('The tables below list');
    const none = await sokr([...base, '--charts', 'none', '--expand']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain('sokr-burnup');
    expect(none.stdout).toContain('<details open class="unit"');
    expect(all.stdout).toContain('sokr-burnup');
  });

  /** `sokr report <kind> examples/acme.okr.yaml --as-of <day> --format digest …` */
  const acmeDigest = (kind: 'weekly' | 'review', asOf: string, ...more: string[]) =>
    sokr([
      'report',
      kind,
      'examples/acme.okr.yaml',
      '--as-of',
      asOf,
      '--format',
      'digest',
      ...more,
    ]);

  it('--format digest prints the short weekly digest of the Acme example: under 60 lines', async () => {
    const r = await acmeDigest('weekly', '2026-01-21');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '**Weekly check-in — 21 Jan 2026** · FY 2026, Q1 2026 · compared with 14 Jan 2026',
    );
    expect(lines.length - 1).toBeLessThanOrEqual(60);
    expect(r.stdout).toContain('| Unit | Score | Trend | Needs attention most |');
    expect(r.stdout).not.toContain('## ');
    // --locale iso prints the report's own dates.
    const iso = await acmeDigest('weekly', '2026-01-21', '--locale', 'iso');
    expect(iso.stdout.split('\n')[0]).toBe(
      '**Weekly check-in — 2026-01-21** · FY 2026, Q1 2026 · compared with 2026-01-14',
    );
  });

  it('--format digest on report review prints the review digest: the grades in a table', async () => {
    const r = await acmeDigest('review', '2026-04-01', '--cycle', '2026-q1');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '**Cycle review — Q1 2026** · Q1 2026 (1 Jan 2026 – 31 Mar 2026) · as of 1 Apr 2026',
    );
    expect(lines.length - 1).toBeLessThanOrEqual(60);
    expect(r.stdout).toContain('| Objective | Commitment | Grade | Result |');
    expect(r.stdout).toContain('**Retrospective prompts (');
  });

  it('lists digest in --help; refuses an unknown format, and the page options with the digest', async () => {
    const help = await sokr(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format <format> +md \(default\), digest \(a short Markdown/);
    const bad = await sokr(['report', 'weekly', SMALL, '--as-of', '2026-02-15', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      "sokr: option '--format' must be one of md, digest, html, json (got 'pdf')\nRun 'sokr report --help' for usage.\n",
    );
    const rows = await sokr([
      'report',
      'weekly',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--format',
      'digest',
      '--rows',
      '3',
    ]);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toContain("apply to '--format html' only");
  });

  it('refuses --rows that is not a count or all, and the page options without --format html', async () => {
    const base = ['report', 'weekly', SMALL, '--as-of', '2026-02-15'];
    const bad = await sokr([...base, '--format', 'html', '--rows', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--rows takes a whole number of at least 1 or 'all', got 'many'");
    const charts = await sokr([...base, '--format', 'html', '--charts', 'some']);
    expect(charts.code).toBe(2);
    expect(charts.stderr).toContain('--charts');
    const md = await sokr([...base, '--rows', '10']);
    expect(md.code).toBe(2);
    expect(md.stderr).toContain("apply to '--format html' only");
  });
});
