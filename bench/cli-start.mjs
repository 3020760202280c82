// Start-up time of the `sokr` binary: whole-process wall time of `--help`,
// `--version` and `validate --help`, best and median of N runs, next to a bare
// `node -e 0` (the floor). Issue 21's target: `--help` within 150 ms.
//
//   npm run build && node bench/cli-start.mjs [runs] [path/to/cli.js]
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const cli = resolve(process.argv[3] ?? resolve(ROOT, 'dist/cli.js'));

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  samples.sort((a, b) => a - b);
  return { best: samples[0], median: samples[Math.floor(samples.length / 2)] };
}

console.log(`${cli}, ${runs} runs each`);
for (const [label, args] of [
  ['node -e 0', ['-e', '0']],
  ['sokr --help', [cli, '--help']],
  ['sokr --version', [cli, '--version']],
  ['sokr validate --help', [cli, 'validate', '--help']],
]) {
  const { best, median } = time(args);
  console.log(
    `${label.padEnd(22)} best ${best.toFixed(0).padStart(4)} ms  median ${median.toFixed(0).padStart(4)} ms`,
  );
}
