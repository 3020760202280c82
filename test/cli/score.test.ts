// `sokr score`: the scorecard as a table or JSON — on the built binary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL = 'test/cli/fixtures/small.okr.yaml';

interface Card {
  options: { asOf: string; scaleId: string };
  keyResults: Record<string, { score: number; status: string }>;
  objectives: Record<string, { score: number | null }>;
  units: Record<string, { own: { score: number | null }; subtree: { score: number | null } }>;
  company?: { score: number | null; keyResultCount: number };
}

describe('sokr score', () => {
  it('prints a table by unit, objective and key result with score, expected and status', async () => {
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Scorecard as of 2026-02-15 \(scale: Google/);
    // (0.5 + 0.225) / 2 = 0.3625: red (below 0.4), so it prints 0.3 (band-aware rounding); 2 objectives, 4 key results.
    // Mid-cycle, no grade band next to the score, and statuses in words (issue 19.3).
    expect(lines[1]).toBe('Company: 0.3 — 2 objectives, 4 key results (3 on track, 1 off track)');
    expect(r.stdout).toMatch(/^ {4}· MRR from 100k to 150k +0\.5 +0\.5 +on track +Ana$/m);
    expect(r.stdout).toMatch(/^ {6}· Launch the partner program +0\.0 +0\.5 +off track +Bo$/m);
    expect(r.stdout).not.toMatch(/\b(Red|Yellow|Green|Band)\b|on-track|off-track/);
    // Each objective row names its cycle; the title says which cycles the totals cover.
    expect(lines[0]).toMatch(/totals cover Q1 2026\)$/);
    expect(r.stdout).toMatch(
      /^Unit \/ objective \/ key result +Cycle +Score +Expected +Status +Owner$/m,
    );
    expect(r.stdout).toMatch(
      /^ {2}◆ Grow revenue with happy customers +Q1 2026 +0\.5 +0\.5 +on track/m,
    );
  });

  it('shows the grade bands once the cycle has ended at --as-of', async () => {
    // Q1 2026 ends on 31 March: on its last day it is still running, the next day it is over.
    const last = await sokr(['score', SMALL, '--as-of', '2026-03-31']);
    expect(last.stdout).not.toMatch(/\bBand\b|\bRed\b|\bYellow\b/);
    const r = await sokr(['score', SMALL, '--as-of', '2026-04-01']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      'Company: 0.3 Red — 2 objectives, 4 key results (4 missed)',
    );
    expect(r.stdout).toMatch(
      /^Unit \/ objective \/ key result +Cycle +Score +Band +Expected +Status +Owner$/m,
    );
    expect(r.stdout).toMatch(
      /^ {2}◆ Grow revenue with happy customers +Q1 2026 +0\.5 +Yellow +1\.0 +missed +Ana$/m,
    );
    expect(r.stdout).toMatch(/^ {6}· Launch the partner program +0\.0 +Red +1\.0 +missed +Bo$/m);
    expect(r.stdout).toMatch(/^ {2}Sales +0\.2 +Red$/m);
  });

  it('--format json keeps the scorecard: statuses as ids, every band', async () => {
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--format', 'json']);
    const card = JSON.parse(r.stdout) as {
      keyResults: Record<string, { status: string; bandId: string }>;
      company: { bandId: string };
    };
    expect(card.keyResults['mrr']).toMatchObject({ status: 'on-track', bandId: 'yellow' });
    expect(card.company.bandId).toBe('red');
  });

  it('prints exactly the table the CLI guide shows', async () => {
    const guide = readFileSync(new URL('../../docs/guides/cli.md', import.meta.url), 'utf8');
    const shown = /```text\n(Scorecard as of 2026-02-15[\s\S]*?)```/.exec(guide)?.[1];
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15']);
    expect(r.stdout).toBe(shown);
    // …and the lines it shows after the quarter, with the grades.
    const after = /After the quarter[^\n]*\n\n```text\n([\s\S]*?)```/.exec(guide)?.[1];
    const ended = await sokr(['score', SMALL, '--as-of', '2026-04-01']);
    expect(after).toBeDefined();
    expect(ended.stdout).toContain(after!.replace(/\n$/, ''));
  });

  it('--format json prints the scorecard: worked values of the fixture', async () => {
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--format', 'json']);
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout) as Card;
    expect(card.options.asOf).toBe('2026-02-15');
    expect(card.keyResults['mrr']).toMatchObject({ score: 0.5, status: 'on-track' }); // 100→150 at 125
    expect(card.keyResults['churn']).toMatchObject({ score: 0.5 }); // 5→3 at 4 (decreasing)
    expect(card.keyResults['q1.sales.win-new-shops-in-the-north.kr1']).toMatchObject({
      score: 0.45,
    }); // 9 of 20
    expect(card.objectives['q1.sales.win-new-shops-in-the-north']!.score).toBeCloseTo(0.225, 12);
    expect(card.company!.score).toBeCloseTo(0.3625, 12);
  });

  it('--unit keeps that unit and the units below it, --scale changes the bands', async () => {
    const r = await sokr([
      'score',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--unit',
      'sales',
      '--format',
      'json',
    ]);
    const card = JSON.parse(r.stdout) as Card;
    expect(Object.keys(card.units)).toEqual(['sales']);
    expect(Object.keys(card.objectives)).toEqual(['q1.sales.win-new-shops-in-the-north']);
    expect(Object.keys(card.keyResults)).toHaveLength(2);
    const table = await sokr([
      'score',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--unit',
      'sales',
      '--scale',
      'percent',
    ]);
    expect(table.stdout).toMatch(/^Total: 23% /m);
    expect(table.stdout).not.toContain('Grow revenue');
    const cycle = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--cycle', 'q1']);
    expect(cycle.stdout).toMatch(/^Scorecard Q1 2026, as of 2026-02-15 /);
    expect(cycle.stdout).toMatch(/^Cycle: 0\.3 — 2 objectives, 4 key results/m);
  });

  it('--out writes the file and names it on stderr', async () => {
    const dir = tempDir();
    const out = join(dir, 'card.json');
    const r = await sokr([
      'score',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`sokr: wrote ${out}\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Card).keyResults['mrr']!.score).toBe(0.5);
  });

  it('--out into a directory that does not exist is refused: no directories made anywhere', async () => {
    const dir = tempDir();
    const out = join(dir, 'missing', 'deeper', 'card.json');
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `sokr: ${out}: the directory ${join(dir, 'missing', 'deeper')} does not exist; create it first (--out does not create directories)\n`,
    );
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('defaults --as-of to today in the set zone, and rejects an unknown unit and a bad file with exit 2', async () => {
    const today = await sokr(['score', SMALL], { env: { SOKR_NOW: '2026-02-15T12:00:00Z' } });
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('as of 2026-02-15');
    const unit = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--unit', 'ops']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toBe("sokr: unknown unit 'ops' (units: shop, sales)\n");
    const bad = await sokr([
      'score',
      'test/cli/fixtures/schema-error.okr.yaml',
      '--as-of',
      '2026-02-15',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /^sokr: test\/cli\/fixtures\/schema-error\.okr\.yaml is not a valid OKR set \(2 issues\):\n/,
    );
  });
});
