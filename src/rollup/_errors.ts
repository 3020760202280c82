// Private to the rollup layer: the errors a scorer throws.
import type { Issue, Path } from '../model/issue.js';
import { isSokrError, SokrError } from '../model/SokrError.js';

/** Throws a SokrError with one issue. */
export function fail(path: Path, code: Issue['code'], message: string): never {
  throw new SokrError([{ path, code, message }]);
}

/** Re-throws a SokrError with its issue paths prefixed; other errors unchanged. */
export function rebase(error: unknown, prefix: Path): unknown {
  if (!isSokrError(error)) return error;
  return new SokrError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}
