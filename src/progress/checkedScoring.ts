// The public faces of the two scoring kernels the rollup calls per key result
// (progressOf, checkpointScore): each checks its measure, then scores it.
import type { CheckInValue, Measure } from '../model/types.js';
import { checkMeasure } from './_measureCheck.js';
import { expectArgument, expectOptions, finite, refuse } from './_arguments.js';
import { checkpointScore } from './applyCheckpoints.js';
import { type MeasureProgressOptions, progressOf } from './measureProgress.js';

/** The path of the measure argument. */
const MEASURE = ['measure'];

/**
 * The progress of a key result from its current value, on 0–1 (1 = target met).
 *
 * | kind | progress |
 * |---|---|
 * | `metric` | `(v − start) / (target − start)`: the sign of `target − start` gives the direction, so `100 → 20` at 80 is 0.25. When `start === target`: 1 if `v` meets the target in `direction` (`increase`: `v ≥ target`; `decrease`: `v ≤ target`; no direction = `increase`), else 0 |
 * | `threshold` | `atLeast`: 1 when `v ≥ value`; `atMost`: 1 when `v ≤ value`; else 0 |
 * | `range` | 1 when `min ≤ v ≤ max` (inclusive), else 0 |
 * | `milestone` | `true` or `1` → 1; `false` or `0` → 0 |
 * | `checklist` | distinct done ids / number of items (no items → 0) |
 * | `derived` | not here: the rollup computes it from the child objectives |
 *
 * No value (no check-in yet) means the key result sits at its start: 0.
 * A baseline metric (`start: null`) with a value throws: its start comes from
 * the first check-in, so pass the measure through `resolveBaseline` first.
 * The result is clamped to 0–1 unless `{ clamp: false }`. The measure is
 * checked before it is scored, so a measure `parseOkrSet` refuses (a
 * misspelled `mode`, a missing `target`, `'10'` for a number, `min` above
 * `max`) throws instead of scoring silently; the rollup, which scores parsed
 * sets, skips that check.
 *
 * Any finite `start`, `target` and value give a finite result, never NaN:
 * a span beyond the float range (a metric from −1e308 to 1e308) is computed
 * on halves of the numbers, so it cannot overflow; clamped, the result is in
 * 0–1; unclamped, a ratio beyond the float range (a value far past a tiny
 * span) is capped at ±`Number.MAX_VALUE`. Threshold, range, milestone and
 * checklist progress is 0, 1 or done / total for any finite input.
 *
 * @param measure - the key result's measure; checked first, by the rules
 *   `parseOkrSet` applies to what scoring reads (see the throws).
 * @param value - the current value, `undefined` when there is no check-in.
 * @param options - `{ clamp }`.
 * @returns the progress; never NaN.
 * @throws {@link SokrError} with code `invalid_type` (path `['measure']`) when
 *   `measure` is not an object (missing, `null`, a number); code
 *   `invalid_value` at `['measure', 'kind']` for an unknown kind (the message
 *   names the kinds) or a `derived` measure; `invalid_type` at
 *   `['measure', field]` when a number field (a metric's `start` — or
 *   `null` — and `target`, a threshold's `value`, a range's `min` and `max`)
 *   is missing or not a finite number (`'10'` included), when a checklist's
 *   `items` are not a list of `{ id }` with string ids (at
 *   `['measure', 'items']`, `['measure', 'items', i]` or
 *   `['measure', 'items', i, 'id']`) or a metric's `checkpoints` not a list
 *   of `{ value, score }` with finite numbers (at `['measure', 'checkpoints']`,
 *   `[…, i]`, `[…, i, 'value']`, `[…, i, 'score']`);
 *   `invalid_value` at `['measure', 'mode']` for a threshold mode other than
 *   `'atLeast'`/`'atMost'`, at `['measure', 'direction']` for a direction
 *   other than `'increase'`/`'decrease'`, at `['measure', 'max']` for a
 *   range whose `max` is below its `min`; code `value_mismatch` (path
 *   `['value']`, or `['value', i]` for a checklist entry) when the value does
 *   not fit the measure: a non-number (or NaN/Infinity) for metric,
 *   threshold or range, a number other than 0/1 or a non-boolean for a
 *   milestone, a non-array or an unknown item id for a checklist;
 *   `invalid_value` at `['measure', 'start']` for a baseline metric given a
 *   value. What a getter or a proxy of the caller's throws is not caught
 *   here; {@link safeMeasureProgress} turns it into a `not_json` issue.
 *
 * @example
 * ```ts
 * import { measureProgress } from 'sokr';
 * measureProgress({ kind: 'metric', start: 0, target: 100 }, 20); // 0.2
 * measureProgress({ kind: 'metric', start: 100, target: 20 }, 80); // 0.25
 * measureProgress({ kind: 'metric', start: 100, target: 20 }, 0, { clamp: false }); // 1.25
 * measureProgress({ kind: 'metric', start: -1e308, target: 1e308 }, 0); // 0.5
 * measureProgress({ kind: 'threshold', mode: 'atleast', value: 5 } as never, 100);
 * // throws SokrError: invalid_value at ['measure', 'mode']
 * ```
 */
