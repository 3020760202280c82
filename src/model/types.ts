/**
 * The OKR model as plain TypeScript types.
 *
 * These types are declared by hand (not inferred from the zod schemas) so that
 * scoring, rollup and every other layer can import them without pulling zod
 * into a bundle. `src/model/schemas.ts` checks at compile time that the zod
 * schemas produce exactly these shapes.
 *
 * Conventions: every entity has a string `id`, every reference is by id,
 * every date is an ISO-8601 string (`2026-03-31` or `2026-03-31T12:00:00Z`).
 * A date without a time is a calendar day in UTC; a date-time without an
 * offset is read as UTC.
 *
 * @module
 */

/** A string identifier, unique within its entity kind. */
export type Id = string;

/** An ISO-8601 calendar date (`2026-03-31`) or date-time (`2026-03-31T09:00:00Z`). */
export type IsoDate = string;

/** A time span, both ends inclusive calendar days (or instants). */
export interface Horizon {
  start: IsoDate;
  end: IsoDate;
}

/** A strategic pillar (3–5 per strategy, 12–36 month horizon in the seeds). */
export interface Pillar {
  id: Id;
  title: string;
  description?: string;
  horizon?: Horizon;
}

/** The four SWOT kinds, each also a LEAD anchor kind. */
export type SwotKind = 'strength' | 'weakness' | 'opportunity' | 'threat';

/** One item of the SWOT analysis done while preparing the strategy. */
export interface SwotItem {
  id: Id;
  kind: SwotKind;
  title: string;
  /** The unit whose analysis this item belongs to (company-wide when absent). */
  unitId?: Id;
  description?: string;
}

/** The strategic plan: mission, vision, values and the pillars OKRs link to. */
export interface Strategy {
  id?: Id;
  mission?: string;
  vision?: string;
  values?: string[];
  pillars: Pillar[];
  swot?: SwotItem[];
}

/** A node of the organisation tree (company → department → team). Exactly one root. */
export interface Unit {
  id: Id;
  name: string;
  parentId?: Id;
  /** The person who leads the unit: approver of its objectives and the first step of escalation (`obligations`). */
  leadId?: Id;
}

/** A person: owner of objectives and key results, approver, check-in author. */
export interface Person {
  id: Id;
  name: string;
  unitId?: Id;
}

/** A time box (year ⊃ quarter). `start` and `end` are inclusive. */
export interface Cycle {
  id: Id;
  name: string;
  start: IsoDate;
  end: IsoDate;
  parentId?: Id;
}

/** LEAD anchor: the objective advances a strategic pillar. */
export interface PillarLink {
  kind: 'pillar';
  pillarId: Id;
}

/** LEAD anchor: the objective plays a supporting role for another team's objective. */
export interface SupportsLink {
  kind: 'supports';
  objectiveId: Id;
}

/** LEAD anchor: the objective builds on a strength, fixes a weakness, seizes an opportunity or counters a threat. */
export interface SwotLink {
  kind: SwotKind;
  swotId: Id;
}

/** One of the six LEAD anchors an objective may link to. */
export type Link = PillarLink | SupportsLink | SwotLink;

/** A reference to an objective. */
export interface ObjectiveRef {
  objectiveId: Id;
}

/** A reference to a key result. */
export interface KeyResultRef {
  keyResultId: Id;
}

/** A reference to either an objective or a key result. */
export type OkrRef = ObjectiveRef | KeyResultRef;

/** Committed objectives are expected to reach 1.0, aspirational ones 0.7. */
export type Commitment = 'committed' | 'aspirational';

/** Lifecycle of an objective: draft → proposed → approved → active → closed. */
export type ObjectiveState = 'draft' | 'proposed' | 'approved' | 'active' | 'closed';

/** An objective: qualitative, time-bound, owned by a unit, aligned by its parent and links. */
export interface Objective {
  id: Id;
  title: string;
  description?: string;
  unitId: Id;
  cycleId: Id;
  ownerId?: Id;
  /** Cascade: the objective or key result this objective contributes to. */
  parent?: OkrRef;
  /** LEAD anchors. Defaults to `[]` when parsed. */
  links: Link[];
  /** Defaults to `'aspirational'` when parsed. */
  commitment: Commitment;
  /** Non-negative weight among siblings; 1 when absent. */
  weight?: number;
  /** Defaults to `'draft'` when parsed. */
  state: ObjectiveState;
  /** The person who approved the objective (engage: approved from an ancestor unit). */
  approvedBy?: Id;
  /** The objective of an earlier cycle this one continues (carry over). */
  carriedFrom?: Id;
  /**
   * The final score recorded when the objective was closed (0–1), when it
   * differs from the computed one; the scorecard and the review show both.
   */
  finalScore?: number;
  /** Why the final score differs from the computed one (recorded with `finalScore`). */
  finalScoreReason?: string;
}

/** Progress from a number: `(v − start) / (target − start)`. */
export interface MetricMeasure {
  kind: 'metric';
  /**
   * The value that scores 0. `null` makes a baseline key result: the start is
   * not known yet and the first check-in sets it (`resolveBaseline`); until
   * then the key result is pending. A baseline metric takes no checkpoints
   * and no planned values (both are relative to the start).
   */
  start: number | null;
  target: number;
  unit?: string;
  /** Needed only when `start === target`: which side of the target counts as met. */
  direction?: 'increase' | 'decrease';
  /**
   * Per key result score levels: a monotone piecewise-linear map from value to
   * score between `start` (score 0) and `target` (score 1), e.g.
   * `[{ value: 30, score: 0.3 }, { value: 70, score: 0.7 }]`. Values lie
   * between start and target (inclusive) in the measure's direction, strictly
   * ordered; scores lie in 0–1 and never decrease.
   */
  checkpoints?: Checkpoint[];
}

