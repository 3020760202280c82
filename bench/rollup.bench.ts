// Rollup bench: createScorer / rollup on generateEnterprise sets of 10k, 100k and 1M key results.
// Run: npm run bench -- rollup   (BENCH_QUICK=1 for 10k and 100k only)
//
// (a) scorer.rescore() vs a hand-written typed-array baseline of the same weighted means — goal ≤ 3×
// (b) createScorer (index + full score) from the OKR set vs a naive Map/object implementation — goal ≤ 1×
// (c) one applyCheckIn vs a full rescore — goal ≥ 1000× cheaper at 1M
// (d) heap: the set, the scorer's retained index, the materialized scorecard, peak during build
// Times are CPU times (process.cpuUsage), medians of alternating rounds.
import {
  type CheckIn,
  createScorer,
  expectedProgress,
  isStale,
  type KeyResult,
  type KeyResultStatus,
  keyResultStatus,
  keyResultWindow,
  latestCheckIn,
  measureProgress,
  type Objective,
  type OkrSet,
  objectiveStatus,
} from '../src/index.js';
import { generateEnterprise } from '../src/testing/index.js';
import { mulberry32 } from '../src/testing/_enterpriseRandom.js';
import { byMode } from './_mode.js';

const SIZES = byMode([10_000, 100_000, 1_000_000], [10_000, 100_000], [1_000]);
const AS_OF = '2026-02-15';
const AS_OF_MS = Date.UTC(2026, 1, 15);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => process.memoryUsage().heapUsed / 1048576;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * CPU time of `fn` in ms (user + system of this process): on a shared machine
 * this is far steadier than wall time, and both sides are measured alike.
 */
function time(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Runs both sides alternately `runs` times; returns the medians and the median per-round ratio. */
function compare(runs: number, base: () => unknown, sokr: () => unknown) {
  const b: number[] = [];
  const s: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tb = time(base);
    const ts = time(sokr);
    b.push(tb);
    s.push(ts);
    r.push(ts / tb);
  }
  return { baseMs: median(b), sokrMs: median(s), ratio: median(r) };
}

// ---------------------------------------------------------------------------
// (a) baseline: the same weighted means over pre-digested typed arrays.
// ---------------------------------------------------------------------------
interface Digest {
  nK: number;
  nO: number;
  nU: number;
  /** 0 metric (start/target/value), 1 precomputed progress in value, 2 derived, 3 no check-in. */
  kind: Uint8Array;
  start: Float64Array;
  target: Float64Array;
  value: Float64Array;
  expected: Float64Array;
  krWeight: Float64Array;
  krObj: Int32Array;
  objWeight: Float64Array;
  objUnit: Int32Array;
  objKrStart: Int32Array;
  objKrList: Int32Array;
  krChildStart: Int32Array;
  krChildList: Int32Array;
  /** Objectives, children before parents. */
  objOrder: Int32Array;
  unitParent: Int32Array;
  /** Units, children before parents. */
  unitOrder: Int32Array;
  nC: number;
  nW: number;
  nP: number;
  objCycle: Int32Array;
  /** 1 when the objective's cycle runs at `asOf`: the scorecard's default scope (`scope: 'running'`). */
  objInScope: Uint8Array;
  krOwner: Int32Array;
  /** Pillars each objective reaches (directly or through its parent chain), CSR. */
  objPillarStart: Int32Array;
  objPillarList: Int32Array;
}

/** The scorecard's default scope: cycles running at `asOf` (every generated set has one). */
const runs = (c: { start: string; end: string }) => c.start <= AS_OF && AS_OF <= c.end;

