// The issues of the SokrError a call throws, for tests of bad arguments: any
// other outcome (another error, a result) fails the test.
import { type Issue, isSokrError } from '../../src/index.js';

/** The issues of the SokrError `run` throws; fails on any other outcome. */
export function issuesOf(run: () => unknown): Issue[] {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw new Error(`expected a SokrError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a SokrError, got a result');
}

/** The first issue of the SokrError `run` throws. */
export function issueOf(run: () => unknown): Issue {
  return issuesOf(run)[0]!;
}

/** The path and code of each issue. */
export function where(run: () => unknown): Array<Pick<Issue, 'path' | 'code'>> {
  return issuesOf(run).map(({ path, code }) => ({ path, code }));
}
