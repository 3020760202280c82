import { alignDependencyAccepted } from './rules/align-dependency-accepted.js';
import { alignDependencyCrossUnit } from './rules/align-dependency-cross-unit.js';
import { alignDependencyDeclined } from './rules/align-dependency-declined.js';
import { alignDependencyExists } from './rules/align-dependency-exists.js';
import { cascadeNoLevelSkip } from './rules/cascade-no-level-skip.js';
import { cascadeNoLoop } from './rules/cascade-no-loop.js';
import { cascadeParentCycle } from './rules/cascade-parent-cycle.js';
import { cascadeParentExists } from './rules/cascade-parent-exists.js';
import { cascadeParentUnit } from './rules/cascade-parent-unit.js';
import { cascadeTopLevelPillar } from './rules/cascade-top-level-pillar.js';
import { deliverCheckInOutsideWindow } from './rules/deliver-check-in-outside-window.js';
import { deliverConfidenceDrop } from './rules/deliver-confidence-drop.js';
import { deliverMissingCheckIn } from './rules/deliver-missing-check-in.js';
import { deliverStaleCheckIn } from './rules/deliver-stale-check-in.js';
import { engageApprovedBeforeActive } from './rules/engage-approved-before-active.js';
import { engageOwnedInUnit } from './rules/engage-owned-in-unit.js';
import { limitsCompanyObjectives } from './rules/limits-company-objectives.js';
import { limitsKrPerObjective } from './rules/limits-kr-per-objective.js';
import { limitsObjectivesPerUnit } from './rules/limits-objectives-per-unit.js';
import { limitsPillars } from './rules/limits-pillars.js';
import { linkAnchorExists } from './rules/link-anchor-exists.js';
import { linkAnchorRequired } from './rules/link-anchor-required.js';
import { linkSupportsOtherUnit } from './rules/link-supports-other-unit.js';
import { measureQuantifiable } from './rules/measure-quantifiable.js';
import { measureTimeBound } from './rules/measure-time-bound.js';
import { measureWeights } from './rules/measure-weights.js';
import { ownerKrOwner } from './rules/owner-kr-owner.js';
import { ownerObjectiveOwner } from './rules/owner-objective-owner.js';
import { qualityDuplicateTitle } from './rules/quality-duplicate-title.js';
import { qualityEarlyAchievement } from './rules/quality-early-achievement.js';
import { qualityEarlyConfidence } from './rules/quality-early-confidence.js';
import { qualityKrActivity } from './rules/quality-kr-activity.js';
import { qualityKrUnit } from './rules/quality-kr-unit.js';
import { qualityMetricBaseline } from './rules/quality-metric-baseline.js';
import { qualityMostlyMilestones } from './rules/quality-mostly-milestones.js';
import { qualityObjectiveNumbers } from './rules/quality-objective-numbers.js';
import { qualityTitleLength } from './rules/quality-title-length.js';
import type { AnyRule } from './types.js';

/**
 * Every built-in rule by its stable id (off unless a policy turns it on;
 * `recommended` and `strict` set all but the `quality/*` wording rules, which
 * the `quality` preset turns on).
 *
 * @example
 * ```ts
 * import { builtinRules } from 'sokr';
 * Object.keys(builtinRules); // ['align/dependency-accepted', …]
 * builtinRules['limits/kr-per-objective']?.meta.options;
 * ```
 */
export const builtinRules: Readonly<Record<string, AnyRule>> = {
  'align/dependency-accepted': alignDependencyAccepted,
  'align/dependency-cross-unit': alignDependencyCrossUnit,
  'align/dependency-declined': alignDependencyDeclined,
  'align/dependency-exists': alignDependencyExists,
  'cascade/no-level-skip': cascadeNoLevelSkip,
  'cascade/no-loop': cascadeNoLoop,
  'cascade/parent-cycle': cascadeParentCycle,
  'cascade/parent-exists': cascadeParentExists,
  'cascade/parent-unit': cascadeParentUnit,
  'cascade/top-level-pillar': cascadeTopLevelPillar,
  'deliver/check-in-outside-window': deliverCheckInOutsideWindow,
  'deliver/confidence-drop': deliverConfidenceDrop,
  'deliver/missing-check-in': deliverMissingCheckIn,
  'deliver/stale-check-in': deliverStaleCheckIn,
  'engage/approved-before-active': engageApprovedBeforeActive,
  'engage/owned-in-unit': engageOwnedInUnit,
  'limits/company-objectives': limitsCompanyObjectives,
  'limits/kr-per-objective': limitsKrPerObjective,
  'limits/objectives-per-unit': limitsObjectivesPerUnit,
  'limits/pillars': limitsPillars,
  'link/anchor-exists': linkAnchorExists,
  'link/anchor-required': linkAnchorRequired,
  'link/supports-other-unit': linkSupportsOtherUnit,
  'measure/quantifiable': measureQuantifiable,
  'measure/time-bound': measureTimeBound,
  'measure/weights': measureWeights,
  'owner/kr-owner': ownerKrOwner,
  'owner/objective-owner': ownerObjectiveOwner,
  'quality/duplicate-title': qualityDuplicateTitle,
  'quality/early-achievement': qualityEarlyAchievement,
  'quality/early-confidence': qualityEarlyConfidence,
  'quality/kr-activity': qualityKrActivity,
  'quality/kr-unit': qualityKrUnit,
  'quality/metric-baseline': qualityMetricBaseline,
  'quality/mostly-milestones': qualityMostlyMilestones,
  'quality/objective-numbers': qualityObjectiveNumbers,
  'quality/title-length': qualityTitleLength,
};
