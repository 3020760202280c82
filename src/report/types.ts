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
  MeasureKind,
  ObjectiveState,
  OkrRef,
} from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { StatusCounts } from '../rollup/types.js';
import type { Obligation } from '../rhythm/types.js';
import type { Band, Scale } from '../scale/Scale.js';
import type { CycleReview } from './reviewTypes.js';

export type {
  ReviewKeyResult,
  ReviewObjective,
  CarryOverCandidate,
  PillarOutcome,
  RetroPromptKind,
  RetroPrompt,
  CycleReview,
  CommitmentOutcome,
} from './reviewTypes.js';

/** The first day of a week: 0 Sunday, 1 Monday (the default: ISO weeks), … 6 Saturday. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A calendar week in the set's time zone, as the weekly report names it. */
export interface ReportWeek {
  /** The week's number in its week-year (ISO week numbers for Monday weeks). */
  number: number;
  /** The week-year the number counts in (ISO week-year for Monday weeks). */
  year: number;
  /** Its first day (`YYYY-MM-DD`, in the set's zone). */
  start: IsoDate;
  /** Its last day (inclusive). */
  end: IsoDate;
  /** For people, in the report's locale: "week 7, 9–15 Feb". */
  label: string;
}

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
  /** The check-in's value in the measure's unit (items done for a checklist, 1/0 for a milestone); `null` when it has no number. */
  value: number | null;
}

/**
 * A key result's real numbers: its current value, start and target in the
 * measure's unit, and one line of text for them (`"€4.35M of €5M (from €4M)"`,
 * `"88 % — keep ≥ 90 %"`, `"3 of 5 done"`). Absent numbers are `null`.
 */
export interface ReportFigures {
  kind: MeasureKind;
  /** The measure's unit (`'M€'`, `'%'`, `'ms'`), `null` without one. */
  unit: string | null;
  /** The latest check-in's value (items done for a checklist, 1/0 for a milestone); `null` without a check-in or for a derived key result. */
  current: number | null;
  /** The same one week earlier (weekly report; `null` in a review or without a check-in then). */
  previous: number | null;
  /** A metric's start (0 for a checklist or milestone). */
  start: number | null;
  /** A metric's target, a threshold's value, a checklist's item count, 1 for a milestone. */
  target: number | null;
  /** A range's bounds. */
  min: number | null;
  max: number | null;
  /** Which way is good: `atLeast` (higher), `atMost` (lower); a metric's from its direction; `null` for the other kinds. */
  mode: 'atLeast' | 'atMost' | null;
  /** The figures as one line, in the measure's unit. */
  text: string;
}

/** The linear forecast of a key result to the end of its window. */
export interface ReportForecast {
  /** The projected score at the window end (unclamped; may exceed 1 or fall below 0). */
  score: number;
  /** The last day of the window (ISO calendar day). */
  at: IsoDate;
  /** The day the projection crosses the target (score 1); `null` when it does not within the window. */
  reachesTargetAt: IsoDate | null;
}

/**
 * The check-in notes of a key result written in the report week (read-only:
 * the entries without notes share one frozen value).
 */
export interface ReportNotes {
  /** `moved` notes: what moved since last week. */
  readonly moved: readonly string[];
  /** `blocked` notes: what is blocked. */
  readonly blocked: readonly string[];
  /** `next` notes: what is next. */
  readonly next: readonly string[];
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
  /** Day of the latest check-in at or before `asOf`; `null` without one. */
  lastCheckInAt: IsoDate | null;
  /** Value of the latest check-in; `null` without one. */
  value: CheckInValue | null;
  /** Confidence (0–10) of the latest check-in (or the key result's initial one); `null` when neither gives one. */
  confidence: number | null;
  /** Confidence one week earlier; `null` when none was known then. */
  previousConfidence: number | null;
  movement: Movement;
  /** What the forecast says it is about to do; `null` when it says neither. */
  outlook: Outlook | null;
  /**
   * `null` for derived key results (scored from their child objectives), and
   * when the check-ins give no finite projection (scores near the float range).
   */
  forecast: ReportForecast | null;
  notes: ReportNotes;
  /** The key result's window (first and last day; frozen, shared by the key results with the same window). */
  window: { readonly start: IsoDate; readonly end: IsoDate };
  /** The score at each check-in up to `asOf` (the burn-up chart); empty for derived key results. */
  series: ReportPoint[];
  /** The current value, start and target in the measure's unit. */
  figures: ReportFigures;
  /** The id of the key result's unit (its objective's). */
  unitId: Id;
}

