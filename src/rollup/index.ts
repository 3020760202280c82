// Public API of the rollup layer. Owners add one export line per file.
export type {
  Aggregate,
  ObjectiveStatusMode,
  CascadeLoop,
  KeyResultCard,
  ObjectiveCard,
  PendingPolicy,
  RollupOptions,
  RollupScope,
  Scorecard,
  ScorecardOptions,
  Scorer,
  StatusCounts,
  UnitAggregate,
} from './types.js';
export { createScorer } from './createScorer.js';
export { rollup } from './rollup.js';
