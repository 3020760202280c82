// Public API of the progress layer. Owners add one export line per file.
export { applyCheckpoints, measureProgress } from './checkedScoring.js';
export type { MeasureProgressOptions } from './measureProgress.js';
export { safeMeasureProgress } from './safeMeasureProgress.js';
export { resolveBaseline, type ResolveBaselineOptions } from './resolveBaseline.js';
export { latestCheckIn } from './latestCheckIn.js';
export {
  keyResultWindow,
  type KeyResultWindow,
  type KeyResultWindowOptions,
} from './keyResultWindow.js';
export { expectedProgress, type ExpectedProgressOptions } from './expectedProgress.js';
export {
  defaultStatusPolicy,
  type KeyResultStatus,
  type ObjectiveStatus,
  type StatusPolicy,
} from './statusPolicy.js';
export { keyResultStatus, type KeyResultStatusInput } from './keyResultStatus.js';
export { isStale } from './isStale.js';
export { objectiveStatus } from './objectiveStatus.js';
export {
  scoreKeyResult,
  type KeyResultScore,
  type ScoreKeyResultOptions,
  type StaleStatus,
} from './scoreKeyResult.js';
export { planCurve } from './planCurve.js';
export { plannedProgress } from './plannedProgress.js';
export {
  forecast,
  type Forecast,
  type ForecastOptions,
  type ForecastPoint,
} from './forecast.js';
export {
  progressSeries,
  type ProgressPoint,
  type ProgressSeriesOptions,
} from './progressSeries.js';
