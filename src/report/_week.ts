/**
 * Private: the calendar week a weekly report covers, in the set's time zone,
 * starting on `weekStartsOn` (Monday by default: ISO weeks). The local day
 * comes from the zoned-day helper; the week arithmetic is date-fns'
 * (`startOfWeek`, `getWeek`) on that calendar day.
 *
 * @module
 */
import { addDays, formatISO, getWeek, getWeekYear, startOfWeek } from 'date-fns';
import { instantToWall } from '../_lib/zonedDay.js';
import type { ReportWeek, WeekStartsOn } from './types.js';
import { formatDayRange } from './_formatDate.js';

/** The latest wall-clock instant whose week (and its label) a Date can hold: 8.64e15 ms less two weeks. */
const LAST_WEEK_MS = 8.64e15 - 1_209_600_000;
/** The earliest whose week number a Date can compute (its week-year starts within the range): −8.64e15 ms plus 400 days. */
const FIRST_WEEK_MS = -8.64e15 + 34_560_000_000;

/**
 * The week holding instant `ms` in `zone`. Monday weeks are ISO weeks (week 1
 * holds the year's first Thursday); other starts count week 1 as the week
 * holding 1 January.
 */
export function reportWeek(
  ms: number,
  zone: string,
  weekStartsOn: WeekStartsOn,
  locale?: string,
): ReportWeek {
  // The local calendar day of `ms`, as a Date at local noon (date-fns reads local fields).
  // Within two weeks of the ends of what a Date holds, the nearest week that fits is named.
  const wall = new Date(Math.min(LAST_WEEK_MS, Math.max(FIRST_WEEK_MS, instantToWall(ms, zone))));
  const day = new Date(2000, wall.getUTCMonth(), wall.getUTCDate(), 12);
  day.setFullYear(wall.getUTCFullYear());
  const options = { weekStartsOn, firstWeekContainsDate: weekStartsOn === 1 ? 4 : 1 } as const;
  const start = startOfWeek(day, options);
  const last = addDays(start, 6);
  const number = getWeek(day, options);
  const first = formatISO(start, { representation: 'date' });
  const end = formatISO(last, { representation: 'date' });
  // The label formats the two calendar days themselves (as UTC midnights), whatever the zone.
  const label = formatDayRange(
    Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()),
    Date.UTC(last.getFullYear(), last.getMonth(), last.getDate()),
    'UTC',
    locale,
    start.getFullYear() !== last.getFullYear(),
  );
  return {
    number,
    year: getWeekYear(day, options),
    start: first,
    end,
    label: `week ${number}, ${label}`,
  };
}
