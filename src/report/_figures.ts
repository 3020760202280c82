/**
 * Private to the report layer: a key result's real numbers — current value,
 * start and target in the measure's unit — as data and as one line of text
 * ("€4.35M of €5.0M (from €4.0M)", "88 % — keep ≥ 90 %").
 *
 * @module
 */
import { flatText } from '../_lib/flatText.js';
import type { CheckInValue, Measure } from '../model/types.js';
import type { ReportFigures } from './types.js';

const CURRENCY = /^(?:(k|K|M|m|bn|B)\s?)?([€$£¥₹])(?:\s?(k|K|M|m|bn|B))?$/;
const MAGNITUDE: Record<string, string> = { k: 'k', K: 'k', M: 'M', m: 'M', bn: 'bn', B: 'bn' };

/** How a unit is written: a currency's symbol and magnitude go around the number, anything else after it. */
export interface UnitStyle {
  unit: string | null;
  /** The currency symbol (`€`), or `''` for a unit written after the number. */
  symbol: string;
  /** A currency's magnitude (`k`, `M`, `bn`) or `''`. */
  magnitude: string;
  /** Written with every number (a currency, or a symbol of one or two characters such as `%`, `ms`). */
  short: boolean;
}

/** The style of a unit, read once per key result. */
export function unitStyle(unit: string | null): UnitStyle {
  if (unit === null || unit === '') return { unit: null, symbol: '', magnitude: '', short: true };
  // A regex only for units that hold a currency symbol.
  const c = /[€$£¥₹]/.test(unit) ? CURRENCY.exec(unit) : null;
  if (c !== null)
    return {
      unit,
      symbol: c[2] ?? '',
      magnitude: MAGNITUDE[c[1] ?? c[3] ?? ''] ?? '',
      short: true,
    };
  return { unit, symbol: '', magnitude: '', short: unit.length <= 2 };
}

