// `sokr init`: writes a small starter file and never overwrites one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

describe('sokr init', () => {
  it('writes okrs.okr.yaml in the working directory by default and says what to run next', async () => {
    const dir = tempDir();
    const r = await sokr(['init', '--year', '2026'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Wrote okrs.okr.yaml. Next:\n  sokr validate okrs.okr.yaml\n  sokr score okrs.okr.yaml --as-of 2026-02-15\n',
    );
    const text = readFileSync(join(dir, 'okrs.okr.yaml'), 'utf8');
    expect(text).toContain('version: 1');
    expect(text).toContain('start: 2026-01-01');
  });

  it('points editors at the shipped authoring schema, relative to the file written', async () => {
    const dir = tempDir();
    await sokr(['init', '--year', '2026'], { cwd: dir });
    const [first] = readFileSync(join(dir, 'okrs.okr.yaml'), 'utf8').split('\n');
    expect(first).toBe('# yaml-language-server: $schema=./node_modules/sokr/schema/authoring.json');
    mkdirSync(join(dir, 'okrs'));
    await sokr(['init', 'okrs/team.okr.yaml'], { cwd: dir });
    const [nested] = readFileSync(join(dir, 'okrs/team.okr.yaml'), 'utf8').split('\n');
    expect(nested).toBe(
      '# yaml-language-server: $schema=../node_modules/sokr/schema/authoring.json',
    );
    await sokr(['init', 'url.okr.yaml', '--schema', 'https://example.com/okr.json'], { cwd: dir });
    const [url] = readFileSync(join(dir, 'url.okr.yaml'), 'utf8').split('\n');
    expect(url).toBe('# yaml-language-server: $schema=https://example.com/okr.json');
  });

  it('points at the nearest installed copy when run in a subdirectory of the project', async () => {
    const project = tempDir();
    mkdirSync(join(project, 'node_modules/sokr/schema'), { recursive: true });
    writeFileSync(join(project, 'node_modules/sokr/schema/authoring.json'), '{}');
    mkdirSync(join(project, 'team'));
    await sokr(['init', 'x.okr.yaml', '--year', '2026'], { cwd: join(project, 'team') });
    const [first] = readFileSync(join(project, 'team/x.okr.yaml'), 'utf8').split('\n');
    // Not ./node_modules/… (the subdirectory has none): the project's copy, one level up.
    expect(first).toBe(
      '# yaml-language-server: $schema=../node_modules/sokr/schema/authoring.json',
    );
  });

  it('writes to the file it is given', async () => {
    const dir = tempDir();
    const r = await sokr(['init', 'team.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'team.okr.yaml'))).toBe(true);
  });

  it('refuses to overwrite an existing file: exit 2, the file unchanged', async () => {
    const dir = tempDir();
    const file = join(dir, 'okrs.okr.yaml');
    writeFileSync(file, 'mine: true\n');
    const r = await sokr(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'sokr: okrs.okr.yaml already exists; not overwriting it (choose another name or delete it)\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('mine: true\n');
  });

  it('rejects a bad --year and a second file argument with exit 2', async () => {
    const dir = tempDir();
    const year = await sokr(['init', '--year', '26'], { cwd: dir });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("option '--year' must be a four-digit year (got '26')");
    const extra = await sokr(['init', 'a.okr.yaml', 'b.okr.yaml'], { cwd: dir });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("unexpected argument 'b.okr.yaml'");
    expect(existsSync(join(dir, 'a.okr.yaml'))).toBe(false);
  });
});