export function measureProgress(
  measure: Measure,
  value: CheckInValue | undefined,
  options?: MeasureProgressOptions,
): number {
  if (typeof measure === 'object' && measure !== null) checkMeasure(measure, MEASURE);
  if (options !== undefined) expectOptions(options);
  return progressOf(measure, value, options);
}

/**
 * Turns the linear progress of a metric (from `measureProgress`) into its
 * score through the metric's `checkpoints`: a piecewise-linear map through
 * `(start, 0)`, each `(value, score)` and `(target, 1)`. Beyond start and
 * target (unclamped progress below 0 or above 1) the score stays linear, so
 * over-achievement still shows. A measure without checkpoints (or not a
 * metric) gives the progress back unchanged; so does a checkpoint that lies
 * on the straight line (`score` equal to its own linear progress).
 *
 * `measureProgress` itself is linear; `scoreKeyResult` and the rollup apply
 * the checkpoints. The measure is checked as `measureProgress` checks it
 * (each checkpoint a `{ value, score }` of finite numbers); their order
 * (inside start … target, strictly ordered, scores in 0–1 that never
 * decrease) is assumed, as parsed.
 *
 * @param measure - the key result's measure.
 * @param progress - the linear progress of the current value.
 * @returns the score.
 * @throws {@link SokrError} `invalid_type` at `['measure']` when `measure` is
 *   not an object, at `['progress']` when `progress` is not a finite number
 *   (`'0.5'`, NaN, ±Infinity: `measureProgress` never gives one); the
 *   measure's errors of `measureProgress` (`invalid_type` at
 *   `['measure', 'checkpoints', i]` for a checkpoint that is not an object,
 *   at `['measure', 'checkpoints', i, 'value']` for one without a finite
 *   value, …).
 *
 * @example
 * ```ts
 * import { applyCheckpoints, measureProgress } from 'sokr';
 * const measure = {
 *   kind: 'metric' as const, start: 0, target: 100,
 *   checkpoints: [{ value: 50, score: 0.3 }, { value: 80, score: 0.7 }],
 * };
 * applyCheckpoints(measure, measureProgress(measure, 65)); // 0.5 (halfway from 0.3 to 0.7)
 * applyCheckpoints({ ...measure, checkpoints: [null] } as never, 0.5);
 * // throws SokrError: invalid_type at ['measure', 'checkpoints', 0]
 * ```
 */
export function applyCheckpoints(measure: Measure, progress: number): number {
  expectArgument(measure, MEASURE, 'object');
  checkMeasure(measure, MEASURE);
  if (!finite(progress)) refuse(['progress'], 'invalid_type', 'a finite number', progress);
  return checkpointScore(measure, progress);
}
