// Public API of the rhythm layer (obligations and digests). Owners add one export line per file.
export type * from './types.js';
export { obligations } from './obligations.js';
export { personDigests } from './personDigests.js';
