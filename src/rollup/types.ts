/**
 * The shapes of the rollup: options in, scorecard out. Plain JSON data keyed
 * by id, so a scorecard serializes with `JSON.stringify` as it is.
 *
 * @module
 */
import type { AsOf } from '../model/AsOf.js';
import type { CheckIn, CheckInValue, Id, IsoDate, Measure } from '../model/types.js';
import type { KeyResultStatus, ObjectiveStatus, StatusPolicy } from '../progress/statusPolicy.js';
import type { Scale } from '../scale/Scale.js';
import type { StaleStatus } from '../progress/scoreKeyResult.js';

/**
 * How key results without any check-in (`pending`) enter weighted means:
 * `'zero'` counts them as score 0 (the default: no data is no progress),
 * `'exclude'` leaves them out of the numerator and the denominator.
 */
export type PendingPolicy = 'zero' | 'exclude';

/**
 * Options of {@link rollup} and {@link createScorer}.
 *
 * @example
 * ```ts
 * import type { RollupOptions } from 'sokr';
 * const options: RollupOptions = { asOf: '2026-02-15', includeChildren: true, pending: 'exclude' };
 * ```
 */
export interface RollupOptions {
  /** The instant the scorecard describes (ISO date or epoch ms). Required: nothing reads the clock. */
  asOf: AsOf;
  /** The scale that grades scores into bands (`googleScale` when absent). */
  scale?: Scale;
  /** Thresholds of the KR status (merged over `defaultStatusPolicy`). */
  statusPolicy?: Partial<StatusPolicy>;
  /**
   * Count child objectives (those whose `parent` is `{ objectiveId }`) as extra
   * items of their parent objective, weighted by the child's weight (default `false`).
   */
  includeChildren?: boolean;
  /** How pending key results count (default `'zero'`). */
  pending?: PendingPolicy;
  /** Clamp key result progress to 0–1 (default `true`); `false` shows over-achievement. */
  clamp?: boolean;
  /**
   * Which cycles the aggregates (company, units, pillars, owners) cover:
   * `'running'` (default) — the cycles running at `asOf`, or the most recently
   * started ones when none runs (a review after the quarter), or the first to
   * start when none has; `'all'`; or a list of cycle ids. Objective and key
   * result cards and each cycle's own aggregate are always there.
   */
  scope?: RollupScope;
  /**
   * How an objective's status is decided: `'worst'` (default) — the worst of
   * its key results' statuses (`objectiveStatus`); `'score'` — its weighted
   * score against its weighted expected progress, with the thresholds of the
   * status policy (`score ≥ expected − atRiskGap` on track, `≥ expected −
   * offTrackGap` at risk, else off track). `pending`, `achieved` and `missed`
   * still come from the key results (all pending, all achieved, all final).
   */
  objectiveStatus?: ObjectiveStatusMode;
  /**
   * What a stale check-in does to a key result's status: `'keep'` (default)
   * nothing, `'at-risk'` makes an on-track key result at risk.
   */
  staleStatus?: StaleStatus;
}

/**
 * How a rollup decides objective statuses: `'worst'` key result (default) or
 * weighted `'score'` against weighted expected progress.
 *
 * @example
 * ```ts
 * import { rollup, type ObjectiveStatusMode } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const objectiveStatus: ObjectiveStatusMode = 'score';
 * rollup(set, { asOf: '2026-02-15', objectiveStatus }).objectives['o1']?.status;
 * ```
 */
export type ObjectiveStatusMode = 'worst' | 'score';

/**
 * The cycles a scorecard's aggregates cover: `'running'` at `asOf` (default),
 * `'all'`, or the ids of the cycles to cover.
 *
 * @example
 * ```ts
 * import { rollup, type RollupScope } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const scope: RollupScope = ['q1-2026'];
 * rollup(set, { asOf: '2026-02-15', scope }).company.score;
 * ```
 */
export type RollupScope = 'running' | 'all' | readonly string[];

/**
 * The options a scorecard was computed with, stated in the result.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * rollup(set, { asOf: '2026-02-15' }).options.pending; // 'zero'
 * ```
 */
export interface ScorecardOptions {
  /** The `asOf` given. */
  asOf: AsOf;
  /** The id of the scale used (`ScorecardOptions.scaleId`; the `Scale` object is an option, `scale`). */
  scaleId: string;
  /** Whether child objectives counted as items of their parent. */
  includeChildren: boolean;
  /** How pending key results counted. */
  pending: PendingPolicy;
  /** Whether key result progress was clamped to 0–1. */
  clamp: boolean;
  /** The status policy in force (defaults merged with the options). */
  statusPolicy: StatusPolicy;
  /** The scope asked for (`'running'` by default). */
  scope: RollupScope;
  /** The cycles the aggregates cover, resolved at `asOf`, in set order. */
  scopeCycleIds: string[];
  /** How objective statuses were decided. */
  objectiveStatus: ObjectiveStatusMode;
  /** What a stale check-in did to a status. */
  staleStatus: StaleStatus;
}

