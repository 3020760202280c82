// Scoring bench: measureProgress over 1M key results against a plain loop computing the same formula inline.
// Run: npm run bench -- scoring   (BENCH_QUICK=1 for 100k only)
// biome-ignore-all lint/complexity/useMathMinMax: the baseline clamps with the same ternaries as measureProgress
import {
  type CheckInValue,
  expectedProgress,
  keyResultStatus,
  type Measure,
  measureProgress,
  type MetricMeasure,
} from '../src/index.js';
import { mulberry32 } from '../src/testing/_enterpriseRandom.js';
import { byMode } from './_mode.js';

const SIZES = byMode([100_000, 1_000_000], [100_000], [2_000]);
const RUNS = byMode(11, 7, 3);

/** Deterministic pseudo-random numbers (mulberry32). */
const rng = mulberry32;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Comparison {
  baseMs: number;
  sokrMs: number;
  /** Median of the per-round ratios (rounds alternate both sides, so load changes hit both). */
  ratio: number;
}

/**
 * Runs baseline and sokr alternately, checks they compute the same sum, returns
 * medians per pass. Each timed run repeats the pass `reps` times so that small
 * sizes still time ~10 ms or more (a 1 ms run is at the mercy of the scheduler).
 */
function compare(n: number, base: () => number, sokr: () => number): Comparison {
  const reps = Math.max(1, Math.round(1_000_000 / n));
  for (let r = 0; r < 3; r++) {
    // warm up: let the JIT optimize both sides
    const a = base();
    const b = sokr();
    if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a)))
      throw new Error(`results differ: ${a} vs ${b}`);
  }
  const baseRuns: number[] = [];
  const sokrRuns: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t0 = performance.now();
    for (let k = 0; k < reps; k++) base();
    const b = (performance.now() - t0) / reps;
    t0 = performance.now();
    for (let k = 0; k < reps; k++) sokr();
    const s = (performance.now() - t0) / reps;
    baseRuns.push(b);
    sokrRuns.push(s);
    ratios.push(s / b);
  }
  return { baseMs: median(baseRuns), sokrMs: median(sokrRuns), ratio: median(ratios) };
}

function row(name: string, n: number, c: Comparison): string[] {
  return [
    name,
    String(n),
    c.baseMs.toFixed(1),
    c.sokrMs.toFixed(1),
    c.ratio.toFixed(2),
    ((c.sokrMs * 1e6) / n).toFixed(1),
  ];
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

/** Metric key results: a quarter decreasing, a few with start === target. */
function buildMetrics(n: number): { measures: MetricMeasure[]; values: number[] } {
  const rand = rng(42);
  const measures: MetricMeasure[] = new Array(n);
  const values: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = Math.round(rand() * 1000);
    const kind = i % 4;
    const target =
      kind === 0
        ? start - 1 - Math.round(rand() * 500)
        : kind === 3 && i % 100 === 3
          ? start
          : start + 1 + Math.round(rand() * 1000);
    measures[i] = { kind: 'metric', start, target, direction: 'increase' };
    values[i] = start + (target - start) * (rand() * 1.6 - 0.3);
  }
  return { measures, values };
}

/** Every kind of measure, mixed. */
function buildMixed(n: number): { measures: Measure[]; values: CheckInValue[] } {
  const rand = rng(7);
  const items = [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
    { id: 'd', title: 'D' },
  ];
  const done = [['a'], ['a', 'c'], ['a', 'b', 'c', 'd'], []];
  const measures: Measure[] = new Array(n);
  const values: CheckInValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 10;
    if (k < 6) {
      const start = Math.round(rand() * 1000);
      const target = k === 0 ? start - 100 : start + 100;
      measures[i] = { kind: 'metric', start, target, direction: 'increase' };
      values[i] = start + (target - start) * rand();
    } else if (k === 6) {
      measures[i] = { kind: 'threshold', mode: i % 2 === 0 ? 'atLeast' : 'atMost', value: 50 };
      values[i] = rand() * 100;
    } else if (k === 7) {
      measures[i] = { kind: 'range', min: 20, max: 80 };
      values[i] = rand() * 100;
    } else if (k === 8) {
      measures[i] = { kind: 'milestone' };
      values[i] = rand() < 0.5;
    } else {
      measures[i] = { kind: 'checklist', items };
      values[i] = done[i % 4]!;
    }
  }
  return { measures, values };
}

