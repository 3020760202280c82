import type { AsOf } from '../../model/AsOf.js';
import type { IsoDate } from '../../model/types.js';
import { formatIsoDay, isDateOnly, parseIsoDate, parseIsoEnd } from '../../_lib/date.js';
import { clamp, escapeXml, num, safeColor } from '../escape.js';

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

/** Px between a value label's end and the plot. */
const LABEL_GAP = 4;
/** The share of the chart's width the value labels may take at most. */
const MAX_LABEL_SHARE = 0.45;
/** The axis labels' font size in px (`font-size="10"`, `.sokr-axis`). */
const AXIS_FONT_PX = 10;

/**
 * The width of an axis label in px, estimated on the side of wide fonts
 * (DejaVu Sans, the widest common sans-serif) from character classes: an
 * SVG string is laid out by the reader's browser, so it cannot be measured
 * here.
 */
function labelWidth(text: string): number {
  let em = 0;
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue; // combining marks
    if (" .,:;'!|iIjl·".includes(c)) em += 0.32;
    else if ('ftr/()[]-'.includes(c)) em += 0.42;
    else if ('mwMW%@…'.includes(c) || cp >= 0x2e80) em += 1;
    else if (c >= 'A' && c <= 'Z') em += 0.76;
    else em += 0.66;
  }
  return em * AXIS_FONT_PX;
}

