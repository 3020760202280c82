import type { Id, OkrSet } from '../model/types.js';
import { type CompiledOkrSet, readingSet, setOf } from '../core/compile.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { SokrError } from '../model/SokrError.js';
import { buildIndex, type OkrIndex } from './buildIndex.js';
import type { Finding } from './types.js';

/** Penalty points per finding, by severity, and the budget of points per objective. */
export interface HealthWeights {
  /** Points per error finding (default 10). */
  error: number;
  /** Points per warning finding (default 3). */
  warning: number;
  /** Points per info finding (default 0). */
  info: number;
  /** Points an objective can absorb before the score hits 0 (default 10: one error per objective). */
  perObjective: number;
}

/** The default {@link HealthWeights}: error 10, warning 3, info 0, 10 points per objective. */
export const defaultHealthWeights: Readonly<HealthWeights> = {
  error: 10,
  warning: 3,
  info: 0,
  perObjective: 10,
};

/** The result of {@link alignmentHealth}. */
export interface AlignmentHealth {
  /** 0–100 for the whole set (unrounded). */
  score: number;
  /** 0–100 per unit id (every unit of the set), from the findings attributed to that unit. */
  units: Record<Id, number>;
  /** Ids of the objectives that reach no LEAD anchor (in set order): homework, not strategy. */
  homework: Id[];
  /** The weights used. */
  weights: HealthWeights;
  /** Total penalty points of all findings. */
  penalty: number;
}

/** Options of {@link alignmentHealth}. */
export interface AlignmentHealthOptions {
  /** Overrides of the default weights. */
  weights?: Partial<HealthWeights>;
  /** A prebuilt index of the set (saves rebuilding it). */
  index?: OkrIndex;
  /**
   * Only this cycle: the findings about its objectives (and their key
   * results, check-ins, initiatives, dependencies and risks), about the cycle
   * itself, and about what every cycle shares (units, people, the strategy);
   * the scores are per that cycle's objectives and `homework` lists only
   * them. An end-of-cycle review reads its own cycle's health this way.
   */
  cycleId?: Id | undefined;
}

/** What a finding is about, as far as its path says: an objective, a unit, a cycle, or nothing. */
interface Subject {
  objective?: { unitId: Id; cycleId: Id } | undefined;
  unitId?: Id | undefined;
  cycleId?: Id | undefined;
}

/**
 * The subject of a finding from its path: the objective of an objective, key
 * result, check-in, initiative, dependency (its `from` side) or risk; the
 * unit of a unit or person (and the cycle its ids name, if any); the cycle
 * of a cycle. Unknown paths: nothing.
 */
function subjectOf(finding: Finding, set: OkrSet, index: OkrIndex): Subject {
  const [kind, position] = finding.path;
  if (typeof position !== 'number') return {};
  const objective = (objectiveId: Id | undefined): Subject =>
    objectiveId === undefined ? {} : { objective: index.objectives.get(objectiveId) };
  const ofKeyResult = (krId: Id | undefined): Subject =>
    krId === undefined ? {} : objective(index.keyResults.get(krId)?.objectiveId);
  switch (kind) {
    case 'objectives':
      return { objective: set.objectives[position] };
    case 'keyResults':
      return objective(set.keyResults[position]?.objectiveId);
    case 'checkIns':
      return ofKeyResult(set.checkIns[position]?.keyResultId);
    case 'initiatives':
      return ofKeyResult(set.initiatives[position]?.keyResultId);
    case 'dependencies': {
      const d = set.dependencies[position];
      return d === undefined ? {} : objective(index.refObjectiveId(d.from));
    }
    case 'risks': {
      const r = set.risks[position];
      if (r === undefined) return {};
      const o = objective(r.objectiveId);
      return o.objective !== undefined ? o : ofKeyResult(r.keyResultId);
    }
    case 'units':
      return { unitId: set.units[position]?.id, cycleId: cycleNamed(finding, index) };
    case 'people':
      return { unitId: set.people[position]?.unitId, cycleId: cycleNamed(finding, index) };
    case 'cycles':
      return { cycleId: set.cycles[position]?.id };
    default:
      return {};
  }
}

/** The first id of a finding that is a cycle's (a unit's count of objectives in one cycle names it). */
function cycleNamed(finding: Finding, index: OkrIndex): Id | undefined {
  for (const id of finding.ids) if (index.cycles.has(id)) return id;
  return undefined;
}

function unitOf(subject: Subject): Id | undefined {
  return subject.objective?.unitId ?? subject.unitId;
}

/**
 * True when a finding belongs to the health of cycle `cycleId`: it is about
 * one of that cycle's objectives (or their key results, check-ins,
 * initiatives, dependencies, risks), about that cycle itself, or about
 * nothing of any cycle (the structure every cycle shares: units, people,
 * pillars, the strategy).
 */
function inCycle(subject: Subject, cycleId: Id): boolean {
  if (subject.objective !== undefined) return subject.objective.cycleId === cycleId;
  if (subject.cycleId !== undefined) return subject.cycleId === cycleId;
  return true;
}

