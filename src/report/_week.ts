/**
 * Private: the calendar week a weekly report covers, in the set's time zone,
 * starting on `weekStartsOn` (Monday by default: ISO weeks), with date-fns
 * and `@date-fns/tz`.
 *
 * @module
 */
import { tz } from '@date-fns/tz';
import { addDays, format, getWeek, getWeekYear, startOfWeek } from 'date-fns';
import type { ReportWeek, WeekStartsOn } from './types.js';
import { formatDayRange } from './_formatDate.js';

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
  const options = {
    in: tz(zone),
    weekStartsOn,
    firstWeekContainsDate: weekStartsOn === 1 ? (4 as const) : (1 as const),
  };
  const start = startOfWeek(ms, options);
  const last = addDays(start, 6, options);
  const number = getWeek(ms, options);
  return {
    number,
    year: getWeekYear(ms, options),
    start: format(start, 'yyyy-MM-dd'),
    end: format(last, 'yyyy-MM-dd'),
    label: `week ${number}, ${formatDayRange(+start, +last, zone, locale, start.getFullYear() !== last.getFullYear())}`,
  };
}