function digest(set: OkrSet): Digest {
  const nK = set.keyResults.length;
  const nO = set.objectives.length;
  const nU = set.units.length;
  const objOf = new Map(set.objectives.map((o, i) => [o.id, i]));
  const krOf = new Map(set.keyResults.map((k, i) => [k.id, i]));
  const unitOf = new Map(set.units.map((u, i) => [u.id, i]));
  const cycleOf = new Map(set.cycles.map((c) => [c.id, c]));
  const cycleIndex = new Map(set.cycles.map((c, i) => [c.id, i]));
  const ownerIndex = new Map<string, number>();
  for (const kr of set.keyResults)
    if (!ownerIndex.has(kr.ownerId)) ownerIndex.set(kr.ownerId, ownerIndex.size);
  const pillarIndex = new Map(set.strategy.pillars.map((p, i) => [p.id, i]));
  const latest = new Map<string, CheckIn>();
  for (const ci of set.checkIns) {
    const cur = latest.get(ci.keyResultId);
    if (Date.parse(ci.at) <= AS_OF_MS && (cur === undefined || ci.at >= cur.at))
      latest.set(ci.keyResultId, ci);
  }
  const d: Digest = {
    nK,
    nO,
    nU,
    kind: new Uint8Array(nK),
    start: new Float64Array(nK),
    target: new Float64Array(nK),
    value: new Float64Array(nK),
    expected: new Float64Array(nK),
    krWeight: new Float64Array(nK),
    krObj: new Int32Array(nK),
    objWeight: new Float64Array(nO),
    objUnit: new Int32Array(nO),
    objKrStart: new Int32Array(nO + 1),
    objKrList: new Int32Array(nK),
    krChildStart: new Int32Array(nK + 1),
    krChildList: new Int32Array(nO),
    objOrder: new Int32Array(nO),
    unitParent: new Int32Array(nU),
    unitOrder: new Int32Array(nU),
    nC: set.cycles.length,
    nW: ownerIndex.size,
    nP: pillarIndex.size,
    objCycle: Int32Array.from(set.objectives, (o) => cycleIndex.get(o.cycleId)!),
    objInScope: Uint8Array.from(set.objectives, (o) => (runs(cycleOf.get(o.cycleId)!) ? 1 : 0)),
    krOwner: Int32Array.from(set.keyResults, (k) => ownerIndex.get(k.ownerId)!),
    objPillarStart: new Int32Array(nO + 1),
    objPillarList: new Int32Array(0),
  };
  const pillarLists: number[] = [];
  set.objectives.forEach((obj, o) => {
    const reached = new Set<number>();
    for (let p: Objective | undefined = obj; p; ) {
      for (const link of p.links)
        if (link.kind === 'pillar') reached.add(pillarIndex.get(link.pillarId)!);
      if (!p.parent) break;
      p =
        'objectiveId' in p.parent
          ? set.objectives[objOf.get(p.parent.objectiveId)!]
          : set.objectives[
              objOf.get(set.keyResults[krOf.get(p.parent.keyResultId)!]!.objectiveId)!
            ];
    }
    pillarLists.push(...reached);
    d.objPillarStart[o + 1] = pillarLists.length;
  });
  d.objPillarList = Int32Array.from(pillarLists);
  set.keyResults.forEach((kr, k) => {
    const o = objOf.get(kr.objectiveId)!;
    d.krObj[k] = o;
    d.krWeight[k] = kr.weight ?? 1;
    d.objKrStart[o + 1]!++;
    const obj = set.objectives[o]!;
    d.expected[k] = expectedProgress(keyResultWindow(kr, cycleOf.get(obj.cycleId)!), AS_OF_MS);
    const ci = latest.get(kr.id);
    if (kr.measure.kind === 'derived') d.kind[k] = 2;
    else if (ci === undefined) d.kind[k] = 3;
    else if (kr.measure.kind === 'metric' && kr.measure.start !== kr.measure.target) {
      d.kind[k] = 0;
      d.start[k] = kr.measure.start ?? 0;
      d.target[k] = kr.measure.target;
      d.value[k] = ci.value as number;
    } else {
      d.kind[k] = 1;
      d.value[k] = measureProgress(kr.measure, ci.value);
    }
  });
  for (let o = 0; o < nO; o++) d.objKrStart[o + 1]! += d.objKrStart[o]!;
  const fill = d.objKrStart.slice(0, nO);
  for (let k = 0; k < nK; k++) d.objKrList[fill[d.krObj[k]!]!++] = k;
  const depth = new Int32Array(nO);
  const parentKr = new Int32Array(nO).fill(-1);
  set.objectives.forEach((obj, o) => {
    d.objWeight[o] = obj.weight ?? 1;
    d.objUnit[o] = unitOf.get(obj.unitId) ?? -1;
    if (obj.parent && 'keyResultId' in obj.parent) {
      const k = krOf.get(obj.parent.keyResultId)!;
      parentKr[o] = k;
      d.krChildStart[k + 1]!++;
    }
    let n = 0;
    for (let p: Objective | undefined = obj; p?.parent; n++) {
      p =
        'objectiveId' in p.parent
          ? set.objectives[objOf.get(p.parent.objectiveId)!]
          : set.objectives[
              objOf.get(set.keyResults[krOf.get(p.parent.keyResultId)!]!.objectiveId)!
            ];
    }
    depth[o] = n;
  });
  for (let k = 0; k < nK; k++) d.krChildStart[k + 1]! += d.krChildStart[k]!;
  const kfill = d.krChildStart.slice(0, nK);
  for (let o = 0; o < nO; o++) if (parentKr[o]! >= 0) d.krChildList[kfill[parentKr[o]!]!++] = o;
  d.objOrder = Int32Array.from(
    Array.from({ length: nO }, (_, i) => i).sort((a, b) => depth[b]! - depth[a]!),
  );
  const udepth = new Int32Array(nU);
  set.units.forEach((u, i) => {
    d.unitParent[i] = u.parentId === undefined ? -1 : unitOf.get(u.parentId)!;
  });
  for (let i = 0; i < nU; i++)
    for (let p = d.unitParent[i]!; p >= 0; p = d.unitParent[p]!) udepth[i]!++;
  d.unitOrder = Int32Array.from(
    Array.from({ length: nU }, (_, i) => i).sort((a, b) => udepth[b]! - udepth[a]!),
  );
  return d;
}

