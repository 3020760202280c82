// Public API of the model layer. Owners add one export line per file.
export * from './types.js';
export type { Issue, IssueCode, Path, Result } from './issue.js';
export { formatPath } from './issue.js';
export { SokrError, isSokrError } from './SokrError.js';
