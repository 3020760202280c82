import { checkScore } from './_fail.js';
import { googleScale } from './presets.js';
import type { Scale } from './Scale.js';

/**
 * Formats a score for display — the only place sokr rounds. A `'decimal'`
 * scale prints one decimal (Google's convention: `0.7`, `1.0`); a `'percent'`
 * scale a whole percentage (`70%`). Halves round away from zero
 * (`0.25` → `0.3`, `0.285` → `29%`), with a tiny tolerance so that floating
 * point noise (`0.285 * 100 = 28.499999999999996`) does not flip the digit.
 * Unclamped scores keep their sign and size (`1.25` → `1.3`, `-0.25` → `-0.3`).
 *
 * @param score - a score (1 = target met).
 * @param scale - decides the format; `googleScale` when absent.
 * @returns the formatted score.
 * @throws {@link SokrError} (`invalid_value`, path `['score']`) when the score is not a finite number.
 *
 * @example
 * ```ts
 * import { formatScore, percentScale } from 'sokr';
 * formatScore(0.7); // '0.7'
 * formatScore(0.7, percentScale); // '70%'
 * ```
 */
export function formatScore(score: number, scale: Scale = googleScale): string {
  checkScore(score);
  const percent = scale.format === 'percent';
  const factor = percent ? 100 : 10;
  const magnitude = Math.round(Math.abs(score) * factor + 1e-9);
  const rounded = magnitude === 0 ? 0 : score < 0 ? -magnitude : magnitude;
  return percent ? `${rounded}%` : (rounded / 10).toFixed(1);
}
