/**
 * Builds a burn-up chart of one key result as a standalone SVG string.
 *
 * @module
 */
import { fitLabel, LABEL_GAP, labelWidth, MAX_LABEL_SHARE } from './_axisLabels.js';
import { BURN_UP_OPTIONS, dayOf, readBurnUpOptions, toDayMs, toMs } from './_burnUpOptions.js';
import { valueDomain } from './_valueDomain.js';
import type { BurnUpSvgOptions } from './burnUpTypes.js';
import { formatIsoDay, isDateOnly } from '../../_lib/date.js';
import { clamp, escapeXml, num, safeColor } from '../escape.js';
import { readOptions } from './_check.js';

export type { BurnUpPoint, BurnUpSvgOptions, BurnUpValueAxis } from './burnUpTypes.js';

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
 * What is drawn rather than refused: a date that does not parse
 * (`'2026-02-30'`), is not finite or lies beyond what a `Date` holds leaves
 * its point (or the forecast, or the `asOf` marker) out, and a window start
 * falls back to 1970-01-01 and a window end to just after the start; a
 * `score` or `value` that is not finite is drawn at the bottom of the axis (a
 * `value` of `null` means none); a `color` that is not a CSS colour falls back
 * to the default; a text option may also be a number, written as its digits;
 * and a `formatY`, `values.format` or `formatDay` that returns something
 * other than a string is read as the default text (a percentage, the value's
 * digits, the ISO day). An error thrown by one of these callbacks is the
 * caller's and propagates as it is.
 *
 * @param options - The series, window, forecast and label.
 * @returns An `<svg>` element as a string.
 * @throws {@link SokrError} naming every option of the wrong type at its path:
 *   options that are not an object (`invalid_type` at `[]`); `missing` for an
 *   absent `label`, `window`, `points`, `window.start` / `end`, a point's `at`
 *   or `score` (`['points', 3, 'score']`), `values.format`, a metric's `start`
 *   / `target`, a threshold's `value` / `mode` or a range's `min` / `max`;
 *   `invalid_type` for `points` that is not an array, a point, `window`,
 *   `forecast` (or its `from` / `to`), `values`, `values.metric`, `threshold`
 *   or `range` that is not an object, a date that is neither a string nor a
 *   number (`asOf` may also be a `Date`), a score or value that is not a
 *   number, a text or colour that is not a string, a callback that is not a
 *   function, an `inlineStyle` or `scoreAxis` that is not a boolean (`null`
 *   is not "absent": leave the option out); `invalid_value` for a threshold
 *   `mode` other than `'atLeast'` / `'atMost'` and a `width` or `height` that
 *   is not a finite number above 0. A getter that throws while the options
 *   are read is `not_json` at `[]`.
 * @example
 * ```ts
 * import { burnUpSvg, isSokrError } from 'sokr';
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
 * // A point without a score is refused with its path:
 * try {
 *   const window = { start: '2026-01-01', end: '2026-03-31' };
 *   burnUpSvg({ label: 'k', window, points: [{ at: '2026-01-07' }] } as never);
 * } catch (error) {
 *   if (isSokrError(error)) error.issues[0]; // { path: ['points', 0, 'score'], code: 'missing', … }
 * }
 * ```
 */