/**
 * Turns findings into an alignment health score, overall and per unit, and
 * lists the "homework" objectives (those reaching no LEAD anchor).
 *
 * Formula, with `w` the weights (default error 10, warning 3, info 0,
 * perObjective 10):
 *
 *     penalty = Σ over findings of w[finding.severity]
 *     score   = max(0, 100 − 100 × penalty / (w.perObjective × max(1, objectives)))
 *
 * so a set with one error per objective scores 0, one warning per objective
 * 70, and no findings 100. A unit's score uses the same formula with the
 * findings attributed to it (by the finding's path: an objective's unit, a
 * key result's or check-in's objective's unit, a dependency's `from` side, a
 * unit itself, a person's unit) and its own objectives (not its subtree);
 * set-level findings (e.g. `limits/pillars`) count only in the overall score.
 *
 * @param findings - The findings of `validate` on `set`.
 * @param input - The validated set, or its compiled set (then the index `validate` built is reused).
 * @param options - `{ weights?, index? }`.
 * @returns `{ score, units, homework, weights, penalty }`.
 * @example
 * ```ts
 * import { alignmentHealth, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const health = alignmentHealth(validate(set), set);
 * console.log(health.score.toFixed(0), health.homework);
 * ```
 */
export function alignmentHealth(
  findings: readonly Finding[],
  input: OkrSet | CompiledOkrSet,
  options: AlignmentHealthOptions = {},
): AlignmentHealth {
  return readingSet('alignmentHealth', () => alignmentHealthOf(findings, input, options));
}

function alignmentHealthOf(
  findings: readonly Finding[],
  input: OkrSet | CompiledOkrSet,
  options: AlignmentHealthOptions = {},
): AlignmentHealth {
  checkFindings(findings);
  if (options === null || typeof options !== 'object') {
    throw new SokrError([
      {
        path: ['options'],
        code: 'invalid_type',
        message: 'The options of alignmentHealth are an object.',
      },
    ]);
  }
  checkOptionKeys(options, ['weights', 'index', 'cycleId'], ['options']);
  const set = setOf(input);
  const weights: HealthWeights = { ...defaultHealthWeights, ...options.weights };
  const index = options.index ?? buildIndex(input);
  const score = (penalty: number, objectives: number): number =>
    Math.max(0, 100 - (100 * penalty) / (weights.perObjective * Math.max(1, objectives)));

  const cycleId = options.cycleId;
  if (cycleId !== undefined && !index.cycles.has(cycleId)) {
    throw new SokrError([
      {
        path: ['options', 'cycleId'],
        code: 'dangling_reference',
        message: `alignmentHealth: no cycle has the id ${JSON.stringify(String(cycleId))}.`,
      },
    ]);
  }
  const counted = (o: { cycleId: Id }) => cycleId === undefined || o.cycleId === cycleId;
  let penalty = 0;
  const unitPenalty = new Map<Id, number>();
  for (const finding of findings) {
    const points = weights[finding.severity] ?? 0;
    if (points === 0) continue;
    const subject = subjectOf(finding, set, index);
    if (cycleId !== undefined && !inCycle(subject, cycleId)) continue;
    penalty += points;
    const unit = unitOf(subject);
    if (unit !== undefined) unitPenalty.set(unit, (unitPenalty.get(unit) ?? 0) + points);
  }
  const units: Record<Id, number> = {};
  for (const unit of set.units) {
    const n = index.objectivesOfUnit(unit.id, cycleId).length;
    units[unit.id] = score(unitPenalty.get(unit.id) ?? 0, n);
  }
  const homework = set.objectives
    .filter((o) => counted(o) && !index.isAnchored(o.id))
    .map((o) => o.id);
  const objectives =
    cycleId === undefined ? set.objectives.length : index.objectivesOfCycle(cycleId).length;
  return { score: score(penalty, objectives), units, homework, weights, penalty };
}

/**
 * The findings that count for the health of cycle `cycleId` (see
 * {@link AlignmentHealthOptions.cycleId}), in their order: those about the
 * cycle's objectives and what hangs off them (key results, check-ins,
 * initiatives, risks; a dependency by its `from` side), those about a unit,
 * a person or a cycle that name this cycle, and those tied to no cycle at
 * all. `alignmentHealth` with `cycleId` scores exactly these; a cycle review
 * lists them. Accepts a set or a compiled set.
 *
 * @example
 * ```ts
 * import { findingsOfCycle, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const findings = validate(set, { asOf: '2026-02-15' });
 * const q1 = findingsOfCycle(findings, set, '2026-q1');
 * console.log(`${q1.length} of ${findings.length}`); // '25 of 26' for the Acme example
 * ```
 */
export function findingsOfCycle(
  findings: readonly Finding[],
  input: OkrSet | CompiledOkrSet,
  cycleId: Id,
): Finding[] {
  return readingSet('findingsOfCycle', () => {
    checkFindings(findings);
    const set = setOf(input);
    const index = buildIndex(input);
    return findings.filter((f) => inCycle(subjectOf(f, set, index), cycleId));
  });
}

/**
 * Refuses findings that are not the list `validate` returns: `invalid_type`
 * at `['findings']` for no list, at `['findings', i]` for an entry that is not
 * a finding (no object, or no `path` list: what the health reads).
 */
function checkFindings(findings: unknown): asserts findings is readonly Finding[] {
  const refuse = (path: (string | number)[], message: string): never => {
    throw new SokrError([{ path, code: 'invalid_type', message }]);
  };
  if (!Array.isArray(findings)) refuse(['findings'], 'findings is the list validate returned.');
  const list = findings as unknown[];
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (f === null || typeof f !== 'object' || !Array.isArray((f as Finding).path)) {
      refuse(['findings', i], 'A finding is an object with a path, as validate returns it.');
    }
  }
}
