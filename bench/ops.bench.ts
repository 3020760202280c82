// One recordCheckIn on generated sets of 10k, 100k and 1M key results (goal:
// ≤ 5 ms median at 100k) and the alternatives for large sets. Variants are
// measured round-robin (one sample of each per round) so machine load hits
// them alike; ratios are against the cost floor measured in the same rounds.
// Run: npm run bench -- ops   (BENCH_QUICK=1 for the 10k size only)
import { enablePatches, Immer } from 'immer';
import {
  batch,
  type BatchStep,
  type OkrSet,
  type RecordCheckInInput,
  recordCheckIn,
} from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';

const quick = process.env['BENCH_QUICK'] === '1';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const BATCH = 100;

// units × cycles × 3 objectives × 3 key results; 4 check-ins per key result.
const sizes: { label: string; units: number; cycles: number; rounds: number }[] = [
  { label: '10k', units: 556, cycles: 2, rounds: 60 },
  ...(quick
    ? []
    : [
        { label: '100k', units: 5_556, cycles: 2, rounds: 30 },
        { label: '1M', units: 27_778, cycles: 4, rounds: 10 },
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

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const cell = (s: Stats) => `${fmt(s.median)} / ${fmt(s.p95)}`;
const variants = [
  'recordCheckIn (default: frozen)',
  'recordCheckIn autoFreeze:false, unfrozen set',
  'batch of 100, per check-in',
  'naive immer draft.push (frozen)',
  'floor: frozen append (concat+freeze)',
  'floor: plain append (slice+push)',
] as const;
const table: Record<string, Record<string, string>> = {};
const medians: Record<string, number[]> = {};

for (const size of sizes) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const frozenSet = generateEnterprise({ units: size.units, cycles: size.cycles, seed: 7 });
  gc();
  const heapSet = process.memoryUsage().heapUsed - heap0;
  const plainSet = generateEnterprise({ units: size.units, cycles: size.cycles, seed: 7 });
  const probes = inputs(frozenSet, size.rounds + 1 + BATCH);

  // First command on a set that is not frozen yet: it deep-freezes the whole set once (as immer does).
  let t = performance.now();
  if (!recordCheckIn(frozenSet, probes[0]!).ok) throw new Error('refused');
  const firstMs = performance.now() - t;

  enablePatches();
  const naive = new Immer({ autoFreeze: true });
  const steps: BatchStep[] = probes
    .slice(size.rounds + 1)
    .map((input) => ({ command: 'recordCheckIn', input }));
  const samples: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v, []]));
  const batchEvery = size.label === '1M' ? 3 : 5;
  for (let round = 1; round <= size.rounds; round++) {
    const probe = probes[round]!;
    const runs: [string, () => unknown][] = [
      [variants[0], () => recordCheckIn(frozenSet, probe)],
      [variants[1], () => recordCheckIn(plainSet, probe, { autoFreeze: false })],
      [
        variants[3],
        () =>
          naive.produceWithPatches(frozenSet, (d) => void d.checkIns.push({ ...probe, id: 'x' })),
      ],
      [
        variants[4],
        () =>
          Object.freeze({
            ...frozenSet,
            checkIns: Object.freeze(frozenSet.checkIns.concat([{ ...probe, id: 'x' }])),
          }),
      ],
      [
        variants[5],
        () => {
          const checkIns = plainSet.checkIns.slice();
          checkIns.push({ ...probe, id: 'x' });
          return { ...plainSet, checkIns };
        },
      ],
    ];
    if (round % batchEvery === 0) runs.push([variants[2], () => batch(frozenSet, steps)]);
    for (const [name, run] of runs) {
      t = performance.now();
      const result = run() as { ok?: boolean };
      const ms = performance.now() - t;
      if (result.ok === false) throw new Error(`${name} refused`);
      samples[name]!.push(name === variants[2] ? ms / BATCH : ms);
    }
  }
  const row: Record<string, string> = {
    set: `${frozenSet.keyResults.length.toLocaleString('en')} KR / ${frozenSet.checkIns.length.toLocaleString('en')} CI`,
    'heap of one set': `${(heapSet / 2 ** 20).toFixed(0)} MB`,
    'first call (freezes set)': fmt(firstMs),
  };
  const floor = stats(samples[variants[4]]!).median;
  for (const v of variants) {
    const s = stats(samples[v]!);
    (medians[v] ??= []).push(s.median);
    row[v] = `${cell(s)} (${(s.median / floor).toFixed(2)}×)`;
  }
  table[size.label] = row;
  console.log(`done ${size.label}`);
}

console.log(
  '\nms, median / p95 (ratio of medians to the frozen-append floor of the same rounds)\n',
);
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
