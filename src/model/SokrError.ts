import { formatPath, type Issue } from './issue.js';

/**
 * The error thrown by the `assert*` twins of sokr's safe functions
 * (`assertOkrSet`, commands called with `{ throw: true }`, …).
 * It carries every issue found, each with its path and code.
 *
 * @example
 * ```ts
 * import { assertOkrSet, isSokrError } from 'sokr';
 * try {
 *   assertOkrSet({ version: 1, units: 'nope' });
 * } catch (error) {
 *   if (isSokrError(error)) console.log(error.issues[0]?.path); // ['units']
 * }
 * ```
 */
export class SokrError extends Error {
  override readonly name = 'SokrError';
  /** Every problem found, in document order. */
  readonly issues: Issue[];

  constructor(issues: Issue[], message?: string) {
    // The summary is a function of the module, not `SokrError.summarize`: a class that names
    // itself inside is bundled as `class _SokrError`, and an uncaught error printed that name.
    super(message ?? summarize(issues));
    this.issues = issues;
  }

  /** One line per issue (first 10), e.g. `keyResults[3].ownerId: dangling_reference — …`. */
  static summarize(issues: readonly Issue[]): string {
    return summarize(issues);
  }
}

function summarize(issues: readonly Issue[]): string {
  const lines = issues.slice(0, 10).map((i) => `${formatPath(i.path)}: ${i.code} — ${i.message}`);
  if (issues.length > 10) lines.push(`… and ${issues.length - 10} more`);
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/**
 * Type guard for {@link SokrError}, safe across bundles (checks the name, not the prototype).
 *
 * @example
 * ```ts
 * import { type Issue, isSokrError } from 'sokr';
 * declare const err: unknown; // what a `catch` caught
 * declare function report(issues: readonly Issue[]): void; // yours
 * if (isSokrError(err)) report(err.issues);
 * ```
 */
export function isSokrError(error: unknown): error is SokrError {
  try {
    return (
      error instanceof SokrError ||
      (error instanceof Error &&
        error.name === 'SokrError' &&
        Array.isArray((error as SokrError).issues))
    );
  } catch {
    // A Proxy whose traps throw is no SokrError (a predicate never throws).
    return false;
  }
}
