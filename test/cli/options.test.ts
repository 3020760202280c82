// Options that would be read wrong are refused at the flag, with a clear
// message (exit 2): a single-value option given twice, --all with
// --max-issues, an --as-of out of the range of dates, --out into a directory
// that does not exist. On the built binary.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL = 'test/cli/fixtures/small.okr.yaml';
const AS_OF_FORMS =
  "option '--as-of' must be a date (YYYY-MM-DD, e.g. 2026-02-15), an ISO-8601 date-time (e.g. 2026-02-15T09:00:00Z) or epoch milliseconds (e.g. 1771113600000)";

describe('a single-value option given twice', () => {
  it('is refused, naming both values, for every command', async () => {
    const cases: [string[], string][] = [
      [
        ['validate', SMALL, '--format', 'json', '--format', 'sarif'],
        "'--format' is given twice ('json', then 'sarif')",
      ],
      [
        ['validate', SMALL, '-f', 'json', '--format=json'],
        "'--format' is given twice ('json', then 'json')",
      ],
      [
        ['score', SMALL, '--as-of', '2026-02-15', '--as-of', '2026-03-01'],
        "'--as-of' is given twice ('2026-02-15', then '2026-03-01')",
      ],
      [
        ['report', 'weekly', SMALL, '--unit', 'shop', '--unit', 'sales'],
        "'--unit' is given twice ('shop', then 'sales')",
      ],
      [
        ['remind', SMALL, '--person', 'ana', '--person', 'bo'],
        "'--person' is given twice ('ana', then 'bo')",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await sokr(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `sokr: option ${message}; give it once\nRun 'sokr ${args[0]} --help' for usage.\n`,
      );
    }
  });

  it('a flag may repeat', async () => {
    const r = await sokr(['validate', SMALL, '--quiet', '-q']);
    expect(r.code).toBe(0);
  });
});

describe('--all and --max-issues', () => {
  it('contradict each other: refused, whichever comes first', async () => {
    for (const args of [
      ['--all', '--max-issues', '3'],
      ['--max-issues', '3', '--all'],
    ]) {
      const r = await sokr(['validate', SMALL, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "sokr: options '--all' and '--max-issues' contradict each other: --all shows every finding and issue, --max-issues at most n per file; give one\nRun 'sokr validate --help' for usage.\n",
      );
    }
  });
});

describe('--as-of in epoch milliseconds', () => {
  it('past the year 9999 is refused at the flag with the range, not by the library', async () => {
    for (const value of ['8640000000000000', '253402300800000']) {
      const r = await sokr(['score', SMALL, '--as-of', value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `sokr: ${AS_OF_FORMS}; got '${value}' (out of range: epoch milliseconds go up to 253402300799999, 9999-12-31T23:59:59.999Z; dates are years 0000–9999)\nRun 'sokr score --help' for usage.\n`,
      );
      expect(r.stderr).not.toContain('invalid input');
    }
    const last = await sokr(['score', SMALL, '--as-of', '253402300799999']);
    expect(last.code).toBe(0);
    expect(last.stdout).toMatch(/^Scorecard as of 9999-12-31T23:59:59\.999Z /);
  });

  it('0 and other short numbers are refused, saying why and what to write for 1970', async () => {
    for (const value of ['0', '1', '1234567']) {
      const r = await sokr(['score', SMALL, '--as-of', value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `sokr: ${AS_OF_FORMS}; got '${value}' (epoch milliseconds have 12 to 16 digits, so that epoch seconds or a compact date are never read as a day in 1970; for 1 January 1970 write 1970-01-01)\nRun 'sokr score --help' for usage.\n`,
      );
    }
    const epoch = await sokr(['score', SMALL, '--as-of', '1970-01-01']);
    expect(epoch.code).toBe(0);
  });
});

describe('--out into a directory that does not exist', () => {
  it('report and remind refuse it and make no directory; remind --out DIR makes DIR itself', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nope', 'deeper');
    const report = await sokr([
      'report',
      'weekly',
      SMALL,
      '--as-of',
      '2026-02-15',
      '--out',
      join(missing, 'x.md'),
    ]);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(
      `sokr: ${join(missing, 'x.md')}: the directory ${missing} does not exist; create it first (--out does not create directories)\n`,
    );
    const remind = await sokr(['remind', SMALL, '--as-of', '2026-02-15', '--out', missing]);
    expect(remind.code).toBe(2);
    expect(remind.stderr).toBe(
      `sokr: ${missing}: the directory ${join(dir, 'nope')} does not exist; create it first (--out makes only its last directory)\n`,
    );
    expect(existsSync(join(dir, 'nope'))).toBe(false);
    mkdirSync(join(dir, 'nope'));
    const made = await sokr(['remind', SMALL, '--as-of', '2026-02-15', '--out', missing]);
    expect(made.code).toBe(0);
    expect(existsSync(join(missing, 'ana.md'))).toBe(true);
    const schema = await sokr(['schema', '--out', join(dir, 'gone', 's.json')]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain('does not exist; create it first');
  });

  it('a path under a file is not a directory', async () => {
    const dir = tempDir();
    const out = join(dir, 'card.txt');
    await sokr(['score', SMALL, '--as-of', '2026-02-15', '--out', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^Scorecard/);
    const r = await sokr(['score', SMALL, '--as-of', '2026-02-15', '--out', join(out, 'x.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sokr: ${join(out, 'x.txt')}: ${out} is not a directory\n`);
    // remind --out on a file says so, not EEXIST from mkdir.
    const remind = await sokr(['remind', SMALL, '--as-of', '2026-02-15', '--out', out]);
    expect(remind.code).toBe(2);
    expect(remind.stderr).toBe(`sokr: ${out} is not a directory\n`);
  });
});
