// Core bench: the whole pipeline against a naive rollup of the same set, in one process.
// Run: npm run bench -- core   (BENCH_QUICK=1 for 10k and 100k key results only; BENCH_SMOKE=1: see _mode.ts)
//
// The naive rollup is the 25 lines a user would write first: a Map of the latest
// check-in per key result, clamped metric/milestone progress, a weighted mean per
// objective. Every figure is a ratio of CPU times (process.cpuUsage), median of
// alternating rounds, so machine drift cancels out.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  compile,
  parseOkrSet,
  createScorer,
  obligations,
  type OkrSet,
  rollup,
  toHtml,
  validate,
  weeklyReport,
} from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';
import { byMode } from './_mode.js';

const SIZES = byMode([10_000, 100_000, 1_000_000], [10_000, 100_000], [1_000]);
const AS_OF = '2026-02-15';
const AS_OF_MS = Date.UTC(2026, 1, 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function cpu(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Alternates baseline and subject; returns the subject's median time and the median per-round ratio. */
function ratio(runs: number, base: () => unknown, subject: () => unknown) {
  const r: number[] = [];
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tb = cpu(base);
    const ts = cpu(subject);
    b.push(tb);
    s.push(ts);
    r.push(ts / tb);
  }
  return { ms: median(s), baseMs: median(b), ratio: median(r) };
}

/** The naive rollup: latest check-in per key result, clamped progress, weighted mean per objective. */
export function naiveRollup(set: OkrSet): Map<string, number> {
  const latest = new Map<string, { at: number; value: unknown }>();
  for (const ci of set.checkIns) {
    const at = Date.parse(ci.at);
    if (at > AS_OF_MS) continue;
    const cur = latest.get(ci.keyResultId);
    if (cur === undefined || at >= cur.at) latest.set(ci.keyResultId, { at, value: ci.value });
  }
  const sums = new Map<string, { num: number; den: number }>();
  for (const kr of set.keyResults) {
    const ci = latest.get(kr.id);
    let p = 0;
    if (ci !== undefined) {
      const m = kr.measure;
      if (m.kind === 'metric')
        p = ((ci.value as number) - (m.start ?? 0)) / (m.target - (m.start ?? 0) || 1);
      else if (m.kind === 'milestone') p = ci.value === true || ci.value === 1 ? 1 : 0;
      else p = 0.5;
    }
    p = Math.min(1, Math.max(0, p));
    const w = kr.weight ?? 1;
    const s = sums.get(kr.objectiveId) ?? { num: 0, den: 0 };
    s.num += w * p;
    s.den += w;
    sums.set(kr.objectiveId, s);
  }
  const scores = new Map<string, number>();
  for (const [id, s] of sums) scores.set(id, s.den > 0 ? s.num / s.den : 0);
  return scores;
}

interface Row {
  what: string;
  goal: string;
  figure: string;
  /** `undefined`: a figure for reading the others (no goal). */
  ok: boolean | undefined;
}
const rows: Row[] = [];
const figureOf = (r: { ms: number; ratio: number }) =>
  `${r.ratio.toFixed(2)}× (${r.ms.toFixed(1)} ms)`;
const row = (
  what: string,
  goal: number,
  r: { ms: number; ratio: number },
  cmp: 'le' | 'ge' = 'le',
) =>
  rows.push({
    what,
    goal: `${cmp === 'le' ? '≤' : '≥'} ${goal}×`,
    figure: figureOf(r),
    ok: cmp === 'le' ? r.ratio <= goal : r.ratio >= goal,
  });

/**
 * A plain deep copy: every object and array of a result made again, its strings shared. No
 * implementation that returns a result of this shape can cost less than making its objects,
 * so the copy's ratio is the floor under the step's own ratio.
 */
function copyOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const a = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) a[i] = copyOf(value[i]);
    return a;
  }
  const o: Record<string, unknown> = {};
  for (const k in value) o[k] = copyOf((value as Record<string, unknown>)[k]);
  return o;
}

