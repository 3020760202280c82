/**
 * The guard of the functions that read a set they trust to be parsed: a set
 * that was never parsed gets a `SokrError` that says so, never a `TypeError`
 * from deep inside.
 *
 * @module
 */
import { errorText } from './scanJsonData.js';
import type { Issue } from './issue.js';
import { SokrError } from './SokrError.js';

/**
 * Runs `work` over a set and its options and turns a `TypeError` or
 * `RangeError` — what a set that was never parsed makes plain code throw when
 * a field deep inside it has the wrong type — into a `SokrError`
 * (`invalid_type` at `[]`) that says so, and anything else that is not a
 * `SokrError` (a throwing getter or Proxy) into `not_json` (`inputError`).
 * The hot paths trust parsed sets and check nothing; this keeps the throwing
 * functions' promise (only `SokrError`) for everything else. Internal.
 */
export function readingSet<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SokrError) throw error;
    throw inputError(what, error);
  }
}

/**
 * The `SokrError` for anything but a `SokrError` thrown while a function read
 * its input: `invalid_type` for a `TypeError` or `RangeError` (a field of the
 * wrong type deep in a set that was never parsed), `not_json` for anything
 * else (a getter or a Proxy trap that throws, a value that cannot be copied):
 * plain data has neither. Internal.
 */
export function inputError(what: string, error: unknown): SokrError {
  const text = errorText(error);
  if (error instanceof TypeError || error instanceof RangeError)
    return new SokrError([
      {
        path: [],
        code: 'invalid_type',
        message: `${what} could not read the set (${text}); parse it with parseOkrSet first.`,
      },
    ]);
  return new SokrError([unreadableIssue(what, 'input', error)]);
}

/**
 * The `not_json` issue at `[]` of a getter or a Proxy trap that threw while
 * `what` read its `input`, `arguments` or `options`, with what it threw.
 * Internal: the one wording of every door.
 */
export function unreadableIssue(
  what: string,
  thing: 'input' | 'arguments' | 'options',
  error: unknown,
): Issue {
  return {
    path: [],
    code: 'not_json',
    message: `${what} could not read its ${thing}: reading ${thing === 'input' ? 'it' : 'them'} threw (${errorText(error)}). sokr reads plain data: no getters or proxies that throw.`,
  };
}

/**
 * Runs `work` and turns anything it throws that is not a `SokrError` — a
 * getter or a Proxy trap of the caller's that throws while `what` reads its
 * arguments — into `not_json` at `[]`. For functions whose own checks throw
 * only `SokrError`s but that read what the caller hands them. Internal.
 */
export function guardedRead<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SokrError) throw error;
    throw new SokrError([unreadableIssue(what, 'arguments', error)]);
  }
}
