// Runs the benchmarks: `npm run bench` (all) or `npm run bench -- rollup parse` (some).
// Each bench/*.bench.ts is bundled with esbuild from the sources and run in its
// own Node process (with --expose-gc) so peak memory figures do not mix.
// Every bench prints ratios against a baseline measured in the same process.
// BENCH_QUICK=1 runs the small sizes only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '.tmp', 'bench');
mkdirSync(outDir, { recursive: true });
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const file of files) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(here, file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n### ${file}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', outfile], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed += 1;
}
if (files.length === 0) console.log('no bench matched', filters.join(' '));
process.exit(failed === 0 ? 0 : 1);
