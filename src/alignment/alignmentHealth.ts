import type { Id, OkrSet } from '../model/types.js';
import { type CompiledOkrSet, readingSet, setOf } from '../core/compile.js';
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
}

function unitOf(finding: Finding, set: OkrSet, index: OkrIndex): Id | undefined {
  const [kind, position] = finding.path;
  if (typeof position !== 'number') return undefined;
  const objectiveUnit = (objectiveId: Id | undefined): Id | undefined =>
    objectiveId === undefined ? undefined : index.objectives.get(objectiveId)?.unitId;
  const krUnit = (krId: Id | undefined): Id | undefined =>
    krId === undefined ? undefined : objectiveUnit(index.keyResults.get(krId)?.objectiveId);
  switch (kind) {
    case 'objectives':
      return set.objectives[position]?.unitId;
    case 'keyResults':
      return objectiveUnit(set.keyResults[position]?.objectiveId);
    case 'checkIns':
      return krUnit(set.checkIns[position]?.keyResultId);
    case 'initiatives':
      return krUnit(set.initiatives[position]?.keyResultId);
    case 'dependencies': {
      const d = set.dependencies[position];
      return d === undefined ? undefined : objectiveUnit(index.refObjectiveId(d.from));
    }
    case 'risks': {
      const r = set.risks[position];
      return r === undefined ? undefined : (objectiveUnit(r.objectiveId) ?? krUnit(r.keyResultId));
    }
    case 'units':
      return set.units[position]?.id;
    case 'people':
      return set.people[position]?.unitId;
    default:
      return undefined;
  }
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
  if (!Array.isArray(findings as unknown)) {
    throw new SokrError([
      {
        path: ['findings'],
        code: 'invalid_type',
        message: 'findings is the list validate returned.',
      },
    ]);
  }
  if (options === null || typeof options !== 'object') {
    throw new SokrError([
      {
        path: ['options'],
        code: 'invalid_type',
        message: 'The options of alignmentHealth are an object.',
      },
    ]);
  }
  const set = setOf(input);
  const weights: HealthWeights = { ...defaultHealthWeights, ...options.weights };
  const index = options.index ?? buildIndex(input);
  const score = (penalty: number, objectives: number): number =>
    Math.max(0, 100 - (100 * penalty) / (weights.perObjective * Math.max(1, objectives)));

  let penalty = 0;
  const unitPenalty = new Map<Id, number>();
  for (const finding of findings) {
    const points = weights[finding.severity] ?? 0;
    penalty += points;
    if (points === 0) continue;
    const unit = unitOf(finding, set, index);
    if (unit !== undefined) unitPenalty.set(unit, (unitPenalty.get(unit) ?? 0) + points);
  }
  const units: Record<Id, number> = {};
  for (const unit of set.units) {
    units[unit.id] = score(unitPenalty.get(unit.id) ?? 0, index.objectivesOfUnit(unit.id).length);
  }
  const homework = set.objectives.filter((o) => !index.isAnchored(o.id)).map((o) => o.id);
  return { score: score(penalty, set.objectives.length), units, homework, weights, penalty };
}
