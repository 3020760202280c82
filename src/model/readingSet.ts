/**
 * The guard of the functions that read a set they trust to be parsed: a set
 * that was never parsed gets a `SokrError` that says so, never a `TypeError`
 * from deep inside.
 *
 * @module
 */
import { SokrError } from './SokrError.js';

/**
 * Runs `work` over a set and turns a `TypeError` or `RangeError` — what a set
 * that was never parsed makes plain code throw when a field deep inside it has
 * the wrong type — into a `SokrError` (`invalid_type` at `[]`) that says so.
 * The hot paths trust parsed sets and check nothing; this keeps the throwing
 * functions' promise (only `SokrError`) for everything else. Internal.
 */
export function readingSet<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new SokrError([
        {
          path: [],
          code: 'invalid_type',
          message: `${what} could not read the set (${error.message}); parse it with parseOkrSet first.`,
        },
      ]);
    }
    throw error;
  }
}
