/**
 * Private: dates shown to people in reports and the CLI, formatted for a
 * locale (`Intl.DateTimeFormat`) in the set's time zone — never raw ISO. The
 * report data keeps ISO strings (for programs); renderers call these.
 *
 * @module
 */

import { isTimeZone, zonedInstant, zonedIsoDay } from '../_lib/zonedDay.js';

/** The locale of the printed dates when none is given: day before month, as in "9–15 Feb". */
export const DEFAULT_LOCALE = 'en-GB';

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

/** A formatter, or the default locale's when `locale` is not one Intl knows. */
function formatter(
  locale: string | undefined,
  zone: string,
  parts: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const options = { ...parts, timeZone: zone };
  try {
    return new Intl.DateTimeFormat(locale ?? DEFAULT_LOCALE, options);
  } catch {
    return new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
  }
}

/** True when `locale` is a BCP 47 tag this runtime can format with. */
export function isLocale(locale: unknown): locale is string {
  if (typeof locale !== 'string' || locale.length === 0) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** One day for people: "15 Feb 2026" (en-GB), "Feb 15, 2026" (en-US), in `zone`. */
export function formatDay(ms: number, zone: string, locale?: string): string {
  return plainSpaces(formatter(locale, zone, DAY_MONTH_YEAR).format(ms));
}

/** A span of days for people: "9–15 Feb" (en-GB), "Feb 9 – 15" (en-US); the year when it differs. */
export function formatDayRange(
  startMs: number,
  lastDayMs: number,
  zone: string,
  locale?: string,
  withYear = false,
): string {
  return plainSpaces(
    formatter(locale, zone, withYear ? DAY_MONTH_YEAR : DAY_MONTH).formatRange(
      startMs,
      Math.max(startMs, lastDayMs),
    ),
  );
}

/** ICU's thin and narrow no-break spaces as plain spaces (they vary across ICU versions). */
function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/g, ' ');
}

/**
 * A set's date string for people: a calendar day as a day ("31 Mar 2026"), a
 * date-time with its local time in `zone`; anything else as given.
 */
export function formatDateText(text: string, ms: number, zone: string, locale?: string): string {
  if (!Number.isFinite(ms)) return text;
  if (text.length === 10) return formatDay(ms, zone, locale);
  return plainSpaces(
    formatter(locale, zone, { ...DAY_MONTH_YEAR, hour: '2-digit', minute: '2-digit' }).format(ms),
  );
}

/** A calendar-day string (`YYYY-MM-DD`) for people in `locale`; other strings as they are. */
export function shownDay(text: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) ? formatDay(ms, 'UTC', locale) : text;
}

/**
 * A date string as a calendar day in `zone`: a `YYYY-MM-DD` day as it is, an
 * instant (`2026-01-06T07:00:00Z`) as its day there, a local date-time as the
 * wall time there (as the set's dates are read); other text unchanged.
 */
export function zonedDayText(text: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const safeZone = isTimeZone(zone) ? zone : 'UTC';
  const ms = zonedInstant(text, safeZone);
  return ms === undefined ? text : zonedIsoDay(ms, safeZone);
}

/** Where {@link withShownDates} keeps the copy's day formatter (read with {@link dayText}). */
const SHOWN_DAY = Symbol('sokr.shownDay');

/**
 * A day of `report` for people: through the formatter of a
 * {@link withShownDates} copy ("15 Feb 2026"; an instant as its day in the
 * set's zone), as it is for a report that is no such copy.
 */
export function dayText(report: object, text: string): string {
  const format = (report as Record<symbol, unknown>)[SHOWN_DAY];
  return typeof format === 'function' ? (format as (t: string) => string)(text) : text;
}

/**
 * A copy of a report for a renderer with its dates for people in `locale`
 * (`asOf` — its calendar day `asOfDay` for an instant —, `previous`, the
 * cycles' start and end: "15 Feb 2026"); the
 * report itself is not changed. Without a locale, {@link DEFAULT_LOCALE}'s;
 * `'iso'` writes ISO days (for tools that parse the output). Either way an
 * instant is shown as its calendar day in the report's `timeZone`.
 */
export function withShownDates<R extends { kind: string; asOf: string }>(
  report: R,
  shown: string | undefined,
): R {
  const iso = shown === 'iso';
  const locale = shown ?? DEFAULT_LOCALE;
  const r = report as R & {
    previous?: string;
    cycles?: { start: string; end: string }[];
    cycle?: { start: string; end: string };
    timeZone?: unknown;
  };
  const zone = typeof r.timeZone === 'string' ? r.timeZone : 'UTC';
  // Every day shown: an instant as its calendar day in the set's zone, then in the locale.
  const memo = new Map<string, string>();
  const show = (text: string): string => {
    let out = memo.get(text);
    if (out === undefined) {
      const day = zonedDayText(text, zone);
      out = iso ? day : shownDay(day, locale);
      memo.set(text, out);
    }
    return out;
  };
  const cycle = <C extends { start: string; end: string }>(c: C): C => ({
    ...c,
    start: show(c.start),
    end: show(c.end),
  });
  // An instant asOf is shown as its calendar day in the set's zone (`asOfDay`).
  const day = (r as { asOfDay?: unknown }).asOfDay;
  const out: typeof r = { ...r, asOf: show(typeof day === 'string' ? day : r.asOf) };
  // The renderers show the key results' days (last check-in, forecast, reach) through it.
  (out as Record<symbol, unknown>)[SHOWN_DAY] = show;
  // An instant `previous` (a week before an instant asOf) is shown as its day, as every date.
  if (typeof r.previous === 'string') out.previous = show(r.previous);
  if (Array.isArray(r.cycles)) out.cycles = r.cycles.map(cycle);
  if (r.cycle !== undefined) out.cycle = cycle(r.cycle);
  return out;
}
