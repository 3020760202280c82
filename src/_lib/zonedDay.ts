/**
 * Private zoned-day helpers: the one place where a set's date string becomes
 * an instant in the set's time zone (on top of `@date-fns/tz`'s `tzOffset`).
 *
 * sokr's convention for the strings of an OKR set whose `timeZone` is `zone`:
 * - a calendar day `2026-03-31` starts at local 00:00 in `zone`, and as an end
 *   day it lasts up to the next local midnight (end days are inclusive);
 * - a date-time without an offset `2026-03-31T17:00` is that wall-clock time
 *   in `zone`;
 * - a date-time with an offset (`Z`, `-07:00`) is that instant, whatever the zone.
 *
 * Wall-clock times that do not exist (the hour skipped when clocks spring
 * forward) move forward by the gap, as `Date` does; ambiguous ones (the hour
 * repeated in autumn) take the earlier instant. The UTC zone takes the fast
 * path of `parseIsoDate` and costs nothing more than it.
 *
 * @module
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DAY_MS, formatIsoDay, isDateOnly, parseIsoDate } from './date.js';

/** The zone of a set without a `timeZone`. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** Milliseconds per minute. */
const MINUTE_MS = 60_000;

/**
 * True when `name` is a time zone this runtime knows (an IANA name such as
 * `'America/Los_Angeles'`, or `'UTC'`).
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  if (name === DEFAULT_TIME_ZONE) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (east positive). */
export function zoneOffset(ms: number, zone: string): number {
  if (zone === DEFAULT_TIME_ZONE) return 0;
  return tzOffset(zone, new Date(ms)) * MINUTE_MS;
}

/**
 * The instant of a wall-clock time in `zone`, the wall clock given as the
 * epoch ms of the same fields read in UTC. A time skipped by a daylight-saving
 * jump moves forward by the gap; a repeated one takes its first occurrence.
 */
export function wallToInstant(wall: number, zone: string): number {
  if (zone === DEFAULT_TIME_ZONE) return wall;
  // The offsets a day before and a day after: one transition at most lies between.
  const early = wall - zoneOffset(wall - DAY_MS, zone);
  const late = wall - zoneOffset(wall + DAY_MS, zone);
  const earlyFits = instantToWall(early, zone) === wall;
  const lateFits = instantToWall(late, zone) === wall;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  const near = wall - zoneOffset(wall, zone);
  if (instantToWall(near, zone) === wall) return near;
  // In a gap: no offset maps back onto `wall`; the later candidate is past the jump.
  return Math.max(early, late);
}

/** True when a date-time string carries its own offset (`Z`, `+05:30`, `-0700`). */
function hasOffset(text: string): boolean {
  for (let i = 11; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 90 || c === 43 || c === 45) return true; // Z + -
  }
  return false;
}

/**
 * Parses a set's date string into epoch ms in `zone`: a calendar day is its
 * local midnight, a date-time without an offset its local wall-clock time, a
 * date-time with an offset that instant. `undefined` for anything that is not
 * an ISO-8601 date that exists.
 */
export function zonedInstant(text: unknown, zone: string): number | undefined {
  const ms = parseIsoDate(text);
  if (ms === undefined || zone === DEFAULT_TIME_ZONE) return ms;
  if (!isDateOnly(text as string) && hasOffset(text as string)) return ms;
  return wallToInstant(ms, zone);
}

/**
 * The instant a span ending on `text` is over in `zone`: the next local
 * midnight for a calendar day (end days are inclusive), the instant itself
 * for a date-time.
 */
export function zonedEnd(text: unknown, zone: string): number | undefined {
  const ms = parseIsoDate(text);
  if (ms === undefined) return undefined;
  if (!isDateOnly(text as string)) return zonedInstant(text, zone);
  return wallToInstant(ms + DAY_MS, zone);
}

/** The wall clock of instant `ms` in `zone`, as epoch ms of the same fields read in UTC. */
export function instantToWall(ms: number, zone: string): number {
  return ms + zoneOffset(ms, zone);
}

/** The local midnight (in `zone`) that starts the day holding instant `ms`. */
export function zonedDayStart(ms: number, zone: string): number {
  const wall = instantToWall(ms, zone);
  return wallToInstant(Math.floor(wall / DAY_MS) * DAY_MS, zone);
}

/** The calendar day (`YYYY-MM-DD`) holding the instant `ms` in `zone`. */
export function zonedIsoDay(ms: number, zone: string): string {
  return formatIsoDay(instantToWall(ms, zone));
}

/**
 * The local midnight `days` calendar days after the day holding `ms` (days
 * of 23 or 25 hours count as one day each).
 */
export function addZonedDays(ms: number, days: number, zone: string): number {
  const wall = instantToWall(ms, zone);
  return wallToInstant((Math.floor(wall / DAY_MS) + days) * DAY_MS, zone);
}

/**
 * An `AsOf`-like value read in `zone`: a string goes through
 * {@link zonedInstant}, epoch ms and `Date`s are instants already.
 */
export function zonedAsOf(value: unknown, zone: string): number | undefined {
  if (typeof value === 'string') return zonedInstant(value, zone);
  if (typeof value === 'number') return Math.abs(value) <= 8.64e15 ? value : undefined;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}