/** The baseline's working arrays, allocated once per set (a hand-written loop would reuse them). */
const work = new WeakMap<Digest, Record<string, Float64Array | Uint8Array | Int32Array>>();

function baseline(d: Digest): number {
  const { nK, nO, nU } = d;
  let w = work.get(d);
  if (w === undefined) {
    w = {
      score: new Float64Array(nK),
      status: new Uint8Array(nK),
      oScore: new Float64Array(nO),
      oCounts: new Int32Array(nO * 6),
      uNum: new Float64Array(nU),
      uDen: new Float64Array(nU),
      sNum: new Float64Array(nU),
      sDen: new Float64Array(nU),
      cNum: new Float64Array(d.nC),
      cDen: new Float64Array(d.nC),
      pNum: new Float64Array(d.nP),
      pDen: new Float64Array(d.nP),
      wNum: new Float64Array(d.nW),
      wDen: new Float64Array(d.nW),
    };
    work.set(d, w);
  }
  for (const a of Object.values(w)) a.fill(0);
  const score = w['score'] as Float64Array;
  const status = w['status'] as Uint8Array;
  const oScore = w['oScore'] as Float64Array;
  const oCounts = w['oCounts'] as Int32Array;
  const uNum = w['uNum'] as Float64Array;
  const uDen = w['uDen'] as Float64Array;
  const cNum = w['cNum'] as Float64Array;
  const cDen = w['cDen'] as Float64Array;
  const pNum = w['pNum'] as Float64Array;
  const pDen = w['pDen'] as Float64Array;
  const wNum = w['wNum'] as Float64Array;
  const wDen = w['wDen'] as Float64Array;
  const scoreStatus = (k: number, s: number, has: boolean) => {
    score[k] = s;
    const e = d.expected[k]!;
    status[k] = !has ? 0 : s >= 1 ? 4 : e >= 1 ? 5 : s >= e - 0.2 ? 1 : s >= e - 0.4 ? 2 : 3;
  };
  for (let k = 0; k < nK; k++) {
    const kind = d.kind[k]!;
    if (kind === 0) {
      const p = (d.value[k]! - d.start[k]!) / (d.target[k]! - d.start[k]!);
      scoreStatus(k, Math.min(1, Math.max(0, p)), true);
    } else if (kind === 1) scoreStatus(k, d.value[k]!, true);
    else if (kind === 3) scoreStatus(k, 0, false);
  }
  for (let i = 0; i < nO; i++) {
    const o = d.objOrder[i]!;
    let num = 0;
    let den = 0;
    for (let j = d.objKrStart[o]!; j < d.objKrStart[o + 1]!; j++) {
      const k = d.objKrList[j]!;
      if (d.kind[k] === 2) {
        let cn = 0;
        let cd = 0;
        for (let c = d.krChildStart[k]!; c < d.krChildStart[k + 1]!; c++) {
          const child = d.krChildList[c]!;
          const s = oScore[child]!;
          if (!Number.isNaN(s)) {
            cn += d.objWeight[child]! * s;
            cd += d.objWeight[child]!;
          }
        }
        scoreStatus(k, cd > 0 ? cn / cd : 0, cd > 0);
      }
      const w = d.krWeight[k]!;
      num += w * score[k]!;
      den += w;
      oCounts[o * 6 + status[k]!]!++;
    }
    oScore[o] = den > 0 ? num / den : Number.NaN;
    const s = oScore[o]!;
    if (Number.isNaN(s)) continue;
    const w = d.objWeight[o]!;
    cNum[d.objCycle[o]!]! += w * s;
    cDen[d.objCycle[o]!]! += w;
    if (d.objInScope[o] === 0) continue; // cycle cards cover every cycle; the rest, the running ones
    const u = d.objUnit[o]!;
    if (u >= 0) {
      uNum[u]! += w * s;
      uDen[u]! += w;
    }
    for (let j = d.objPillarStart[o]!; j < d.objPillarStart[o + 1]!; j++) {
      pNum[d.objPillarList[j]!]! += w * s;
      pDen[d.objPillarList[j]!]! += w;
    }
  }
  for (let k = 0; k < nK; k++) {
    if (d.objInScope[d.krObj[k]!] === 0) continue;
    wNum[d.krOwner[k]!]! += d.krWeight[k]! * score[k]!;
    wDen[d.krOwner[k]!]! += d.krWeight[k]!;
  }
  const sNum = w['sNum'] as Float64Array;
  const sDen = w['sDen'] as Float64Array;
  sNum.set(uNum);
  sDen.set(uDen);
  for (let i = 0; i < nU; i++) {
    const u = d.unitOrder[i]!;
    const p = d.unitParent[u]!;
    if (p >= 0) {
      sNum[p]! += sNum[u]!;
      sDen[p]! += sDen[u]!;
    }
  }
  let cn = 0;
  let cd = 0;
  for (let u = 0; u < nU; u++) {
    if (d.unitParent[u] === -1) {
      cn += sNum[u]!;
      cd += sDen[u]!;
    }
  }
  return cn / cd;
}

