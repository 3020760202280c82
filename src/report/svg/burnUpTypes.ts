/**
 * The options of `burnUpSvg`: the series, its window and an optional value axis.
 *
 * @module
 */
import type { AsOf } from '../../model/AsOf.js';
import type { IsoDate } from '../../model/types.js';

/** One point of a burn-up chart: a score (0–1, 1 = target) at a date. */
export interface BurnUpPoint {
  /** ISO date/date-time or epoch milliseconds. */
  at: IsoDate | number;
  /** Score on 0–1 (may exceed 1 when not clamped). */
  score: number;
  /** The value in the measure's unit, plotted when the chart has a {@link BurnUpValueAxis}. */
  value?: number | null | undefined;
}

/**
 * A value axis: the chart plots the points' `value` in the measure's unit
 * instead of their score, with the goal drawn as the measure states it.
 */
export interface BurnUpValueAxis {
  /** Writes a value with its unit (axis labels, point titles): `€4.35M`, `88 %`. */
  format: (value: number) => string;
  /**
   * A metric's start and target (the value scoring 0 and the one scoring 1):
   * the ideal line runs from start to target, the target line sits at the
   * target, and the right edge reads the score (0, ½, 1) unless `scoreAxis` is `false`.
   */
  metric?: { start: number; target: number; scoreAxis?: boolean | undefined } | undefined;
  /** A threshold to stay at or above (`atLeast`) or at or below (`atMost`): the target line sits at it. */
  threshold?: { value: number; mode: 'atLeast' | 'atMost' } | undefined;
  /** A range to stay in: a shaded band (`rect.sokr-range`) from `min` to `max`. */
  range?: { min: number; max: number } | undefined;
}

/** Options of {@link burnUpSvg}. */
export interface BurnUpSvgOptions {
  /** The score series (e.g. from `progressSeries`), drawn as a line with one dot per point. */
  points: readonly BurnUpPoint[];
  /** The key result's window. A date-only `end` is inclusive (the chart ends at the start of the next day). */
  window: { start: IsoDate | number; end: IsoDate | number };
  /** The forecast: a dashed line from the last known score to the projected score at the window end. */
  forecast?: { from: BurnUpPoint; to: BurnUpPoint } | undefined;
  /** The report date: drawn as a vertical marker when inside the window. */
  asOf?: AsOf | undefined;
  /** What the chart shows (a key result title): the start of the accessible name. */
  label: string;
  /** Extra text appended to the accessible name (e.g. `"0.45 (Yellow), on track"`). */
  description?: string | undefined;
  /** Colour of the series line and dots. Default a dark blue. */
  color?: string | undefined;
  /** Formats the y-axis labels. Default: percentages. */
  formatY?: ((score: number) => string) | undefined;
  /** Plot values in the measure's unit instead of scores (see {@link BurnUpValueAxis}). */
  values?: BurnUpValueAxis | undefined;
  /** Width in px. Default 320. */
  width?: number | undefined;
  /** Height in px. Default 160. */
  height?: number | undefined;
  /**
   * Write the shared presentation attributes (grid, axis and guide colours,
   * fonts, dashes) on the elements. Default `true`, for a standalone SVG;
   * `false` leaves them to a page stylesheet styling the `sokr-*` classes (as
   * `toHtml` does), which keeps a page of many charts small. The series
   * colour is always written.
   */
  inlineStyle?: boolean | undefined;
  /**
   * Writes a day (`YYYY-MM-DD`) for people, in the points' titles and on the
   * axis: `(day) => …` ("15 Feb 2026"). Default: the ISO day as it is.
   */
  formatDay?: ((day: IsoDate) => string) | undefined;
}
