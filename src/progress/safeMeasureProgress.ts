import type { Result } from '../model/issue.js';
import type { CheckInValue, Measure } from '../model/types.js';
import { argumentError } from './_arguments.js';
import { measureProgress } from './checkedScoring.js';
import type { MeasureProgressOptions } from './measureProgress.js';

/**
 * The non-throwing twin of {@link measureProgress}: the progress, or the
 * issues (`value_mismatch`, `invalid_value`, `invalid_type` at `['measure']`)
 * it would have thrown. Never throws, whatever the arguments: a getter or a
 * proxy of the caller's that throws while being read is a `not_json` issue
 * naming the argument (`['measure']`, `['value']`, `['options']`).
 *
 * @param measure - the key result's measure.
 * @param value - the current value, `undefined` when there is no check-in.
 * @param options - `{ clamp }`.
 * @returns `{ ok: true, value: progress }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeMeasureProgress } from 'sokr';
 * const r = safeMeasureProgress({ kind: 'metric', start: 0, target: 10 }, 'ten' as never);
 * if (!r.ok) console.log(r.issues[0]?.code); // 'value_mismatch'
 * ```
 */
export function safeMeasureProgress(
  measure: Measure,
  value: CheckInValue | undefined,
  options?: MeasureProgressOptions,
): Result<number> {
  try {
    return { ok: true, value: measureProgress(measure, value, options) };
  } catch (error) {
    // measureProgress throws SokrErrors; a getter or proxy of the caller's may throw anything.
    return {
      ok: false,
      issues: argumentError(error, 'safeMeasureProgress', { measure, value, options }).issues,
    };
  }
}
