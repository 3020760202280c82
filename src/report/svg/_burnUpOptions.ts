/**
 * Private to the burn-up chart: its options read once and checked, each
 * date with its instant.
 *
 * @module
 */
import type { IsoDate } from '../../model/types.js';
import { formatIsoDay, isDateOnly, parseIsoDate, parseIsoEnd } from '../../_lib/date.js';
import { describeValue } from '../../_lib/quote.js';
import type { Issue, Path } from '../../model/issue.js';
import {
  isRecord,
  optionsIssue,
  readBoolean,
  readColor,
  readFunction,
  readNumber,
  readSize,
  readText,
  typeIssue,
} from './_check.js';

/** The options `burnUpSvg` takes (any other name is a typo, refused). */
export const BURN_UP_OPTIONS: readonly string[] = [
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

/** The UTC day of a date: the text itself for a calendar day, else formatted from `ms`. */
export function dayOf(at: IsoDate | number, ms: number): string {
  return typeof at === 'string' && isDateOnly(at) ? at : formatIsoDay(ms);
}

/** Epoch ms of a date; `undefined` for one that does not parse or is not finite. */
export function toMs(at: IsoDate | number, end: boolean): number | undefined {
  if (typeof at === 'number') return Number.isFinite(at) ? at : undefined;
  return end ? parseIsoEnd(at) : parseIsoDate(at);
}

/** The furthest instant a `Date` holds, in ms either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * Epoch ms of a date whose day is written (a point, the window's ends);
 * `undefined` also beyond what a `Date` holds, which has no day to write.
 */
export function toDayMs(at: IsoDate | number, end: boolean): number | undefined {
  const ms = toMs(at, end);
  return ms !== undefined && Math.abs(ms) <= MAX_DATE_MS ? ms : undefined;
}

/** A point as read once from the options, with its instant (`undefined`: a date that does not parse). */
export interface ReadPoint {
  at: IsoDate | number;
  score: number;
  value: number | null | undefined;
  ms: number | undefined;
}

/** The value axis as read once from the options. */
export interface ReadValueAxis {
  format: (value: number) => string;
  metric: { start: number; target: number; scoreAxis: boolean | undefined } | undefined;
  threshold: { value: number; mode: 'atLeast' | 'atMost' } | undefined;
  range: { min: number; max: number } | undefined;
}

/** The options of {@link burnUpSvg} as read once and checked. */
export interface ReadOptions {
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
export function readBurnUpOptions(options: unknown, issues: Issue[]): ReadOptions | undefined {
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
