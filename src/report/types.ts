/**
 * The report data: plain, JSON-serializable objects built by `weeklyReport`
 * and `cycleReview` and rendered by `toMarkdown` and `toHtml`.
 *
 * @module
 */
import type { Finding } from '../alignment/types.js';
import type {
  CheckInValue,
  Commitment,
  DependencyState,
  Id,
  IsoDate,
  ObjectiveState,
  OkrRef,
} from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { StatusCounts } from '../rollup/types.js';
import type { Band, Scale } from '../scale/Scale.js';

/** A cycle a report covers. */
export interface ReportCycle {
  id: Id;
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/** A point of a key result's score series (the burn-up chart). */
export interface ReportPoint {
  /** ISO calendar day. */
  at: IsoDate;
  /** Score on 0–1 at that day. */
  score: number;
}

/** The linear forecast of a key result to the end of its window. */
export interface ReportForecast {
  /** The projected score at the window end (unclamped; may exceed 1 or fall below 0). */
  score: number;
  /** The last day of the window (ISO calendar day). */
  at: IsoDate;
  /** The day the projection crosses the target (score 1), when it does within the window. */
  reachesTargetAt?: IsoDate;
}

/** The check-in notes of a key result written in the report week. */
export interface ReportNotes {
  /** `moved` notes: what moved since last week. */
  moved: string[];
  /** `blocked` notes: what is blocked. */
  blocked: string[];
  /** `next` notes: what is next. */
  next: string[];
}

/**
 * Which way a key result's score went over the report week:
 * `up` (rose), `flat` (no change), `down` (fell).
 */
export type Movement = 'up' | 'flat' | 'down';

/**
 * What a key result is about to do, from its forecast: reach its target
 * within its window (`reaches-target`), or fall behind (its projected score
 * at the window end is below 1 − `atRiskGap` while it is on track or pending
 * today).
 */
export type Outlook = 'reaches-target' | 'falls-behind';

/** One key result in the weekly report. */
export interface WeeklyKeyResult {
  id: Id;
  title: string;
  objectiveId: Id;
  ownerId: Id;
  /** The owner's name (the id when the person is unknown). */
  ownerName: string;
  /** Score at `asOf` (0–1, clamped unless the report was built with `clamp: false`). */
  score: number;
  /** Score at the previous week's date. */
  previousScore: number;
  /** `score − previousScore`. */
  delta: number;
  /** Expected progress at `asOf` (elapsed fraction of the window). */
  expected: number;
  status: KeyResultStatus;
  previousStatus: KeyResultStatus;
  /** The band of `score` on the report's scale. */
  band: Band;
  /** The rollup's staleness: the latest check-in (or, without one, the window start) is older than the cadence. */
  stale: boolean;
  /** Day of the latest check-in at or before `asOf`. */
  lastCheckInAt?: IsoDate;
  /** Value of the latest check-in. */
  value?: CheckInValue;
  /** Confidence (0–10) of the latest check-in (or the key result's initial one). */
  confidence?: number;
  /** Confidence one week earlier. */
  previousConfidence?: number;
  movement: Movement;
  outlook?: Outlook;
  /**
   * Absent for derived key results (scored from their child objectives), and
   * when the check-ins give no finite projection (scores near the float range).
   */
  forecast?: ReportForecast;
  notes: ReportNotes;
  /** The key result's window (first and last day). */
  window: { start: IsoDate; end: IsoDate };
  /** The score at each check-in up to `asOf` (the burn-up chart); empty for derived key results. */
  series: ReportPoint[];
}

/** One objective in the weekly report, with its key results sorted into the report's sections. */
export interface WeeklyObjective {
  id: Id;
  title: string;
  unitId: Id;
  cycleId: Id;
  ownerId?: Id;
  ownerName?: string;
  commitment: Commitment;
  state: ObjectiveState;
  score: number;
  previousScore: number;
  delta: number;
  /** Expected progress at `asOf` of the objective's cycle. */
  expected: number;
  status: KeyResultStatus;
  band: Band;
  /** Every key result of the objective in the report's scope, in set order. */
  keyResults: WeeklyKeyResult[];
  /** Key results whose score rose this week. */
  moved: Id[];
  /** Key results whose score did not change or fell this week. */
  didNotMove: Id[];
  /** Key results with `next` notes this week or an {@link Outlook}. */
  aboutTo: Id[];
  /** Key results at risk, off track or missed. */
  atRisk: Id[];
  /** Key results without any check-in yet. */
  missing: Id[];
  /** Key results with check-ins whose latest is older than the cadence (pending ones are under `missing`). */
  stale: Id[];
}

/** One unit in the weekly report: its objectives of the covered cycles. */
export interface WeeklyUnit {
  id: Id;
  name: string;
  /** Depth in the reported tree (0 for the report's root unit). */
  depth: number;
  /** The unit's rollup score (its subtree) at `asOf`. */
  score: number;
  previousScore: number;
  objectives: WeeklyObjective[];
}

/** The side of a dependency as the report shows it. */
export interface DependencySide {
  ref: OkrRef;
  title: string;
  unitId?: Id;
  status?: KeyResultStatus;
}

/**
 * Why a dependency is in the report: still `proposed` (`not-accepted`),
 * `declined`, or its `on` side is off track or missed (`blocking`).
 */
export type DependencyAlertReason = 'not-accepted' | 'declined' | 'blocking';

/** A dependency that needs attention. */
export interface DependencyAlert {
  id: Id;
  state: DependencyState;
  reason: DependencyAlertReason;
  from: DependencySide;
  on: DependencySide;
  note?: string;
}

/** The weekly check-in report (`weeklyReport`). */
export interface WeeklyReport {
  kind: 'weekly';
  /** The report date, as given. */
  asOf: IsoDate;
  /** `asOf` − 7 days: the date the comparison scores are taken at. */
  previous: IsoDate;
  /** The filters the report was built with. */
  filter: { unitId?: Id; ownerId?: Id };
  /** The scale the bands come from. */
  scale: Scale;
  /** The cycles covered: those running at `asOf` (or the latest started one when none runs). */
  cycles: ReportCycle[];
  /** Scores of the report's scope (company, unit subtree or owner). */
  overall: {
    score: number;
    previousScore: number;
    delta: number;
    band: Band;
    /** Key results in the report. */
    keyResults: number;
    statusCounts: StatusCounts;
  };
  units: WeeklyUnit[];
  dependencies: DependencyAlert[];
  /** Counts of the key results in each section across the report. */
  summary: {
    moved: number;
    didNotMove: number;
    aboutTo: number;
    atRisk: number;
    missing: number;
    stale: number;
    dependencies: number;
  };
}

/** One key result in the cycle review. */
export interface ReviewKeyResult {
  id: Id;
  title: string;
  objectiveId: Id;
  ownerId: Id;
  ownerName: string;
  /** Final score at `asOf`. */
  score: number;
  band: Band;
  status: KeyResultStatus;
  /** Check-ins recorded in the cycle up to `asOf`. */
  checkIns: number;
  /** Score at the first check-in (absent when never updated). */
  firstScore?: number;
  /** `score − firstScore` (0 when never updated). */
  improvement: number;
  /** Day of the first check-in that reached the target. */
  achievedAt?: IsoDate;
  /** Achieved with more than a quarter of its window left. */
  achievedEarly: boolean;
  /** Confidence of the first and the latest check-in. */
  confidence?: { first: number; last: number };
  window: { start: IsoDate; end: IsoDate };
  series: ReportPoint[];
  forecast?: ReportForecast;
}

/** One objective in the cycle review, graded against its commitment. */
export interface ReviewObjective {
  id: Id;
  title: string;
  unitId: Id;
  unitName: string;
  ownerId?: Id;
  ownerName?: string;
  commitment: Commitment;
  state: ObjectiveState;
  score: number;
  band: Band;
  status: KeyResultStatus;
  /** 1 for committed, 0.7 for aspirational. */
  target: number;
  /** Below its commitment's target. */
  flagged: boolean;
  keyResults: ReviewKeyResult[];
}

/** An unfinished objective worth continuing next cycle. */
export interface CarryOverCandidate {
  objectiveId: Id;
  title: string;
  score: number;
  commitment: Commitment;
  /** Key results not achieved, worst first. */
  keyResults: Id[];
  /** The objective of a later cycle that already continues this one (`carriedFrom`). */
  carriedTo?: Id;
  /** Its title. */
  carriedToTitle?: string;
}

/** The outcome of a strategic pillar in the cycle. */
export interface PillarOutcome {
  pillarId: Id;
  title: string;
  /** Weighted mean score of the cycle's objectives anchored to the pillar; 0 when none. */
  score: number;
  band: Band;
  objectives: number;
  /** Of those, how many met their commitment's target. */
  met: number;
}

/** The kinds of retrospective prompts. */
export type RetroPromptKind =
  | 'never-updated'
  | 'confidence-drop'
  | 'achieved-early'
  | 'blocked'
  | 'committed-missed';

/** A question for the retrospective, drawn from the data. */
export interface RetroPrompt {
  kind: RetroPromptKind;
  /** The question, naming the key results or objectives. */
  message: string;
  /** The ids involved. */
  ids: Id[];
}

/** The end-of-cycle review (`cycleReview`). */
export interface CycleReview {
  kind: 'review';
  cycle: ReportCycle;
  asOf: IsoDate;
  /** `asOf` is after the cycle's last day. */
  closed: boolean;
  scale: Scale;
  overall: {
    score: number;
    band: Band;
    objectives: number;
    keyResults: number;
    statusCounts: StatusCounts;
  };
  objectives: ReviewObjective[];
  /** Objectives below their commitment's target (committed < 1.0, aspirational < 0.7). */
  flagged: Id[];
  celebrate: {
    /** Key results achieved, earliest first. */
    achieved: Id[];
    /** Key results not achieved with the largest improvement since their first check-in (up to 5, > 0). */
    improvements: Id[];
    /** Owners of achieved key results, most first. */
    owners: Array<{ ownerId: Id; name: string; achieved: number }>;
  };
  carryOver: CarryOverCandidate[];
  pillars: PillarOutcome[];
  /** Alignment health at close: `alignmentHealth(validate(set, { asOf }), set)`. */
  alignment: {
    /** 0–100, unrounded (`alignmentHealth(…).score`). */
    health: number;
    /** Objectives of the set that reach no LEAD anchor (homework, not strategy). */
    homework: Id[];
    errors: number;
    warnings: number;
    infos: number;
    /** The error and warning findings (at most 20). */
    findings: Finding[];
  };
  prompts: RetroPrompt[];
}

/** Either report; `toMarkdown` and `toHtml` accept both (discriminated by `kind`). */
export type Report = WeeklyReport | CycleReview;
