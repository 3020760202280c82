/**
 * Private to the analysis layer: the options of `contributions` and
 * `dependencyImpact`, checked as every options object is (api-conventions §7).
 *
 * @module
 */
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { SokrError } from '../model/SokrError.js';
import type { AnalysisOptions, AnalysisScope } from './types.js';

/**
 * The scope the options name (`'company'` without one). Refuses options that
 * are not an object (`invalid_type` at `['options']`) and a misspelt option
 * (`unknown_key` with a suggestion: `{ scop }` scored the company).
 */
export function analysisScope(options: AnalysisOptions | undefined, what: string): AnalysisScope {
  if (options === undefined) return 'company';
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SokrError([
      { path: ['options'], code: 'invalid_type', message: `The options of ${what} are an object.` },
    ]);
  }
  checkOptionKeys(options, ['scope'], ['options']);
  return options.scope ?? 'company';
}