export function burnUpSvg(options: BurnUpSvgOptions): string {
  const o = readOptions(
    'burnUpSvg',
    (issues) => readBurnUpOptions(options, issues),
    options,
    BURN_UP_OPTIONS,
  )!;
  const w = o.width;
  const h = o.height;
  const formatY = o.formatY;
  const percent = (s: number): string => `${Math.round(s * 100)}%`;
  // A formatter's result that is not text falls back to the default, as `formatDay`'s does.
  const fmt =
    formatY === undefined
      ? percent
      : (s: number): string => {
          const shown = formatY(s);
          return typeof shown === 'string' ? shown : percent(s);
        };
  const color = safeColor(o.color, '#1d4ed8');
  const start = toDayMs(o.window.start, false) ?? 0;
  let end = toDayMs(o.window.end, true) ?? start + 1;
  if (end <= start) end = start + 1;
  const values = o.values;
  const formatValue = (v: number): string => {
    const shown = values!.format(v);
    return typeof shown === 'string' ? shown : String(v);
  };
  const scoreAxis = values?.metric !== undefined && values.metric.scoreAxis !== false;
  const right = scoreAxis ? 28 : 12;
  const axis = valueDomain(o, values);
  // The left margin fits the widest value label (`200 signups/month`), up to
  // MAX_LABEL_SHARE of the width; a longer label is cut there with an ellipsis.
  const maxLabel = Math.max(24, Math.floor(w * MAX_LABEL_SHARE) - LABEL_GAP - 2);
  const labels = axis.grid.map((g) =>
    fitLabel(values === undefined ? fmt(g) : formatValue(g), maxLabel),
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
  const yPoint = (p: { score: number; value: number | null | undefined }): number => {
    if (values === undefined) return yOf(p.score);
    if (typeof p.value === 'number' && Number.isFinite(p.value)) return yOf(p.value);
    const m = values.metric;
    return yOf(m === undefined ? axis.lo : m.start + p.score * (m.target - m.start));
  };
  const name = `${o.label}: burn-up${o.description === undefined ? '' : `, ${o.description}`}`;
  const inline = o.inlineStyle !== false;
  const format = o.formatDay;
  const showDay = (day: string): string => {
    if (format === undefined) return day;
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
  if (o.asOf !== undefined) {
    const at = toMs(o.asOf, false);
    if (at !== undefined && at >= start && at <= end) {
      parts.push(
        `<line class="sokr-asof" x1="${num(x(at))}" x2="${num(x(at))}" y1="${top}" y2="${num(top + ph)}"${a('stroke="#6b7280" stroke-dasharray="4 2"')}/>`,
      );
    }
  }
  const pts: Array<{ px: number; py: number; day: string; text: string }> = [];
  for (const p of o.points) {
    const ms = p.ms;
    if (ms === undefined) continue;
    const text =
      values !== undefined && typeof p.value === 'number' && Number.isFinite(p.value)
        ? `${formatValue(p.value)} (score ${fmt(p.score)})`
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
  if (o.forecast !== undefined && (values === undefined || values.metric !== undefined)) {
    const f0 = o.forecast.from.ms;
    const f1 = o.forecast.to.ms;
    if (f0 !== undefined && f1 !== undefined) {
      parts.push(
        `<line class="sokr-forecast" x1="${num(x(f0))}" y1="${num(yPoint(o.forecast.from))}" x2="${num(x(f1))}" y2="${num(yPoint({ score: o.forecast.to.score, value: null }))}" stroke="${escapeXml(color)}"${a('stroke-width="1.5" stroke-dasharray="6 4"')}/>`,
      );
    }
  }
  if (pts.length === 0) {
    parts.push(
      `<text class="sokr-empty" x="${num(left + pw / 2)}" y="${num(top + ph / 2)}" text-anchor="middle" dominant-baseline="central"${a('font-size="12" font-family="system-ui, sans-serif" fill="#4b5563"')}>No check-ins yet</text>`,
    );
  }
  const firstDay = dayOf(o.window.start, start);
  const lastDay =
    typeof o.window.end === 'string' && isDateOnly(o.window.end)
      ? o.window.end
      : formatIsoDay(end - 1);
  parts.push(
    `<g${axisFont}><text class="sokr-axis" x="${left}" y="${num(h - 6)}">${escapeXml(showDay(firstDay))}</text>`,
    `<text class="sokr-axis" x="${num(left + pw)}" y="${num(h - 6)}" text-anchor="end">${escapeXml(showDay(lastDay))}</text></g>`,
    '</svg>',
  );
  return parts.join('');
}
