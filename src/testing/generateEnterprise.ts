import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type {
  CheckIn,
  CheckInValue,
  Cycle,
  Dependency,
  Initiative,
  InitiativeState,
  KeyResult,
  Link,
  Measure,
  Objective,
  OkrSet,
  Person,
  Risk,
  RiskLevel,
  SwotItem,
  SwotKind,
  Unit,
} from '../model/types.js';

/**
 * Options of {@link generateEnterprise}. Every option is optional.
 *
 * Sizes: objectives = `units × cycles × objectivesPerUnit`; key results =
 * objectives × `keyResultsPerObjective`; check-ins = `checkInsPerKeyResult`
 * for every key result except the derived ones (one per unit with children
 * per quarter: key result 1 of the unit's first objective). For 1M key results
 * use e.g. `{ units: 27_778, cycles: 4 }` (333,336 objectives, 1,000,008 key results).
 */
export interface GenerateEnterpriseOptions {
  /** Seed of the pseudo-random generator (mulberry32); same seed → same set. Default `1`. */
  seed?: number;
  /** Number of units in the organisation tree (≥ 1). Default `13`. */
  units?: number;
  /**
   * Levels of the unit tree, the root being level 1 (company → department →
   * team is 3). Clamped to `units`, and to at least 2 when there is more than
   * one unit. Levels fill breadth-first with an even fan-out. Default `3`.
   */
  depth?: number;
  /** Objectives per unit per quarter (≥ 1). Default `3` (the recommended 3–5). */
  objectivesPerUnit?: number;
  /** Key results per objective (≥ 1). Default `3` (the recommended 2–4). */
  keyResultsPerObjective?: number;
  /** Weekly check-ins per (non-derived) key result (≥ 0). Default `4`. */
  checkInsPerKeyResult?: number;
  /** Quarters of the year used as cycles (1–4), below one year cycle. Default `2`. */
  cycles?: number;
  /** People per unit (≥ 1); the first is the unit's lead. Default `3`. */
  peoplePerUnit?: number;
  /** The calendar year of the cycles. Default `2026`. */
  year?: number;
}

const DEPARTMENTS = [
  'Sales',
  'Marketing',
  'Product',
  'Engineering',
  'Operations',
  'Finance',
  'People',
  'Customer Success',
  'Data',
  'Security',
] as const;
const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
] as const;
const LAST_NAMES = [
  'Silva',
  'Okafor',
  'Martin',
  'Kumar',
  'Yilmaz',
  'Adeyemi',
  'Hopper',
  'Moreau',
  'Costa',
  'Tanaka',
  'Mensah',
  'Berg',
] as const;
const OBJECTIVE_VERBS = [
  'Delight',
  'Win',
  'Scale',
  'Simplify',
  'Strengthen',
  'Accelerate',
  'Modernize',
  'Protect',
] as const;
const OBJECTIVE_NOUNS = [
  'our enterprise customers',
  'the mid-market',
  'self-serve onboarding',
  'the platform',
  'our delivery pipeline',
  'customer trust',
  'the partner channel',
  'team health',
] as const;
/** [title, start, target, unit] of increasing metrics. */
const METRICS_UP = [
  ['Increase weekly active accounts', 1200, 1800, 'accounts'],
  ['Grow net revenue retention', 102, 110, '%'],
  ['Raise NPS', 31, 45, 'points'],
  ['Grow qualified pipeline', 2.4, 3.6, 'M€'],
  ['Increase trial-to-paid conversion', 8, 12, '%'],
] as const;
/** [title, start, target, unit] of decreasing metrics. */
const METRICS_DOWN = [
  ['Reduce monthly churn', 2.8, 1.8, '%'],
  ['Cut median time to resolution', 30, 18, 'hours'],
  ['Reduce p95 page load', 2400, 1500, 'ms'],
  ['Cut open critical bugs', 40, 10, 'bugs'],
] as const;
const CHECK_NOTES_MOVED = [
  'Shipped the first iteration',
  'Two more customers live',
  'Hiring closed',
  'Experiment results in',
] as const;
const CHECK_NOTES_BLOCKED = [
  'Waiting on the platform team',
  'Vendor contract not signed',
  'Data pipeline outage',
] as const;
const INITIATIVE_TITLES = [
  'Run customer interviews',
  'Automate the weekly report',
  'Migrate to the new billing API',
  'Launch the referral experiment',
  'Write the onboarding playbook',
] as const;
const INITIATIVE_STATES: readonly InitiativeState[] = ['todo', 'doing', 'done'];
const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
const CHECKLIST_IDS = ['a', 'b', 'c', 'd', 'e'] as const;
const SWOT_KINDS: readonly SwotKind[] = ['strength', 'weakness', 'opportunity', 'threat'];
const SWOT_TITLES: Record<SwotKind, readonly [string, string]> = {
  strength: ['Loyal enterprise customer base', 'Strong engineering culture'],
  weakness: ['Slow onboarding', 'Fragmented internal tooling'],
  opportunity: ['Mid-market demand for self-serve', 'New EU data regulation favours us'],
  threat: ['Well-funded new competitor', 'Rising cloud costs'],
};
const PILLARS = [
  ['pl1', 'Customer love'],
  ['pl2', 'Profitable growth'],
  ['pl3', 'Operational excellence'],
  ['pl4', 'Great place to work'],
] as const;

