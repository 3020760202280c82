import type { AsOf } from '../../model/AsOf.js';
import type { IsoDate } from '../../model/types.js';
import { formatIsoDay, isDateOnly, parseIsoDate, parseIsoEnd } from '../../_lib/date.js';
import { describeValue } from '../../_lib/quote.js';
import type { Issue, Path } from '../../model/issue.js';
import { clamp, escapeXml, num, safeColor } from '../escape.js';
import {
  isRecord,
  optionsIssue,
  readBoolean,
  readColor,
  readFunction,
  readNumber,
  readOptions,
  readSize,
  readText,
  typeIssue,
} from './_check.js';

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

/** The options `burnUpSvg` takes (any other name is a typo, refused). */
const BURN_UP_OPTIONS: readonly string[] = [
  'points',
  'window',
  'forecast',
  'asOf',
  'label',
  'description',
  'color',
  'formatY',
  'values',
  'width',
  'height',
  'inlineStyle',
  'formatDay',
];

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
 * The width of one character of an axis label in em, estimated on the side
 * of wide fonts (DejaVu Sans, the widest common sans-serif) from character
 * classes: an SVG string is laid out by the reader's browser, so it cannot
 * be measured here.
 */
function charEm(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x300 && cp <= 0x36f) return 0; // combining marks
  if (" .,:;'!|iIjl·".includes(c)) return 0.32;
  if ('ftr/()[]-'.includes(c)) return 0.42;
  if ('mwMW%@…'.includes(c) || cp >= 0x2e80) return 1;
  if (c >= 'A' && c <= 'Z') return 0.76;
  return 0.66;
}

/** The width of an axis label in px (see {@link charEm}). */
function labelWidth(text: string): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * AXIS_FONT_PX;
}

/**
 * `text` cut with an ellipsis to fit `max` px, or as it is when it fits: the
 * longest start (one character at least) that fits with the ellipsis, found
 * in one pass (widths only grow with the length, so the first start that
 * does not fit ends the search; a unit of 20,000 characters is cut at once).
 */
function fitLabel(text: string, max: number): string {
  if (labelWidth(text) <= max) return text;
  const chars = [...text];
  const ellipsis = charEm('…');
  let em = 0;
  let keep = 0;
  for (; keep < chars.length; keep++) {
    const next = em + charEm(chars[keep]!);
    if ((next + ellipsis) * AXIS_FONT_PX > max) break;
    em = next;
  }
  return `${chars.slice(0, Math.max(1, keep)).join('').trimEnd()}…`;
}

/** The UTC day of a date: the text itself for a calendar day, else formatted from `ms`. */
function dayOf(at: IsoDate | number, ms: number): string {
  return typeof at === 'string' && isDateOnly(at) ? at : formatIsoDay(ms);
}

/** Epoch ms of a date; `undefined` for one that does not parse or is not finite. */
function toMs(at: IsoDate | number, end: boolean): number | undefined {
  if (typeof at === 'number') return Number.isFinite(at) ? at : undefined;
  return end ? parseIsoEnd(at) : parseIsoDate(at);
}

/** The furthest instant a `Date` holds, in ms either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * Epoch ms of a date whose day is written (a point, the window's ends);
 * `undefined` also beyond what a `Date` holds, which has no day to write.
 */
function toDayMs(at: IsoDate | number, end: boolean): number | undefined {
  const ms = toMs(at, end);
  return ms !== undefined && Math.abs(ms) <= MAX_DATE_MS ? ms : undefined;
}

/** A point as read once from the options, with its instant (`undefined`: a date that does not parse). */
interface ReadPoint {
  at: IsoDate | number;
  score: number;
  value: number | null | undefined;
  ms: number | undefined;
}

/** The value axis as read once from the options. */
interface ReadValueAxis {
  format: (value: number) => string;
  metric: { start: number; target: number; scoreAxis: boolean | undefined } | undefined;
  threshold: { value: number; mode: 'atLeast' | 'atMost' } | undefined;
  range: { min: number; max: number } | undefined;
}

