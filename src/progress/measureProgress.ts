import type { SokrError } from '../model/SokrError.js';
import { fail, show } from '../scale/_fail.js';
import type { CheckInValue, Measure } from '../model/types.js';

/** Options of {@link measureProgress}. */
export interface MeasureProgressOptions {
  /**
   * Clamp the progress to 0–1 (default `true`). With `false` a metric shows
   * over-achievement (> 1) and regression (< 0); the other kinds are already
   * 0, 1 or a fraction.
   */
  clamp?: boolean;
}

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
 * The result is clamped to 0–1 unless `{ clamp: false }`. This is the hot loop
 * of the rollup: it allocates nothing and only validates the value's type.
 *
 * Any finite `start`, `target` and value give a finite result, never NaN:
 * a span beyond the float range (a metric from −1e308 to 1e308) is computed
 * on halves of the numbers, so it cannot overflow; clamped, the result is in
 * 0–1; unclamped, a ratio beyond the float range (a value far past a tiny
 * span) is capped at ±`Number.MAX_VALUE`. Threshold, range, milestone and
 * checklist progress is 0, 1 or done / total for any finite input.
 *
 * @param measure - the key result's measure (assumed valid, as parsed).
 * @param value - the current value, `undefined` when there is no check-in.
 * @param options - `{ clamp }`.
 * @returns the progress; never NaN.
 * @throws {@link SokrError} with code `invalid_type` (path `['measure']`) when
 *   `measure` is not an object (missing, `null`, a number); code `value_mismatch` (path `['value']`, or
 *   `['value', i]` for a checklist entry) when the value does not fit the
 *   measure: a non-number (or NaN/Infinity) for metric, threshold or range, a
 *   number other than 0/1 or a non-boolean for a milestone, a non-array or an
 *   unknown item id for a checklist; code `invalid_value` (path
 *   `['measure', 'kind']`) for a `derived` measure or an unknown kind, and
 *   (path `['measure', 'start']`) for a baseline metric given a value. What a
 *   getter or a proxy of the caller's throws is not caught here (the hot loop
 *   stays small); {@link safeMeasureProgress} turns it into a `not_json` issue.
 *
 * @example
 * ```ts
 * import { measureProgress } from 'sokr';
 * measureProgress({ kind: 'metric', start: 0, target: 100 }, 20); // 0.2
 * measureProgress({ kind: 'metric', start: 100, target: 20 }, 80); // 0.25
 * measureProgress({ kind: 'metric', start: 100, target: 20 }, 0, { clamp: false }); // 1.25
 * measureProgress({ kind: 'metric', start: -1e308, target: 1e308 }, 0); // 0.5
 * ```
 */
export function measureProgress(
  measure: Measure,
  value: CheckInValue | undefined,
  options?: MeasureProgressOptions,
): number {
  if (typeof measure !== 'object' || measure === null)
    throw fail(['measure'], 'invalid_type', `Expected a measure object, got ${show(measure)}.`);
  const kind = measure.kind;
  if (value === undefined && kind !== 'derived') return 0;
  if (kind === 'milestone') {
    if (value === true || value === 1) return 1;
    if (value === false || value === 0) return 0;
    throw mismatch(value, 'true, false, 1 or 0');
  }
  if (kind === 'checklist') return checklistProgress(measure.items, value as CheckInValue);
  if (kind !== 'metric' && kind !== 'threshold' && kind !== 'range') {
    throw fail(
      ['measure', 'kind'],
      'invalid_value',
      `Cannot score a ${show(kind)} measure (the rollup scores derived ones).`,
    );
  }
  if (typeof value !== 'number' || value - value !== 0) throw mismatch(value, 'a finite number');
  if (kind === 'metric') {
    const start = measure.start;
    if (start === null) throw fail(['measure', 'start'], 'invalid_value', BASELINE_UNSET);
    const span = measure.target - start;
    if (span === 0)
      return (measure.direction === 'decrease' ? value <= start : value >= start) ? 1 : 0;
    // A span beyond the float range (−1e308 → 1e308) is computed on halves,
    // which cannot overflow: (v/2 − s/2) / (t/2 − s/2) is the same ratio.
    let p =
      span - span === 0
        ? (value - start) / span
        : (value / 2 - start / 2) / (measure.target / 2 - start / 2);
    if (options?.clamp === false) {
      // Far beyond the target with a tiny span: the ratio may exceed the float range.
      if (p - p !== 0) p = p > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
      return p + 0; // −0 (at the start of a decreasing KR) as 0
    }
    // biome-ignore lint/complexity/useMathMinMax: branch-light clamp without calls in the hot loop
    return p > 0 ? (p > 1 ? 1 : p) : 0;
  }
  if (kind === 'threshold')
    return (measure.mode === 'atMost' ? value <= measure.value : value >= measure.value) ? 1 : 0;
  return value >= measure.min && value <= measure.max ? 1 : 0;
}

/** Why a baseline metric (`start: null`) cannot score a value by itself. Internal. */
export const BASELINE_UNSET =
  'The baseline (start: null) is set by the first check-in; resolve it first (resolveBaseline).';

/** `{ clamp: false }`, shared so callers in loops do not allocate it. Internal. */
export const UNCLAMPED: MeasureProgressOptions = { clamp: false };

function checklistProgress(items: readonly { id: string }[], value: CheckInValue): number {
  if (!Array.isArray(value)) throw mismatch(value, 'an array of item ids');
  const total = items.length;
  let done = 0;
  // Quadratic but allocation-free: checklists are short.
  for (let i = 0; i < value.length; i++) {
    const id = value[i];
    let k = 0;
    while (k < total && items[k]!.id !== id) k++;
    if (k === total) {
      throw fail(['value', i], 'value_mismatch', `Expected a checklist item id, got ${show(id)}.`);
    }
    if (value.indexOf(id as string) === i) done++; // duplicates count once
  }
  return total === 0 ? 0 : done / total;
}

function mismatch(value: unknown, expected: string): SokrError {
  return fail(['value'], 'value_mismatch', `Expected ${expected}, got ${show(value)}.`);
}