/**
 * Generates a deterministic synthetic organisation as an {@link OkrSet}, for
 * benchmarks and for testing OKR tools and policies at scale (up to millions
 * of key results). No `Math.random`: a seeded mulberry32 generator drives every
 * choice, so the same options give a deep-equal set.
 *
 * What it holds: a strategy (mission, vision, values, 4 pillars, 2 SWOT items
 * of each kind); a unit tree (`u0` is the root); `peoplePerUnit` people per
 * unit; a year cycle with `cycles` quarters; per unit and quarter,
 * `objectivesPerUnit` active objectives — root objectives link to pillars,
 * the others cascade from an objective or key result of the parent unit in the
 * same quarter (some also link to pillars, SWOT items or `supports` another
 * unit's objective), owned by the unit's lead and approved by the parent unit's
 * lead; key results of every measure kind (mostly metrics; the first key result
 * of a parent unit's first objective is `derived` from its child objectives),
 * each owned by a person of the objective's unit; weekly check-ins inside the
 * quarter with plausible values and confidences; some initiatives, risks and
 * cross-unit dependencies (mostly accepted the day before the quarter starts).
 * It parses cleanly with `parseOkrSet` and aims at no errors under the
 * recommended policy.
 *
 * @param options - Sizes and seed (see {@link GenerateEnterpriseOptions}); all optional.
 * @returns A fresh OKR set (nothing shared with other calls).
 * @throws {SokrError} When an option is not a number in its allowed range (`invalid_value`, path `[option]`).
 *
 * @example
 * ```ts
 * import { generateEnterprise } from 'sokr/testing';
 * const set = generateEnterprise({ seed: 42, units: 40, depth: 3 });
 * console.log(set.objectives.length); // 40 units × 2 quarters × 3 = 240
 * console.log(set.keyResults.length); // 720
 * ```
 */