/** The options of {@link burnUpSvg} as read once and checked. */
interface ReadOptions {
  points: ReadPoint[];
  window: { start: IsoDate | number; end: IsoDate | number };
  forecast: { from: ReadPoint; to: ReadPoint } | undefined;
  asOf: string | number | undefined;
  label: string;
  description: string | undefined;
  color: string | undefined;
  formatY: ((score: number) => string) | undefined;
  values: ReadValueAxis | undefined;
  width: number;
  height: number;
  inlineStyle: boolean | undefined;
  formatDay: ((day: IsoDate) => string) | undefined;
}

/** The instant of a point of the series (its day is written in its title). */
const pointMs = (at: IsoDate | number): number | undefined => toDayMs(at, false);

const POINT_SHAPE = 'an object { at, score, value? }';
const DATE_SHAPE = 'an ISO date string or epoch milliseconds';

/** A date of the chart: a string or a number (one that does not parse is tolerated where it is used). */
function readDate(value: unknown, path: Path, issues: Issue[]): IsoDate | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  issues.push(typeIssue(path, 'string | number', DATE_SHAPE, value));
  return undefined;
}

/** A point of the series or the forecast. */
function readPoint(
  value: unknown,
  path: Path,
  toInstant: (at: IsoDate | number) => number | undefined,
  issues: Issue[],
): ReadPoint {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, 'object', POINT_SHAPE, value));
    return { at: Number.NaN, score: Number.NaN, value: undefined, ms: undefined };
  }
  const at = readDate(value.at, [...path, 'at'], issues) ?? Number.NaN;
  const score = readNumber(value.score, [...path, 'score'], true, issues) ?? Number.NaN;
  const raw = value.value;
  let v: number | null | undefined;
  if (raw === null || raw === undefined || typeof raw === 'number') v = raw;
  else issues.push(typeIssue([...path, 'value'], 'number', 'a number or null', raw));
  return { at, score, value: v, ms: toInstant(at) };
}

/** An optional object option: the object, `undefined` when absent or refused. */
function readRecord(
  value: unknown,
  path: Path,
  shape: string,
  issues: Issue[],
): Record<string, unknown> | undefined {
  if (value === undefined || isRecord(value)) return value;
  issues.push(typeIssue(path, 'object', shape, value));
  return undefined;
}

/** A number a value axis needs (a metric's start, a range's min): `NaN` when refused, to go on reading. */
function axisNumber(value: unknown, path: Path, issues: Issue[]): number {
  return readNumber(value, path, true, issues) ?? Number.NaN;
}

function readValueAxis(given: unknown, issues: Issue[]): ReadValueAxis | undefined {
  const values = readRecord(
    given,
    ['values'],
    'an object { format, metric?, threshold?, range? }',
    issues,
  );
  if (values === undefined) return undefined;
  const format = values.format;
  if (typeof format !== 'function')
    issues.push(typeIssue(['values', 'format'], 'function', 'a function (value) => text', format));
  const m = readRecord(
    values.metric,
    ['values', 'metric'],
    'an object { start, target, scoreAxis? }',
    issues,
  );
  const t = readRecord(
    values.threshold,
    ['values', 'threshold'],
    'an object { value, mode }',
    issues,
  );
  const r = readRecord(values.range, ['values', 'range'], 'an object { min, max }', issues);
  let threshold: ReadValueAxis['threshold'];
  if (t !== undefined) {
    const value = axisNumber(t.value, ['values', 'threshold', 'value'], issues);
    const mode = t.mode;
    if (mode !== 'atLeast' && mode !== 'atMost') {
      issues.push(
        mode === undefined
          ? typeIssue(
              ['values', 'threshold', 'mode'],
              '"atLeast" | "atMost"',
              '"atLeast" or "atMost"',
              mode,
            )
          : {
              path: ['values', 'threshold', 'mode'],
              code: 'invalid_value',
              message: `values.threshold.mode must be "atLeast" or "atMost", got ${describeValue(mode)}`,
              options: ['atLeast', 'atMost'],
              ...(typeof mode === 'string' ? { received: mode } : {}),
            },
      );
    }
    threshold = { value, mode: mode as 'atLeast' | 'atMost' };
  }
  return {
    format: format as ReadValueAxis['format'],
    metric:
      m === undefined
        ? undefined
        : {
            start: axisNumber(m.start, ['values', 'metric', 'start'], issues),
            target: axisNumber(m.target, ['values', 'metric', 'target'], issues),
            scoreAxis: readBoolean(m.scoreAxis, ['values', 'metric', 'scoreAxis'], issues),
          },
    threshold,
    range:
      r === undefined
        ? undefined
        : {
            min: axisNumber(r.min, ['values', 'range', 'min'], issues),
            max: axisNumber(r.max, ['values', 'range', 'max'], issues),
          },
  };
}

