// Mistakes a person makes writing OKR YAML by hand, and odd things found in an
// OKR directory: each is named with its place and what to do, never a bare
// parser message or a silent skip — on the built binary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

/** Writes `files` (name → text) into a fresh temporary directory. */
function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const VALID = [
  'version: 1',
  'units:',
  '  - id: shop',
  '    name: Shop Co',
  'people:',
  '  - id: ana',
  '    name: Ana',
  '',
].join('\n');

describe('a YAML key given twice', () => {
  it('names the key and where it first appears, as in JSON', async () => {
    const dir = dirWith({
      'dup.okr.yaml': VALID.replace('    name: Ana\n', '    name: Ana\n    name: Ana Lima\n'),
    });
    const r = await sokr(['validate', 'dup.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: dup.okr.yaml:8:5: invalid YAML: duplicate key "name" (first at line 7, column 5): keys must be unique\n' +
        '  8 |     name: Ana Lima\n' +
        '    |     ^\n',
    });
  });

  it('counts the line of the first key right in a CRLF file with a BOM', async () => {
    const text = `\uFEFF${VALID.replace('    name: Shop Co\n', '    name: Shop Co\n    name: Shop\n')}`;
    const dir = dirWith({ 'dup.okr.yaml': text.replace(/\n/g, '\r\n') });
    const r = await sokr(['validate', 'dup.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'sokr: dup.okr.yaml:5:5: invalid YAML: duplicate key "name" (first at line 4, column 5): keys must be unique',
    );
  });
});

describe('a tab as indentation', () => {
  it('says to indent with spaces', async () => {
    const dir = dirWith({ 'tab.okr.yaml': VALID.replace('    name: Shop Co', '\tname: Shop Co') });
    const r = await sokr(['validate', 'tab.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^sokr: tab\.okr\.yaml:4:1: invalid YAML: Tabs are not allowed as indentation; indent with spaces( \(1 of \d+ YAML errors\))?$/,
    );
  });
});

describe('a YAML alias bomb (billion laughs)', () => {
  const bomb = [
    'version: 1',
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    '',
  ].join('\n');

  it('is refused at the first alias of an alias, with what to do', async () => {
    const dir = dirWith({ 'bomb.okr.yaml': bomb });
    for (const args of [
      ['validate', 'bomb.okr.yaml'],
      ['score', 'bomb.okr.yaml', '--as-of', '2026-01-01'],
    ]) {
      const r = await sokr(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stderr).toBe(
        'sokr: bomb.okr.yaml:4:8: invalid YAML: aliases expand to too much data (more than 1000 aliased nodes: aliases of aliases, a "billion laughs"); write the repeated values out, or use fewer aliases\n' +
          '  4 | c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
          '    |        ^\n',
      );
    }
  });

  it('names the file as not checked in the JSON summary', async () => {
    const dir = dirWith({ 'bomb.okr.yaml': bomb });
    const r = await sokr(['validate', 'bomb.okr.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).summary.notChecked).toEqual(['bomb.okr.yaml']);
  });
});

describe.skipIf(process.platform === 'win32')('a named pipe in an OKR directory', () => {
  it('is named on stderr, not read (it would wait for ever) and not skipped in silence', async () => {
    const dir = dirWith({ 'okrs/a.okr.yaml': VALID });
    execFileSync('mkfifo', [join(dir, 'okrs/live.okr.yaml')]);
    execFileSync('mkfifo', [join(dir, 'okrs/other-pipe')]);
    const r = await sokr(['validate', 'okrs'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'sokr: skipped okrs/live.okr.yaml: not a regular file (a named pipe); name it on the command line to read it\n',
    );
    expect(r.stdout).toContain('in 1 file');
  });
});

describe('schema issues of a hand-written file', () => {
  it('are listed in the order of the file, in text and JSON', async () => {
    const text = [
      'version: 1',
      'units:',
      '  - id: shop',
      '    name: Shop Co',
      'people:',
      '  - id: ana',
      '    name: Ana',
      'cycles:',
      '  - id: q1',
      '    name: Q1 2026',
      '    start: 2026-01-01',
      '    end: 2026-02-30',
      'objectives:',
      '  - title: Grow revenue',
      '    unitId: shop',
      '    cycleId: q1',
      '    ownerId: ana',
      '    keyResults:',
      '      - title: Sign 20 new shops',
      '        ownerId: ana',
      '  - title: Delight customers',
      '    unitId: shop',
      '    cycleId: q1',
      '    ownrId: ana',
      '',
    ].join('\n');
    const dir = dirWith({ 'hand.okr.yaml': text });
    const r = await sokr(['validate', 'hand.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('  hand.okr.yaml:'))
      .map((l) => l.split(' ')[2]);
    expect(lines).toEqual(['hand.okr.yaml:12:5', 'hand.okr.yaml:19:9', 'hand.okr.yaml:24:5']);
    const json = await sokr(['validate', 'hand.okr.yaml', '--format', 'json'], { cwd: dir });
    const issues = JSON.parse(json.stdout).files[0].issues as { line: number }[];
    expect(issues.map((i) => i.line)).toEqual([12, 19, 24]);
  });
});

describe('a mistyped choice on the command line', () => {
  it('gets the closest right one, for an option value and for the kind of report', async () => {
    const dir = dirWith({ 'a.okr.yaml': VALID });
    const scale = await sokr(['score', 'a.okr.yaml', '--as-of', '2026-01-01', '--scale', 'gogle'], {
      cwd: dir,
    });
    expect(scale).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: option '--scale' must be one of google, zones, percent, traffic (got 'gogle'; did you mean 'google'?)\nRun 'sokr score --help' for usage.\n",
    });
    const kind = await sokr(['report', 'weekley', 'a.okr.yaml'], { cwd: dir });
    expect(kind).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: unknown report 'weekley': choose weekly or review (did you mean 'weekly'?)\nRun 'sokr report --help' for usage.\n",
    });
  });

  it('says only the choices when nothing is close', async () => {
    const r = await sokr(['validate', 'x.okr.yaml', '--format', 'xml']);
    expect(r.stderr.split('\n')[0]).toBe(
      "sokr: option '--format' must be one of text, json, sarif (got 'xml')",
    );
  });
});

describe('sokr report --locale', () => {
  it('refuses a tag that is not one at the flag, with the dashed one when that is meant', async () => {
    const dir = dirWith({ 'a.okr.yaml': VALID });
    const r = await sokr(
      ['report', 'weekly', 'a.okr.yaml', '--as-of', '2026-01-01', '--locale', 'en_US'],
      {
        cwd: dir,
      },
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: option '--locale' must be a BCP 47 language tag this Node formats dates in (e.g. en-GB, de-DE, en-US) or iso (got 'en_US'; did you mean 'en-US'?)\nRun 'sokr report --help' for usage.\n",
    });
    const empty = await sokr(
      ['report', 'weekly', 'a.okr.yaml', '--locale=', '--as-of', '2026-01-01'],
      {
        cwd: dir,
      },
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')[0]).toBe(
      "sokr: option '--locale' must be a BCP 47 language tag this Node formats dates in (e.g. en-GB, de-DE, en-US) or iso (got '')",
    );
  });

  it('takes iso and a tag Node formats dates in', async () => {
    const dir = dirWith({ 'a.okr.yaml': VALID });
    for (const locale of ['iso', 'en-US']) {
      const r = await sokr(
        ['report', 'weekly', 'a.okr.yaml', '--as-of', '2026-01-01', '--locale', locale],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});

describe('--help and the CLI guide', () => {
  it('validate --help says UTF-16 without a BOM is read, as it is', async () => {
    const help = await sokr(['validate', '--help']);
    expect(help.stdout).toContain('UTF-16 (with a BOM, or LE/BE told by\nits NUL bytes)');
    const dir = tempDir();
    writeFileSync(join(dir, 'le.okr.yaml'), Buffer.from(VALID, 'utf16le'));
    const r = await sokr(['validate', 'le.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('a binary file with an OKR name', () => {
  it('is refused at its first NUL byte, not read as text with NULs in its strings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zero.okr.yaml'), Buffer.alloc(1000));
    writeFileSync(join(dir, 'nul.okr.yaml'), 'version: 1\nunits: [\u0000]\n');
    for (const [file, at] of [
      ['zero.okr.yaml', '1:1'],
      ['nul.okr.yaml', '2:9'],
    ] as const) {
      const r = await sokr(['validate', file], { cwd: dir });
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: `sokr: ${file}:${at}: not a text file: a NUL character (U+0000); a binary file is not read (write \\0 in a double-quoted YAML string, or \\u0000 in JSON, for a NUL in a title)\n`,
      });
    }
    const json = await sokr(['validate', 'zero.okr.yaml', 'nul.okr.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout).summary.notChecked).toEqual(['zero.okr.yaml', 'nul.okr.yaml']);
  });
});

describe('a YAML file of comments only', () => {
  it('is empty, as a blank file is (not "expected an object, got null")', async () => {
    const dir = dirWith({
      'todo.okr.yaml':
        '# yaml-language-server: $schema=./node_modules/sokr/schema/authoring.json\n# OKRs to come\n',
      'dashes.okr.yaml': '---\n# OKRs to come\n',
    });
    for (const file of ['todo.okr.yaml', 'dashes.okr.yaml']) {
      const r = await sokr(['validate', file], { cwd: dir });
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: `sokr: ${file}: the file is empty (it holds only comments)\n`,
      });
    }
  });
});

describe('--unit, --cycle, --owner and --person given a name or a typo', () => {
  it('point at the id of what was named, or the closest id', async () => {
    const dir = dirWith({ 'a.okr.yaml': VALID });
    const cases: [string[], string][] = [
      [
        ['score', 'a.okr.yaml', '--as-of', '2026-01-01', '--unit', 'shop co'],
        "sokr: unknown unit 'shop co': that is the name of unit 'shop'; give its id (units: shop)\n",
      ],
      [
        ['report', 'weekly', 'a.okr.yaml', '--as-of', '2026-01-01', '--owner', 'Ana'],
        "sokr: unknown person 'Ana': that is the name of person 'ana'; give its id (people: ana)\n",
      ],
      [
        ['remind', 'a.okr.yaml', '--as-of', '2026-01-01', '--person', 'anna'],
        "sokr: unknown person 'anna'; did you mean 'ana'? (people: ana; 'unassigned': what names no one)\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      expect(await sokr(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr });
    }
  });

  it('list at most 20 ids of a large organisation, then a count', async () => {
    const units = Array.from(
      { length: 500 },
      (_, i) =>
        `  - id: unit-${i}\n    name: Unit ${i}\n${i === 0 ? '' : '    parentId: unit-0\n'}`,
    );
    const dir = dirWith({ 'big.okr.yaml': `version: 1\nunits:\n${units.join('')}` });
    const r = await sokr(['score', 'big.okr.yaml', '--as-of', '2026-01-01', '--unit', 'ops'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    const listed = Array.from({ length: 20 }, (_, i) => `unit-${i}`).join(', ');
    expect(r.stderr).toBe(`sokr: unknown unit 'ops' (units: ${listed}, … and 480 more)\n`);
  });
});

describe('a JSON or YAML policy with mistakes', () => {
  it('names the line and column of each, with the code, in the order of the file', async () => {
    const dir = dirWith({
      'a.okr.yaml': VALID,
      'policy.yaml': [
        'extends: recomended',
        'rules:',
        '  limits/kr-per-objective: [error, { maxx: 4 }]',
        '  link/anchor-required: warn',
        '',
      ].join('\n'),
    });
    const r = await sokr(['validate', 'a.okr.yaml', '--policy', 'policy.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('sokr: policy.yaml: invalid policy (3 issues):');
    expect(lines.slice(1).map((l) => l.split(' ').slice(2, 5).join(' '))).toEqual([
      'policy.yaml:1:1 error invalid_value',
      'policy.yaml:3:38 error unknown_key',
      'policy.yaml:4:3 error invalid_value',
    ]);
    expect(lines[2]).toContain('unknown option "maxx"; did you mean "max"?');
  });

  it('keeps the path alone for a module, which has no lines to point at', async () => {
    const dir = dirWith({
      'a.okr.yaml': VALID,
      'policy.mjs': "export default { rules: { 'limits/kr-per-objectiv': 'error' } };\n",
    });
    const r = await sokr(['validate', 'a.okr.yaml', '--policy', 'policy.mjs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[1]).toMatch(/^ {2}rules\["limits\/kr-per-objectiv"\]: no rule/);
  });
});

describe('--out naming the input file', () => {
  it('is refused, by any path to it, and the OKR file is left as it was', async () => {
    const dir = dirWith({ 'okrs.okr.yaml': VALID });
    symlinkSync('okrs.okr.yaml', join(dir, 'link.okr.yaml'));
    for (const args of [
      ['report', 'weekly', 'okrs.okr.yaml', '--as-of', '2026-01-01', '--out', './okrs.okr.yaml'],
      ['score', 'link.okr.yaml', '--as-of', '2026-01-01', '--out', 'okrs.okr.yaml'],
    ]) {
      const r = await sokr(args, { cwd: dir });
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'sokr: okrs.okr.yaml: is the input file; --out would overwrite your OKRs with the output (choose another name)\n',
      });
      expect(readFileSync(join(dir, 'okrs.okr.yaml'), 'utf8')).toBe(VALID);
    }
  });

  it('says a directory is not a file name, without the system error', async () => {
    const dir = dirWith({ 'okrs.okr.yaml': VALID, 'site/keep': '' });
    const r = await sokr(['score', 'okrs.okr.yaml', '--as-of', '2026-01-01', '--out', 'site'], {
      cwd: dir,
    });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `sokr: site: is a directory; --out takes a file name (e.g. ${join('site', 'report.md')})\n`,
    });
  });
});
