// Report bench: weeklyReport + toHtml on generateEnterprise sets, against a plain rollup of the same set.
// Run: npm run bench -- report   (BENCH_QUICK=1 for 10k key results only)
//
// Goal: the weekly report of 10k key results (data + HTML page) in well under a second. Above 1000 key results
// toHtml draws burn-ups only for key results needing attention by default; `charts: 'all'` is measured too.
// Figures: medians of several runs, ratios per round against rollup(set) measured in the same process,
// page size, and peak heap while building the page.
import { cycleReview, rollup, toHtml, toMarkdown, weeklyReport } from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';
import { byMode } from './_mode.js';

const SIZES = byMode([10_000, 30_000], [10_000], [1_000]);
const AS_OF = '2026-01-28'; // week 4 of Q1 2026

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => process.memoryUsage().heapUsed / 1048576;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time and CPU time (user + system) of one call, in ms. CPU time is the figure to trust on a busy machine. */
function time(fn: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Runs the baseline and the subject alternately; medians and the median per-round ratio (wall time). */
function compare(runs: number, base: () => unknown, subject: () => unknown) {
  const b: number[] = [];
  const s: number[] = [];
  const sc: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tb = time(base);
    const ts = time(subject);
    b.push(tb.wall);
    s.push(ts.wall);
    sc.push(ts.cpu);
    r.push(ts.wall / tb.wall);
  }
  return { baseMs: median(b), ms: median(s), cpuMs: median(sc), ratio: median(r) };
}

const fmt = (x: { ms: number; cpuMs: number }) =>
  `${x.ms.toFixed(1).padStart(8)} ms (cpu ${x.cpuMs.toFixed(1).padStart(7)} ms)`;

for (const n of SIZES) {
  const RUNS = n > 10_000 ? 3 : 5;
  // One quarter, 3 objectives of 3 key results per unit: n key results, 4 weekly check-ins each.
  const set = generateEnterprise({ seed: 1, units: Math.ceil(n / 9), cycles: 1 });
  const cycleId = set.cycles.find((c) => c.parentId !== undefined)?.id ?? set.cycles[0]!.id;
  console.log(
    `\n## ${set.keyResults.length} key results, ${set.objectives.length} objectives, ${set.units.length} units, ${set.checkIns.length} check-ins\n`,
  );
  // Warm up.
  for (let i = 0; i < 2; i++) toHtml(weeklyReport(set, { asOf: AS_OF }));
  const base = () => rollup(set, { asOf: AS_OF });
  const data = compare(RUNS, base, () => weeklyReport(set, { asOf: AS_OF }));
  const report = weeklyReport(set, { asOf: AS_OF });
  const html = compare(RUNS, base, () => toHtml(report));
  const htmlAll = compare(RUNS, base, () => toHtml(report, { charts: 'all' }));
  const md = compare(RUNS, base, () => toMarkdown(report));
  const whole = compare(RUNS, base, () => toHtml(weeklyReport(set, { asOf: AS_OF })));
  const review = compare(Math.max(3, RUNS - 2), base, () =>
    cycleReview(set, { cycleId, asOf: '2026-04-07' }),
  );
  gc();
  const before = heapMb();
  let peak = before;
  const page = toHtml(weeklyReport(set, { asOf: AS_OF }));
  peak = Math.max(peak, heapMb());
  const pageAll = toHtml(report, { charts: 'all' });
  const charts = page.split('class="sokr-burnup"').length - 1;
  const krCount = report.overall.keyResults;
  console.log(`rollup(set) baseline                 ${data.baseMs.toFixed(1).padStart(8)} ms`);
  console.log(
    `weeklyReport (2 rollups, forecasts, series) ${fmt(data)}   ${data.ratio.toFixed(2)}× rollup`,
  );
  console.log(
    `toHtml(report) (default charts)     ${fmt(html)}   ${html.ratio.toFixed(2)}× rollup`,
  );
  console.log(
    `toHtml(report, { charts: 'all' })   ${fmt(htmlAll)}   ${htmlAll.ratio.toFixed(2)}× rollup`,
  );
  console.log(`toMarkdown(report)                  ${fmt(md)}   ${md.ratio.toFixed(2)}× rollup`);
  console.log(
    `weeklyReport + toHtml               ${fmt(whole)}   ${whole.ratio.toFixed(2)}× rollup   goal < 1000 ms at 10k: ${Math.min(whole.ms, whole.cpuMs) < 1000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `cycleReview (rollup + validate)     ${fmt(review)}   ${review.ratio.toFixed(2)}× rollup`,
  );
  console.log(
    `page: ${(page.length / 1048576).toFixed(1)} MB with ${charts} charts for ${krCount} key results (${(pageAll.length / 1048576).toFixed(1)} MB with every chart); heap after building it +${(peak - before).toFixed(0)} MB`,
  );
}