/** `text` cut with an ellipsis to fit `max` px, or as it is when it fits. */
function fitLabel(text: string, max: number): string {
  if (labelWidth(text) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && labelWidth(`${chars.join('')}…`) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** The UTC day of a date: the text itself for a calendar day, else formatted from `ms`. */
function dayOf(at: IsoDate | number, ms: number): string {
  return typeof at === 'string' && isDateOnly(at) ? at : formatIsoDay(ms);
}

function toMs(at: IsoDate | number, end: boolean): number | undefined {
  if (typeof at === 'number') return Number.isFinite(at) ? at : undefined;
  return end ? parseIsoEnd(at) : parseIsoDate(at);
}

/**
 * Builds a burn-up chart of one key result as an SVG string: the score over
 * the key result's window, the ideal line (expected progress, from 0 at the
 * window start to 1 at its end), the target line, the forecast and the
 * report date.
 *
 * Element structure (stable, for tests and CSS): `<svg class="sokr-burnup"
 * role="img" aria-label="…">` containing `<title>`, `<rect class="sokr-plot">`,
 * three `<line class="sokr-grid">` (0, ½ and 1 of the y axis) and their three
 * `<text class="sokr-axis">` labels, `<line class="sokr-ideal">`,
 * `<line class="sokr-target">`, `<line class="sokr-asof">` (when `asOf` lies
 * in the window), `<polyline class="sokr-series">` (two points or more),
 * one `<circle class="sokr-point">` per point (each with a `<title>` giving
 * its date and score), `<line class="sokr-forecast">` (when a forecast is
 * given), `<text class="sokr-empty">` (when there are no points) and two
 * `<text class="sokr-axis">` with the window's first and last day. Shared
 * presentation attributes (stroke, fill, font) sit on wrapping `<g>`
 * elements, so select by class rather than by parent. Points outside the
 * window are drawn at its edges. All text is XML-escaped.
 *
 * With `values` the y axis is the measure's unit: points are drawn at their
 * `value`; the three grid lines sit at a metric's start, midpoint and target
 * (a range's min, midpoint and max; a threshold's value between the lowest
 * and highest value shown), a metric's right edge reads the score
 * (`text.sokr-score-axis`: 0, ½, 1) so the score stays readable, the ideal
 * line runs from start to target (metrics only), the target line sits at a
 * metric's target or a threshold's value (none for a range, which gets a
 * shaded `rect.sokr-range` instead), the forecast is drawn for metrics only,
 * and each point's `<title>` gives value and score. The plot starts right of
 * the widest value label (`200 signups/month`), so every label shows whole;
 * one wider than 45 % of the chart is cut there with an ellipsis (the points'
 * titles keep the whole value).
 *
 * @param options - The series, window, forecast and label.
 * @returns An `<svg>` element as a string.
 * @example
 * ```ts
 * import { burnUpSvg } from 'sokr';
 * const svg = burnUpSvg({
 *   label: 'Reach 120 paying customers',
 *   window: { start: '2026-01-01', end: '2026-03-31' },
 *   points: [{ at: '2026-01-07', score: 0.1 }, { at: '2026-01-14', score: 0.2 }],
 *   forecast: { from: { at: '2026-01-14', score: 0.2 }, to: { at: '2026-03-31', score: 1.1 } },
 * });
 * svg.split('class="sokr-point"').length - 1; // 2
 * // The same on a value axis (customers), the score still on the right edge:
 * burnUpSvg({
 *   label: 'Reach 120 paying customers',
 *   window: { start: '2026-01-01', end: '2026-03-31' },
 *   points: [{ at: '2026-01-07', score: 0.1, value: 12 }, { at: '2026-01-14', score: 0.2, value: 24 }],
 *   values: { format: (v) => `${v} customers`, metric: { start: 0, target: 120 } },
 * });
 * ```
 */
export function burnUpSvg(options: BurnUpSvgOptions): string {
  const w = options.width ?? 320;
  const h = options.height ?? 160;
  const fmt = options.formatY ?? ((s: number) => `${Math.round(s * 100)}%`);
  const color = safeColor(options.color, '#1d4ed8');
  const start = toMs(options.window.start, false) ?? 0;
  let end = toMs(options.window.end, true) ?? start + 1;
  if (end <= start) end = start + 1;
  const values = options.values;
  const scoreAxis = values?.metric !== undefined && values.metric.scoreAxis !== false;
  const right = scoreAxis ? 28 : 12;
  const axis = valueDomain(options, values);
  // The left margin fits the widest value label (`200 signups/month`), up to
  // MAX_LABEL_SHARE of the width; a longer label is cut there with an ellipsis.
  const maxLabel = Math.max(24, Math.floor(w * MAX_LABEL_SHARE) - LABEL_GAP - 2);
  const labels = axis.grid.map((g) =>
    fitLabel(values === undefined ? fmt(g) : values.format(g), maxLabel),
  );
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l)));
  const left = Math.max(values === undefined ? 40 : 52, Math.ceil(widest) + LABEL_GAP + 2);
  const top = 10;
  const bottom = 24;
  const pw = w - left - right;
  const ph = h - top - bottom;
  const x = (ms: number): number => left + clamp((ms - start) / (end - start), 0, 1) * pw;
  const yOf = (v: number): number =>
    top +
    ph -
    ((clamp(Number.isFinite(v) ? v : axis.lo, axis.lo, axis.hi) - axis.lo) / (axis.hi - axis.lo)) *
      ph;
  /** The y of a point: its value on a value axis (a metric's score mapped when it has none), else its score. */
  const yPoint = (p: BurnUpPoint): number => {
    if (values === undefined) return yOf(p.score);
    if (typeof p.value === 'number' && Number.isFinite(p.value)) return yOf(p.value);
    const m = values.metric;
    return yOf(m === undefined ? axis.lo : m.start + p.score * (m.target - m.start));
  };
  const name = `${options.label}: burn-up${options.description === undefined ? '' : `, ${options.description}`}`;
  const inline = options.inlineStyle !== false;
  const format = options.formatDay;
  const showDay = (day: string): string => {
    if (typeof format !== 'function') return day;
    const shown = format(day);
    return typeof shown === 'string' ? shown : day;
  };
  const a = (attrs: string): string => (inline ? ` ${attrs}` : '');
  const axisFont = a('font-size="10" font-family="system-ui, sans-serif" fill="#4b5563"');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sokr-burnup" role="img" aria-label="${escapeXml(name)}" width="${num(w)}" height="${num(h)}" viewBox="0 0 ${num(w)} ${num(h)}">`,
    `<title>${escapeXml(name)}</title>`,
    `<rect class="sokr-plot" x="${left}" y="${top}" width="${num(pw)}" height="${num(ph)}"${a('fill="#ffffff" stroke="#d1d5db"')}/>`,
  ];
  if (values?.range !== undefined) {
    const y1 = yOf(Math.max(values.range.min, values.range.max));
    const y0 = yOf(Math.min(values.range.min, values.range.max));
    parts.push(
      `<rect class="sokr-range" x="${left}" y="${num(y1)}" width="${num(pw)}" height="${num(Math.max(0, y0 - y1))}"${a('fill="#dcfce7"')}/>`,
    );
  }
  // Presentation attributes shared by many elements sit on a wrapping <g>.
  parts.push(`<g${a('stroke="#e5e7eb"')}>`);
  for (const g of axis.grid) {
    const gy = num(yOf(g));
    parts.push(
      `<line class="sokr-grid" x1="${left}" x2="${num(left + pw)}" y1="${gy}" y2="${gy}"/>`,
    );
  }
  parts.push(`</g><g${axisFont} text-anchor="end" dominant-baseline="central">`);
  axis.grid.forEach((g, i) => {
    parts.push(
      `<text class="sokr-axis" x="${left - LABEL_GAP}" y="${num(yOf(g))}">${escapeXml(labels[i]!)}</text>`,
    );
  });
  parts.push('</g>');
  if (scoreAxis && values?.metric !== undefined) {
    const m = values.metric;
    parts.push(`<g${axisFont} dominant-baseline="central">`);
    for (const s of [0, 0.5, 1]) {
      parts.push(
        `<text class="sokr-axis sokr-score-axis" x="${num(left + pw + 4)}" y="${num(yOf(m.start + s * (m.target - m.start)))}">${escapeXml(fmt(s))}</text>`,
      );
    }
    parts.push('</g>');
  }
  if (values === undefined || values.metric !== undefined) {
    const from = values?.metric === undefined ? yOf(0) : yOf(values.metric.start);
    const to = values?.metric === undefined ? yOf(1) : yOf(values.metric.target);
    parts.push(
      `<line class="sokr-ideal" x1="${num(x(start))}" y1="${num(from)}" x2="${num(x(end))}" y2="${num(to)}"${a('stroke="#9ca3af" stroke-dasharray="2 3"')}/>`,
    );
  }
  const goal =
    values === undefined
      ? 1
      : values.metric !== undefined
        ? values.metric.target
        : values.threshold?.value;
  if (goal !== undefined) {
    const gy = num(yOf(goal));
    parts.push(
      `<line class="sokr-target" x1="${left}" x2="${num(left + pw)}" y1="${gy}" y2="${gy}"${a('stroke="#15803d" stroke-width="1.5"')}/>`,
    );
  }
  if (options.asOf !== undefined) {
    const at = toMs(options.asOf instanceof Date ? options.asOf.getTime() : options.asOf, false);
    if (at !== undefined && at >= start && at <= end) {
      parts.push(
        `<line class="sokr-asof" x1="${num(x(at))}" x2="${num(x(at))}" y1="${top}" y2="${num(top + ph)}"${a('stroke="#6b7280" stroke-dasharray="4 2"')}/>`,
      );
    }
  }
  const pts: Array<{ px: number; py: number; day: string; text: string }> = [];
  for (const p of options.points) {
    const ms = toMs(p.at, false);
    if (ms === undefined) continue;
    const text =
      values !== undefined && typeof p.value === 'number' && Number.isFinite(p.value)
        ? `${values.format(p.value)} (score ${fmt(p.score)})`
        : fmt(p.score);
    pts.push({ px: x(ms), py: yPoint(p), day: dayOf(p.at, ms), text });
  }
  if (pts.length >= 2) {
    const coords = pts.map((p) => `${num(p.px)},${num(p.py)}`).join(' ');
    parts.push(
      `<polyline class="sokr-series" points="${coords}" stroke="${escapeXml(color)}"${a('fill="none" stroke-width="2"')}/>`,
    );
  }
  if (pts.length > 0) {
    parts.push(`<g fill="${escapeXml(color)}">`);
    for (const p of pts) {
      parts.push(
        `<circle class="sokr-point" cx="${num(p.px)}" cy="${num(p.py)}" r="3"><title>${escapeXml(`${showDay(p.day)}: ${p.text}`)}</title></circle>`,
      );
    }
    parts.push('</g>');
  }
  if (options.forecast !== undefined && (values === undefined || values.metric !== undefined)) {
    const f0 = toMs(options.forecast.from.at, false);
    const f1 = toMs(options.forecast.to.at, true);
    if (f0 !== undefined && f1 !== undefined) {
      parts.push(
        `<line class="sokr-forecast" x1="${num(x(f0))}" y1="${num(yPoint(options.forecast.from))}" x2="${num(x(f1))}" y2="${num(yPoint({ ...options.forecast.to, value: null }))}" stroke="${escapeXml(color)}"${a('stroke-width="1.5" stroke-dasharray="6 4"')}/>`,
      );
    }
  }
  if (pts.length === 0) {
    parts.push(
      `<text class="sokr-empty" x="${num(left + pw / 2)}" y="${num(top + ph / 2)}" text-anchor="middle" dominant-baseline="central"${a('font-size="12" font-family="system-ui, sans-serif" fill="#4b5563"')}>No check-ins yet</text>`,
    );
  }
  const firstDay = dayOf(options.window.start, start);
  const lastDay =
    typeof options.window.end === 'string' && isDateOnly(options.window.end)
      ? options.window.end
      : formatIsoDay(end - 1);
  parts.push(
    `<g${axisFont}><text class="sokr-axis" x="${left}" y="${num(h - 6)}">${escapeXml(showDay(firstDay))}</text>`,
    `<text class="sokr-axis" x="${num(left + pw)}" y="${num(h - 6)}" text-anchor="end">${escapeXml(showDay(lastDay))}</text></g>`,
    '</svg>',
  );
  return parts.join('');
}

