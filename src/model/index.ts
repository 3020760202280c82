// Public API of the model layer. Owners add one export line per file.
export * from './types.js';
export type { AsOf } from './AsOf.js';
export type { IdKind, Issue, IssueCode, IssueValue, Path, Result } from './issue.js';
export { formatPath } from './issue.js';
export { SokrError, isSokrError } from './SokrError.js';
export type { ParseOptions, UnknownKeys } from './ParseOptions.js';
export { MAX_WEIGHT, MIN_WEIGHT } from './limits.js';
export { okrSchemas, type OkrSchemas } from './schemas.js';
export { parseOkrSet } from './parseOkrSet.js';
export { assertOkrSet } from './assertOkrSet.js';
export { checkIntegrity } from './checkIntegrity.js';
export { okrSetJsonSchema } from './okrSetJsonSchema.js';
export { authoringJsonSchema } from './authoringJsonSchema.js';
export type {
  AuthoringCheckIn,
  AuthoringDependency,
  AuthoringInitiative,
  AuthoringKeyResult,
  AuthoringObjective,
  AuthoringSet,
} from './authoring.js';
export { normalizeOkrSet } from './normalizeOkrSet.js';
export {
  generateCycles,
  type FiscalPeriod,
  type FiscalYearNaming,
  type GenerateCyclesOptions,
} from './generateCycles.js';
export { fiscalYearOf, type FiscalYearOfOptions } from './fiscalYearOf.js';