function group(digits: string): string {
  if (digits.length <= 4) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** Closer to zero than this a non-zero number prints as `< 0.000001`: its digits would say nothing more. */
const SMALLEST_SHOWN = 1e-6;
const SMALLEST_TEXT = '0.000001';

/**
 * A number for a person: at most two decimals, trailing zeros dropped (at
 * least `minDecimals`), thousands grouped; `–` for a non-finite value. A
 * non-zero number never prints as `0`: below 0.005 it keeps one significant
 * digit (`0.004`, `−0.0003`); closer to zero than 0.000001 it prints
 * `< 0.000001` (`> −0.000001`). `places` asks for that many decimals instead
 * (trailing zeros still dropped), to tell a value apart from a limit.
 */
export function formatNumber(n: number, minDecimals = 0, places?: number): string {
  if (!Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  if (abs >= 1e15) return n.toPrecision(3);
  const sign = n < 0 ? '−' : '';
  if (places === undefined) {
    if (abs > 0 && abs < SMALLEST_SHOWN)
      return n < 0 ? `> −${SMALLEST_TEXT}` : `< ${SMALLEST_TEXT}`;
    if (abs > 0 && abs < 0.005) return `${sign}${oneDigit(abs)}`;
  }
  if (Number.isInteger(abs)) {
    const whole = abs < 10_000 ? String(abs) : group(String(abs));
    return minDecimals > 0 && abs < 1000
      ? `${sign}${whole}.${'0'.repeat(minDecimals)}`
      : `${sign}${whole}`;
  }
  const decimals = places ?? (abs >= 1000 ? 0 : 2);
  const fixed = abs.toFixed(decimals);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let frac = dot < 0 ? '' : fixed.slice(dot + 1);
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  if (decimals > 0 && frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  const out = frac === '' ? group(whole) : `${group(whole)}.${frac}`;
  return sign !== '' && out !== '0' && !/^0\.?0*$/.test(out) ? `${sign}${out}` : out;
}

/** A number in [0.000001, 0.005) with one significant digit (`0.004`). */
function oneDigit(abs: number): string {
  const decimals = -Math.floor(Math.log10(abs));
  const text = abs.toFixed(decimals);
  // 0.00096 gives 0.001 at 3 decimals: still one significant digit.
  return /^0\.0*[1-9]$/.test(text) ? text : abs.toFixed(decimals - 1);
}

/**
 * A value written with its unit: `€4.35M`, `88 %`, `620 ms`, `12`; with
 * `places` decimals when given (see {@link formatNumber}). A currency amount
 * of a million or more (in whole units) is written in millions or billions
 * (`€4,350,000` → `€4.35M`, `$250,000,000,000` → `$250.0bn`).
 */
export function withUnit(n: number, unit: string | null | UnitStyle, places?: number): string {
  const style = typeof unit === 'object' && unit !== null ? unit : unitStyle(unit);
  if (style.unit === null) return formatNumber(n, 0, places);
  if (style.symbol !== '') {
    if (n === 0) return `${style.symbol}0`;
    // An amount in whole currency units of a million or more reads in millions or
    // billions, as one written in `M€` does: €4,350,000 is `€4.35M`.
    if (style.magnitude === '' && Math.abs(n) >= 1e6 && Math.abs(n) < 1e15) {
      const bn = Math.abs(n) >= 1e9;
      return withUnit(bn ? n / 1e9 : n / 1e6, { ...style, magnitude: bn ? 'bn' : 'M' }, places);
    }
    const m = style.magnitude;
    if (Math.abs(n) < SMALLEST_SHOWN && places === undefined)
      return `${n < 0 ? '> −' : '< '}${style.symbol}${SMALLEST_TEXT}${m}`;
    const text = formatNumber(Math.abs(n), m === 'M' || m === 'bn' ? 1 : 0, places);
    return `${n < 0 ? '−' : ''}${style.symbol}${text}${m}`;
  }
  return `${formatNumber(n, 0, places)} ${Math.abs(n) === 1 ? singular(style.unit) : style.unit}`;
}

/** The most decimals {@link placesApart} asks for. */
const MAX_PLACES = 10;

/**
 * The decimals that keep `n` from reading as one of the `limits` it is not
 * (`undefined`: the usual ones already do): a threshold of 90 % with 89.996
 * reads `89.996 %`, not `90 %` beside "off track"; €4.996M of €5.0M reads so.
 */
export function placesApart(
  n: number,
  limits: readonly (number | null)[],
  style: UnitStyle,
): number | undefined {
  const clash = (places?: number) => {
    const text = withUnit(n, style, places);
    for (const limit of limits)
      if (limit !== null && limit !== n && withUnit(limit, style) === text) return true;
    return false;
  };
  if (!Number.isFinite(n) || !clash()) return undefined;
  // More decimals than the usual text has, never fewer: 0.00015 beside 0.0001 reads
  // 0.00015, not 0 (toFixed(3) of it).
  const usual = /\.(\d+)/.exec(withUnit(n, style))?.[1]?.length ?? 0;
  for (let places = Math.max(3, usual + 1); places < MAX_PLACES; places++)
    if (!clash(places)) return places;
  return MAX_PLACES;
}

/**
 * The singular of a unit written as a plain English plural, for a value of
 * exactly 1 (`1 hour`, `1 incident`, `1 category`); any other unit as it is
 * (`1 signups/month`, `1 kWh`, `1 status`): the unit is the author's word,
 * changed only where the rule is certain.
 */
function singular(unit: string): string {
  if (!/^[a-z]{3,}s$/.test(unit) || /(ss|us|is)$/.test(unit)) return unit;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (/(ches|shes|xes)$/.test(unit)) return unit.slice(0, -2);
  return unit.slice(0, -1);
}

/**
 * The latest value of a key result, and the one before it when it changed:
 * `€4.2M → €4.35M`, `6 of 10 done`, `88 % (first check-in)`; the figures' text
 * for a milestone, a derived key result or one without a check-in.
 */
export function valueChange(f: ReportFigures): string {
  if (f.current === null || f.kind === 'milestone' || f.kind === 'derived') return f.text;
  if (f.kind === 'checklist') {
    const now = `${f.current} of ${f.target ?? 0} done`;
    if (f.previous === null) return `${now} (first check-in)`;
    return f.previous === f.current ? now : `${f.previous} → ${now}`;
  }
  const style = unitStyle(f.unit);
  const limits = [f.start, f.target, f.min, f.max];
  const now = withUnit(f.current, style, placesApart(f.current, limits, style));
  if (f.previous === null) return `${now} (first check-in)`;
  if (f.previous === f.current) return now;
  // A change too small to show at the value's precision reads as no change, not "€4.2M → €4.2M".
  const before = withUnit(f.previous, style, placesApart(f.previous, limits, style));
  return before === now ? now : `${before} → ${now}`;
}

/**
 * A value as it reads before a unit written once at the end (`12 of 200
 * signups/month`): the bare number for a unit word; the whole value for a
 * currency or a symbol of one or two characters (`€4.0M`, `88 %`, `800 ms`).
 */
function bare(n: number, style: UnitStyle, places?: number): string {
  return style.short ? withUnit(n, style, places) : formatNumber(n, 0, places);
}

function checklistDone(measure: Extract<Measure, { kind: 'checklist' }>, value: unknown): number {
  if (!Array.isArray(value)) return 0;
  const ids = new Set<unknown>(value);
  let done = 0;
  for (const item of measure.items) if (ids.has(item.id)) done += 1;
  return done;
}

/** The numeric value of a check-in on its measure (items done for a checklist, 1/0 for a milestone); `null` when it has none. */
export function numericValue(measure: Measure, value: CheckInValue | undefined): number | null {
  if (value === undefined) return null;
  switch (measure.kind) {
    case 'metric':
    case 'threshold':
    case 'range':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'milestone':
      return value === true || value === 1 ? 1 : 0;
    case 'checklist':
      return checklistDone(measure, value);
    default:
      return null;
  }
}

/** The numbers a measure's text shows beside its value: start and target, a threshold, a range's bounds. */
function limitsOf(measure: Measure): (number | null)[] {
  switch (measure.kind) {
    case 'metric':
      return [measure.start, measure.target];
    case 'threshold':
      return [measure.value];
    case 'range':
      return [measure.min, measure.max];
    default:
      return [];
  }
}

function unitOf(measure: Measure): string | null {
  const u = (measure as { unit?: unknown }).unit;
  return typeof u === 'string' && u.trim() !== '' ? u : null;
}

/**
 * The figures of a key result with the latest check-in value `value`
 * (`undefined`: no check-in yet). `measure` is the resolved one
 * (`resolveBaseline`); `baseline` says its start came from the first check-in
 * ("from baseline 42"); a baseline not set yet shows as such.
 */
export function figuresOf(
  measure: Measure,
  value: CheckInValue | undefined,
  baseline = false,
): ReportFigures {
  const unit = unitOf(measure);
  const style = unitStyle(unit);
  const current = numericValue(measure, value);
  const f: ReportFigures = {
    kind: measure.kind,
    unit,
    current,
    previous: null,
    start: null,
    target: null,
    min: null,
    max: null,
    mode: null,
    text: '',
  };
  // The value never reads as a limit it is not (89.996 beside "keep ≥ 90 %").
  const places = current === null ? undefined : placesApart(current, limitsOf(measure), style);
  const cur = current === null ? null : withUnit(current, style, places);
  // Each text is a flat string (flatText), not a chain of concatenations: a report keeps one per key result.
  switch (measure.kind) {
    case 'metric': {
      const start = measure.start;
      f.start = start;
      f.target = measure.target;
      if (start === null) {
        // A baseline key result before its first check-in.
        f.mode = measure.direction === 'decrease' ? 'atMost' : 'atLeast';
        const goal = `target ${withUnit(measure.target, style)}`;
        f.text = flatText`${cur === null ? '' : `${cur}, `}baseline not set yet · ${goal}`;
        break;
      }
      const down =
        measure.target < start || (measure.target === start && measure.direction === 'decrease');
      f.mode = down ? 'atMost' : 'atLeast';
      const t = withUnit(measure.target, style);
      // "12 of 200 signups/month (from 0)" names the unit once, after the target;
      // "4.5 hours, target 1 hour (from 6 hours)" names it with every figure.
      const from = (n: number) =>
        `${baseline ? 'baseline ' : ''}${down ? withUnit(n, style) : bare(n, style)}`;
      f.text =
        current === null
          ? flatText`no check-in yet · target ${t} (from ${from(start)})`
          : down
            ? flatText`${cur}, target ${t} (from ${from(start)})`
            : flatText`${bare(current, style, places)} of ${t} (from ${from(start)})`;
      break;
    }
    case 'threshold': {
      f.target = measure.value;
      f.mode = measure.mode;
      const keep = `keep ${measure.mode === 'atMost' ? '≤' : '≥'} ${withUnit(measure.value, style)}`;
      f.text = cur === null ? flatText`${keep} · no check-in yet` : flatText`${cur} — ${keep}`;
      break;
    }
    case 'range': {
      f.min = measure.min;
      f.max = measure.max;
      const keep = `keep ${bare(measure.min, style)}–${withUnit(measure.max, style)}`;
      f.text = cur === null ? flatText`${keep} · no check-in yet` : flatText`${cur} — ${keep}`;
      break;
    }
    case 'milestone':
      f.start = 0;
      f.target = 1;
      f.text = value === undefined ? 'not done yet' : current === 1 ? 'done' : 'not done yet';
      break;
    case 'checklist': {
      f.start = 0;
      f.target = measure.items.length;
      f.current = current ?? 0;
      f.text = `${f.current} of ${measure.items.length} done`;
      break;
    }
    default:
      f.text = 'scored from its child objectives';
  }
  return f;
}
