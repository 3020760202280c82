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
  const left = 40;
  const right = 12;
  const top = 10;
  const bottom = 24;
  const pw = w - left - right;
  const ph = h - top - bottom;
  let yMax = 1;
  for (const p of options.points) if (Number.isFinite(p.score)) yMax = Math.max(yMax, p.score);
  if (options.forecast !== undefined && Number.isFinite(options.forecast.to.score)) {
    yMax = Math.max(yMax, options.forecast.to.score);
  }
  yMax = Math.min(yMax, 2);
  const x = (ms: number): number => left + clamp((ms - start) / (end - start), 0, 1) * pw;
  const y = (s: number): number =>
    top + ph - (clamp(Number.isFinite(s) ? s : 0, 0, yMax) / yMax) * ph;
  const name = `${options.label}: burn-up${options.description === undefined ? '' : `, ${options.description}`}`;
  const inline = options.inlineStyle !== false;
  const a = (attrs: string): string => (inline ? ` ${attrs}` : '');
  const axisFont = a('font-size="10" font-family="system-ui, sans-serif" fill="#4b5563"');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sokr-burnup" role="img" aria-label="${escapeXml(name)}" width="${num(w)}" height="${num(h)}" viewBox="0 0 ${num(w)} ${num(h)}">`,
    `<title>${escapeXml(name)}</title>`,
    `<rect class="sokr-plot" x="${left}" y="${top}" width="${num(pw)}" height="${num(ph)}"${a('fill="#ffffff" stroke="#d1d5db"')}/>`,
  ];
  // Presentation attributes shared by many elements sit on a wrapping <g>.
  parts.push(`<g${a('stroke="#e5e7eb"')}>`);
  for (const g of [0, 0.5, 1]) {
    const gy = num(y(g));
    parts.push(
      `<line class="sokr-grid" x1="${left}" x2="${num(left + pw)}" y1="${gy}" y2="${gy}"/>`,
    );
  }
  parts.push(`</g><g${axisFont} text-anchor="end" dominant-baseline="central">`);
  for (const g of [0, 0.5, 1]) {
    parts.push(
      `<text class="sokr-axis" x="${left - 4}" y="${num(y(g))}">${escapeXml(fmt(g))}</text>`,
    );
  }
  parts.push('</g>');
  parts.push(
    `<line class="sokr-ideal" x1="${num(x(start))}" y1="${num(y(0))}" x2="${num(x(end))}" y2="${num(y(1))}"${a('stroke="#9ca3af" stroke-dasharray="2 3"')}/>`,
    `<line class="sokr-target" x1="${left}" x2="${num(left + pw)}" y1="${num(y(1))}" y2="${num(y(1))}"${a('stroke="#15803d" stroke-width="1.5"')}/>`,
  );
  if (options.asOf !== undefined) {
    const at = toMs(options.asOf instanceof Date ? options.asOf.getTime() : options.asOf, false);
    if (at !== undefined && at >= start && at <= end) {
      parts.push(
        `<line class="sokr-asof" x1="${num(x(at))}" x2="${num(x(at))}" y1="${top}" y2="${num(top + ph)}"${a('stroke="#6b7280" stroke-dasharray="4 2"')}/>`,
      );
    }
  }
  const pts: Array<{ px: number; py: number; day: string; score: number }> = [];
  for (const p of options.points) {
    const ms = toMs(p.at, false);
    if (ms === undefined) continue;
    pts.push({ px: x(ms), py: y(p.score), day: dayOf(p.at, ms), score: p.score });
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
        `<circle class="sokr-point" cx="${num(p.px)}" cy="${num(p.py)}" r="3"><title>${escapeXml(`${p.day}: ${fmt(p.score)}`)}</title></circle>`,
      );
    }
    parts.push('</g>');
  }
  if (options.forecast !== undefined) {
    const f0 = toMs(options.forecast.from.at, false);
    const f1 = toMs(options.forecast.to.at, true);
    if (f0 !== undefined && f1 !== undefined) {
      parts.push(
        `<line class="sokr-forecast" x1="${num(x(f0))}" y1="${num(y(options.forecast.from.score))}" x2="${num(x(f1))}" y2="${num(y(options.forecast.to.score))}" stroke="${escapeXml(color)}"${a('stroke-width="1.5" stroke-dasharray="6 4"')}/>`,
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
    `<g${axisFont}><text class="sokr-axis" x="${left}" y="${num(h - 6)}">${firstDay}</text>`,
    `<text class="sokr-axis" x="${num(left + pw)}" y="${num(h - 6)}" text-anchor="end">${lastDay}</text></g>`,
    '</svg>',
  );
  return parts.join('');
}
