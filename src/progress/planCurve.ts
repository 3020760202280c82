import type { PlanCurve } from '../model/types.js';
import { fail, show } from '../scale/_fail.js';
import { finite, refuse } from './_arguments.js';

/**
 * The expected progress of a curve preset at elapsed fraction `x` of the
 * window (clamped to 0–1):
 *
 * | curve | formula | at x = 0.5 |
 * |---|---|---|
 * | `linear` | x | 0.5 |
 * | `front-loaded` | 1 − (1 − x)² | 0.75 |
 * | `back-loaded` | x² | 0.25 |
 * | `s-curve` | 3x² − 2x³ (smoothstep) | 0.5 |
 * | `step` | 0 while x < 1, then 1 | 0 |
 *
 * Every curve is 0 at 0 and 1 at 1, and never decreases.
 *
 * @param curve - the preset.
 * @param x - the elapsed fraction of the window (a finite number; clamped to 0–1).
 * @returns a number in [0, 1]; `linear` returns `x` itself (bit for bit).
 * @throws {@link SokrError} (`invalid_value`, path `['x']`) for an `x` that
 *   is not a finite number (`'0.5'`, NaN, ±Infinity); (`invalid_value`,
 *   path `['plan']`) for an unknown curve.
 *
 * @example
 * ```ts
 * import { planCurve } from 'sokr';
 * planCurve('back-loaded', 0.5); // 0.25
 * planCurve('front-loaded', 0.5); // 0.75
 * planCurve('linear', '0.5' as never); // throws SokrError: invalid_value at ['x']
 * ```
 */
export function planCurve(curve: PlanCurve, x: number): number {
  if (!finite(x)) refuse(['x'], 'invalid_value', 'a finite number', x);
  return curveAt(curve, x);
}

/**
 * {@link planCurve} without its check of `x` (a number; NaN reads as 0):
 * the kernel `plannedProgress` and the rollup call with an elapsed fraction
 * they computed. Internal.
 */
export function curveAt(curve: PlanCurve, x: number): number {
  // biome-ignore lint/complexity/useMathMinMax: shorter than Math.min once minified, and the scoring bundle is at its 2 kB budget.
  const t = x > 0 ? (x < 1 ? x : 1) : 0;
  switch (curve) {
    case 'linear':
      return t;
    case 'front-loaded':
      return 1 - (1 - t) * (1 - t);
    case 'back-loaded':
      return t * t;
    case 's-curve':
      return t * t * (3 - 2 * t);
    case 'step':
      return t < 1 ? 0 : 1;
    default:
      throw fail(
        ['plan'],
        'invalid_value',
        `A plan curve is linear, front-loaded, back-loaded, s-curve or step, got ${show(curve)}.`,
      );
  }
}
