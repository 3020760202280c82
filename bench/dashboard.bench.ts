// Dashboard bench (examples/dashboard, docs/guides/embedding.md): the cost of one
// what-if update — what the page does when an input moves — on the Acme example
// and on a generated organisation of 100k key results, next to a full rollup
// (what a dashboard without the incremental scorer would run instead).
// Run: npm run bench -- dashboard   (BENCH_QUICK=1: 10k instead of 100k)
//
// One what-if update = scorer.applyCheckIn(a check-in at asOf) + the cards of
// the changed key results and objectives + the company and unit scores; the
// page reads the aggregates from the scorer's running sums (scorer.company(),
// scorer.unit(id)), so no scorecard is built. The lean row reads only the
// changed objectives' scores (objectiveScore): the floor.
// Times are CPU times (process.cpuUsage), medians over many key results.
import {
  type CheckIn,
  createScorer,
  type KeyResult,
  type OkrSet,
  rollup,
  type Scorer,
} from '../src/index.js';
import { acmeExample, generateEnterprise } from '../src/testing/index.js';
import { byMode } from './_mode.js';

const AS_OF = '2026-02-15';

function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/**
 * Two values of a key result that score differently (a metric at 80% of its
 * way or at its start, a threshold held or broken, …); none for a derived one.
 */
function whatIfValues(kr: KeyResult): [CheckIn['value'], CheckIn['value']] | undefined {
  const m = kr.measure;
  if (m.kind === 'metric')
    return [(m.start ?? 0) + 0.8 * (m.target - (m.start ?? 0)), m.start ?? 0];
  if (m.kind === 'threshold')
    return m.mode === 'atLeast' ? [m.value + 1, m.value - 1] : [m.value - 1, m.value + 1];
  if (m.kind === 'range') return [(m.min + m.max) / 2, m.max + 1];
  if (m.kind === 'milestone') return [true, false];
  if (m.kind === 'checklist') return [m.items.slice(0, 1).map((i) => i.id), []];
  return undefined;
}

/** What the page does for one what-if. */
function pageUpdate(scorer: Scorer, checkIn: CheckIn, unitIds: readonly string[]): number {
  const changed = scorer.applyCheckIn(checkIn);
  let sum = 0;
  for (const id of changed) sum += scorer.keyResult(id)?.score ?? scorer.objective(id)?.score ?? 0;
  sum += scorer.company().score ?? 0;
  for (const unit of unitIds) sum += scorer.unit(unit)?.subtree.score ?? 0;
  return sum;
}
/** The lean read: the scores of what changed, no scorecard. */
function leanUpdate(scorer: Scorer, checkIn: CheckIn): number {
  let sum = 0;
  for (const id of scorer.applyCheckIn(checkIn)) sum += scorer.objectiveScore(id) ?? 0;
  return sum;
}

function measure(label: string, set: OkrSet, samples: number) {
  const scorer = createScorer(set, { asOf: AS_OF });
  const scope = new Set(scorer.snapshot().options.scopeCycleIds);
  const cycleOf = new Map(set.objectives.map((o) => [o.id, o.cycleId]));
  const movable = set.keyResults.filter(
    (k) => scope.has(cycleOf.get(k.objectiveId) ?? '') && whatIfValues(k) !== undefined,
  );
  const step = Math.max(1, Math.floor(movable.length / samples));
  const picks = movable.filter((_, i) => i % step === 0).slice(0, samples);
  const checkIn = (kr: KeyResult, n: number): CheckIn => ({
    id: `what-if:${kr.id}`,
    keyResultId: kr.id,
    at: AS_OF,
    value: whatIfValues(kr)![n % 2]!,
  });
  // Rounds over every pick (each alternates its value, so every update changes
  // scores); a round's time per update, then the median round. Round 0 warms up.
  const big = set.keyResults.length > 50_000;
  const rounds = big ? 5 : 40;
  const perUpdate = (update: (s: Scorer, c: CheckIn) => number) => {
    const times: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      const t = cpuMs(() => {
        for (let i = 0; i < picks.length; i++) update(scorer, checkIn(picks[i]!, r + i));
      });
      if (r > 0) times.push(t / picks.length);
    }
    return median(times);
  };
  const unitIds = set.units.map((u) => u.id);
  const page = perUpdate((s, c) => pageUpdate(s, c, unitIds));
  const lean = perUpdate(leanUpdate);
  const fullRuns = big ? 3 : 15;
  const full: number[] = [];
  for (let i = 0; i < fullRuns; i++) full.push(cpuMs(() => rollup(set, { asOf: AS_OF })));
  const p = page;
  const l = lean;
  const f = median(full);
  return {
    label,
    krs: set.keyResults.length,
    samples: picks.length,
    page: p,
    lean: l,
    full: f,
    ratio: f / Math.max(p, 1e-3),
  };
}

const rows = [measure('Acme example', acmeExample() as OkrSet, 31)];
const units = byMode(5556, 556, 28); // × 2 cycles × 3 objectives × 3 key results ≈ 10k / 100k
rows.push(measure('generateEnterprise', generateEnterprise({ units }), 41));

console.log(
  '| set | key results | what-if update (page: applyCheckIn + changed cards + company and unit aggregates) | lean (applyCheckIn + objectiveScore) | full rollup | rollup ÷ update |',
);
console.log('|---|---:|---:|---:|---:|---:|');
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(1)} ms`);
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.krs.toLocaleString('en')} | ${ms(r.page)} | ${ms(r.lean)} | ${ms(r.full)} | ${r.ratio.toFixed(0)}× |`,
  );
console.log(`\n(medians over ${rows.map((r) => r.samples).join(' / ')} key results; CPU time)`);
