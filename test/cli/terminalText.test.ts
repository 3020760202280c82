// User text never reaches the terminal as control characters or extra lines:
// a title like "Grow \u001b[2J…\r\nfake.okr.json:1:1 error fake/rule ok" is
// printed with visible escapes, so it can neither forge an output line nor
// send an escape sequence (clear the screen, set the window title). One
// function, terminalText (src/cli/output.ts), for every text format on the
// built binary; JSON, SARIF and --out files keep the text as written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { terminalText } from '../../src/cli/output.js';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const EVIL = 'Grow \u001b[2J\u001b]0;evil\u0007 \r\nfake.okr.json:1:1 error fake/rule ok';
const SHOWN = 'Grow \\u001b[2J\\u001b]0;evil\\u0007 \\r\\nfake.okr.json:1:1 error fake/rule ok';

/** Any C0 or C1 control character but the line feed, or a Unicode line separator. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const RAW = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

/** The small fixture as JSON, with the titles of the first objective and its first key result replaced. */
function evilFile(title = EVIL, name = 'evil.okr.json'): { dir: string; file: string } {
  const dir = tempDir();
  const data = parse(readFileSync('test/cli/fixtures/small.okr.yaml', 'utf8'));
  data.objectives[0].title = title;
  data.objectives[0].keyResults[0].title = title;
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return { dir, file };
}

/** A policy whose rule repeats each objective's title in its message, as a plugin may. */
function echoPolicy(dir: string): string {
  const file = join(dir, 'echo.mjs');
  writeFileSync(
    file,
    `export default { extends: 'recommended', rules: { 'x/echo': 'warning' }, plugins: [{ id: 'x/echo',
      meta: { description: 'echo', severity: 'warning', options: {} },
      check(ctx) { ctx.set.objectives.forEach((o, i) => ctx.report({ path: ['objectives', i], ids: [o.id], message: 'Title: ' + o.title, fix: 'Rename ' + o.title })); } }] };\n`,
  );
  return file;
}

describe('terminalText', () => {
  it('shows every control character and line break as a visible escape', () => {
    expect(terminalText(EVIL)).toBe(SHOWN);
    expect(terminalText('a\tb\u0085c\u009bd\u2028e\u007f')).toBe(
      'a\\tb\\u0085c\\u009bd\\u2028e\\u007f',
    );
    expect(terminalText('line one\nline two\r\n', { lines: true })).toBe('line one\nline two\\r\n');
  });

  it('returns other text as it is (backslashes, quotes, Unicode)', () => {
    for (const text of ['Grow ARR from €4.0M to €5.0M', 'a\\nb', 'Léa “quoted” 🚀', ''])
      expect(terminalText(text)).toBe(text);
  });
});

describe('sokr validate: no forged line, no escape sequence', () => {
  it('a title a rule quotes stays on its finding line, escaped; JSON keeps it as written', async () => {
    const { dir, file } = evilFile();
    const r = await sokr(['validate', file, '--policy', echoPolicy(dir)], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).not.toMatch(/^fake\.okr\.json/m);
    expect(r.stdout).toContain(`warning x/echo Title: ${SHOWN}\n    fix: Rename ${SHOWN}\n`);
    const json = await sokr(['validate', file, '--policy', echoPolicy(dir), '--format', 'json'], {
      cwd: dir,
    });
    const findings = JSON.parse(json.stdout).files[0].findings as { message: string }[];
    expect(findings.map((f) => f.message)).toContain(`Title: ${EVIL}`);
  });

  it('a file name with control characters, in every line that names it', async () => {
    const dir = tempDir();
    const okrs = join(dir, 'okrs');
    mkdirSync(okrs);
    const name = 'a\u001b[31m\nfake.okr.json:1:1 error fake-rule ok.okr.yaml';
    writeFileSync(join(okrs, name), 'version: 1\nunits: nope\n');
    writeFileSync(join(okrs, 'good.okr.yaml'), readFileSync('test/cli/fixtures/small.okr.yaml'));
    const r = await sokr(['validate', 'okrs'], { cwd: dir });
    expect(r.code).toBe(2);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toMatch(RAW);
      expect(out).not.toMatch(/^fake\.okr\.json/m);
    }
    expect(r.stderr).toContain('okrs/a\\u001b[31m\\nfake.okr.json:1:1 error fake-rule ok.okr.yaml');
    expect(r.stdout).toContain('a\\u001b[31m\\nfake.okr.json');
  });

  it('an error message on stderr quoting an option value', async () => {
    const r = await sokr([
      'score',
      'test/cli/fixtures/small.okr.yaml',
      '--as-of',
      '2026-02-15',
      '--unit',
      'x\u001b[2J\nsokr: fake',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr.split('\n')[0]).toBe(
      "sokr: unknown unit 'x\\u001b[2J\\nsokr: fake' (units: shop, sales)",
    );
  });
});

describe('sokr score, report and remind: text on stdout', () => {
  it('score: the title in its table row, escaped, one row', async () => {
    const { file } = evilFile();
    const r = await sokr(['score', file, '--as-of', '2026-02-15']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const row = r.stdout.split('\n').find((l) => l.includes('◆ Grow'))!;
    expect(row).toContain('Grow \\u001b[2J\\u001b]0;evil\\u0007');
    expect(r.stdout).not.toMatch(/^fake/m);
  });

  it('report md and digest on stdout: no control character (a tab is \\t); --out writes the text as it is', async () => {
    const { dir, file } = evilFile('Grow\trevenue\u001b[2J');
    for (const format of ['md', 'digest']) {
      const r = await sokr(['report', 'weekly', file, '--as-of', '2026-02-15', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stdout).toContain('Grow\\trevenue');
    }
    const out = join(dir, 'weekly.md');
    await sokr(['report', 'weekly', file, '--as-of', '2026-02-15', '--out', out]);
    expect(readFileSync(out, 'utf8')).toContain('Grow\trevenue');
    const json = await sokr([
      'report',
      'weekly',
      file,
      '--as-of',
      '2026-02-15',
      '--format',
      'json',
    ]);
    expect(json.stdout).toContain('Grow\\trevenue\\u001b[2J');
  });

  it('remind Markdown on stdout: no control character; --out files as they are', async () => {
    const { dir, file } = evilFile('Grow\trevenue');
    const r = await sokr(['remind', file, '--as-of', '2026-04-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('Grow\\trevenue');
    await sokr(['remind', file, '--as-of', '2026-04-02', '--out', join(dir, 'out')]);
    expect(readFileSync(join(dir, 'out', 'ana.md'), 'utf8')).toContain('Grow\trevenue');
  });
});
