// Public API of the alignment layer. Owners add one export line per file.
export * from './types.js';
export * from './buildIndex.js';
export * from './defineRule.js';
export * from './definePolicy.js';
export * from './presets.js';
export * from './builtinRules.js';
export * from './compareFindings.js';
export * from './validate.js';
export * from './alignmentHealth.js';
