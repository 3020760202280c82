/**
 * Private date helpers (zod-free, clock-free).
 *
 * sokr's convention: a date without a time (`2026-03-31`) is a calendar day
 * in UTC; a date-time without an offset is read as UTC; a date-time with an
 * offset is that instant.
 */

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/**
 * Parses an ISO-8601 date or date-time into epoch milliseconds (UTC).
 * Returns `undefined` for anything that is not a real calendar date/time
 * (`2026-02-30`, `24:00`, `2026-13-01`, non-strings).
 */
export function parseIsoDate(text: unknown): number | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  if (text.length === 10) return parseDay(text);
  const m = ISO_RE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return Date.UTC(year, month - 1, day);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMin = 0;
  const tz = m[8];
  if (tz !== undefined && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) return undefined;
    offsetMin = sign * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
}

/** Value of the digit at `i`, or −1 when it is not a digit. */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The fast path of {@link parseIsoDate} for a calendar day `YYYY-MM-DD` (the
 * most common date in a set): no regular expression, no allocation.
 */
function parseDay(text: string): number | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/** True when the text is a calendar day without a time (`2026-03-31`). */
export function isDateOnly(text: string): boolean {
  return text.length === 10;
}

/**
 * The instant a span that ends on `text` is over: the start of the next day
 * for a calendar day (end days are inclusive), the instant itself otherwise.
 */
export function parseIsoEnd(text: unknown): number | undefined {
  const ms = parseIsoDate(text);
  if (ms === undefined) return undefined;
  return isDateOnly(text as string) ? ms + DAY_MS : ms;
}

/** Formats epoch milliseconds as a UTC calendar day `YYYY-MM-DD`. */
export function formatIsoDay(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  // Civil date from days since 1970-01-01 (proleptic Gregorian), years 0–9999;
  // anything else goes through Date (which throws outside its range, as before).
  if (!(days >= -719_468 && days < 2_932_897)) return new Date(ms).toISOString().slice(0, 10);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The one place where an `asOf` (or any instant a caller passes) is read:
 * an ISO-8601 date or date-time string, finite epoch milliseconds, or a valid
 * `Date`. Returns epoch ms, or `undefined` for anything else.
 */
export function instantFrom(value: unknown): number | undefined {
  // Only instants a Date can hold (±8.64e15 ms, about ±275,000 years) can be printed back.
  if (typeof value === 'number') return Math.abs(value) <= 8.64e15 ? value : undefined;
  if (typeof value === 'string') return parseIsoDate(value);
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

/** Describes a bad instant for a message: its JSON, or its kind when it has none. */
export function describeInstant(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  if (typeof value === 'bigint') return `the bigint ${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