// ---------------------------------------------------------------------------
// (b) naive: Maps and objects, recursion, the same library functions per item.
// ---------------------------------------------------------------------------
function naive(set: OkrSet): number {
  const cycles = new Map(set.cycles.map((c) => [c.id, c]));
  const objectives = new Map(set.objectives.map((o) => [o.id, o]));
  const byKr = new Map<string, CheckIn[]>();
  for (const ci of set.checkIns) {
    const list = byKr.get(ci.keyResultId);
    if (list) list.push(ci);
    else byKr.set(ci.keyResultId, [ci]);
  }
  const krsOf = new Map<string, KeyResult[]>();
  for (const kr of set.keyResults) {
    const list = krsOf.get(kr.objectiveId);
    if (list) list.push(kr);
    else krsOf.set(kr.objectiveId, [kr]);
  }
  const childrenOf = new Map<string, Objective[]>();
  for (const o of set.objectives) {
    if (o.parent && 'keyResultId' in o.parent) {
      const list = childrenOf.get(o.parent.keyResultId);
      if (list) list.push(o);
      else childrenOf.set(o.parent.keyResultId, [o]);
    }
  }
  const krScores = new Map<string, { score: number; status: KeyResultStatus; stale: boolean }>();
  const objScores = new Map<string, { score: number | null; status: KeyResultStatus }>();
  const scoreKr = (kr: KeyResult) => {
    const cached = krScores.get(kr.id);
    if (cached) return cached;
    const cycle = cycles.get(objectives.get(kr.objectiveId)!.cycleId)!;
    const window = keyResultWindow(kr, cycle);
    const expected = expectedProgress(window, AS_OF);
    let score: number;
    let hasCheckIn: boolean;
    let last: CheckIn | undefined;
    if (kr.measure.kind === 'derived') {
      let num = 0;
      let den = 0;
      for (const child of childrenOf.get(kr.id) ?? []) {
        const s = scoreObjective(child).score;
        if (s !== null) {
          num += (child.weight ?? 1) * s;
          den += child.weight ?? 1;
        }
      }
      score = den > 0 ? num / den : 0;
      hasCheckIn = den > 0;
    } else {
      last = latestCheckIn(byKr.get(kr.id) ?? [], AS_OF);
      score = measureProgress(kr.measure, last?.value);
      hasCheckIn = last !== undefined;
    }
    const status = keyResultStatus({
      score,
      expected,
      hasCheckIn,
      windowOver: AS_OF_MS >= window.end,
      confidence: last?.confidence ?? kr.confidence,
    });
    const result = { score, status, stale: isStale(last?.at, AS_OF) };
    krScores.set(kr.id, result);
    return result;
  };
  const scoreObjective = (o: Objective) => {
    const cached = objScores.get(o.id);
    if (cached) return cached;
    let num = 0;
    let den = 0;
    const statuses: KeyResultStatus[] = [];
    for (const kr of krsOf.get(o.id) ?? []) {
      const r = scoreKr(kr);
      num += (kr.weight ?? 1) * r.score;
      den += kr.weight ?? 1;
      statuses.push(r.status);
    }
    const result = { score: den > 0 ? num / den : null, status: objectiveStatus(statuses) };
    objScores.set(o.id, result);
    return result;
  };
  const units = new Map(set.units.map((u) => [u.id, u]));
  const unitSums = new Map<string, { num: number; den: number }>();
  let num = 0;
  let den = 0;
  for (const o of set.objectives) {
    const s = scoreObjective(o).score;
    if (s === null || !runs(cycles.get(o.cycleId)!)) continue;
    const w = o.weight ?? 1;
    num += w * s;
    den += w;
    for (let u = units.get(o.unitId); u; u = u.parentId ? units.get(u.parentId) : undefined) {
      const sum = unitSums.get(u.id) ?? { num: 0, den: 0 };
      sum.num += w * s;
      sum.den += w;
      unitSums.set(u.id, sum);
    }
  }
  return num / den;
}

