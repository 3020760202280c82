// Public API of the scale layer. Owners add one export line per file.
export type { Band, Scale } from './Scale.js';
export { SCORE_EPSILON } from './scoreEpsilon.js';
export { googleScale, zonesScale, percentScale, trafficScale, scales } from './presets.js';
export { defineScale, type ScaleDefinition } from './defineScale.js';
export { grade } from './grade.js';
export { formatScore } from './formatScore.js';
export { commitmentTarget } from './commitmentTarget.js';
export { gradeObjective, type ObjectiveGrade } from './gradeObjective.js';