/** Number of key results in each status. */
export type StatusCounts = Record<KeyResultStatus, number>;

/**
 * The score of one key result at `asOf`.
 *
 * @example
 * ```ts
 * import type { KeyResultCard } from 'sokr';
 * const card: KeyResultCard = {
 *   id: 'kr1', objectiveId: 'o1', value: 40, score: 0.4, expected: 0.5,
 *   status: 'on-track', stale: false, bandId: 'yellow', lastCheckInAt: '2026-02-10',
 * };
 * ```
 */
export interface KeyResultCard {
  id: Id;
  objectiveId: Id;
  /** The value of the current check-in; `null` without check-in and for derived key results. */
  value: CheckInValue | null;
  /** Progress on 0–1 (above 1 only with `clamp: false`). */
  score: number;
  /** Elapsed fraction of the key result's window at `asOf`. */
  expected: number;
  status: KeyResultStatus;
  /**
   * While the window runs, the current check-in (or the window start, without
   * one) is older than the check-in cadence — as `scoreKeyResult` says; always
   * `false` for derived key results.
   */
  stale: boolean;
  /** Id of the scale band of `score` (`grade(score, scale).id`). */
  bandId: string;
  /** `at` of the current check-in; `null` without check-in and for derived key results. */
  lastCheckInAt: IsoDate | null;
}

/**
 * The weighted score of one objective at `asOf`.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const o = rollup(set, { asOf: '2026-02-15' }).objectives['o1'];
 * if (o && o.score === null) console.log(o.explanation);
 * ```
 */
export interface ObjectiveCard {
  id: Id;
  /** Weighted mean of the item scores; `null` when nothing carries weight (see `explanation`). */
  score: number | null;
  /** Band id of `score`; `null` when `score` is `null`. */
  bandId: string | null;
  /** The objective status (from its key results, and its child objectives with `includeChildren`). */
  status: ObjectiveStatus;
  /** Weighted mean of the items' expected progress; `null` when `score` is `null`. */
  expected: number | null;
  /** The objective's own key results by status. */
  counts: StatusCounts;
  /** Number of the objective's own key results. */
  keyResultCount: number;
  /** Why `score` is `null` (`null` when there is a score): no key results, all weights 0, or all key results pending and excluded. */
  explanation: string | null;
  /**
   * The final score recorded when the objective was closed (`closeObjective`
   * with `finalScore` and `reason`), beside the computed `score`; `null` when none.
   * Aggregates use the computed score.
   */
  finalScore: number | null;
  /** Why the final score differs from the computed one; `null` without a final score. */
  finalScoreReason: string | null;
}

/**
 * The rollup of a group of objectives (a unit, a pillar, a cycle, the company)
 * or of one owner's key results.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const { company } = rollup(set, { asOf: '2026-02-15' });
 * console.log(company.score, company.counts['off-track']);
 * ```
 */
export interface Aggregate {
  /**
   * Weighted mean of the member scores (objective weights; for owners, key
   * result weights); members without a score are skipped; `null` when no member
   * carries weight.
   */
  score: number | null;
  /** Band id of `score`; `null` when `score` is `null`. */
  bandId: string | null;
  /** Number of objectives in the group (for owners: distinct objectives of their key results). */
  objectiveCount: number;
  /** Number of key results of those objectives (for owners: their key results). */
  keyResultCount: number;
  /** Those key results by status. */
  counts: StatusCounts;
}

/**
 * The two aggregates of a unit: its own objectives, and its whole subtree.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const sales = rollup(set, { asOf: '2026-02-15' }).units['sales'];
 * console.log(sales?.own.score, sales?.subtree.score);
 * ```
 */
export interface UnitAggregate {
  /** Objectives whose `unitId` is this unit. */
  own: Aggregate;
  /** Objectives of this unit and of every unit below it, each counted once. */
  subtree: Aggregate;
}

/**
 * A loop in the cascade (parent chains that come back to where they started).
 *
 * @example
 * ```ts
 * import type { CascadeLoop } from 'sokr';
 * const loop: CascadeLoop = { ids: ['o1', 'kr2', 'o2', 'kr1'], brokenAt: 'o1' };
 * ```
 */
export interface CascadeLoop {
  /** Objective and key result ids along the loop, child before parent, starting at the lowest-index objective. */
  ids: Id[];
  /**
   * The objective whose parent edge the scoring ignored to break the loop
   * (`null` when the loop does not feed scores: it passes through a
   * non-derived key result, or through an objective parent without `includeChildren`).
   */
  brokenAt: Id | null;
}

/**
 * The whole rollup at `asOf`: plain JSON keyed by id.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const card = rollup(set, { asOf: '2026-02-15' });
 * JSON.stringify(card); // serializable as is
 * ```
 */
