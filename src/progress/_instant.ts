// Private to the progress layer: turns an `IsoDate | number` into epoch ms or throws a SokrError.
import type { Path } from '../model/issue.js';
import { DAY_MS, describeInstant, instantFrom, isDateOnly } from '../_lib/date.js';
import { DEFAULT_TIME_ZONE, isTimeZone, zonedAsOf, zonedEnd } from '../_lib/zonedDay.js';
import type { AsOf } from '../model/AsOf.js';
import { fail, show } from '../scale/_fail.js';
import { finite } from './_arguments.js';

/**
 * Epoch ms of an ISO date/date-time or a finite number. Throws `invalid_date`
 * at `path`; a single key (`'asOf'`) stands for `['asOf']` and keeps hot
 * callers free of allocations. A string is read in `zone` (a calendar day is
 * its local midnight; UTC when absent).
 */
export function toInstant(value: AsOf, path: Path | string, zone?: string): number {
  const ms = finite(value)
    ? value
    : zone === undefined || zone === DEFAULT_TIME_ZONE
      ? instantFrom(value)
      : zonedAsOf(value, zone);
  if (ms === undefined) {
    throw fail(
      typeof path === 'string' ? [path] : path,
      'invalid_date',
      `Expected an ISO-8601 date, epoch ms or a valid Date, got ${describeInstant(value)}.`,
    );
  }
  return ms;
}

/** Like {@link toInstant}, but a calendar day means the end of that day (the next local midnight). */
export function toEndInstant(value: AsOf, path: Path, zone?: string): number {
  const ms = toInstant(value, path, zone);
  if (typeof value !== 'string' || !isDateOnly(value)) return ms;
  return zone === undefined || zone === DEFAULT_TIME_ZONE ? ms + DAY_MS : zonedEnd(value, zone)!;
}

/** The `timeZone` option of a progress function: `'UTC'` when absent; throws `invalid_value` at `['timeZone']`. */
export function zoneOption(options: { timeZone?: string | undefined } | undefined): string {
  const zone = options?.timeZone;
  if (zone === undefined || zone === DEFAULT_TIME_ZONE) return DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) {
    throw fail(
      ['timeZone'],
      'invalid_value',
      `timeZone must be an IANA time zone this runtime knows, like 'UTC' or 'America/Los_Angeles'; got ${show(zone)}.`,
    );
  }
  return zone;
}