/** The y domain and its three grid lines: scores 0–max(1, …) (at most 2), or values around the goal. */
function valueDomain(
  options: BurnUpSvgOptions,
  values: BurnUpValueAxis | undefined,
): { lo: number; hi: number; grid: [number, number, number] } {
  if (values === undefined) {
    let yMax = 1;
    for (const p of options.points) if (Number.isFinite(p.score)) yMax = Math.max(yMax, p.score);
    const f = options.forecast?.to.score;
    if (f !== undefined && Number.isFinite(f)) yMax = Math.max(yMax, f);
    yMax = Math.min(yMax, 2);
    return { lo: 0, hi: yMax, grid: [0, 0.5, 1] };
  }
  const marks: number[] = [];
  const m = values.metric;
  if (m !== undefined) marks.push(m.start, m.target);
  if (values.threshold !== undefined) marks.push(values.threshold.value);
  if (values.range !== undefined) marks.push(values.range.min, values.range.max);
  for (const p of options.points) if (typeof p.value === 'number') marks.push(p.value);
  if (m !== undefined && options.forecast !== undefined) {
    const s = options.forecast.to.score;
    // The forecast counts up to one span beyond the target, so that a wild projection cannot flatten the chart.
    if (Number.isFinite(s))
      marks.push(m.start + Math.min(2, Math.max(-1, s)) * (m.target - m.start));
  }
  const finite = marks.filter((v) => Number.isFinite(v) && Math.abs(v) < 1e300);
  let lo = finite.length === 0 ? 0 : Math.min(...finite);
  let hi = finite.length === 0 ? 1 : Math.max(...finite);
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const grid: [number, number, number] =
    m !== undefined && m.start !== m.target
      ? [m.start, (m.start + m.target) / 2, m.target]
      : values.range !== undefined
        ? [values.range.min, (values.range.min + values.range.max) / 2, values.range.max]
        : values.threshold !== undefined &&
            values.threshold.value > lo &&
            values.threshold.value < hi
          ? [lo, values.threshold.value, hi]
          : [lo, (lo + hi) / 2, hi];
  const pad = (hi - lo) * 0.08;
  return { lo: lo - pad, hi: hi + pad, grid };
}
