// Private to the progress layer: points the paths of errors from measureProgress / checkInInstant into the caller's arguments.
import { SokrError } from '../model/SokrError.js';

/**
 * Re-throws `error`; a SokrError gets paths into `(kr, cycle, checkIns)`:
 * `['measure', …]` → `['keyResult', 'measure', …]`, `['value', …]` →
 * `['checkIns', checkInIndex, 'value', …]`, `[i, 'at']` → `['checkIns', i, 'at']`.
 */
export function rethrowAt(error: unknown, checkInIndex: number): never {
  if (!(error instanceof SokrError)) throw error;
  throw new SokrError(
    error.issues.map((issue) => {
      const head = issue.path[0];
      const prefix =
        head === 'measure'
          ? ['keyResult']
          : head === 'value'
            ? ['checkIns', checkInIndex]
            : ['checkIns'];
      return { ...issue, path: [...prefix, ...issue.path] };
    }),
  );
}
