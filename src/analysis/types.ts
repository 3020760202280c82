/**
 * The shapes of the analysis: where a score comes from, what would change it.
 *
 * @module
 */
import type { DependencyState, Id, OkrRef } from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';

/**
 * Which score an analysis explains: the company's (default), a unit's (its
 * subtree, as `units[id].subtree`), a pillar's, a cycle's or one objective's.
 *
 * @example
 * ```ts
 * import type { AnalysisScope } from 'sokr';
 * const scope: AnalysisScope = { unitId: 'sales' };
 * ```
 */
export type AnalysisScope =
  | 'company'
  | { unitId: Id }
  | { pillarId: Id }
  | { cycleId: Id }
  | { objectiveId: Id };

/** Options of {@link contributions} and {@link dependencyImpact}. */
export interface AnalysisOptions {
  /** The score to explain (`'company'` by default). */
  scope?: AnalysisScope;
}

/**
 * One key result's share of a score.
 *
 * @example
 * ```ts
 * import type { Contribution } from 'sokr';
 * const c: Contribution = {
 *   keyResultId: 'kr1', objectiveId: 'o1', weight: 0.25, score: 0.4, impact: 0.1, headroom: 0.15,
 * };
 * ```
 */
export interface Contribution {
  keyResultId: Id;
  objectiveId: Id;
  /** The key result's effective weight in the score (all weights of a scope sum to 1). */
  weight: number;
  /** The key result's score. */
  score: number;
  /** `weight × score`: what it adds to the score now. */
  impact: number;
  /** `weight × (1 − score)`: what the score gains if it reaches its target (0 when at or past it). */
  headroom: number;
}

/**
 * Where a score comes from: every key result with a share of it, largest
 * weight first.
 *
 * @example
 * ```ts
 * import { contributions, createScorer } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const c = contributions(createScorer(set, { asOf: '2026-02-15' }));
 * c.keyResults.reduce((sum, k) => sum + k.impact, 0); // ≈ c.score
 * ```
 */
export interface Contributions {
  /** The scope explained. */
  scope: AnalysisScope;
  /** The scope's score (`null` when nothing carries weight; then `keyResults` is empty). */
  score: number | null;
  /** Key results with a weight > 0, by weight (descending), then id. */
  keyResults: Contribution[];
}

/**
 * A key result reaching a value, for {@link whatIf}.
 *
 * @example
 * ```ts
 * import type { WhatIfChange } from 'sokr';
 * const change: WhatIfChange = { keyResultId: 'kr1', value: 80 };
 * ```
 */
export interface WhatIfChange {
  keyResultId: Id;
  /** The value it would reach (as a check-in value: a number, a boolean, done item ids). */
  value: number | boolean | string[];
}

/**
 * A score before and after a change.
 *
 * @example
 * ```ts
 * import type { ScoreDelta } from 'sokr';
 * const d: ScoreDelta = { before: 0.4, after: 0.55, delta: 0.15 };
 * ```
 */
export interface ScoreDelta {
  before: number | null;
  after: number | null;
  /** `after − before`; `null` when either is `null`. */
  delta: number | null;
}

/**
 * What would change if some key results reached the given values: only the
 * scores that move are listed (the company always is).
 *
 * @example
 * ```ts
 * import { createScorer, whatIf } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const r = whatIf(createScorer(set, { asOf: '2026-02-15' }), [{ keyResultId: 'kr1', value: 100 }]);
 * console.log(r.company.delta, Object.keys(r.objectives));
 * ```
 */
export interface WhatIfResult {
  company: ScoreDelta;
  keyResults: Record<Id, ScoreDelta>;
  objectives: Record<Id, ScoreDelta>;
  /** Unit subtree scores. */
  units: Record<Id, ScoreDelta>;
  pillars: Record<Id, ScoreDelta>;
  cycles: Record<Id, ScoreDelta>;
}

/**
 * Why a dependency needs attention: `not-accepted` (proposed), `declined`,
 * or `blocked` (accepted, but what it depends on is off track or missed).
 *
 * @example
 * ```ts
 * import type { DependencyConcern } from 'sokr';
 * const reason: DependencyConcern = 'blocked';
 * ```
 */
export type DependencyConcern = 'not-accepted' | 'declined' | 'blocked';

/**
 * A dependency that needs attention and how much of the score depends on it.
 *
 * @example
 * ```ts
 * import { createScorer, dependencyImpact } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const [top] = dependencyImpact(createScorer(set, { asOf: '2026-02-15' }));
 * console.log(top?.dependencyId, top?.weight);
 * ```
 */
export interface DependencyImpact {
  dependencyId: Id;
  state: DependencyState;
  reason: DependencyConcern;
  from: OkrRef;
  on: OkrRef;
  /** Status of the `on` side (`null` when it is unknown to the scorer). */
  onStatus: KeyResultStatus | null;
  /** Share of the scope's score that the `from` side carries (0–1): its effective weight. */
  weight: number;
  /** `weight × (1 − score of the from side)`: score the scope could still gain through it. */
  atStake: number;
}
