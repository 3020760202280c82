/**
 * The one check of an options object's names: a misspelt option
 * (`{ pendng: 'exclude' }`) is refused with a suggestion instead of being
 * ignored, which would silently apply the default.
 *
 * @module
 */
import { quote } from '../_lib/quote.js';
import type { Issue, Path } from './issue.js';
import { unknownKeyIssue } from './issueMessages.js';
import { SokrError } from './SokrError.js';

/**
 * Throws a {@link SokrError} with one `unknown_key` issue per own enumerable
 * key of `options` that is not in `known`, at `[...path, key]`, suggesting
 * the closest known name (`unknown option "pendng"; did you mean "pending"?`).
 * Internal: every public function that takes an options object calls it on
 * what the caller gave (never on the options it builds for the layers below).
 *
 * @param options - The options object as given (already known to be an object).
 * @param known - The option names the function takes.
 * @param path - Where the options are in the caller's input (default `[]`).
 * @example
 * ```ts
 * import { checkOptionKeys } from './checkOptionKeys.js';
 * checkOptionKeys({ asOf: '2026-02-15', pendng: 'exclude' }, ['asOf', 'pending']);
 * // throws: pendng: unknown_key — unknown option "pendng"; did you mean "pending"?
 * ```
 */
export function checkOptionKeys(options: object, known: readonly string[], path: Path = []): void {
  const issues: Issue[] = [];
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const home = nestedHome(key, known);
    issues.push(
      home === undefined
        ? unknownKeyIssue(path, key, known, 'option')
        : {
            path: [...path, key],
            code: 'unknown_key',
            message: `unknown option ${quote(key)}: it belongs in ${home} (${home}: { ${key}: … })`,
            key,
            suggestion: `${home}.${key}`,
          },
    );
  }
  if (issues.length > 0) throw new SokrError(issues);
}

/**
 * Fields of an option object that callers give at the top by mistake
 * (`{ cadenceDays: 3 }` for `{ statusPolicy: { cadenceDays: 3 } }`); the
 * status policy's fields are `checkStatusPolicy`'s (a test holds them equal).
 */
const NESTED: Readonly<Record<string, readonly string[]>> = {
  statusPolicy: ['atRiskGap', 'offTrackGap', 'lowConfidence', 'cadenceDays'],
};

/** The option `key` belongs in, when the function takes that option. */
function nestedHome(key: string, known: readonly string[]): string | undefined {
  for (const home of Object.keys(NESTED))
    if (known.includes(home) && NESTED[home]!.includes(key)) return home;
  return undefined;
}
