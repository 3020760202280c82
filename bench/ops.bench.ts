// One recordCheckIn on generated sets of 10k, 100k and 1M key results (goal:
// ≤ 5 ms median at 100k) and the alternatives for large sets. Two phases per
// size on one generated set: first never frozen (autoFreeze: false against a
// plain append), then deep-frozen by the bench itself with immer's
// `freeze(set, true)` (commands never freeze the caller's set) and measured
// frozen (default, batch, a naive immer recipe against a frozen append). Within a phase the variants run
// round-robin (one sample each per round) so machine load hits them alike.
// Run: npm run bench -- ops   (BENCH_QUICK=1 for the 10k size only)
import { enablePatches, freeze, Immer } from 'immer';
import {
  batch,
  type BatchStep,
  type OkrSet,
  type RecordCheckInInput,
  recordCheckIn,
} from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';
import { byMode, MODE } from './_mode.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const BATCH = 100;

// units × cycles × 3 objectives × 3 key results; 4 check-ins per key result.
const sizes: { label: string; units: number; cycles: number; rounds: number }[] = [
  ...byMode(
    [{ label: '10k', units: 556, cycles: 2, rounds: 60 }],
    [{ label: '10k', units: 556, cycles: 2, rounds: 60 }],
    [{ label: '1k', units: 56, cycles: 2, rounds: 5 }],
  ),
  ...(MODE !== 'full'
    ? []
    : [
        { label: '100k', units: 5_556, cycles: 2, rounds: 20 },
        { label: '1M', units: 27_778, cycles: 4, rounds: 8 },
      ]),
];

type Stats = { median: number; p95: number };
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Valid check-in inputs on metric key results spread over the set (last ones first: worst case for linear lookups). */
function inputs(set: OkrSet, count: number): RecordCheckInInput[] {
  const cycleStart = new Map(set.cycles.map((c) => [c.id, c.start]));
  const objectiveCycle = new Map(set.objectives.map((o) => [o.id, o.cycleId]));
  const out: RecordCheckInInput[] = [];
  for (let i = set.keyResults.length - 1; i >= 0 && out.length < count; i -= 7) {
    const kr = set.keyResults[i]!;
    if (kr.measure.kind !== 'metric') continue;
    const at = cycleStart.get(objectiveCycle.get(kr.objectiveId)!)!;
    out.push({ keyResultId: kr.id, at, value: 1, id: `bench-${out.length}` });
  }
  return out;
}

const DEFAULT = 'recordCheckIn (default: frozen)';
const UNFROZEN = 'recordCheckIn autoFreeze:false, never-frozen set';
const BATCHED = `batch of ${BATCH}, per check-in (frozen)`;
const NAIVE = 'naive immer recipe draft.checkIns.push (frozen)';
const FROZEN_FLOOR = 'floor: frozen append (concat + freeze)';
const PLAIN_FLOOR = 'floor: plain append (concat)';
const variants = [DEFAULT, UNFROZEN, BATCHED, NAIVE, FROZEN_FLOOR, PLAIN_FLOOR];
const plainPhase = new Set([UNFROZEN, PLAIN_FLOOR]);

