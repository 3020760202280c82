/**
 * A deterministic synthetic organisation with its OKRs, for benchmarks and
 * tests at scale: the public generator, its options and their checks. The
 * organisation, calendar, key results and words are in the `_enterprise*`
 * modules; one seeded stream drives every choice, in a fixed order.
 *
 * @module
 */
import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import { requireOptions } from './_arguments.js';
import type {
  CheckIn,
  Dependency,
  Initiative,
  KeyResult,
  Link,
  Objective,
  OkrSet,
  Risk,
  SwotItem,
} from '../model/types.js';
import { buildCalendar, type Quarter } from './_enterpriseCalendar.js';
import { addKeyResult, type KeyResultOutput } from './_enterpriseKeyResults.js';
import { buildPeople, buildStrategy, buildUnitTree } from './_enterpriseOrganisation.js';
import { seededRandom } from './_enterpriseRandom.js';
import { objectiveTitles, PILLARS } from './_enterpriseVocabulary.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * Options of {@link generateEnterprise}. Every option is optional.
 *
 * Sizes: objectives = `units × cycles × objectivesPerUnit`; key results =
 * objectives × `keyResultsPerObjective`; check-ins = `checkInsPerKeyResult`
 * for every key result except the derived ones (one per unit with children
 * per quarter: key result 1 of the unit's first objective). For 1M key results
 * use e.g. `{ units: 27_778, cycles: 4 }` (333,336 objectives, 1,000,008 key results).
 */
/** The options `generateEnterprise` takes (any other name is a typo, refused). */
const ENTERPRISE_OPTIONS: readonly string[] = [
  'seed',
  'units',
  'depth',
  'objectivesPerUnit',
  'keyResultsPerObjective',
  'checkInsPerKeyResult',
  'cycles',
  'peoplePerUnit',
  'year',
];

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

/**
 * Generates a deterministic synthetic organisation as an {@link OkrSet}, for
 * benchmarks and for testing OKR tools and policies at scale (up to millions
 * of key results). No `Math.random`: a seeded mulberry32 generator drives every
 * choice, so the same options give a deep-equal set.
 *
 * What it holds: a strategy (mission, vision, values, 4 pillars, 2 SWOT items
 * of each kind); a unit tree (`u0` is the root); `peoplePerUnit` people per
 * unit, the first of whom leads it (`leadId`); a year cycle with `cycles` quarters; per unit and quarter,
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
  return guardedRead('generateEnterprise', () => {
    requireOptions(options, ENTERPRISE_OPTIONS, [], 'generateEnterprise options, an object');
    const seed = option(options, 'seed', 1, -Infinity, Infinity, false);
    const unitCount = option(options, 'units', 13, 1, 50_000_000);
    const requestedDepth = option(options, 'depth', 3, 1, 1000);
    const P = option(options, 'objectivesPerUnit', 3, 1, 1000);
    const K = option(options, 'keyResultsPerObjective', 3, 1, 1000);
    const C = option(options, 'checkInsPerKeyResult', 4, 0, 10_000);
    const Q = option(options, 'cycles', 2, 1, 4);
    const PPU = option(options, 'peoplePerUnit', 3, 1, 10_000);
    const year = option(options, 'year', 2026, 1000, 9998);

    const random = seededRandom(Math.floor(seed));
    const { rand, pick } = random;

    const { units, unitIds, unitParent, hasChild } = buildUnitTree(unitCount, requestedDepth);
    const { people, personIds } = buildPeople(unitIds, PPU, pick);
    // The first person of each unit leads it: `obligations` escalates to them.
    for (let u = 0; u < units.length; u++) units[u]!.leadId = personIds[u * PPU] as string;
    const strategy = buildStrategy(year);
    const swot = strategy.swot;
    const { cycles, quarters } = buildCalendar(year, Q, C);

    // ---- Objectives, key results, check-ins, initiatives. -----------------------
    const titles = objectiveTitles();
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
    const out: KeyResultOutput = {
      ...random,
      checkInsPerKeyResult: C,
      keyResults,
      checkIns,
      initiatives,
      risks,
      nextCheckIn: 0,
    };

    for (let q = 0; q < Q; q++) {
      const quarter = quarters[q] as Quarter;
      const cycleId = quarter.id;
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
            if (accepted) dependency.decidedAt = quarter.dayBefore;
            dependencies.push(dependency);
          }

          for (let kk = 0; kk < K; kk++) {
            const k = o * K + kk;
            const ownerId = personIds[lead + (kk % PPU)] as string;
            const derived = kk === 0 && j === 0 && hasChild[unit] === 1;
            addKeyResult(
              out,
              k,
              krIds[k] as string,
              objectiveIds[o] as string,
              ownerId,
              derived,
              quarter,
            );
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
  });
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