export function generateEnterprise(options: GenerateEnterpriseOptions = {}): OkrSet {
  const seed = option(options, 'seed', 1, -Infinity, Infinity, false);
  const unitCount = option(options, 'units', 13, 1, 50_000_000);
  const requestedDepth = option(options, 'depth', 3, 1, 1000);
  const P = option(options, 'objectivesPerUnit', 3, 1, 1000);
  const K = option(options, 'keyResultsPerObjective', 3, 1, 1000);
  const C = option(options, 'checkInsPerKeyResult', 4, 0, 10_000);
  const Q = option(options, 'cycles', 2, 1, 4);
  const PPU = option(options, 'peoplePerUnit', 3, 1, 10_000);
  const year = option(options, 'year', 2026, 1000, 9998);

  const rand = mulberry32(Math.floor(seed));
  const pick = (n: number): number => Math.floor(rand() * n);

  // ---- Units: level sizes, then breadth-first parents. -----------------------
  const depth = unitCount === 1 ? 1 : Math.max(2, Math.min(requestedDepth, unitCount));
  const sizes = levelSizes(unitCount, depth);
  const units: Unit[] = new Array(unitCount);
  const unitParent = new Int32Array(unitCount).fill(-1);
  const unitLevel = new Int32Array(unitCount);
  const hasChild = new Uint8Array(unitCount);
  const unitIds: string[] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) unitIds[u] = `u${u}`;
  units[0] = { id: 'u0', name: 'Synthetic Corp' };
  let levelStart = 0;
  let u = 1;
  for (let level = 1; level < sizes.length; level++) {
    const prevSize = sizes[level - 1] as number;
    const size = sizes[level] as number;
    for (let k = 0; k < size; k++, u++) {
      const parent = levelStart + Math.floor((k * prevSize) / size);
      unitParent[u] = parent;
      unitLevel[u] = level;
      hasChild[parent] = 1;
      const name =
        level === 1
          ? `${DEPARTMENTS[k % DEPARTMENTS.length]}${k >= DEPARTMENTS.length ? ` ${Math.floor(k / DEPARTMENTS.length) + 1}` : ''}`
          : `Team ${u}`;
      units[u] = { id: unitIds[u] as string, name, parentId: unitIds[parent] as string };
    }
    levelStart += prevSize;
  }

  // ---- People. ----------------------------------------------------------------
  const people: Person[] = new Array(unitCount * PPU);
  const personIds: string[] = new Array(unitCount * PPU);
  for (let p = 0; p < people.length; p++) {
    const id = `p${p}`;
    personIds[p] = id;
    people[p] = {
      id,
      name: `${FIRST_NAMES[pick(FIRST_NAMES.length)]} ${LAST_NAMES[pick(LAST_NAMES.length)]}`,
      unitId: unitIds[Math.floor(p / PPU)] as string,
    };
  }

  // ---- Strategy. --------------------------------------------------------------
  const swot: SwotItem[] = [];
  for (const kind of SWOT_KINDS) {
    const titles = SWOT_TITLES[kind];
    swot.push({ id: `sw-${kind}-1`, kind, title: titles[0] });
    swot.push({ id: `sw-${kind}-2`, kind, title: titles[1] });
  }
  const horizon = { start: `${year}-01-01`, end: `${year + 2}-12-31` };
  const strategy = {
    id: 'strategy',
    mission: 'Help every team turn strategy into results.',
    vision: 'The operating system companies run their strategy on.',
    values: ['Customers first', 'Own the outcome', 'Default to open'],
    pillars: PILLARS.map(([id, title]) => ({ id, title, horizon: { ...horizon } })),
    swot,
  };

  // ---- Cycles and per-quarter date tables (shared strings). -------------------
  const yearId = `${year}`;
  const cycles: Cycle[] = [
    { id: yearId, name: `FY ${year}`, start: `${year}-01-01`, end: `${year}-12-31` },
  ];
  const quarterIds: string[] = [];
  const quarterEnd: string[] = [];
  const quarterDue: string[] = [];
  const dayBefore: string[] = [];
  const checkInDays: string[][] = [];
  const checkInFrac: number[][] = [];
  for (let q = 0; q < Q; q++) {
    const start = Date.UTC(year, 3 * q, 1);
    const end = Date.UTC(year, 3 * q + 3, 0);
    const days = Math.round((end - start) / DAY) + 1;
    const id = `${year}-q${q + 1}`;
    quarterIds.push(id);
    quarterEnd.push(day(end));
    quarterDue.push(day(start + Math.floor((days * 2) / 3) * DAY));
    dayBefore.push(day(start - DAY));
    cycles.push({
      id,
      name: `Q${q + 1} ${year}`,
      start: day(start),
      end: day(end),
      parentId: yearId,
    });
    const step = Math.max(1, Math.min(7, Math.floor(days / Math.max(1, C))));
    const at: string[] = new Array(C);
    const frac: number[] = new Array(C);
    for (let w = 0; w < C; w++) {
      const d = Math.min(days - 1, (w + 1) * step - 1);
      at[w] = day(start + d * DAY);
      frac[w] = (d + 1) / days;
    }
    checkInDays.push(at);
    checkInFrac.push(frac);
  }

  // ---- Objectives, key results, check-ins, initiatives. -----------------------
  const titles: string[] = [];
  for (const verb of OBJECTIVE_VERBS)
    for (const noun of OBJECTIVE_NOUNS) titles.push(`${verb} ${noun}`);
  let derivedCount = 0;
  for (let x = 0; x < unitCount; x++) derivedCount += hasChild[x] as number;
  derivedCount *= Q;
  const objectiveCount = unitCount * Q * P;
  const krCount = objectiveCount * K;
  const objectives: Objective[] = new Array(objectiveCount);
  const keyResults: KeyResult[] = new Array(krCount);
  const checkIns: CheckIn[] = new Array((krCount - derivedCount) * C);
  const initiatives: Initiative[] = [];
  const dependencies: Dependency[] = [];
  const risks: Risk[] = [];
  const objectiveIds: string[] = new Array(objectiveCount);
  for (let o = 0; o < objectiveCount; o++) objectiveIds[o] = `o${o}`;
  const krIds: string[] = new Array(krCount);
  for (let k = 0; k < krCount; k++) krIds[k] = `k${k}`;

  let ci = 0;
  for (let q = 0; q < Q; q++) {
    const cycleId = quarterIds[q] as string;
    const at = checkInDays[q] as string[];
    const frac = checkInFrac[q] as number[];
    for (let unit = 0; unit < unitCount; unit++) {
      const parentUnit = unitParent[unit] as number;
      const lead = unit * PPU;
      for (let j = 0; j < P; j++) {
        const o = (q * unitCount + unit) * P + j;
        const links: Link[] = [];
        const objective: Objective = {
          id: objectiveIds[o] as string,
          title: titles[pick(titles.length)] as string,
          unitId: unitIds[unit] as string,
          cycleId,
          ownerId: personIds[lead] as string,
          links,
          commitment: rand() < 0.6 ? 'committed' : 'aspirational',
          state: 'active',
        };
        if (parentUnit < 0) {
          links.push({ kind: 'pillar', pillarId: PILLARS[j % PILLARS.length]?.[0] as string });
        } else {
          const po = (q * unitCount + parentUnit) * P + (j % P);
          if (j === 0) {
            objective.parent = { keyResultId: krIds[po * K] as string };
          } else if (K > 1 && rand() < 0.5) {
            objective.parent = { keyResultId: krIds[po * K + 1 + pick(K - 1)] as string };
          } else {
            objective.parent = { objectiveId: objectiveIds[po] as string };
          }
          objective.approvedBy = personIds[parentUnit * PPU] as string;
          if (rand() < 0.3)
            links.push({ kind: 'pillar', pillarId: PILLARS[pick(4)]?.[0] as string });
        }
        if (rand() < 0.15) {
          const s = swot[pick(swot.length)] as SwotItem;
          links.push({ kind: s.kind, swotId: s.id } as Link);
        }
        if (unitCount > 1 && rand() < 0.05) {
          const other = (unit + 1 + pick(unitCount - 1)) % unitCount;
          links.push({
            kind: 'supports',
            objectiveId: objectiveIds[(q * unitCount + other) * P] as string,
          });
        }
        objectives[o] = objective;

        if (unitCount > 1 && parentUnit >= 0 && rand() < 0.04) {
          const other = (unit + 1 + pick(unitCount - 1)) % unitCount;
          const accepted = rand() < 0.8;
          const dependency: Dependency = {
            id: `d${dependencies.length}`,
            from: { keyResultId: krIds[o * K + K - 1] as string },
            on: { objectiveId: objectiveIds[(q * unitCount + other) * P + pick(P)] as string },
            state: accepted ? 'accepted' : 'proposed',
            note: 'Needs the other team’s delivery before the end of the quarter',
          };
          if (accepted) dependency.decidedAt = dayBefore[q] as string;
          dependencies.push(dependency);
        }

        for (let kk = 0; kk < K; kk++) {
          const k = o * K + kk;
          const krId = krIds[k] as string;
          const ownerId = personIds[lead + (kk % PPU)] as string;
          const derived = kk === 0 && j === 0 && hasChild[unit] === 1;
          const r = rand();
          let measure: Measure;
          let title: string;
          // 0 metric up, 1 metric down, 2 threshold, 3 range, 4 milestone, 5 checklist
          const kind = derived
            ? -1
            : r < 0.34
              ? 0
              : r < 0.62
                ? 1
                : r < 0.72
                  ? 2
                  : r < 0.8
                    ? 3
                    : r < 0.9
                      ? 4
                      : 5;
          switch (kind) {
            case -1:
              measure = { kind: 'derived' };
              title = 'Child teams deliver their objectives';
              break;
            case 0: {
              const m = METRICS_UP[pick(METRICS_UP.length)] as (typeof METRICS_UP)[number];
              measure = { kind: 'metric', start: m[1], target: m[2], unit: m[3] };
              title = m[0];
              break;
            }
            case 1: {
              const m = METRICS_DOWN[pick(METRICS_DOWN.length)] as (typeof METRICS_DOWN)[number];
              measure = { kind: 'metric', start: m[1], target: m[2], unit: m[3] };
              title = m[0];
              break;
            }
            case 2:
              if (rand() < 0.5) {
                measure = { kind: 'threshold', mode: 'atLeast', value: 99.5, unit: '%' };
                title = 'Keep uptime at or above 99.5%';
              } else {
                measure = { kind: 'threshold', mode: 'atMost', value: 5, unit: 'incidents' };
                title = 'Keep customer-facing incidents at 5 or fewer';
              }
              break;
            case 3:
              measure = { kind: 'range', min: 35, max: 45, unit: '%' };
              title = 'Keep gross margin between 35% and 45%';
              break;
            case 4:
              measure = { kind: 'milestone' };
              title = 'Launch the new release to general availability';
              break;
            default: {
              const n = 3 + pick(3);
              const items = new Array(n);
              for (let x = 0; x < n; x++) {
                items[x] = { id: CHECKLIST_IDS[x] as string, title: `Step ${x + 1}` };
              }
              measure = { kind: 'checklist', items };
              title = 'Complete the rollout checklist';
            }
          }
          const keyResult: KeyResult = {
            id: krId,
            objectiveId: objectiveIds[o] as string,
            title,
            ownerId,
            measure,
            confidence: 5 + pick(4),
          };
          if (kind === 4) keyResult.due = quarterDue[q] as string;
          keyResults[k] = keyResult;
          if (derived) continue;

          // Check-ins: a per-KR pace p (0.3–1.2 of the plan) plus noise.
          const pace = 0.3 + rand() * 0.9;
          let confidence = Math.min(10, Math.max(1, Math.round(pace * 8 + rand() * 2)));
          for (let w = 0; w < C; w++) {
            const f = (frac[w] as number) * pace + (rand() - 0.5) * 0.06;
            let value: CheckInValue;
            switch (kind) {
              case 0:
              case 1: {
                const m = measure as { start: number; target: number };
                value = Math.round((m.start + (m.target - m.start) * f) * 10) / 10;
                break;
              }
              case 2: {
                const held = rand() < 0.55 + pace * 0.4;
                const t = measure as { mode: 'atLeast' | 'atMost'; value: number };
                value =
                  t.mode === 'atLeast'
                    ? held
                      ? 99.6 + Math.round(rand() * 3) / 10
                      : 99.1 + Math.round(rand() * 3) / 10
                    : held
                      ? pick(6)
                      : 6 + pick(4);
                break;
              }
              case 3:
                value = rand() < 0.55 + pace * 0.4 ? 36 + pick(9) : 30 + pick(4);
                break;
              case 4:
                value = w === C - 1 && pace > 0.85;
                break;
              default: {
                const items = (measure as { items: unknown[] }).items.length;
                const done = Math.max(0, Math.min(items, Math.floor(items * f)));
                const ids: string[] = new Array(done);
                for (let x = 0; x < done; x++) ids[x] = CHECKLIST_IDS[x] as string;
                value = ids;
              }
            }
            if (rand() < 0.3) confidence = Math.min(10, Math.max(0, confidence + pick(3) - 1));
            const checkIn: CheckIn = {
              id: `c${ci}`,
              keyResultId: krId,
              at: at[w] as string,
              value,
              confidence,
              authorId: ownerId,
            };
            const note = rand();
            if (note < 0.1)
              checkIn.moved = CHECK_NOTES_MOVED[pick(CHECK_NOTES_MOVED.length)] as string;
            else if (note < 0.14)
              checkIn.blocked = CHECK_NOTES_BLOCKED[pick(CHECK_NOTES_BLOCKED.length)] as string;
            checkIns[ci++] = checkIn;
          }

          if (rand() < 0.25) {
            initiatives.push({
              id: `i${initiatives.length}`,
              keyResultId: krId,
              title: INITIATIVE_TITLES[pick(INITIATIVE_TITLES.length)] as string,
              ownerId,
              state: INITIATIVE_STATES[pick(3)] as InitiativeState,
              due: quarterEnd[q] as string,
            });
          }
          if (rand() < 0.02) {
            risks.push({
              id: `r${risks.length}`,
              keyResultId: krId,
              title: 'Key dependency may slip',
              likelihood: RISK_LEVELS[pick(3)] as RiskLevel,
              impact: RISK_LEVELS[pick(3)] as RiskLevel,
              mitigation: 'Weekly sync with the other team',
            });
          }
        }
      }
    }
  }

  return {
    version: 1,
    strategy,
    units,
    people,
    cycles,
    objectives,
    keyResults,
    checkIns,
    initiatives,
    dependencies,
    risks,
  };
}

