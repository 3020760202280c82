// Public API of the analysis layer (after rollup): where scores come from, what would change them.
export type {
  AnalysisOptions,
  AnalysisScope,
  Contribution,
  Contributions,
  DependencyConcern,
  DependencyImpact,
  ScoreDelta,
  WhatIfChange,
  WhatIfResult,
} from './types.js';
export { contributions } from './contributions.js';
export { whatIf } from './whatIf.js';
export { dependencyImpact } from './dependencyImpact.js';