/** Runs the variants round-robin; round 0 warms up and is not recorded. */
function measure(
  rounds: number,
  runs: (round: number) => [string, () => unknown][],
): Record<string, number[]> {
  const samples: Record<string, number[]> = {};
  for (let round = 0; round <= rounds; round++) {
    for (const [name, run] of runs(round)) {
      const t = performance.now();
      const result = run() as { ok?: boolean };
      const ms = performance.now() - t;
      if (result.ok === false) throw new Error(`${name} refused`);
      if (round > 0) (samples[name] ??= []).push(name === BATCHED ? ms / BATCH : ms);
    }
  }
  return samples;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const table: Record<string, Record<string, string>> = {};
const medians: Record<string, number[]> = {};
for (const size of sizes) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const set = generateEnterprise({ units: size.units, cycles: size.cycles, seed: 7 });
  gc();
  const heapSet = process.memoryUsage().heapUsed - heap0;
  const probes = inputs(set, size.rounds + 2 + BATCH);
  const steps: BatchStep[] = probes
    .slice(size.rounds + 2)
    .map((input) => ({ command: 'recordCheckIn', input }));
  const big = size.label === '1M';

  // Phase A, the set was never frozen.
  const plain = measure(size.rounds, (round) => [
    [UNFROZEN, () => recordCheckIn(set, probes[round]!, { autoFreeze: false })],
    [
      PLAIN_FLOOR,
      () => ({ ...set, checkIns: set.checkIns.concat([{ ...probes[round]!, id: 'x' }]) }),
    ],
  ]);

  // Commands never freeze the caller's set: the bench deep-freezes it once,
  // as an app that wants frozen sets does at load time, then times the first
  // default command on the frozen set.
  let t = performance.now();
  freeze(set, true);
  const freezeMs = performance.now() - t;
  if (!Object.isFrozen(set.checkIns[0])) throw new Error('the set is not deep-frozen');
  t = performance.now();
  if (!recordCheckIn(set, probes[size.rounds + 1]!).ok) throw new Error('refused');
  const firstMs = performance.now() - t;

  // Phase B, the set is frozen.
  enablePatches();
  const naive = new Immer({ autoFreeze: true });
  const frozen = measure(size.rounds, (round) => {
    const probe = probes[round]!;
    const runs: [string, () => unknown][] = [
      [DEFAULT, () => recordCheckIn(set, probe)],
      [
        FROZEN_FLOOR,
        () =>
          Object.freeze({
            ...set,
            checkIns: Object.freeze(set.checkIns.concat([{ ...probe, id: 'x' }])),
          }),
      ],
    ];
    if (!big || round <= 3)
      runs.push([
        NAIVE,
        () => naive.produceWithPatches(set, (d) => void d.checkIns.push({ ...probe, id: 'x' })),
      ]);
    if (round % (big ? 4 : 5) === 0) runs.push([BATCHED, () => batch(set, steps)]);
    return runs;
  });

  const row: Record<string, string> = {
    set: `${set.keyResults.length.toLocaleString('en')} KR / ${set.checkIns.length.toLocaleString('en')} CI`,
    'heap of the set': `${(heapSet / 2 ** 20).toFixed(0)} MB`,
    'deep freeze of the set by the bench (immer freeze(set, true), once)': fmt(freezeMs),
    'first default call on the frozen set': fmt(firstMs),
  };
  const floor = {
    frozen: stats(frozen[FROZEN_FLOOR]!).median,
    plain: stats(plain[PLAIN_FLOOR]!).median,
  };
  for (const v of variants) {
    const inPlain = plainPhase.has(v);
    const s = stats((inPlain ? plain : frozen)[v]!);
    (medians[v] ??= []).push(s.median);
    row[v] =
      `${fmt(s.median)} / ${fmt(s.p95)} (${(s.median / (inPlain ? floor.plain : floor.frozen)).toFixed(2)}×)`;
  }
  table[size.label] = row;
  console.log(`${size.label}: ${JSON.stringify(row)}`);
}

console.log('\nms, median / p95 (× = median ÷ the floor of its phase: frozen or plain append)\n');
const labels = Object.keys(table);
console.log(`| | ${labels.join(' | ')} |`);
console.log(`|---|${labels.map(() => '---').join('|')}|`);
for (const key of Object.keys(table[labels[0]!]!))
  console.log(`| ${key} | ${labels.map((l) => table[l]![key]).join(' | ')} |`);
if (labels.length > 1) {
  console.log('\ngrowth of the median per 10× key results:');
  for (const v of variants) {
    const xs = medians[v]!;
    console.log(
      `- ${v}: ${xs
        .slice(1)
        .map((x, i) => `${(x / xs[i]!).toFixed(1)}×`)
        .join(', ')}`,
    );
  }
}