const DAY = 86_400_000;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sizes of the tree's levels: the smallest even fan-out `b` with
 * `1 + b + … + b^(depth−1) ≥ units`, each level capped so that every later
 * level keeps at least one unit; the last level takes the rest.
 */
function levelSizes(units: number, depth: number): number[] {
  if (depth <= 1) return [units];
  let b = 1;
  for (;;) {
    let total = 0;
    let width = 1;
    for (let l = 0; l < depth && total < units; l++, width *= b) total += width;
    if (total >= units) break;
    b++;
  }
  const sizes = [1];
  let used = 1;
  for (let l = 1; l < depth - 1; l++) {
    const n = Math.max(1, Math.min(b ** l, units - used - (depth - 1 - l)));
    sizes.push(n);
    used += n;
  }
  sizes.push(units - used);
  return sizes;
}

function option(
  options: GenerateEnterpriseOptions,
  key: keyof GenerateEnterpriseOptions,
  fallback: number,
  min: number,
  max: number,
  integer = true,
): number {
  const value: unknown = (options as Record<string, unknown>)[key];
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max
  ) {
    const issue: Issue = {
      path: [key],
      code: 'invalid_value',
      message: `generateEnterprise: \`${key}\` must be ${integer ? 'an integer' : 'a finite number'}${
        Number.isFinite(min) ? ` from ${min} to ${max}` : ''
      }, got ${String(value)}.`,
    };
    throw new SokrError([issue]);
  }
  return value;
}