function inlineMixed(m: Measure, v: CheckInValue): number {
  // The same formulas written inline, without type checks.
  if (m.kind === 'metric') {
    const span = m.target - (m.start ?? 0);
    if (span === 0) return (v as number) >= (m.start ?? 0) ? 1 : 0;
    const p = ((v as number) - (m.start ?? 0)) / span;
    return p < 0 ? 0 : p > 1 ? 1 : p;
  }
  if (m.kind === 'threshold')
    return (m.mode === 'atMost' ? (v as number) <= m.value : (v as number) >= m.value) ? 1 : 0;
  if (m.kind === 'range') return (v as number) >= m.min && (v as number) <= m.max ? 1 : 0;
  if (m.kind === 'milestone') return v === true || v === 1 ? 1 : 0;
  if (m.kind === 'checklist')
    return m.items.length === 0 ? 0 : (v as string[]).length / m.items.length;
  return 0;
}

console.log(
  `scoring: ${RUNS} runs per case, alternating, medians; ratio = median of sokr / inline per round (goal ≤ 2)\n`,
);
const rows: string[][] = [['case', 'n', 'inline ms', 'sokr ms', 'ratio', 'ns / KR']];
for (const n of SIZES) {
  // 1. metric only: the formula of DESIGN §1 inline vs measureProgress.
  const { measures, values } = buildMetrics(n);
  global.gc?.();
  const heapBefore = heapMb();
  const metric = compare(
    n,
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const m = measures[i]!;
        const v = values[i]!;
        const span = m.target - (m.start ?? 0);
        let p: number;
        if (span === 0) p = v >= (m.start ?? 0) ? 1 : 0;
        else {
          p = (v - (m.start ?? 0)) / span;
          p = p < 0 ? 0 : p > 1 ? 1 : p;
        }
        sum += p;
      }
      return sum;
    },
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += measureProgress(measures[i]!, values[i]);
      return sum;
    },
  );
  const heapAfter = heapMb();
  rows.push(row('metric', n, metric));

  // 2. every kind mixed: an inline switch vs measureProgress.
  const mixed = buildMixed(n);
  const mixedKinds = compare(
    n,
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += inlineMixed(mixed.measures[i]!, mixed.values[i]!);
      return sum;
    },
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += measureProgress(mixed.measures[i]!, mixed.values[i]);
      return sum;
    },
  );
  rows.push(row('mixed kinds', n, mixedKinds));

  // 3. progress + expected + status per KR (what a scorer does per key result), vs inline.
  const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) };
  const asOf = Date.UTC(2026, 1, 15);
  const status = compare(
    n,
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const m = measures[i]!;
        const span = m.target - (m.start ?? 0);
        let p =
          span === 0
            ? values[i]! >= (m.start ?? 0)
              ? 1
              : 0
            : (values[i]! - (m.start ?? 0)) / span;
        p = p < 0 ? 0 : p > 1 ? 1 : p;
        const e =
          asOf >= window.end
            ? 1
            : asOf <= window.start
              ? 0
              : (asOf - window.start) / (window.end - window.start);
        sum += p >= 1 ? 3 : p + 1e-9 >= e - 0.2 ? 2 : p + 1e-9 >= e - 0.4 ? 1 : 0;
      }
      return sum;
    },
    () => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const score = measureProgress(measures[i]!, values[i]);
        const expected = expectedProgress(window, asOf);
        const st = keyResultStatus({ score, expected, hasCheckIn: true, windowOver: false });
        sum += st === 'achieved' ? 3 : st === 'on-track' ? 2 : st === 'at-risk' ? 1 : 0;
      }
      return sum;
    },
  );
  rows.push(row('progress+expected+status', n, status));
  rows.push([
    '',
    '',
    '',
    '',
    '',
    `heap ${heapBefore.toFixed(0)} → ${heapAfter.toFixed(0)} MB during metric runs`,
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(
  `\npeak heap used: ${heapMb().toFixed(0)} MB (rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`,
);
