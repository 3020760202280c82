// parseOkrSet vs a bare zod safeParse of the same data (goal: ratio ≤ 1.5,
// i.e. the integrity checks and issue mapping add at most 50%).
// Run: npm run bench -- parse   (BENCH_QUICK=1 for the small size only)
import { checkIntegrity, okrSchemas, parseOkrSet } from '../src/index.js';
import { byMode } from './_mode.js';

const sizes = byMode([100_000, 1_000_000], [10_000], [1_000]);
const KR_PER_OBJECTIVE = 4;
const OBJECTIVES_PER_UNIT = 5;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * A deterministic, valid OKR set input with `keyResults` key results, one
 * check-in each (two for every fifth), every measure kind but derived (which
 * takes no check-ins), links, parents, initiatives, dependencies and risks.
 */
function buildSet(keyResults: number): Record<string, unknown> {
  const objectiveCount = Math.ceil(keyResults / KR_PER_OBJECTIVE);
  const unitCount = Math.ceil(objectiveCount / OBJECTIVES_PER_UNIT);
  const units: unknown[] = [];
  const people: unknown[] = [];
  for (let u = 0; u < unitCount; u++) {
    // A tree of fan-out 8.
    units.push(
      u === 0
        ? { id: 'u0', name: 'Company' }
        : { id: `u${u}`, name: `Unit ${u}`, parentId: `u${(u - 1) >> 3}` },
    );
    for (let p = 0; p < 3; p++)
      people.push({ id: `p${u}-${p}`, name: `Person ${u}-${p}`, unitId: `u${u}` });
  }
  const cycles = [
    { id: 'y', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
    { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', parentId: 'y' },
    { id: 'q2', name: 'Q2', start: '2026-04-01', end: '2026-06-30', parentId: 'y' },
  ];
  const pillars = [1, 2, 3, 4].map((i) => ({ id: `pillar${i}`, title: `Pillar ${i}` }));
  const swot = [
    { id: 'sw-s', kind: 'strength', title: 'Brand' },
    { id: 'sw-w', kind: 'weakness', title: 'Churn' },
    { id: 'sw-o', kind: 'opportunity', title: 'SMB' },
    { id: 'sw-t', kind: 'threat', title: 'Rival' },
  ];
  const objectives: unknown[] = [];
  const krs: unknown[] = [];
  const checkIns: unknown[] = [];
  const initiatives: unknown[] = [];
  const dependencies: unknown[] = [];
  const risks: unknown[] = [];
  let k = 0;
  for (let o = 0; o < objectiveCount; o++) {
    const unit = Math.floor(o / OBJECTIVES_PER_UNIT);
    const objective: Record<string, unknown> = {
      id: `o${o}`,
      title: `Objective ${o}`,
      unitId: `u${unit}`,
      cycleId: o % 2 === 0 ? 'q1' : 'q2',
      ownerId: `p${unit}-0`,
      links:
        o % 3 === 0
          ? [{ kind: 'pillar', pillarId: `pillar${(o % 4) + 1}` }]
          : [{ kind: 'opportunity', swotId: 'sw-o' }],
      state: 'active',
    };
    if (unit > 0)
      objective['parent'] = { objectiveId: `o${((unit - 1) >> 3) * OBJECTIVES_PER_UNIT}` };
    objectives.push(objective);
    for (let j = 0; j < KR_PER_OBJECTIVE && k < keyResults; j++, k++) {
      const owner = `p${unit}-${1 + (k % 2)}`;
      const kind = k % 5;
      const measure =
        kind === 0
          ? { kind: 'metric', start: 0, target: 100, unit: '%' }
          : kind === 1
            ? { kind: 'threshold', mode: 'atLeast', value: 50 }
            : kind === 2
              ? { kind: 'range', min: 10, max: 20 }
              : kind === 3
                ? { kind: 'milestone' }
                : {
                    kind: 'checklist',
                    items: [
                      { id: 'a', title: 'A' },
                      { id: 'b', title: 'B' },
                      { id: 'c', title: 'C' },
                    ],
                  };
      krs.push({
        id: `kr${k}`,
        objectiveId: `o${o}`,
        title: `Key result ${k}`,
        ownerId: owner,
        measure,
        confidence: 7,
      });
      const value = kind <= 2 ? k % 100 : kind === 3 ? k % 2 === 0 : ['a', 'b'];
      checkIns.push({
        id: `c${k}`,
        keyResultId: `kr${k}`,
        at: '2026-02-03',
        value,
        confidence: 6,
        authorId: owner,
      });
      if (k % 5 === 0) {
        checkIns.push({
          id: `c${k}b`,
          keyResultId: `kr${k}`,
          at: '2026-02-10T09:00:00Z',
          value,
          moved: 'Up',
          authorId: owner,
        });
      }
      if (k % 10 === 0)
        initiatives.push({
          id: `i${k}`,
          keyResultId: `kr${k}`,
          title: 'Do it',
          ownerId: owner,
          state: 'doing',
        });
      if (k % 50 === 0)
        risks.push({
          id: `r${k}`,
          keyResultId: `kr${k}`,
          title: 'Risk',
          likelihood: 'low',
          impact: 'high',
        });
    }
    if (o % 20 === 1)
      dependencies.push({
        id: `d${o}`,
        from: { objectiveId: `o${o}` },
        on: { keyResultId: `kr${o - 1}` },
        state: 'accepted',
      });
  }
  return {
    version: 1,
    strategy: { mission: 'Bench', pillars, swot },
    units,
    people,
    cycles,
    objectives,
    keyResults: krs,
    checkIns,
    initiatives,
    dependencies,
    risks,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * CPU time (user + system, ms) and wall time of one call. The ratio uses CPU
 * time: it stays meaningful on a busy machine, where wall time mostly
 * measures the other processes.
 */
function time(fn: () => unknown): { cpu: number; wall: number } {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (out === undefined) throw new Error('no result');
  return { cpu: (used.user + used.system) / 1000, wall };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log('CPU time, median of interleaved runs (wall time in brackets)');
console.log(
  'size (KRs)   check-ins      bare safeParse         parseOkrSet   ratio   heap: input → +parsed   peak RSS',
);
const schema = okrSchemas().okrSet;
for (const size of sizes) {
  const input = buildSet(size);
  const checkInCount = (input['checkIns'] as unknown[]).length;
  gc();
  const heapInput = process.memoryUsage().heapUsed;
  // Also the warm-up (JIT, schema build): check the data is valid, keep the value for the heap figure.
  const first = parseOkrSet(input);
  if (!first.ok)
    throw new Error(`bench set is invalid: ${JSON.stringify(first.issues.slice(0, 3))}`);
  gc();
  const heapParsed = process.memoryUsage().heapUsed;
  const runs = size >= 1_000_000 ? 3 : 7;
  const bare: { cpu: number; wall: number }[] = [];
  const full: { cpu: number; wall: number }[] = [];
  const integrity: { cpu: number; wall: number }[] = [];
  for (let r = 0; r < runs; r++) {
    // Interleaved so drift (GC pressure, other processes) hits both alike.
    bare.push(time(() => schema.safeParse(input).success));
    full.push(time(() => parseOkrSet(input).ok));
    integrity.push(time(() => checkIntegrity(first.value)));
  }
  const b = median(bare.map((t) => t.cpu));
  const f = median(full.map((t) => t.cpu));
  const c = median(integrity.map((t) => t.cpu));
  const bw = median(bare.map((t) => t.wall));
  const fw = median(full.map((t) => t.wall));
  console.log(
    [
      String(size).padStart(10),
      String(checkInCount).padStart(11),
      `${b.toFixed(0)} ms (${bw.toFixed(0)})`.padStart(19),
      `${f.toFixed(0)} ms (${fw.toFixed(0)})`.padStart(19),
      (f / b).toFixed(2).padStart(7),
      `${mb(heapInput)} → +${mb(heapParsed - heapInput)}`.padStart(23),
      mb(process.resourceUsage().maxRSS * 1024).padStart(10),
    ].join(' '),
  );
  console.log(
    `${''.padStart(10)}   checkIntegrity alone: ${c.toFixed(0)} ms CPU = ${((100 * c) / b).toFixed(0)}% of the bare parse`,
  );
  if (f / b > 1.5) console.log(`  ✗ ratio ${(f / b).toFixed(2)} is above the 1.5 goal`);
}
