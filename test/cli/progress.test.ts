// The progress indicator: on stderr only when stderr is a terminal, erased at
// the end; silent in pipes. And a large generated file validates end to end.
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEnterprise } from '../../src/testing/index.js';
import { CLI, requireCli, ROOT, sokr, tempDir } from './run.js';

const SMALL = join(ROOT, 'test/cli/fixtures/small.okr.yaml');

/** True when util-linux `script` can give the CLI a pseudo-terminal. */
function hasScript(): boolean {
  try {
    execFileSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => requireCli());

describe('progress indicator', () => {
  it('stays silent when stderr is not a terminal, even with no delay', async () => {
    const r = await sokr(['validate', SMALL], { env: { SOKR_PROGRESS_DELAY_MS: '0' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!hasScript())(
    'shows the current step on a terminal and erases it when done',
    async () => {
      const command = `node ${JSON.stringify(CLI)} validate ${JSON.stringify(SMALL)} > /dev/null`;
      const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
        env: { ...process.env, SOKR_PROGRESS_DELAY_MS: '0' },
        cwd: ROOT,
      });
      // Only stderr reaches the terminal: the spinner line, then the erase sequence.
      expect(stdout).toContain('sokr: validating test/cli/fixtures/small.okr.yaml…');
      expect(stdout.endsWith('\r\x1b[2K')).toBe(true);
    },
  );

  it.skipIf(!hasScript())('SOKR_NO_PROGRESS silences it on a terminal too', async () => {
    const command = `node ${JSON.stringify(CLI)} validate ${JSON.stringify(SMALL)} > /dev/null`;
    const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, SOKR_PROGRESS_DELAY_MS: '0', SOKR_NO_PROGRESS: '1' },
      cwd: ROOT,
    });
    expect(stdout).toBe('');
  });
});

describe('a large generated file', () => {
  it('validates and scores 7k key results from JSON with located findings', {
    timeout: 180_000,
  }, async () => {
    const set = generateEnterprise({
      seed: 7,
      units: 300,
      depth: 3,
      objectivesPerUnit: 4,
      keyResultsPerObjective: 3,
      cycles: 2,
    });
    expect(set.keyResults.length).toBe(7200);
    const dir = tempDir();
    writeFileSync(join(dir, 'big.okr.json'), JSON.stringify(set, null, 1));
    const r = await sokr(['validate', 'big.okr.json', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as {
      files: { findings: { line: number; column: number }[] }[];
    };
    for (const f of out.files[0]!.findings.slice(0, 50)) expect(f.line).toBeGreaterThan(1);
    const score = await sokr(
      ['score', 'big.okr.json', '--as-of', '2026-02-15', '--format', 'json'],
      { cwd: dir },
    );
    expect(score.code).toBe(0);
    expect(
      Object.keys((JSON.parse(score.stdout) as { keyResults: object }).keyResults),
    ).toHaveLength(set.keyResults.length);
  });
});
