import { bandsOf, checkScore } from './_fail.js';
import { grade } from './grade.js';
import { googleScale } from './presets.js';
import type { Band, Scale } from './Scale.js';

/** Above 2^53 every double is a whole number: print its digits exactly instead of multiplying. */
const EXACT_INTEGERS = 2 ** 53;
/** How many extra decimals a band narrower than the scale's step may need before giving up. */
const MAX_EXTRA_DIGITS = 12;

/**
 * Formats a score for display — the only place sokr rounds. A `'decimal'`
 * scale prints one decimal (Google's convention: `0.7`, `1.0`); a `'percent'`
 * scale a whole percentage (`70%`).
 *
 * **The printed number always lies in the score's band.** Scores round to the
 * nearest step, halves away from zero (`0.25` → `0.3`, `0.285` → `29%`, with
 * a tiny tolerance so that floating-point noise does not flip a digit), except
 * where that would cross a band boundary: then the score rounds toward its
 * band's interior. On the google scale 0.35 is red, so it prints `0.3`, not
 * `0.4` (which is yellow); 0.96 on the zones scale is `target`, so it prints
 * `0.9`, not `1.0` (`stretch`). Grading the printed number therefore gives
 * the band of the score itself, so a number and its colour never disagree;
 * the score is never changed, only its text. 1.0 (the target met) is a
 * boundary on every scale: a score below it prints at most `0.9` (`99%`), so
 * 0.98 never reads as a met target. On the google scale the printed
 * grades are exactly Google's published ones: red 0.0–0.3, yellow 0.4–0.6,
 * green 0.7–1.0. A custom band narrower than one step gets as many extra
 * decimals as it needs (`0.45` for a band `[0.42, 0.48)`).
 *
 * Unclamped scores keep their sign and size (`1.25` → `1.3`, `-0.25` →
 * `-0.3`); `-0` and tiny negatives print as `0.0`, never `-0.0`. Huge finite
 * scores print all their digits (`1e20` → `100000000000000000000.0`), never
 * in exponent notation.
 *
 * @param score - a score (1 = target met); any finite number.
 * @param scale - decides the format and the bands; `googleScale` when absent.
 * @returns the formatted score.
 * @throws {@link SokrError} (`invalid_value`, path `['score']`) when the score
 *   is `NaN` or infinite, and for a scale that is not one — the same inputs
 *   `grade` refuses, so nothing ever prints `NaN` or `Infinity`.
 *
 * @example
 * ```ts
 * import { formatScore, grade, percentScale } from 'sokr';
 * formatScore(0.7); // '0.7'
 * formatScore(0.7, percentScale); // '70%'
 * formatScore(0.35); // '0.3' — grade(0.35) is Red, and so is 0.3
 * grade(0.35).label; // 'Red'
 * ```
 */
export function formatScore(score: number, scale: Scale = googleScale): string {
  checkScore(score);
  bandsOf(scale);
  const percent = scale.format === 'percent';
  const digits = percent ? 0 : 1; // decimals printed at the scale's precision
  if (Math.abs(score) >= EXACT_INTEGERS) return printExact(score, percent);
  const band = grade(score, scale);
  for (let extra = 0; extra <= MAX_EXTRA_DIGITS; extra++) {
    const units = toBand(score, band, scale, 10 ** (digits + extra + (percent ? 2 : 0)));
    if (units !== undefined) return print(units, digits + extra, percent);
  }
  // Only a band narrower than 10^-12 gets here: print the nearest number at the finest step.
  return print(
    nearestUnits(score, 10 ** (digits + MAX_EXTRA_DIGITS + (percent ? 2 : 0))),
    digits + MAX_EXTRA_DIGITS,
    percent,
  );
}

/** The score rounded to whole `1 / factor` steps, halves away from zero. */
function nearestUnits(score: number, factor: number): number {
  const magnitude = Math.round(Math.abs(score) * factor + 1e-9);
  return score < 0 ? -magnitude : magnitude;
}

/**
 * The step count (of `1 / factor`) nearest to the score whose value grades in
 * `band`, or `undefined` when no step of that size lies in the band.
 */
function toBand(score: number, band: Band, scale: Scale, factor: number): number | undefined {
  const units = nearestUnits(score, factor);
  // 1.0 is a boundary of every scale: the target met (achieved, and a committed objective's
  // goal). A score below it never prints as 1.0 or more.
  if (score < 1 && units >= factor) {
    const below = factor - 1;
    return grade(below / factor, scale) === band ? below : undefined;
  }
  const printed = grade(units / factor, scale);
  if (printed === band) return units;
  // The nearest step crossed a boundary; the one next to it, toward the band, is the only candidate.
  const inward = printed.min > band.min ? units - 1 : units + 1;
  return grade(inward / factor, scale) === band ? inward : undefined;
}

/** `units / 10^digits` (times 100 as a percentage) with exactly `digits` decimals. */
function print(units: number, digits: number, percent: boolean): string {
  const sign = units < 0 ? '-' : '';
  const text = String(Math.abs(units)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const decimals = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${sign}${whole}${decimals}${percent ? '%' : ''}`;
}

/** A score ≥ 2^53 in magnitude: a whole number, printed from its exact digits. */
function printExact(score: number, percent: boolean): string {
  const digits = BigInt(Math.abs(score)).toString();
  const sign = score < 0 ? '-' : '';
  return percent ? `${sign}${digits}00%` : `${sign}${digits}.0`;
}