// ---------------------------------------------------------------------------
const rows: string[][] = [];
const heapRows: string[][] = [];
const RNG = mulberry32(12345);

for (const n of SIZES) {
  gc();
  const heap0 = heapMb();
  const set = generateEnterprise({ seed: 1, units: Math.ceil(n / 18), checkInsPerKeyResult: 2 });
  gc();
  const heapSet = heapMb();
  const nK = set.keyResults.length;
  const runs = n >= 1_000_000 ? 5 : n >= 100_000 ? 7 : 15;
  console.log(
    `size ${nK} key results, ${set.objectives.length} objectives, ${set.checkIns.length} check-ins, ${set.units.length} units`,
  );

  // (b) build + score from the set vs naive.
  let scorer = createScorer(set, { asOf: AS_OF });
  naive(set);
  const b = compare(
    n >= 1_000_000 ? 3 : runs,
    () => naive(set),
    () => {
      scorer = createScorer(set, { asOf: AS_OF });
    },
  );
  rows.push([
    '(b) createScorer vs naive Map/object',
    String(nK),
    b.baseMs.toFixed(1),
    b.sokrMs.toFixed(1),
    `${b.ratio.toFixed(2)}×`,
    '≤ 1×',
  ]);

  // (a) full rescore vs typed-array baseline.
  const d = digest(set);
  const companyBase = baseline(d);
  scorer.rescore();
  const companySokr = scorer.snapshot().company.score!;
  if (Math.abs(companyBase - companySokr) > 1e-9) {
    throw new Error(`baseline and scorer disagree: ${companyBase} vs ${companySokr}`);
  }
  for (let i = 0; i < 3; i++) {
    baseline(d);
    scorer.rescore();
  }
  const a = compare(
    runs,
    () => baseline(d),
    () => scorer.rescore(),
  );
  rows.push([
    '(a) scorer.rescore vs typed-array baseline',
    String(nK),
    a.baseMs.toFixed(1),
    a.sokrMs.toFixed(1),
    `${a.ratio.toFixed(2)}×`,
    '≤ 3×',
  ]);

  // (c) one applyCheckIn vs a full rescore.
  const plain = set.keyResults.filter((kr) => kr.measure.kind === 'metric');
  const checkInAt = (i: number): CheckIn => {
    const kr = plain[Math.floor(RNG() * plain.length)]!;
    const m = kr.measure as { start: number; target: number };
    return {
      id: `bench-${i}`,
      keyResultId: kr.id,
      at: AS_OF,
      value: m.start + (m.target - m.start) * RNG(),
    };
  };
  let seq = 0;
  const tFirst = time(() => scorer.applyCheckIn(checkInAt(seq++))); // the index is built with the scorer: the first edit costs what the others do
  for (let i = 0; i < 200; i++) scorer.applyCheckIn(checkInAt(seq++));
  const applyTimes: number[] = [];
  const BATCH = 50;
  for (let b = 0; b < 40; b++) {
    const batch = Array.from({ length: BATCH }, () => checkInAt(seq++));
    applyTimes.push(
      time(() => {
        for (const ci of batch) scorer.applyCheckIn(ci);
      }) / BATCH,
    );
  }
  const rescoreTimes: number[] = [];
  for (let i = 0; i < runs; i++) rescoreTimes.push(time(() => scorer.rescore()));
  const applyMs = median(applyTimes);
  const rescoreMs = median(rescoreTimes);
  rows.push([
    '(c) applyCheckIn vs full rescore',
    String(nK),
    rescoreMs.toFixed(1),
    `${(applyMs * 1000).toFixed(1)} µs`,
    `${Math.round(rescoreMs / applyMs)}× cheaper`,
    '≥ 1000× at 1M',
  ]);
  console.log(`  first applyCheckIn: ${tFirst.toFixed(1)} ms`);

  // (d) heap.
  scorer = undefined as never;
  gc();
  const heapBefore = heapMb();
  let peak = heapBefore;
  const fresh = createScorer(set, { asOf: AS_OF });
  peak = Math.max(peak, heapMb());
  gc();
  const heapScorer = heapMb();
  const tSnap = time(() => fresh.snapshot());
  peak = Math.max(peak, heapMb());
  gc();
  const heapSnap = heapMb();
  heapRows.push([
    String(nK),
    (heapSet - heap0).toFixed(0),
    (heapScorer - heapBefore).toFixed(0),
    (peak - heapBefore).toFixed(0),
    (heapSnap - heapScorer).toFixed(0),
    tSnap.toFixed(0),
  ]);
}

const table = (header: string[], body: string[][]) => {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const r of all) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
};
console.log('');
table(['measure', 'KRs', 'baseline ms', 'sokr', 'ratio', 'goal'], rows);
console.log('');
table(
  ['KRs', 'set MB', 'scorer retained MB', 'scorer peak MB', 'scorecard MB', 'snapshot ms'],
  heapRows,
);
