// Every bench runs to its end on a tiny set (BENCH_SMOKE=1, bench/_mode.ts). A bench checks its
// baseline against the library before it times anything (the rollup bench stops when they
// disagree), so a change of semantics that the benches were not told about fails here, in CI,
// rather than at the next `npm run bench`. The figures of a smoke run are not read.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('every bench runs to its end on a tiny set', () => {
  const run = spawnSync(process.execPath, ['bench/run.mjs'], {
    cwd: root,
    env: { ...process.env, BENCH_SMOKE: '1', BENCH_QUICK: '' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const benches = run.stdout.match(/^### \S+\.bench\.ts$/gm) ?? [];
  expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
  // Each bench of bench/ ran (run.mjs prints one heading per file).
  expect(benches.length).toBeGreaterThanOrEqual(8);
}, 300_000);
