/**
 * The cycle review's data: plain, JSON-serializable objects built by
 * `cycleReview` (the weekly report's and the shared shapes are in `types.ts`,
 * which re-exports these).
 *
 * @module
 */
import type { Commitment, Id, IsoDate, ObjectiveState } from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { StatusCounts } from '../rollup/types.js';
import type { Band, Scale } from '../scale/Scale.js';
import type {
  ReportCycle,
  ReportPoint,
  ReportFigures,
  ReportForecast,
  ReportFinding,
} from './types.js';

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
  /** Score at the first check-in; `null` when never updated. */
  firstScore: number | null;
  /** `score − firstScore` (0 when never updated). */
  improvement: number;
  /** Day of the first check-in that reached the target; `null` when none did. */
  achievedAt: IsoDate | null;
  /** Achieved with more than a quarter of its window left. */
  achievedEarly: boolean;
  /** Confidence of the first and the latest check-in; `null` when no check-in gives one. */
  confidence: { first: number; last: number } | null;
  window: { start: IsoDate; end: IsoDate };
  series: ReportPoint[];
  /** The linear forecast; `null` for derived key results and when the check-ins give no finite projection. */
  forecast: ReportForecast | null;
  /** The final value, start and target in the measure's unit. */
  figures: ReportFigures;
}

/** One objective in the cycle review, graded against its commitment. */
export interface ReviewObjective {
  id: Id;
  title: string;
  unitId: Id;
  unitName: string;
  /** The objective's owner; `null` when it names none. */
  ownerId: Id | null;
  /** The owner's name (the id when the person is unknown); `null` without an owner. */
  ownerName: string | null;
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
  /** The final score it was closed with, when it differs from the computed `score` (see `closeObjective`); else `null`. */
  finalScore: number | null;
  /** Why the final score differs; `null` when `finalScore` is `null` or no reason was given. */
  finalScoreReason: string | null;
}

/** An unfinished objective worth continuing next cycle. */
export interface CarryOverCandidate {
  objectiveId: Id;
  title: string;
  score: number;
  commitment: Commitment;
  /** Key results not achieved, worst first. */
  keyResults: Id[];
  /** The objective of a later cycle that already continues this one (`carriedFrom`); `null` when none does. */
  carriedTo: Id | null;
  /** Its title; `null` with `carriedTo`. */
  carriedToTitle: string | null;
  /** The name of its cycle (`Q2 2026`); `null` with `carriedTo`. */
  carriedToCycle: string | null;
}

/** The outcome of a strategic pillar in the cycle. */
export interface PillarOutcome {
  pillarId: Id;
  title: string;
  /** Weighted mean score of the cycle's objectives anchored to the pillar; `null` when none has a score. */
  score: number | null;
  /** The band of `score` (`null` with it). */
  band: Band | null;
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
  /** The calendar day of `asOf` in the set's zone (`YYYY-MM-DD`): what titles show for an instant `asOf`. */
  asOfDay: IsoDate;
  /** The set's time zone (`'UTC'` when it names none): the zone of the review's days. */
  timeZone: string;
  /** `asOf` is after the cycle's last day. */
  closed: boolean;
  /** `asOf` is on or after the cycle's first day (a review before it has no retrospective prompts). */
  started: boolean;
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
  /**
   * Alignment health at close, of this cycle: `alignmentHealth(validate(set,
   * { asOf }), set, { cycleId })` — the findings about the cycle's objectives
   * (their key results, check-ins, dependencies…), about the cycle, and about
   * what every cycle shares (units, people, the strategy); `findings` lists them.
   */
  alignment: {
    /** 0–100, unrounded (`alignmentHealth(…).score`). */
    health: number;
    /** Objectives of the set that reach no LEAD anchor (homework, not strategy). */
    homework: Id[];
    errors: number;
    warnings: number;
    infos: number;
    /** The error and warning findings (at most 20), with their text in titles and names. */
    findings: ReportFinding[];
  };
  prompts: RetroPrompt[];
  /** Committed and aspirational objectives apart: how many, how many met their target, their mean score. */
  commitments: Record<Commitment, CommitmentOutcome>;
}

/** The objectives of one commitment in a cycle review. */
export interface CommitmentOutcome {
  /** 1.0 for committed, 0.7 for aspirational (on the review's scale). */
  target: number;
  objectives: number;
  /** Of those, how many met the target. */
  met: number;
  /** Weighted mean (objective weights) of their scores; `null` with none. */
  score: number | null;
}
