// Hostile and messy input through the CLI (issue 15 items 9, 12, 13; issue 21
// item 4): symbolic links in directory mode, honest summaries, capped output,
// policy modules that never finish loading, nonsense --as-of values.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL = readFileSync(join(FIXTURES, 'small.okr.yaml'), 'utf8');
const ERRORS = readFileSync(join(FIXTURES, 'errors.okr.yaml'), 'utf8');
const SMALL_FINDING = (file: string) =>
  `${file}:15:5 info limits/objectives-per-unit Unit Sales has 1 objective in cycle Q1 2026; 3–5 is recommended.`;

function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('symbolic links in directory mode (issue 15 item 9)', () => {
  it('follows a link to a file: an invalid file linked into okrs/ is checked, and fails', async () => {
    const dir = dirWith({ 'okrs/a.okr.yaml': SMALL, 'elsewhere/errors.yaml': ERRORS });
    symlinkSync('../elsewhere/errors.yaml', join(dir, 'okrs/linked.okr.yaml'));
    const r = await sokr(['validate', 'okrs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(SMALL_FINDING('okrs/a.okr.yaml'));
    expect(r.stdout).toMatch(/^okrs\/linked\.okr\.yaml:26:46 error measure\/quantifiable /m);
    expect(r.stdout).toContain('✖ 3 problems (2 errors, 0 warnings, 1 info) in 2 files\n');
  });

  it('walks a linked directory once and ends on a link cycle; a link to a file already found is not checked twice', async () => {
    const dir = dirWith({ 'okrs/a.okr.yaml': SMALL, 'shared/b.okr.yaml': SMALL });
    symlinkSync('..', join(dir, 'okrs/up')); // okrs/up -> okrs (a cycle)
    symlinkSync('../shared', join(dir, 'okrs/shared'));
    symlinkSync('a.okr.yaml', join(dir, 'okrs/same.okr.yaml'));
    const r = await sokr(['validate', 'okrs'], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout:
        `${SMALL_FINDING('okrs/a.okr.yaml')}\n${SMALL_FINDING('okrs/shared/b.okr.yaml')}\n` +
        '\nℹ 2 problems (0 errors, 0 warnings, 2 infos) in 2 files\n',
      stderr: '',
    });
  });

  it('reports broken links as unreadable files (exit 2), named on stderr and in the summary', async () => {
    const dir = dirWith({ 'okrs/a.okr.yaml': SMALL });
    symlinkSync('gone.yaml', join(dir, 'okrs/broken.okr.yaml'));
    symlinkSync('loop.okr.yaml', join(dir, 'okrs/loop.okr.yaml'));
    symlinkSync('nowhere', join(dir, 'okrs/old-team'));
    const r = await sokr(['validate', 'okrs'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout:
        `${SMALL_FINDING('okrs/a.okr.yaml')}\n` +
        '\nℹ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\n' +
        '✖ 2 of 3 files not checked (bad input, see the messages above): okrs/broken.okr.yaml (broken link), okrs/loop.okr.yaml (broken link)\n',
      stderr:
        'sokr: skipped okrs/old-team: broken symbolic link\n' +
        'sokr: okrs/broken.okr.yaml: cannot read the file: broken symbolic link (its target gone.yaml does not exist)\n' +
        'sokr: okrs/loop.okr.yaml: cannot read the file: the symbolic link loops back on itself\n',
    });
  });

  it('reports a broken link named on the command line', async () => {
    const dir = tempDir();
    symlinkSync('gone.yaml', join(dir, 'x.okr.yaml'));
    expect(await sokr(['validate', 'x.okr.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: x.okr.yaml: cannot read the file: broken symbolic link (its target gone.yaml does not exist)\n',
    });
  });
});

describe('honest summaries (issue 21 item 4)', () => {
  it('counts and names the files that could not be read or parsed, and exits 2', async () => {
    const dir = dirWith({
      'broken/a.okr.yaml': 'units: [\n',
      'broken/b.okr.json': '{ "version": 1,, }\n',
      'broken/c.okr.yaml': 'version: 1\nunits: 3\n',
      'broken/d.okr.yaml': '',
      'good.okr.yaml': SMALL,
    });
    writeFileSync(join(dir, 'broken/e.okr.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    const r = await sokr(['validate', 'broken/', 'good.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      `${SMALL_FINDING('good.okr.yaml')}\n` +
        '\nℹ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\n' +
        '✖ 5 of 6 files not checked (bad input, see the messages above): broken/a.okr.yaml (invalid YAML), ' +
        'broken/b.okr.json (invalid JSON), broken/c.okr.yaml (not a valid OKR set), broken/d.okr.yaml (empty), ' +
        'broken/e.okr.yaml (not UTF-8)\n',
    );
    expect(
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('sokr: '))
        .map((l) => l.split(':')[1]),
    ).toEqual([
      ' broken/a.okr.yaml',
      ' broken/b.okr.json',
      ' broken/c.okr.yaml is not a valid OKR set (1 issue)',
      ' broken/d.okr.yaml',
      ' broken/e.okr.yaml',
    ]);
  });

  it('still names them when no file could be checked, and in the JSON summary', async () => {
    const dir = dirWith({ 'a.okr.yaml': 'units: [\n', 'b.okr.yaml': 'units: [\n' });
    const r = await sokr(['validate', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      '✖ 2 of 2 files not checked (bad input, see the messages above): a.okr.yaml (invalid YAML), b.okr.yaml (invalid YAML)\n',
    );
    const json = await sokr(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).summary).toEqual({
      files: 2,
      error: 0,
      warning: 0,
      info: 0,
      findings: 0,
      issues: 0,
      invalidFiles: 2,
      notChecked: ['a.okr.yaml', 'b.okr.yaml'],
    });
  });
});

/** An OKR set with `n` objectives whose key result starts at its target (one error each). */
function manyErrors(n: number): string {
  const objectives = Array.from(
    { length: n },
    (_, i) => `  - id: o${i}
    title: Objective ${i}
    unitId: shop
    cycleId: q1
    ownerId: ana
    state: draft
    links: [{ kind: pillar, pillarId: growth }]
    keyResults:
      - { id: k${i}a, title: Flat ${i}, ownerId: ana, measure: { kind: metric, start: 1, target: 1 } }
      - { id: k${i}b, title: Fine ${i}, ownerId: ana, measure: { kind: metric, start: 0, target: 1 } }`,
  );
  return `version: 1
strategy:
  pillars: [{ id: growth, title: Growth }, { id: product, title: Product }, { id: people, title: People }]
units: [{ id: shop, name: Shop }]
people: [{ id: ana, name: Ana, unitId: shop }]
cycles: [{ id: q1, name: Q1, start: 2026-01-01, end: 2026-03-31 }]
objectives:
${objectives.join('\n')}
`;
}

describe('capped output (issue 15 item 12)', () => {
  const findingLine = /^many\.okr\.yaml:\d+:\d+ (error|warning|info) /;

  it('shows 100 findings per file by default, then how many more; --all and --max-issues change it', async () => {
    const dir = dirWith({ 'many.okr.yaml': manyErrors(150) });
    const json = await sokr(['validate', 'many.okr.yaml', '--format', 'json'], { cwd: dir });
    const { summary, files } = JSON.parse(json.stdout) as {
      summary: { findings: number; error: number };
      files: { findings: unknown[] }[];
    };
    expect(summary.error).toBe(150);
    expect(files[0]!.findings).toHaveLength(summary.findings); // JSON keeps every finding
    const total = summary.findings;

    const capped = await sokr(['validate', 'many.okr.yaml'], { cwd: dir });
    expect(capped.code).toBe(1);
    const lines = capped.stdout.split('\n');
    expect(lines.filter((l) => findingLine.test(l))).toHaveLength(100);
    expect(capped.stdout).toContain(
      `\n… and ${total - 100} more in many.okr.yaml (use --all to show every one)\n\n`,
    );
    expect(capped.stdout).toContain(`✖ ${total} problems (150 errors,`);

    const all = await sokr(['validate', 'many.okr.yaml', '--all'], { cwd: dir });
    expect(all.stdout.split('\n').filter((l) => findingLine.test(l))).toHaveLength(total);
    expect(all.stdout).not.toContain('more in many.okr.yaml');

    const five = await sokr(['validate', 'many.okr.yaml', '--max-issues', '5'], { cwd: dir });
    expect(five.stdout.split('\n').filter((l) => findingLine.test(l))).toHaveLength(5);
    expect(five.stdout).toContain(
      `… and ${total - 5} more in many.okr.yaml (use --all to show every one)`,
    );
  });

  it('caps schema issues on stderr the same way; SARIF keeps every result and says the total', async () => {
    const keyResults = Array.from(
      { length: 130 },
      (_, i) => `  - { objectiveId: o, title: K${i}, measure: { kind: milestone } }`,
    );
    const text = `version: 1
units: [{ id: shop, name: Shop }]
cycles: [{ id: q1, name: Q1, start: 2026-01-01, end: 2026-03-31 }]
objectives: [{ id: o, title: O, unitId: shop, cycleId: q1, links: [] }]
keyResults:
${keyResults.join('\n')}
`;
    const dir = dirWith({ 'bad.okr.yaml': text });
    const r = await sokr(['validate', 'bad.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('sokr: bad.okr.yaml is not a valid OKR set (130 issues):');
    expect(lines.slice(1, -1)).toHaveLength(100);
    expect(lines.at(-1)).toBe('  … and 30 more in bad.okr.yaml (use --all to show every one)');
    const sarif = await sokr(['validate', 'bad.okr.yaml', '--format', 'sarif'], { cwd: dir });
    const run = (
      JSON.parse(sarif.stdout) as {
        runs: { results: unknown[]; properties: { totals: Record<string, number> } }[];
      }
    ).runs[0]!;
    expect(run.results).toHaveLength(130);
    expect(run.properties.totals).toEqual({
      files: 1,
      results: 130,
      findings: 0,
      issues: 130,
      invalidFiles: 1,
    });
    // score and report (no --all) cap the same list and say how to see it all.
    const score = await sokr(['score', 'bad.okr.yaml', '--as-of', '2026-02-15'], { cwd: dir });
    expect(score.stderr.trimEnd().split('\n').at(-1)).toBe(
      '  … and 30 more (sokr validate bad.okr.yaml --all shows every one)',
    );
  });

  it('refuses a --max-issues that is not a whole number', async () => {
    const r = await sokr(['validate', 'test/cli/fixtures/small.okr.yaml', '--max-issues', '-3']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: option '--max-issues' must be a whole number (got '-3')\nRun 'sokr validate --help' for usage.\n",
    });
  });
});

describe('policy modules that never finish loading (issue 15 item 13)', () => {
  const small = join(process.cwd(), 'test/cli/fixtures/small.okr.yaml');

  it('a top-level await that can never settle: exit 2 naming the file, not a silent exit 13', async () => {
    const dir = dirWith({ 'hang.mjs': 'await new Promise(() => {});\nexport default {};\n' });
    const r = await sokr(['validate', small, '--policy', 'hang.mjs'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: hang.mjs: the policy module never finished loading: its top-level await waits for something that can no longer happen\n',
    });
  });

  it('a top-level await kept waiting by a timer: exit 2 after the timeout, and the process ends', async () => {
    const dir = dirWith({
      'spin.mjs': 'await new Promise(() => setInterval(() => {}, 1000));\nexport default {};\n',
    });
    const started = Date.now();
    const r = await sokr(['validate', small, '--policy', 'spin.mjs'], {
      cwd: dir,
      env: { SOKR_POLICY_TIMEOUT_MS: '300' },
    });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: spin.mjs: the policy module did not finish loading within 0.3 s (a top-level await that does not settle?)\n',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a plugin module of a JSON policy that never finishes loading is named too', async () => {
    const dir = dirWith({
      'policy.json': '{ "extends": "recommended", "plugins": ["./rules/hang.mjs"] }\n',
      'rules/hang.mjs': 'await new Promise(() => {});\nexport default {};\n',
    });
    const r = await sokr(['validate', small, '--policy', 'policy.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'sokr: rules/hang.mjs: the policy module never finished loading: its top-level await waits for something that can no longer happen\n',
    );
  });
});

describe('--as-of values (issue 15 item 13)', () => {
  const SMALL_PATH = 'test/cli/fixtures/small.okr.yaml';
  const FORMS =
    'a date (YYYY-MM-DD, e.g. 2026-02-15), an ISO-8601 date-time (e.g. 2026-02-15T09:00:00Z) or epoch milliseconds (e.g. 1771113600000)';
  const refusal = (value: string, hint = '', command = 'validate') =>
    `sokr: option '--as-of' must be ${FORMS}; got '${value}'${hint}\nRun 'sokr ${command} --help' for usage.\n`;

  it('says which forms are accepted for -1, yesterday, 2026-13-45 and a compact date', async () => {
    for (const [value, hint] of [
      ['-1', ''],
      ['yesterday', ''],
      ['2026-13-45', ' (no such date or time)'],
      ['20260215', ' (did you mean 2026-02-15?)'],
      ['1771113600', ' (epoch seconds? give milliseconds: 13 digits)'],
    ] as const) {
      const r = await sokr(['validate', SMALL_PATH, '--as-of', value]);
      expect(r, value).toEqual({ code: 2, stdout: '', stderr: refusal(value, hint) });
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    const score = await sokr(['score', SMALL_PATH, '--as-of', '-1']);
    expect(score.stderr).toBe(refusal('-1', '', 'score'));
  });

  it('accepts epoch milliseconds as the same instant', async () => {
    const epoch = await sokr(['score', SMALL_PATH, '--as-of', '1771113600000', '--format', 'json']);
    const iso = await sokr([
      'score',
      SMALL_PATH,
      '--as-of',
      '2026-02-15T00:00:00.000Z',
      '--format',
      'json',
    ]);
    expect(epoch.code).toBe(0);
    expect(epoch.stdout).toBe(iso.stdout);
  });

  it('explains an option value that looks like another option', async () => {
    const r = await sokr(['validate', SMALL_PATH, '--policy', '--all']);
    expect(r.stderr).toBe(
      "sokr: option '--policy' needs a value, but '--all' follows it (to give a value that starts with '-', write --policy=--all)\n" +
        "Run 'sokr validate --help' for usage.\n",
    );
  });
});

describe('--quiet with --max-warnings (issue 21 item 5)', () => {
  it('prints error findings only, still counts warnings in the summary and for --max-warnings', async () => {
    const SMALL_PATH = 'test/cli/fixtures/small.okr.yaml';
    const quiet = await sokr(['validate', SMALL_PATH, '--policy', 'strict', '--quiet']);
    expect(quiet).toEqual({
      code: 0,
      stdout: '⚠ 1 problem (0 errors, 1 warning, 0 infos) in 1 file\n',
      stderr: '',
    });
    const capped = await sokr([
      'validate',
      SMALL_PATH,
      '--policy',
      'strict',
      '-q',
      '--max-warnings',
      '0',
    ]);
    expect(capped).toEqual({
      code: 1,
      stdout: '⚠ 1 problem (0 errors, 1 warning, 0 infos) in 1 file\n',
      stderr: 'sokr: 1 warning, more than --max-warnings 0\n',
    });
    const errors = await sokr(['validate', 'test/cli/fixtures/errors.okr.yaml', '--quiet']);
    expect(errors.code).toBe(1);
    expect(
      errors.stdout
        .split('\n')
        .filter((l) => / (error|warning|info) /.test(l))
        .map((l) => l.split(' ')[1]),
    ).toEqual(['error', 'error']);
  });
});
