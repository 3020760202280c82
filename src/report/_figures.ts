/**
 * Private to the report layer: a key result's real numbers — current value,
 * start and target in the measure's unit — as data and as one line of text
 * ("€4.35M of €5.0M (from €4.0M)", "88 % — keep ≥ 90 %").
 *
 * @module
 */
import type { CheckInValue, Measure } from '../model/types.js';
import type { ReportFigures } from './types.js';

const CURRENCY = /^(?:(k|K|M|m|bn|B)\s?)?([€$£¥₹])(?:\s?(k|K|M|m|bn|B))?$/;
const MAGNITUDE: Record<string, string> = { k: 'k', K: 'k', M: 'M', m: 'M', bn: 'bn', B: 'bn' };

function group(digits: string): string {
  if (digits.length <= 4) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * A number for a person: at most two decimals, trailing zeros dropped (at
 * least `minDecimals`), thousands grouped; `–` for a non-finite value.
 */
export function formatNumber(n: number, minDecimals = 0): string {
  if (!Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  if (abs >= 1e15) return n.toPrecision(3);
  const decimals = abs >= 1000 ? 0 : 2;
  let [whole = '0', frac = ''] = abs.toFixed(decimals).split('.');
  frac = frac.replace(/0+$/, '');
  if (decimals > 0) frac = frac.padEnd(minDecimals, '0');
  const out = `${group(whole)}${frac === '' ? '' : `.${frac}`}`;
  return n < 0 && /[1-9]/.test(out) ? `−${out}` : out;
}

/** True for a currency unit (`€`, `M€`, `$k`): the symbol goes before every number. */
function isCurrency(unit: string | null): boolean {
  return unit !== null && CURRENCY.test(unit);
}

/** A value written with its unit: `€4.35M`, `88 %`, `620 ms`, `12`. */
export function withUnit(n: number, unit: string | null): string {
  if (unit === null || unit === '') return formatNumber(n);
  const c = CURRENCY.exec(unit);
  if (c !== null) {
    if (n === 0) return `${c[2]}0`;
    const magnitude = MAGNITUDE[c[1] ?? c[3] ?? ''] ?? '';
    const text = formatNumber(Math.abs(n), magnitude === 'M' || magnitude === 'bn' ? 1 : 0);
    return `${n < 0 ? '−' : ''}${c[2]}${text}${magnitude}`;
  }
  return `${formatNumber(n)} ${unit}`;
}

/**
 * A value as it reads before a unit written once at the end (`12 of 200
 * signups/month`): the bare number for a unit word; the whole value for a
 * currency or a symbol of one or two characters (`€4.0M`, `88 %`, `800 ms`).
 */
function bare(n: number, unit: string | null): string {
  return isCurrency(unit) || (unit !== null && unit.length <= 2)
    ? withUnit(n, unit)
    : formatNumber(n);
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

function unitOf(measure: Measure): string | null {
  const u = (measure as { unit?: unknown }).unit;
  return typeof u === 'string' && u.trim() !== '' ? u : null;
}

/**
 * The figures of a key result with the latest check-in value `value`
 * (`undefined`: no check-in yet).
 */
export function figuresOf(measure: Measure, value: CheckInValue | undefined): ReportFigures {
  const unit = unitOf(measure);
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
  const cur = current === null ? null : withUnit(current, unit);
  switch (measure.kind) {
    case 'metric': {
      f.start = measure.start;
      f.target = measure.target;
      const down =
        measure.target < measure.start ||
        (measure.target === measure.start && measure.direction === 'decrease');
      f.mode = down ? 'atMost' : 'atLeast';
      const t = withUnit(measure.target, unit);
      const s = bare(measure.start, unit);
      f.text =
        current === null
          ? `no check-in yet · target ${t} (from ${s})`
          : down
            ? `${cur}, target ${t} (from ${s})`
            : `${bare(current, unit)} of ${t} (from ${s})`;
      break;
    }
    case 'threshold': {
      f.target = measure.value;
      f.mode = measure.mode;
      const keep = `keep ${measure.mode === 'atMost' ? '≤' : '≥'} ${withUnit(measure.value, unit)}`;
      f.text = cur === null ? `${keep} · no check-in yet` : `${cur} — ${keep}`;
      break;
    }
    case 'range': {
      f.min = measure.min;
      f.max = measure.max;
      const keep = `keep ${bare(measure.min, unit)}–${withUnit(measure.max, unit)}`;
      f.text = cur === null ? `${keep} · no check-in yet` : `${cur} — ${keep}`;
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
