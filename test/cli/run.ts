// Runs the built `sokr` binary as a subprocess. CI builds before testing;
// SOKR_CLI points at another build (e.g. .tmp/cli-dist/main.js) when set.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = resolve(ROOT, process.env['SOKR_CLI'] ?? 'dist/cli.js');
export const FIXTURES = join(ROOT, 'test/cli/fixtures');

/** What one run of the binary gave. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message when the binary has not been built. */
export function requireCli(): void {
  if (!existsSync(CLI)) {
    throw new Error(
      `${CLI} does not exist: run npm run build first (or set SOKR_CLI to a built CLI)`,
    );
  }
}

/** Runs `node <cli> ...args` in `cwd` (the repository root by default), with `input` on stdin. */
export function sokr(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string | Uint8Array } = {},
): Promise<RunResult> {
  requireCli();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sokr-cli-'));
}

/** True when a stderr text shows a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+[:(]\d+/.test(text);
}