/** A value of a metric and the score it gives (see {@link MetricMeasure.checkpoints}). */
export interface Checkpoint {
  value: number;
  score: number;
}

/** A planned value of a key result at a date (see {@link Plan}). */
export interface PlanPoint {
  at: IsoDate;
  value: number;
}

/**
 * A named shape of expected progress over a key result's window, as a
 * function of the elapsed fraction `x` (0–1): `linear` x, `front-loaded`
 * 1 − (1 − x)², `back-loaded` x², `s-curve` 3x² − 2x³, `step` 0 until the
 * window ends, then 1.
 */
export type PlanCurve = 'linear' | 'front-loaded' | 'back-loaded' | 's-curve' | 'step';

/**
 * How a key result is planned to progress: a {@link PlanCurve}, or planned
 * values `[{ at, value }]` in the measure's unit (a checklist counts done
 * items, a milestone 0 or 1). The window start counts as the start value and
 * the window end as the target; between points, linear.
 */
export type Plan = PlanCurve | PlanPoint[];

/** A keep-above (`atLeast`) or keep-below (`atMost`) key result: 1 while held, else 0. */
export interface ThresholdMeasure {
  kind: 'threshold';
  mode: 'atLeast' | 'atMost';
  value: number;
  unit?: string;
}

/** 1 while the value lies inside `[min, max]`, else 0. */
export interface RangeMeasure {
  kind: 'range';
  min: number;
  max: number;
  unit?: string;
}

/** Done or not: value `true` or `1` scores 1, anything else 0. */
export interface MilestoneMeasure {
  kind: 'milestone';
}

/** An item of a checklist measure. */
export interface ChecklistItem {
  id: Id;
  title: string;
}

/** Value is the list of done item ids; progress = done / total. */
export interface ChecklistMeasure {
  kind: 'checklist';
  items: ChecklistItem[];
}

/** Progress is the weighted score of the objectives whose `parent` is this key result. */
export interface DerivedMeasure {
  kind: 'derived';
}

/** How a key result's progress is computed from its current value. */
export type Measure =
  | MetricMeasure
  | ThresholdMeasure
  | RangeMeasure
  | MilestoneMeasure
  | ChecklistMeasure
  | DerivedMeasure;

/** The kinds of measure. */
export type MeasureKind = Measure['kind'];

/** A key result: measurable, owned by exactly one person, time-bound. */
export interface KeyResult {
  id: Id;
  objectiveId: Id;
  title: string;
  description?: string;
  ownerId: Id;
  /** Non-negative weight within its objective; 1 when absent. */
  weight?: number;
  /** End of the key result's window; the cycle's end when absent. */
  due?: IsoDate;
  measure: Measure;
  /** Initial confidence (0–10) before any check-in. */
  confidence?: number;
  /** How progress is expected to build up over the window (linear when absent). */
  plan?: Plan;
}

/**
 * The value recorded by a check-in: a number (metric, threshold, range,
 * milestone as 0/1), a boolean (milestone) or the ids of done items (checklist).
 */
export type CheckInValue = number | boolean | string[];

/** The weekly check-in on a key result (Deliver). */
export interface CheckIn {
  id: Id;
  keyResultId: Id;
  at: IsoDate;
  value: CheckInValue;
  /** 0–10. */
  confidence?: number;
  /** What moved since last week. */
  moved?: string;
  /** What is blocked. */
  blocked?: string;
  /** What is next. */
  next?: string;
  authorId?: Id;
}

/** State of an initiative. */
export type InitiativeState = 'todo' | 'doing' | 'done';

/** An action or task that drives a key result. */
export interface Initiative {
  id: Id;
  keyResultId: Id;
  title: string;
  ownerId?: Id;
  /** Defaults to `'todo'` when parsed. */
  state: InitiativeState;
  due?: IsoDate;
}

/** State of a cross-team dependency. */
export type DependencyState = 'proposed' | 'accepted' | 'declined';

/** An explicit cross-team dependency: `from` needs `on` (Align). */
export interface Dependency {
  id: Id;
  from: OkrRef;
  on: OkrRef;
  /** Defaults to `'proposed'` when parsed. */
  state: DependencyState;
  note?: string;
  /** When the dependency was accepted (or declined). */
  decidedAt?: IsoDate;
}

/** Likelihood or impact of a risk. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** A risk attached to a key result or an objective (exactly one of the two). */
export interface Risk {
  id: Id;
  keyResultId?: Id;
  objectiveId?: Id;
  title: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation?: string;
}

/** The version of the OKR set format this library reads and writes. */
export const OKR_SET_VERSION = 1 as const;

/**
 * The OKR set: one normalized document holding the whole model.
 * Arrays of records, so rows from any database map onto it.
 */
export interface OkrSet {
  version: typeof OKR_SET_VERSION;
  /**
   * The organisation's time zone, an IANA name (`'America/Los_Angeles'`);
   * absent means `'UTC'`. Every date-only string of the set (cycle `start` /
   * `end`, `due`, a check-in's `at`) is a calendar day in this zone (end days
   * inclusive up to the next local midnight), a date-time without an offset is
   * a wall-clock time there, and a date-time with an offset stays that instant.
   */
  timeZone?: string;
  strategy: Strategy;
  units: Unit[];
  people: Person[];
  cycles: Cycle[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  initiatives: Initiative[];
  dependencies: Dependency[];
  risks: Risk[];
}