/** The floor row of a step: its result only copied, no work done. */
const floorRow = (what: string, runs: number, base: () => unknown, result: unknown) => {
  const r = ratio(runs, base, () => copyOf(result));
  rows.push({
    what: `${what}: its result only copied (the floor of its shape)`,
    goal: '—',
    figure: figureOf(r),
    ok: undefined,
  });
};

const pipeline = process.env['SOKR_PIPELINE'];
if (pipeline !== undefined) {
  // The child: one pass of the pipeline from plain data (as JSON.parse would give it; a
  // million key results are more JSON text than one string can hold), then the peak RSS (kB).
  const n = Number(pipeline);
  const parsed = parseOkrSet(generateEnterprise({ seed: 1, units: Math.ceil(n / 9), cycles: 1 }));
  if (!parsed.ok) throw new Error('the generated set does not parse');
  const compiled = compile(parsed.value);
  validate(compiled, { asOf: AS_OF });
  rollup(compiled, { asOf: AS_OF });
  weeklyReport(compiled, { asOf: AS_OF });
  console.log(`rss=${process.resourceUsage().maxRSS}`);
  process.exit(0);
}

for (const n of SIZES) {
  const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 9;
  const set = generateEnterprise({ seed: 1, units: Math.ceil(n / 9), cycles: 1 });
  const label = `${Math.round(set.keyResults.length / 1000)}k KRs / ${Math.round(set.checkIns.length / 1000)}k check-ins`;
  console.log(`## ${label}`);
  const naive = () => naiveRollup(set);
  if (n < 1_000_000) {
    row(
      `${label}: rollup`,
      1,
      ratio(runs, naive, () => rollup(set, { asOf: AS_OF })),
    );
    floorRow(`${label}: rollup`, runs, naive, rollup(set, { asOf: AS_OF }));
    row(
      `${label}: validate (recommended)`,
      2,
      ratio(runs, naive, () => validate(set, { asOf: AS_OF })),
    );
    floorRow(`${label}: validate`, runs, naive, validate(set, { asOf: AS_OF }));
    // What each person owes (issue 18), with a lead on every unit so escalation walks the tree.
    // Measured before any report exists, like rollup and validate: a 100k-row report kept alive
    // makes every later collection mark it, which is the bench's doing, not the step's (a cron job
    // that sends reminders holds no report).
    const led: OkrSet = {
      ...set,
      units: set.units.map((u, i) => ({
        ...u,
        leadId: set.people[(i * 7) % set.people.length]!.id,
      })),
    };
    row(
      `${label}: obligations (every unit with a lead)`,
      1,
      ratio(runs, naive, () => obligations(led, { asOf: AS_OF })),
    );
    floorRow(`${label}: obligations`, runs, naive, obligations(led, { asOf: AS_OF }));
    {
      // A reminder job that also reports compiles once: obligations then reads the shared graph.
      const compiledLed = compile(led);
      row(
        `${label}: obligations on a compiled set (graph built once)`,
        1,
        ratio(runs, naive, () => obligations(compiledLed, { asOf: AS_OF })),
      );
    }
    row(
      `${label}: weeklyReport`,
      3,
      ratio(runs, naive, () => weeklyReport(set, { asOf: AS_OF })),
    );
    const report = weeklyReport(set, { asOf: AS_OF });
    floorRow(`${label}: weeklyReport`, runs, naive, report);
    row(
      `${label}: toHtml of that report`,
      2,
      ratio(runs, naive, () => toHtml(report)),
    );
    row(
      `${label}: compile once, then rollup + validate + weeklyReport`,
      6,
      ratio(runs, naive, () => {
        const c = compile(set);
        rollup(c, { asOf: AS_OF });
        validate(c, { asOf: AS_OF });
        weeklyReport(c, { asOf: AS_OF });
      }),
    );
  }
  const scoreAll = () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    let sum = 0;
    const scores = scorer.objectiveScores();
    for (let i = 0; i < scores.length; i++) sum += scores[i]! || 0;
    return sum;
  };
  row(`${label}: createScorer + every objective score`, 1, ratio(runs, naive, scoreAll));
  {
    // A dashboard compiles once and makes a scorer per request or what-if: every scorer after
    // the first shares the compiled set's scoring index (built here, before timing).
    const compiled = compile(set);
    const scoreCompiled = () => {
      const scores = createScorer(compiled, { asOf: AS_OF }).objectiveScores();
      let sum = 0;
      for (let i = 0; i < scores.length; i++) sum += scores[i]! || 0;
      return sum;
    };
    scoreCompiled();
    row(
      `${label}: createScorer on a compiled set (index built once) + every objective score`,
      1,
      ratio(runs, naive, scoreCompiled),
    );
  }
  {
    // Each edit on another metric key result, spread over the set, as a dashboard's users make
    // them: every edit walks paths the previous ones did not (the same key result edited 21
    // times would time a hot cache after the first).
    const metrics = set.keyResults.filter((k) => k.measure.kind === 'metric');
    // A first scorer warms the JIT on edits like those measured (other key results, all over the
    // set, so the edit path is compiled for every shape it meets), so the second scorer's first
    // edit shows what the scorer itself does, not V8 compiling or deoptimizing.
    const warm = createScorer(set, { asOf: AS_OF });
    for (let i = 0; i < 200; i++) {
      warm.applyCheckIn({
        id: `warm-${i}`,
        keyResultId: metrics[Math.floor(((i + 0.5) * metrics.length) / 200)]!.id,
        at: AS_OF,
        value: i,
      });
    }
    const scorer = createScorer(set, { asOf: AS_OF });
    const full = cpu(() => scorer.rescore());
    // Collect the rounds above now: a full collection of their garbage (over 100 ms at 100k)
    // landing inside one edit would time the collector, not the edit.
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const kr = metrics[Math.floor((i * metrics.length) / 21)]!;
      const t0 = performance.now();
      scorer.applyCheckIn({ id: `bench-${i}`, keyResultId: kr.id, at: AS_OF, value: i });
      times.push(performance.now() - t0);
    }
    const first = times[0]!;
    const rest = median(times.slice(1));
    const worst = Math.max(...times);
    rows.push({
      what: `${label}: applyCheckIn (first / median / slowest of 21) vs full rescore`,
      // The issue sets this goal at 1M key results; smaller sets rescore too fast for the ratio to mean much.
      goal: n < 1_000_000 ? '(goal at 1M)' : '≥ 1000× cheaper',
      figure: `${(first * 1000).toFixed(0)} / ${(rest * 1000).toFixed(0)} / ${(worst * 1000).toFixed(0)} µs; the slowest ${(full / worst).toFixed(0)}× cheaper`,
      ok: n < 1_000_000 || full / worst >= 1000,
    });
  }
}

// Peak RSS of the whole pipeline (parse → validate → rollup → weekly report) at the largest size,
// in a fresh process so that nothing measured above counts.
if (process.env['SOKR_PIPELINE'] === undefined) {
  const n = SIZES[SIZES.length - 1]!;
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, SOKR_PIPELINE: String(n) },
      encoding: 'utf8',
    },
  );
  const rss = Number(/rss=(\d+)/.exec(child.stdout)?.[1] ?? Number.NaN);
  rows.push({
    what: `${Math.round(n / 1000)}k KRs: peak RSS of parse → validate → rollup → weekly report`,
    goal: '≤ 2 GB',
    figure: Number.isNaN(rss)
      ? `failed: ${child.stderr.slice(0, 200)}`
      : `${(rss / 1024).toFixed(0)} MB`,
    ok: rss / 1024 <= 2048,
  });
}

console.log('\n| what | goal | figure | |\n|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.what} | ${r.goal} | ${r.figure} | ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'} |`,
  );
