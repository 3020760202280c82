/**
 * The CLI's clock: the one place in sokr that reads the time (the library
 * never does). `--as-of` defaults to today in the set's time zone.
 *
 * @module
 */
import { instantFrom } from '../_lib/date.js';
import { DEFAULT_TIME_ZONE, isTimeZone, zonedIsoDay } from '../_lib/zonedDay.js';
import { CliError } from './CliError.js';

/**
 * Now, in epoch ms: the `SOKR_NOW` environment variable when set (an ISO-8601
 * date-time or epoch milliseconds, for reproducible runs and tests), else the
 * system clock.
 */
export function nowMs(env: Readonly<Record<string, string | undefined>>): number {
  const text = env['SOKR_NOW'];
  if (text === undefined || text === '') return Date.now();
  const ms = /^-?\d+$/.test(text) ? instantFrom(Number(text)) : instantFrom(text);
  if (ms === undefined) {
    throw new CliError(
      `SOKR_NOW must be an ISO-8601 date-time or epoch milliseconds; got '${text}'`,
    );
  }
  return ms;
}

/** Today's calendar day (`YYYY-MM-DD`) in `timeZone` (UTC when absent or unknown). */
export function todayIn(
  timeZone: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return zonedIsoDay(nowMs(env), zone);
}
