import type { Path } from '../model/issue.js';
import type { SokrError } from '../model/SokrError.js';
import { fail, show } from '../scale/_fail.js';
import { finite } from './_arguments.js';
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
 * The progress of a key result from its current value, on 0–1: the kernel of
 * the public {@link measureProgress} (`checkedScoring.ts`, which documents
 * the formulas), without its check of the measure. The rollup and the reports
 * call it per key result and per check-in on measures that were parsed (or
 * that a public entry point checked): it allocates nothing and validates only
 * the value's type, so a malformed measure it is given (a misspelled mode, a
 * missing target) scores silently. Throws the value and kind errors listed
 * on the public function. Internal.
 */
export function progressOf(
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
  if (kind !== 'metric' && kind !== 'threshold' && kind !== 'range')
    throw unknownKind(['measure', 'kind'], kind);
  if (!finite(value)) throw mismatch(value, 'a finite number');
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

/**
 * `invalid_value` at `path` (`['measure', 'kind']`) for a kind that cannot be
 * scored here: an unknown one, or `derived`. The message names the kinds.
 * Internal: the kernel and the measure check share it.
 */
export function unknownKind(path: Path, kind: unknown): SokrError {
  return fail(
    path,
    'invalid_value',
    `Cannot score a ${show(kind)} measure: the kinds are "metric", "threshold", "range", "milestone" and "checklist" ("derived" ones are scored by the rollup).`,
  );
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
