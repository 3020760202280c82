/**
 * The thresholds of "on track": one shared definition, overridable by callers.
 *
 * @example
 * ```ts
 * import { keyResultStatus, type StatusPolicy } from 'sokr';
 * const lenient: Partial<StatusPolicy> = { atRiskGap: 0.3 };
 * keyResultStatus({ score: 0.35, expected: 0.6, hasCheckIn: true, windowOver: false }, lenient); // 'on-track'
 * ```
 */
export interface StatusPolicy {
  /** A score below `expected − atRiskGap` is at risk (default 0.2). */
  atRiskGap: number;
  /** A score below `expected − offTrackGap` is off track (default 0.4). */
  offTrackGap: number;
  /** A latest confidence at or below this (0–10 scale) turns on-track into at-risk (default 3). */
  lowConfidence: number;
  /** The check-in cadence in days: a latest check-in older than this is stale (default 7, weekly). */
  cadenceDays: number;
}

/**
 * The check-in cadence of the weekly rhythm, in days: the one place it is
 * written (`defaultStatusPolicy.cadenceDays` and the `deliver/*` rules read it).
 * A plain constant for module top levels
 * (internal, not exported from the package): a bundler treats a property read
 * such as `defaultStatusPolicy.cadenceDays` inside a top-level
 * `@__PURE__`-annotated `defineRule({...})` argument as a possible side effect and
 * keeps the whole call, which defeats tree-shaking; an imported constant does not.
 */
export const DEFAULT_CADENCE_DAYS = 7;

/**
 * The default status policy: at-risk gap 0.2, off-track gap 0.4, low
 * confidence ≤ 3, weekly cadence (7 days).
 *
 * @example
 * ```ts
 * import { defaultStatusPolicy } from 'sokr';
 * defaultStatusPolicy.cadenceDays; // 7
 * ```
 */
export const defaultStatusPolicy: Readonly<StatusPolicy> = {
  atRiskGap: 0.2,
  offTrackGap: 0.4,
  lowConfidence: 3,
  cadenceDays: DEFAULT_CADENCE_DAYS,
};

/**
 * The status of a key result:
 * - `pending` — no check-in yet;
 * - `achieved` — score ≥ 1;
 * - `missed` — the window is over and the score < 1;
 * - `on-track` — score ≥ expected − atRiskGap (and confidence not low);
 * - `at-risk` — score ≥ expected − offTrackGap, or on track with low confidence;
 * - `off-track` — below that.
 *
 * @example
 * ```ts
 * import type { KeyResultStatus } from 'sokr';
 * const s: KeyResultStatus = 'at-risk';
 * ```
 */
export type KeyResultStatus =
  | 'pending'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'achieved'
  | 'missed';

/**
 * The status of an objective, derived from its key results' statuses by
 * `objectiveStatus` (same values as {@link KeyResultStatus}).
 *
 * @example
 * ```ts
 * import { objectiveStatus, type ObjectiveStatus } from 'sokr';
 * const s: ObjectiveStatus = objectiveStatus(['on-track', 'at-risk']); // 'at-risk'
 * ```
 */
export type ObjectiveStatus = KeyResultStatus;
