// validate under `recommended` vs parseOkrSet of the same data (goal: ratio ≤ 1),
// and linear growth (1M vs 100k within 15× of 10×).
// Run: npm run bench -- validate   (BENCH_QUICK=1 for 10k and 100k only)
import { buildIndex, type OkrSet, parseOkrSet, recommended, validate } from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';
import { byMode, MODE } from './_mode.js';

const QUICK = MODE !== 'full';
/** Units per size; with 4 quarters, 3 objectives per unit and 3 KRs each: ≈ 36 KRs per unit. */
const SIZES: Array<{ label: string; units: number }> = byMode(
  [
    { label: '100k', units: 2_778 },
    { label: '1M', units: 27_778 },
  ],
  [
    { label: '10k', units: 278 },
    { label: '100k', units: 2_778 },
  ],
  [
    { label: '1k', units: 28 },
    { label: '2k', units: 56 },
  ],
);
const AS_OF = '2026-01-30'; // two days after the 4th weekly check-in of Q1

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

let lastCpuMs = 0;

/** Wall time of `fn` in ms; its CPU time (all threads, GC included) goes to `lastCpuMs`. */
function time(fn: () => unknown): number {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  return wall;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

interface Row {
  label: string;
  keyResults: number;
  checkIns: number;
  parseMs: number;
  validateMs: number;
  validateNoAsOfMs: number;
  indexMs: number;
  ratio: number;
  /** Median per-run ratio of CPU times (robust to a loaded machine). */
  cpuRatio: number;
  parseCpuMs: number;
  validateCpuMs: number;
  findings: number;
  heapMb: number;
}

function measure(
  label: string,
  units: number,
  runs: number,
  warmUp: boolean,
  details: boolean,
): Row {
  const set: OkrSet = generateEnterprise({ units, cycles: 4 });
  // parseOkrSet reads its own deep copy of the data (what an application reading rows
  // or a file hands over); validate reads the set itself.
  const input: unknown = structuredClone(set);
  let findings = warmUp ? validate(set, { policy: recommended, asOf: AS_OF }).length : 0;
  const parses: number[] = [];
  const validates: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const parseCpu: number[] = [];
  const validateCpu: number[] = [];
  const noAsOf: number[] = [];
  const indexes: number[] = [];
  let peak = 0;
  for (let r = 0; r < runs; r++) {
    gc();
    let ok = false;
    const p = time(() => {
      ok = parseOkrSet(input).ok;
    });
    if (!ok) throw new Error('the generated set does not parse');
    const pCpu = lastCpuMs;
    gc();
    const before = heapMb();
    let out: unknown;
    const v = time(() => {
      out = validate(set, { policy: recommended, asOf: AS_OF });
    });
    const vCpu = lastCpuMs;
    peak = Math.max(peak, heapMb() - before);
    findings = (out as unknown[]).length;
    out = undefined;
    if (details) {
      gc();
      noAsOf.push(time(() => validate(set, { policy: recommended })));
      gc();
      indexes.push(time(() => buildIndex(set)));
    }
    parses.push(p);
    validates.push(v);
    ratios.push(v / p);
    parseCpu.push(pCpu);
    validateCpu.push(vCpu);
    cpuRatios.push(vCpu / pCpu);
  }
  return {
    label,
    keyResults: set.keyResults.length,
    checkIns: set.checkIns.length,
    parseMs: median(parses),
    validateMs: median(validates),
    validateNoAsOfMs: details ? median(noAsOf) : Number.NaN,
    indexMs: details ? median(indexes) : Number.NaN,
    ratio: median(ratios),
    cpuRatio: median(cpuRatios),
    parseCpuMs: median(parseCpu),
    validateCpuMs: median(validateCpu),
    findings,
    heapMb: peak,
  };
}

const fmt = (ms: number): string => (Number.isNaN(ms) ? '—' : ms.toFixed(0));
const rows: Row[] = [];
// The largest size runs twice and skips the breakdown (no-asOf and buildIndex columns),
// so a full run stays within ~3 minutes; the smaller one warms the JIT up for it.
SIZES.forEach(({ label, units }, i) => {
  const largest = i === SIZES.length - 1 && !QUICK;
  rows.push(measure(label, units, largest ? 2 : 3, i === 0, !largest));
  gc();
});

console.log(
  `validate(set, { policy: recommended, asOf: '${AS_OF}' }) vs parseOkrSet(a deep copy of the same data)`,
);
console.log(
  `(medians of ${QUICK ? 3 : '3 (100k) / 2 (1M)'} runs; ratio = median of per-run validate/parse; heap = heap growth during one validate)\n`,
);
console.log(
  '| size | KRs | check-ins | parseOkrSet ms | validate ms | ratio (goal ≤ 1) | CPU ms parse / validate | CPU ratio | no asOf ms | buildIndex ms | findings | heap MB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.keyResults} | ${r.checkIns} | ${r.parseMs.toFixed(0)} | ${r.validateMs.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.parseCpuMs.toFixed(0)} / ${r.validateCpuMs.toFixed(0)} | ${r.cpuRatio.toFixed(2)} | ${fmt(r.validateNoAsOfMs)} | ${fmt(r.indexMs)} | ${r.findings} | ${r.heapMb.toFixed(0)} |`,
  );
}
if (rows.length === 2) {
  const [small, large] = rows as [Row, Row];
  const sizeRatio = large.keyResults / small.keyResults;
  const report = (what: string, growth: number, baseline: number): void => {
    const ok = growth <= sizeRatio * 1.5;
    console.log(
      `growth ${small.label} → ${large.label}, ${what}: ×${growth.toFixed(1)} for ×${sizeRatio.toFixed(1)} data (parseOkrSet: ×${baseline.toFixed(1)}; goal ≤ ×${(sizeRatio * 1.5).toFixed(0)}) ${ok ? 'OK' : 'NOT LINEAR'}`,
    );
  };
  console.log('');
  report('validate wall time', large.validateMs / small.validateMs, large.parseMs / small.parseMs);
  report(
    'validate CPU time',
    large.validateCpuMs / small.validateCpuMs,
    large.parseCpuMs / small.parseCpuMs,
  );
}
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(
  `largest ratio validate/parse: ${worst.toFixed(2)} ${worst <= 1 ? '(goal met)' : '(goal NOT met)'}`,
);