export interface Scorecard {
  /** The options the scorecard was computed with. */
  options: ScorecardOptions;
  keyResults: Record<Id, KeyResultCard>;
  objectives: Record<Id, ObjectiveCard>;
  /** Every unit of the set. */
  units: Record<Id, UnitAggregate>;
  /** Every pillar of the strategy. */
  pillars: Record<Id, Aggregate>;
  /** Every key result owner (by `ownerId`). */
  owners: Record<Id, Aggregate>;
  /** Every cycle: the objectives whose `cycleId` is that cycle. */
  cycles: Record<Id, Aggregate>;
  /** All objectives. */
  company: Aggregate;
  /** Cascade loops found (and how scoring broke them). */
  loops: CascadeLoop[];
}

/**
 * A prebuilt scoring index over one OKR set at one `asOf`, updated in place
 * by check-ins and weight or measure changes.
 *
 * @example
 * ```ts
 * import { createScorer } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const scorer = createScorer(set, { asOf: '2026-02-15' });
 * scorer.applyCheckIn({ id: 'c9', keyResultId: 'kr1', at: '2026-02-14', value: 70 }); // ['kr1', 'o1']
 * scorer.snapshot().company.score;
 * ```
 */
export interface Scorer {
  /** The scorecard, cached until the next change (shared between calls: treat it as read-only). */
  snapshot(): Scorecard;
  /**
   * Adds a check-in, or replaces the one with the same id, and rescores the
   * path from its key result to the roots.
   * @returns ids of the key results and objectives whose card changed.
   * @throws SokrError, changing nothing, for what `parseOkrSet` refuses in a
   *   check-in: an unknown field, a missing `value` or `at`, ids that are not
   *   non-empty strings, a confidence that is not a number in 0–10, text that
   *   is not a string (paths from the check-in: `['confidence']`); an unknown
   *   key result (`dangling_reference`), an invalid date, a value that does not
   *   fit the measure (`value_mismatch`).
   */
  applyCheckIn(checkIn: CheckIn): Id[];
  /** Sets a key result's weight (≥ 0) and rescores its path. @returns the changed ids. */
  setKeyResultWeight(id: Id, weight: number): Id[];
  /** Sets an objective's weight (≥ 0) and rescores its path. @returns the changed ids. */
  setObjectiveWeight(id: Id, weight: number): Id[];
  /**
   * Replaces a key result's measure and rescores its path (a change to or
   * from `derived` rebuilds the cascade order first). @returns the changed ids.
   * @throws SokrError, changing nothing, for what `parseOkrSet` refuses in a
   *   measure (paths `['measure', …]`): an unknown kind or field, numbers that
   *   are not finite, a threshold `mode` or metric `direction` not among its
   *   values, a range with `min` above `max`, bad checkpoints or checklist
   *   items; and when the key result's current check-in does not fit it.
   */
  setMeasure(id: Id, measure: Measure): Id[];
  /**
   * Recomputes every status, the cascade and every aggregate from the index in
   * one linear pass (each key result's progress is kept from when its current
   * check-in or measure last changed). The result is identical to the
   * incremental state; useful to measure, or after many edits.
   */
  rescore(): void;
  /** The card of one key result, or `undefined` for an unknown id. */
  keyResult(id: Id): KeyResultCard | undefined;
  /** The card of one objective, or `undefined` for an unknown id. */
  objective(id: Id): ObjectiveCard | undefined;
  /**
   * The lean read path: one objective's score without building any card
   * (`null` when it has no score, `undefined` for an unknown id).
   */
  objectiveScore(id: Id): number | null | undefined;
  /**
   * Every objective's score in one typed array, by position in
   * `set.objectives` (NaN where an objective has no score). A fresh copy:
   * nothing is materialized per objective, so it suits dashboards at any size.
   */
  objectiveScores(): Float64Array;
  /** Every key result's score by position in `set.keyResults` (a fresh copy). */
  keyResultScores(): Float64Array;
  /**
   * The company aggregate (the objectives of the scope), read from the
   * scorer's running sums without building any card: what a dashboard reads
   * after each edit. Equal to `snapshot().company`.
   */
  company(): Aggregate;
  /** A unit's two aggregates, as `snapshot().units[id]`, without building cards; `undefined` for an unknown id. */
  unit(id: Id): UnitAggregate | undefined;
  /** A pillar's aggregate, as `snapshot().pillars[id]`, without building cards; `undefined` for an unknown id. */
  pillar(id: Id): Aggregate | undefined;
  /** A cycle's aggregate, as `snapshot().cycles[id]`, without building cards; `undefined` for an unknown id. */
  cycle(id: Id): Aggregate | undefined;
  /** A key result owner's aggregate, as `snapshot().owners[id]`, without building cards; `undefined` for an unknown id. */
  owner(id: Id): Aggregate | undefined;
}
