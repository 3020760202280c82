// `sokr validate`: findings with file:line:col, formats, exit codes, policies
// and bad input — on the built binary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL = 'test/cli/fixtures/small.okr.yaml';
const ERRORS = 'test/cli/fixtures/errors.okr.yaml';
const SCHEMA_ERROR = 'test/cli/fixtures/schema-error.okr.yaml';

/** Writes `files` (name → text) into a fresh temporary directory. */
function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('sokr validate on valid files', () => {
  it('prints findings as file:line:col severity rule message and exits 0 without errors', async () => {
    const r = await sokr(['validate', SMALL]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${SMALL}:15:5 info limits/objectives-per-unit Unit Sales has 1 objective in cycle Q1 2026; 3–5 is recommended.\n` +
        '\nℹ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\n',
    );
  });

  it('exits 1 on error findings and points at the line and column of the offending field', async () => {
    const r = await sokr(['validate', ERRORS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    // measure.target of the nested key result "flat" (line 26, column 46 is `target`),
    // named by its title and owner, as people read it (the JSON keeps the id).
    expect(lines[0]).toBe(
      `${ERRORS}:26:46 error measure/quantifiable Key result “Keep revenue at 100k” (Ana) starts at its target (100); there is nothing to measure.`,
    );
    expect(lines[1]).toMatch(/^ {4}fix: /);
    // due of the nested key result "late".
    expect(lines[2]).toMatch(
      new RegExp(
        `^${ERRORS}:30:9 error measure/time-bound Key result “Ship the new plan” \\(Ana\\) is due 2026-05-01`,
      ),
    );
    expect(r.stdout).toContain('✖ 2 problems (2 errors, 0 warnings, 0 infos) in 1 file');
  });

  it('text and SARIF name titles and people; JSON keeps the message with ids and adds the text', async () => {
    const json = await sokr(['validate', ERRORS, '--format', 'json']);
    const finding = (
      JSON.parse(json.stdout) as {
        files: { findings: { rule: string; message: string; text: string }[] }[];
      }
    ).files[0]!.findings.find((f) => f.rule === 'measure/quantifiable')!;
    expect(finding.message).toMatch(/^Key result "flat" starts at its target/);
    expect(finding.text).toMatch(/^Key result “Keep revenue at 100k” \(Ana\) starts at its target/);
    const sarif = await sokr(['validate', ERRORS, '--format', 'sarif']);
    expect(sarif.stdout).toContain('Key result “Keep revenue at 100k” (Ana) starts at its target');
  });

  it('runs the deliver/* rules only with --as-of', async () => {
    const without = await sokr(['validate', SMALL, '--format', 'json']);
    const withAsOf = await sokr(['validate', SMALL, '--as-of', '2026-03-20', '--format', 'json']);
    const rules = (out: string) =>
      (JSON.parse(out) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map(
        (f) => f.rule,
      );
    expect(rules(without.stdout).some((id) => id.startsWith('deliver/'))).toBe(false);
    expect(rules(withAsOf.stdout)).toContain('deliver/stale-check-in');
    expect(withAsOf.code).toBe(0);
  });

  it('--format json gives every finding with file, line and column, and a summary', async () => {
    const r = await sokr(['validate', ERRORS, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      files: { file: string; issues: unknown[]; findings: Record<string, unknown>[] }[];
      summary: Record<string, number>;
    };
    expect(out.summary).toEqual({
      files: 1,
      error: 2,
      warning: 0,
      info: 0,
      findings: 2,
      issues: 0,
      invalidFiles: 0,
      notChecked: [],
    });
    expect(out.files[0]!.file).toBe(ERRORS);
    expect(out.files[0]!.findings[0]).toMatchObject({
      rule: 'measure/quantifiable',
      severity: 'error',
      ids: ['flat'],
      file: ERRORS,
      line: 26,
      column: 46,
    });
  });

  it('--format sarif writes a SARIF 2.1.0 log with levels, rules and regions', async () => {
    const r = await sokr(['validate', ERRORS, SMALL, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: {
          driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] };
        };
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('sokr');
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'limits/objectives-per-unit',
      'measure/quantifiable',
      'measure/time-bound',
    ]);
    expect(run.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['measure/quantifiable', 'error'],
      ['measure/time-bound', 'error'],
      ['limits/objectives-per-unit', 'note'],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: ERRORS },
      region: { startLine: 26, startColumn: 46 },
    });
  });

  it('walks a directory for *.okr.json, *.okr.yaml and *.okr.yml, skipping dot-directories and node_modules', async () => {
    const small = readFileSync(join(FIXTURES, 'small.okr.yaml'), 'utf8');
    const dir = dirWith({
      'a.okr.yaml': small,
      'teams/b.okr.json': JSON.stringify(parseYaml(small), null, 2),
      'teams/c.okr.yml': small,
      'teams/notes.yaml': 'not: an okr file\n',
      '.cache/d.okr.yaml': 'broken: [\n',
      'node_modules/e.okr.yaml': 'broken: [\n',
    });
    const r = await sokr(['validate', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.includes(' info '))
        .map((l) => l.split(':')[0]),
    ).toEqual(['a.okr.yaml', 'teams/b.okr.json', 'teams/c.okr.yml']);
    // JSON positions come from the JSON text: the "sales" unit is on line 20 of b.okr.json.
    expect(r.stdout).toMatch(/^teams\/b\.okr\.json:\d+:\d+ info limits\/objectives-per-unit/m);
    expect(r.stdout).toContain('in 3 files');
  });

  it('validates the starter file of sokr init without errors', async () => {
    const dir = tempDir();
    await sokr(['init', '--year', '2026'], { cwd: dir });
    const r = await sokr(['validate', 'okrs.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/ error /);
  });
});

describe('sokr validate --policy', () => {
  it('loads a policy module whose default export is a policy config with a custom rule', async () => {
    const r = await sokr(['validate', SMALL, '--policy', 'examples/policies/custom-policy.mjs']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `${SMALL}:41:9 warning team/kr-has-initiative Key result "MRR from 100k to 150k" has 0 initiatives; at least 1 expected.`,
    );
    // committedOnly: only the two key results of the committed objective.
    expect(r.stdout.match(/team\/kr-has-initiative/g)).toHaveLength(2);
  });

  it('loads a JSON policy whose plugins name rule modules relative to the file', async () => {
    const r = await sokr(['validate', SMALL, '--policy', 'examples/policies/policy.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ info team\/kr-has-initiative /);
  });

  it('takes a preset name, and --max-warnings turns warnings into exit 1', async () => {
    const strict = await sokr(['validate', SMALL, '--policy', 'strict']);
    expect(strict.code).toBe(0);
    expect(strict.stdout).toContain(' warning limits/objectives-per-unit ');
    const capped = await sokr(['validate', SMALL, '--policy', 'strict', '--max-warnings', '0']);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toBe('sokr: 1 warning, more than --max-warnings 0\n');
  });

  it('rejects a policy with an unknown rule id: exit 2, the file and the rule named', async () => {
    const dir = dirWith({
      'bad-policy.json':
        '{ "extends": "recommended", "rules": { "limits/kr-per-objectiv": "error" } }\n',
    });
    const r = await sokr(['validate', join(process.cwd(), SMALL), '--policy', 'bad-policy.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^sokr: bad-policy\.json: invalid policy \(1 issue\):\n {2}bad-policy\.json:1:40 error dangling_reference rules\["limits\/kr-per-objectiv"\]: .*limits\/kr-per-objective/,
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('reports a policy module that throws when loaded: exit 2, its stack only with --debug', async () => {
    const dir = dirWith({ 'broken-policy.mjs': "throw new Error('boom while loading');\n" });
    const small = join(process.cwd(), SMALL);
    const r = await sokr(['validate', small, '--policy', 'broken-policy.mjs'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sokr: broken-policy.mjs: cannot load the policy module: boom while loading\n',
    });
    const debug = await sokr(['validate', small, '--policy', 'broken-policy.mjs', '--debug'], {
      cwd: dir,
    });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/Error: boom while loading\n\s+at .*broken-policy\.mjs:1/);
  });

  it('rejects a missing policy file with exit 2', async () => {
    const r = await sokr(['validate', SMALL, '--policy', 'nope.mjs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sokr: nope.mjs: no such file\n');
  });

  it('a policy that imports a missing module says which one, not "no such file"', async () => {
    const dir = dirWith({
      'policy.mjs':
        "import rule from './missing-rule.mjs';\nexport default { rules: { x: rule } };\n",
    });
    const r = await sokr(['validate', SMALL, '--policy', join(dir, 'policy.mjs')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot load the policy module: Cannot find module');
    expect(r.stderr).toContain('missing-rule.mjs');
    expect(r.stderr).not.toContain('no such file');
  });

  it('a misspelt preset name says which preset was meant', async () => {
    const r = await sokr(['validate', SMALL, '--policy', 'qualiti']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'quality'?");
  });
});

describe('sokr validate on bad input: exit 2, one clear message, no stack trace', () => {
  it('reports invalid YAML with its line and column', async () => {
    const dir = dirWith({
      'broken.okr.yaml': 'version: 1\nunits:\n  - id: shop\n    name: [Shop Co\npeople: []\n',
    });
    const r = await sokr(['validate', 'broken.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: broken.okr.yaml:4:11: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n' +
        '  4 |     name: [Shop Co\n' +
        '    |           ^\n',
    });
  });

  it('points at an unclosed quote where it opens, not where the file ends', async () => {
    const dir = dirWith({
      'quote.okr.yaml': 'version: 1\nunits:\n  - id: shop\n    name: "Shop Co\npeople: []\n',
    });
    const r = await sokr(['validate', 'quote.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: quote.okr.yaml:4:11: invalid YAML: Missing closing "quote\n' +
        '  4 |     name: "Shop Co\n' +
        '    |           ^\n',
    });
  });

  it('shows every YAML error, each with its line, column, source line and caret', async () => {
    const dir = dirWith({
      'many.okr.yaml':
        'version: 1\nunits:\n  - id: a\n    name: A\n  - id: b\n   name: B\npeople:\n  - id: x\n    name: X\n    name: Y\n',
    });
    const r = await sokr(['validate', 'many.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: many.okr.yaml:6:4: invalid YAML: Sequence item without - indicator (1 of 2 YAML errors)\n' +
        '  6 |    name: B\n' +
        '    |    ^\n' +
        '  many.okr.yaml:10:5: duplicate key "name" (first at line 9, column 5): keys must be unique\n' +
        '    10 |     name: Y\n' +
        '       |     ^\n',
    });
  });

  it('caps the YAML errors shown at 10 and counts the rest, in score and report too', async () => {
    const lines = ['version: 1', 'units:', '  - id: a', '    name: A'];
    for (let i = 0; i < 12; i++) lines.push(`    name: N${i}`);
    const dir = dirWith({ 'dup.okr.yaml': `${lines.join('\n')}\n` });
    for (const args of [
      ['validate', 'dup.okr.yaml'],
      ['score', 'dup.okr.yaml', '--as-of', '2026-01-01'],
      ['report', 'weekly', 'dup.okr.yaml', '--as-of', '2026-01-01'],
    ]) {
      const r = await sokr(args, { cwd: dir });
      expect(r.code).toBe(2);
      const err = r.stderr.split('\n');
      expect(err[0]).toBe(
        'sokr: dup.okr.yaml:5:5: invalid YAML: duplicate key "name" (first at line 4, column 5): keys must be unique (1 of 12 YAML errors)',
      );
      expect(err.slice(1, 3)).toEqual(['  5 |     name: N0', '    |     ^']);
      expect(err.filter((l) => l.startsWith('  dup.okr.yaml:'))).toHaveLength(9);
      expect(err).toContain('  … and 2 more YAML errors (the first 10 are shown)');
    }
  });

  it('reports invalid JSON with its line and column', async () => {
    const dir = dirWith({
      'broken.okr.json': '{\n  "version": 1,\n  "units": [\n    { "id": "shop" },\n  ]\n}\n',
    });
    const r = await sokr(['validate', 'broken.okr.json'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: broken.okr.json:5:3: invalid JSON: a trailing comma before ']'\n" +
        '  5 |   ]\n' +
        '    |   ^\n',
    });
  });

  it('reports schema errors, each with file:line:col, code and path', async () => {
    const r = await sokr(['validate', SCHEMA_ERROR]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `sokr: ${SCHEMA_ERROR} is not a valid OKR set (2 issues):\n` +
        `  ${SCHEMA_ERROR}:10:49 error invalid_date cycles[0].end: must be an ISO-8601 date that exists, like 2026-03-31 or 2026-03-31T09:00:00Z\n` +
        `  ${SCHEMA_ERROR}:17:9 error missing objectives[0].keyResults[0].ownerId: is required (a string)\n`,
    );
  });

  it('puts schema errors into the SARIF log too, still exiting 2', async () => {
    const r = await sokr(['validate', SCHEMA_ERROR, '--format', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as {
      runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[];
    };
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual([
      'schema/invalid_date',
      'schema/missing',
    ]);
    // Each message names the field, as the text output does.
    expect(log.runs[0]!.results.map((x) => x.message.text.split(':')[0])).toEqual([
      'cycles[0].end',
      'objectives[0].keyResults[0].ownerId',
    ]);
  });

  it('reports a missing file, an empty file and an empty directory', async () => {
    const dir = dirWith({ 'empty.okr.yaml': '', 'docs/readme.md': '# hi\n' });
    expect(await sokr(['validate', 'nope.okr.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sokr: nope.okr.yaml: no such file or directory\n',
    });
    expect(await sokr(['validate', 'empty.okr.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sokr: empty.okr.yaml: the file is empty\n',
    });
    const empty = await sokr(['validate', 'docs'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      'sokr: docs: no *.okr.json, *.okr.yaml or *.okr.yml files in this directory\n',
    );
  });

  it('keeps validating the other files when one is broken, and exits 2', async () => {
    const small = readFileSync(join(FIXTURES, 'small.okr.yaml'), 'utf8');
    const dir = dirWith({ 'a.okr.yaml': small, 'b.okr.yaml': 'units: [\n' });
    const r = await sokr(['validate', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('a.okr.yaml:15:5 info limits/objectives-per-unit');
    expect(r.stderr).toMatch(/^sokr: b\.okr\.yaml:1:8: invalid YAML: /);
  });

  it('rejects bad options: a missing path, a bad date, an unknown format', async () => {
    const none = await sokr(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      "sokr: missing argument <file|dir>\nRun 'sokr validate --help' for usage.\n",
    );
    const date = await sokr(['validate', SMALL, '--as-of', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe(
      "sokr: option '--as-of' must be a date (YYYY-MM-DD, e.g. 2026-02-15), an ISO-8601 date-time (e.g. 2026-02-15T09:00:00Z) " +
        "or epoch milliseconds (e.g. 1771113600000); got '2026-02-30' (no such date or time)\n" +
        "Run 'sokr validate --help' for usage.\n",
    );
    const format = await sokr(['validate', SMALL, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      "option '--format' must be one of text, json, sarif (got 'xml')",
    );
    const value = await sokr(['validate', SMALL, '--policy']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("option '--policy' needs a value");
  });
});
