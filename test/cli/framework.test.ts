// The command-line framework: help, version, usage errors and exit codes,
// checked on the built binary.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, requireCli, sokr, tempDir } from './run.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

beforeAll(() => requireCli());

describe('sokr --help and --version', () => {
  it('prints the version with --version and -v, exit 0', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await sokr([flag]);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('prints the command list with --help, and with no arguments', async () => {
    for (const args of [['--help'], ['-h'], []]) {
      const r = await sokr(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Usage: sokr <command> [options]');
      expect(r.stdout).toMatch(/^ {2}init +write a small, valid starter OKR file$/m);
      expect(r.stdout).toContain(
        'Exit codes: 0 ok, 1 validation errors found, 2 bad input or usage',
      );
    }
  });

  it('prints a command help with <command> --help, and --version works after a command', async () => {
    const help = await sokr(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sokr init \[file\]/);
    expect(help.stdout).toContain('--debug');
    const viaHelp = await sokr(['help', 'init']);
    expect(viaHelp).toEqual({ code: 0, stdout: help.stdout, stderr: '' });
    const v = await sokr(['init', '--version']);
    expect(v).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with one clear message and no stack trace', () => {
  it('rejects an unknown command and suggests the closest one', async () => {
    const r = await sokr(['inti']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "sokr: unknown command 'inti' (did you mean 'init'?)\nRun 'sokr --help' for usage.\n",
    );
  });

  it('rejects an unknown option, globally and per command', async () => {
    const global = await sokr(['--frobnicate']);
    expect(global.code).toBe(2);
    expect(global.stderr).toBe(
      "sokr: unknown option '--frobnicate'\nRun 'sokr --help' for usage.\n",
    );
    const local = await sokr(['init', '--force']);
    expect(local.code).toBe(2);
    expect(local.stderr).toBe(
      "sokr: unknown option '--force'\nRun 'sokr init --help' for usage.\n",
    );
    expect(hasStackTrace(local.stderr)).toBe(false);
  });

  it('prints the stack trace of a usage error only with --debug', async () => {
    const r = await sokr(['init', '--force', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sokr: unknown option '--force'");
    expect(hasStackTrace(r.stderr)).toBe(true);
  });
});

// module.register (the hook that records imports) is Node >= 20.6.
describe.skipIf(typeof register !== 'function')('fast start (issue 21 item 5)', () => {
  /** The packages (and command modules) the binary imports while running `args`, recorded by a module hook. */
  async function importedPackages(args: readonly string[]): Promise<string[]> {
    const dir = tempDir();
    const log = join(dir, 'imports.log');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
export async function resolve(specifier, context, next) {
  // Bare package names, and the lazily loaded command modules (dist/validateRun-*.js).
  if ((!isBuiltin(specifier) && !/^([./]|file:|data:)/.test(specifier)) || /Run-\\w+\\.js$/.test(specifier)) appendFileSync(${JSON.stringify(log)}, specifier + '\\n');
  return next(specifier, context);
}
`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
    );
    const r = await sokr(args, {
      env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}` },
    });
    expect(r.code).toBe(0);
    return existsSync(log)
      ? [...new Set(readFileSync(log, 'utf8').trim().split('\n').filter(Boolean))].sort()
      : [];
  }

  it('--help, --version and <command> --help load no package (zod, yaml) and no command module', async () => {
    for (const args of [['--help'], ['--version'], ['validate', '--help'], ['help', 'report']]) {
      expect(await importedPackages(args), args.join(' ')).toEqual([]);
    }
  });

  it('running a command loads what it needs', async () => {
    expect(await importedPackages(['validate', 'test/cli/fixtures/small.okr.yaml'])).toEqual(
      expect.arrayContaining(['yaml', 'zod', expect.stringMatching(/^\.\/validateRun-\w+\.js$/)]),
    );
  });
});
