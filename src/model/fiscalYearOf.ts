import { describeInstant } from '../_lib/date.js';
import { DEFAULT_TIME_ZONE, instantToWall, isTimeZone, zonedAsOf } from '../_lib/zonedDay.js';
import type { AsOf } from './AsOf.js';
import type { FiscalYearNaming } from './generateCycles.js';
import { checkOptionKeys } from './checkOptionKeys.js';
import { SokrError } from './SokrError.js';
import { guardedRead } from './readingSet.js';

/** Options of {@link fiscalYearOf}. */
export interface FiscalYearOfOptions {
  /** The month the fiscal year starts in, 1–12 (January by default). */
  fiscalYearStartMonth?: number | undefined;
  /** `'end'` (default) or `'start'`: which calendar year names the fiscal year. */
  naming?: FiscalYearNaming | undefined;
  /** The IANA zone whose calendar day `asOf` falls on (`'UTC'` by default). */
  timeZone?: string | undefined;
}

/**
 * The fiscal year (its number, as in "FY2027") that holds `asOf`'s calendar
 * day in `timeZone`. Pass the result to `generateCycles` with the same
 * `fiscalYearStartMonth` and `naming` to get that year's cycles. Month
 * calendars only: for a 4-4-5 year with a `firstDay`, look the day up in the
 * generated cycles.
 *
 * @param asOf - the moment (ISO string, epoch ms or `Date`; nothing reads the clock).
 * @param options - `{ fiscalYearStartMonth?, naming?, timeZone? }`.
 * @returns The fiscal year's number.
 * @throws {@link SokrError} (`invalid_date` at `['asOf']`, `invalid_value` at
 *   `['fiscalYearStartMonth']`, `['naming']` or `['timeZone']`, `invalid_type`
 *   at `['options']` for options that are not an object).
 *
 * @example
 * ```ts
 * import { fiscalYearOf } from 'sokr';
 * fiscalYearOf('2026-08-15', { fiscalYearStartMonth: 7 }); // 2027
 * fiscalYearOf('2026-08-15', { fiscalYearStartMonth: 7, naming: 'start' }); // 2026
 * ```
 */
export function fiscalYearOf(asOf: AsOf, options: FiscalYearOfOptions = {}): number {
  return guardedRead('fiscalYearOf', () => {
    if (typeof options !== 'object' || options === null || Array.isArray(options))
      throw new SokrError([
        {
          path: ['options'],
          code: 'invalid_type',
          message: 'The options of fiscalYearOf are an object.',
        },
      ]);
    checkOptionKeys(options, ['fiscalYearStartMonth', 'naming', 'timeZone']);
    const { fiscalYearStartMonth: startMonth = 1, naming = 'end' } = options;
    const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
    const fail = (key: string, code: 'invalid_value' | 'invalid_date', message: string) =>
      new SokrError([{ path: [key], code, message }]);
    if (!isTimeZone(zone))
      throw fail(
        'timeZone',
        'invalid_value',
        `timeZone must be an IANA time zone, got ${describeInstant(zone)}.`,
      );
    if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
      throw fail('fiscalYearStartMonth', 'invalid_value', 'fiscalYearStartMonth is a month 1–12.');
    if (naming !== 'end' && naming !== 'start')
      throw fail('naming', 'invalid_value', "naming is 'end' or 'start'.");
    const ms = zonedAsOf(asOf, zone);
    if (ms === undefined)
      throw fail(
        'asOf',
        'invalid_date',
        `Expected an ISO-8601 date, epoch ms or a valid Date, got ${describeInstant(asOf)}.`,
      );
    // The calendar day in the zone, read off the wall clock (epoch ms of the local fields in UTC).
    const day = new Date(instantToWall(ms, zone));
    const year = day.getUTCFullYear();
    const inSecondPart = day.getUTCMonth() + 1 >= startMonth;
    if (startMonth === 1) return year;
    if (naming === 'end') return inSecondPart ? year + 1 : year;
    return inSecondPart ? year : year - 1;
  });
}