/** Reads every option once (a getter runs once), pushing an issue for each of the wrong type. */
function readBurnUpOptions(options: unknown, issues: Issue[]): ReadOptions | undefined {
  if (!isRecord(options)) {
    issues.push(optionsIssue('burnUpSvg', '{ points, window, label, … }', options));
    return undefined;
  }
  const given = options.points;
  const points: ReadPoint[] = [];
  if (Array.isArray(given)) {
    for (let i = 0; i < given.length; i++)
      points.push(readPoint(given[i], ['points', i], pointMs, issues));
  } else {
    issues.push(typeIssue(['points'], 'array', `an array of points, each ${POINT_SHAPE}`, given));
  }
  const w = options.window;
  let window: ReadOptions['window'] = { start: Number.NaN, end: Number.NaN };
  if (isRecord(w)) {
    window = {
      start: readDate(w.start, ['window', 'start'], issues) ?? Number.NaN,
      end: readDate(w.end, ['window', 'end'], issues) ?? Number.NaN,
    };
  } else issues.push(typeIssue(['window'], 'object', 'an object { start, end }', w));
  const f = readRecord(options.forecast, ['forecast'], 'an object { from, to }', issues);
  const forecast =
    f === undefined
      ? undefined
      : {
          from: readPoint(f.from, ['forecast', 'from'], (at) => toMs(at, false), issues),
          to: readPoint(f.to, ['forecast', 'to'], (at) => toMs(at, true), issues),
        };
  const asOf = options.asOf;
  let readAsOf: string | number | undefined;
  if (asOf instanceof Date) readAsOf = asOf.getTime();
  else if (asOf === undefined || typeof asOf === 'string' || typeof asOf === 'number')
    readAsOf = asOf;
  else
    issues.push(
      typeIssue(
        ['asOf'],
        'string | number | Date',
        'an ISO date string, epoch milliseconds or a Date',
        asOf,
      ),
    );
  return {
    points,
    window,
    forecast,
    asOf: readAsOf,
    label: readText(options.label, ['label'], true, issues) ?? '',
    description: readText(options.description, ['description'], false, issues),
    color: readColor(options.color, ['color'], issues),
    formatY: readFunction(options.formatY, ['formatY'], issues),
    values: readValueAxis(options.values, issues),
    width: readSize(options.width, ['width'], 320, issues),
    height: readSize(options.height, ['height'], 160, issues),
    inlineStyle: readBoolean(options.inlineStyle, ['inlineStyle'], issues),
    formatDay: readFunction(options.formatDay, ['formatDay'], issues),
  };
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

/** The y domain and its three grid lines: scores 0–max(1, …) (at most 2), or values around the goal. */
function valueDomain(
  options: ReadOptions,
  values: ReadValueAxis | undefined,
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
