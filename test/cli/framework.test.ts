// The command-line framework: help, version, usage errors and exit codes,
// checked on the built binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, requireCli, sokr } from './run.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

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
      expect(r.stdout).toContain('Exit codes: 0 ok, 1 validation errors found, 2 bad input or usage');
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
    expect(r.stderr).toBe("sokr: unknown command 'inti' (did you mean 'init'?)\nRun 'sokr --help' for usage.\n");
  });

  it('rejects an unknown option, globally and per command', async () => {
    const global = await sokr(['--frobnicate']);
    expect(global.code).toBe(2);
    expect(global.stderr).toBe("sokr: unknown option '--frobnicate'\nRun 'sokr --help' for usage.\n");
    const local = await sokr(['init', '--force']);
    expect(local.code).toBe(2);
    expect(local.stderr).toBe("sokr: unknown option '--force'\nRun 'sokr init --help' for usage.\n");
    expect(hasStackTrace(local.stderr)).toBe(false);
  });

  it('prints the stack trace of a usage error only with --debug', async () => {
    const r = await sokr(['init', '--force', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sokr: unknown option '--force'");
    expect(hasStackTrace(r.stderr)).toBe(true);
  });
});