/** One objective in the weekly report, with its key results sorted into the report's sections. */
export interface WeeklyObjective {
  id: Id;
  title: string;
  unitId: Id;
  cycleId: Id;
  /** The objective's owner; `null` when it names none. */
  ownerId: Id | null;
  /** The owner's name (the id when the person is unknown); `null` without an owner. */
  ownerName: string | null;
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
  /** Key results of the unit and the units below it in the report. */
  keyResults: number;
  /** Their statuses. */
  statusCounts: StatusCounts;
  /** The key result of the subtree most in need of attention (missed, off track, at risk, then pending; the widest gap to the expected progress first); `null` when all are on track or achieved. */
  worst: WeeklyWorstItem | null;
}

/** The key result a unit's row in the units-at-a-glance table names. */
export interface WeeklyWorstItem {
  keyResultId: Id;
  title: string;
  ownerName: string;
  status: KeyResultStatus;
  score: number;
  expected: number;
  figures: ReportFigures;
}

/** The side of a dependency as the report shows it. */
export interface DependencySide {
  ref: OkrRef;
  title: string;
  /** The unit of the side's objective; `null` when the side is not in the set. */
  unitId: Id | null;
  /** The side's status; `null` when it has none (not in the set, or not scored). */
  status: KeyResultStatus | null;
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
  /** The dependency's note; `null` without one. */
  note: string | null;
}

/**
 * One obligation in the weekly report's "owed this week" section: what
 * `obligations` returns for the report's scope, with the person's name and
 * the obligation in words.
 */
export interface OwedItem extends Obligation {
  /** The name of the person who owes it (`'Unassigned'` when nobody is named). */
  personName: string;
  /** What is owed, in words (plain text, titles and names only): `Check-in 7 days late (due 2026-02-09): key result "…"`. */
  text: string;
  /** The names of the leads it was escalated to, nearest first (frozen, shared like `escalatedTo`). */
  escalatedToNames: readonly string[];
}

/** The weekly check-in report (`weeklyReport`). */
export interface WeeklyReport {
  kind: 'weekly';
  /** The report date, as given. */
  asOf: IsoDate;
  /** The calendar day of `asOf` in the set's zone (`YYYY-MM-DD`): what titles show for an instant `asOf`. */
  asOfDay: IsoDate;
  /** The set's time zone (`'UTC'` when it names none): the zone of the report's days. */
  timeZone: string;
  /** `asOf` − 7 days: the date the comparison scores are taken at (the same local time a week earlier). */
  previous: IsoDate;
  /**
   * The calendar week holding `asOf` ("this week"), in the set's zone from
   * `weekStartsOn`.
   */
  week: ReportWeek;
  /** The calendar week holding `previous` ("last week"). */
  previousWeek: ReportWeek;
  /** The filters the report was built with; `null` for a filter not given. */
  filter: { unitId: Id | null; ownerId: Id | null };
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
  /**
   * Who owes what this week (`obligations` at `asOf`, with the report's
   * status policy): in the scope's units (objectives, their key results,
   * dependencies on them), or the `ownerId`'s own; overdue first (most days
   * late first), then by due date; empty when nobody owes anything.
   */
  owed: OwedItem[];
  /**
   * The key results that would move the report's score most if they reached
   * their targets (largest `weight × (1 − score)` in the company's score, the
   * unit's subtree score with `unitId`, the cycle's with `cycleId`, the
   * person's with `ownerId`): at most two, each one the report shows and
   * whose window is not over (a missed key result adds nothing any more);
   * empty when none has headroom.
   */
  movers: ReportMover[];
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

/**
 * A key result that moves the score most (see `contributions`).
 *
 * @example
 * ```ts
 * import type { ReportMover } from 'sokr';
 * const m: ReportMover = { keyResultId: 'kr1', title: 'ARR', weight: 0.2, score: 0.3, headroom: 0.14 };
 * ```
 */
export interface ReportMover {
  keyResultId: string;
  title: string;
  /** Its effective weight in the score (0–1). */
  weight: number;
  score: number;
  /** `weight × (1 − score)`: what reaching its target adds to the score. */
  headroom: number;
}

/**
 * A finding as a report shows it: the finding itself (its `message` names
 * ids, for tools) and `text`, the same sentence with the titles of the
 * objectives and key results, the owners' names and the cycles' names.
 */
export interface ReportFinding extends Finding {
  /** The message with ids replaced by titles and names. */
  text: string;
}

/** Either report; `toMarkdown` and `toHtml` accept both (discriminated by `kind`). */
export type Report = WeeklyReport | CycleReview;
