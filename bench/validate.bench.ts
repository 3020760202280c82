// validate under `recommended` vs parseOkrSet of the same data (goal: ratio ≤ 1),
// and linear growth (1M vs 100k within 15× of 10×).
// Run: npm run bench -- validate   (BENCH_QUICK=1 for 10k and 100k only)
import { buildIndex, type OkrSet, parseOkrSet, recommended, validate } from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';

const QUICK = process.env['BENCH_QUICK'] === '1';
/** Units per size; with 4 quarters, 3 objectives per unit and 3 KRs each: ≈ 36 KRs per unit. */
const SIZES: Array<{ label: string; units: number }> = QUICK
  ? [
      { label: '10k', units: 278 },
      { label: '100k', units: 2_778 },
    ]
  : [
      { label: '100k', units: 2_778 },
      { label: '1M', units: 27_778 },
    ];
const AS_OF = '2026-01-30'; // two days after the 4th weekly check-in of Q1

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
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
  findings: number;
  heapMb: number;
}

function measure(label: string, units: number, runs: number): Row {
  const set: OkrSet = generateEnterprise({ units, cycles: 4 });
  // Parse works on the JSON form, as an application reading a file would hand it over.
  const input: unknown = JSON.parse(JSON.stringify(set));
  const parsed = parseOkrSet(input);
  if (!parsed.ok) throw new Error(`generated set does not parse: ${parsed.issues[0]?.message}`);
  let findings = validate(set, { policy: recommended, asOf: AS_OF }).length; // warm-up
  const parses: number[] = [];
  const validates: number[] = [];
  const ratios: number[] = [];
  const noAsOf: number[] = [];
  const indexes: number[] = [];
  let peak = 0;
  for (let r = 0; r < runs; r++) {
    gc();
    const p = time(() => parseOkrSet(input));
    gc();
    const before = heapMb();
    let out: unknown;
    const v = time(() => {
      out = validate(set, { policy: recommended, asOf: AS_OF });
    });
    peak = Math.max(peak, heapMb() - before);
    findings = (out as unknown[]).length;
    out = undefined;
    gc();
    noAsOf.push(time(() => validate(set, { policy: recommended })));
    gc();
    indexes.push(time(() => buildIndex(set)));
    parses.push(p);
    validates.push(v);
    ratios.push(v / p);
  }
  return {
    label,
    keyResults: set.keyResults.length,
    checkIns: set.checkIns.length,
    parseMs: median(parses),
    validateMs: median(validates),
    validateNoAsOfMs: median(noAsOf),
    indexMs: median(indexes),
    ratio: median(ratios),
    findings,
    heapMb: peak,
  };
}

const rows: Row[] = [];
for (const { label, units } of SIZES) {
  rows.push(measure(label, units, label === '1M' ? 3 : 5));
  gc();
}

console.log(`validate(set, { policy: recommended, asOf: '${AS_OF}' }) vs parseOkrSet(same data as JSON)`);
console.log('(medians; ratio = median of per-run validate/parse; heap = retained growth during one validate)\n');
console.log('| size | KRs | check-ins | parseOkrSet ms | validate ms | ratio (goal ≤ 1) | no asOf ms | buildIndex ms | findings | heap MB |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.keyResults} | ${r.checkIns} | ${r.parseMs.toFixed(0)} | ${r.validateMs.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.validateNoAsOfMs.toFixed(0)} | ${r.indexMs.toFixed(0)} | ${r.findings} | ${r.heapMb.toFixed(0)} |`,
  );
}
if (rows.length === 2) {
  const [small, large] = rows as [Row, Row];
  const growth = large.validateMs / small.validateMs;
  const sizeRatio = large.keyResults / small.keyResults;
  const ok = growth <= sizeRatio * 1.5 && growth >= sizeRatio / 1.5;
  console.log(
    `\ngrowth ${small.label} → ${large.label}: validate ×${growth.toFixed(1)} for ×${sizeRatio.toFixed(1)} data (linear: within 15× of 10×, i.e. ×${(sizeRatio / 1.5).toFixed(1)}–×${(sizeRatio * 1.5).toFixed(1)}) ${ok ? 'OK' : 'NOT LINEAR'}`,
  );
}
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(`largest ratio validate/parse: ${worst.toFixed(2)} ${worst <= 1 ? '(goal met)' : '(goal NOT met)'}`);
