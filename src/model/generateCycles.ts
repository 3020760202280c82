import { addDays, addMonths, addWeeks, differenceInCalendarDays, formatISO } from 'date-fns';
import type { Issue } from './issue.js';
import { checkOptionKeys } from './checkOptionKeys.js';
import { SokrError } from './SokrError.js';
import type { Cycle, IsoDate } from './types.js';
import { guardedRead } from './readingSet.js';

/** Which calendar year a fiscal year is named after. */
export type FiscalYearNaming = 'end' | 'start';

/** The cycles {@link generateCycles} makes below the fiscal year. */
export type FiscalPeriod = 'quarters' | 'months';

/** Options of {@link generateCycles}. */
export interface GenerateCyclesOptions {
  /** The fiscal year's number, as in its name (`2027` for "FY2027"); 1000–9999. */
  fiscalYear: number;
  /** The month the fiscal year starts in, 1–12 (`7` for July); January (`1`) by default. */
  fiscalYearStartMonth?: number | undefined;
  /**
   * Which calendar year names the fiscal year: `'end'` (default, the common
   * convention: FY2027 runs from July 2026 to June 2027) or `'start'` (FY2027
   * runs from July 2027 to June 2028).
   */
  naming?: FiscalYearNaming | undefined;
  /**
   * The cycles below the year: `['quarters']` by default; `['quarters', 'months']`
   * adds each quarter's three months (children of their quarter), `['months']`
   * twelve months under the year, `[]` the year alone.
   */
  periods?: readonly FiscalPeriod[] | undefined;
  /**
   * A retail (4-4-5) calendar: the weeks of each month of a quarter, such as
   * `[4, 4, 5]`, `[4, 5, 4]` or `[5, 4, 4]`: three whole numbers of weeks
   * that add up to 13. Quarters then last 13 weeks and the year 52, starting
   * on `firstDay` (or the first of the start month).
   */
  weeks?: readonly [number, number, number] | undefined;
  /**
   * The first day of the fiscal year (`'2026-06-28'`), for week calendars
   * whose year starts on a fixed weekday; must lie in the start month or
   * within 6 days of it. Only with `weeks`.
   */
  firstDay?: IsoDate | undefined;
  /** Prefix of the ids (`'fy'` by default): `fy2027`, `fy2027-q1`, `fy2027-q1-m1`. */
  idPrefix?: string | undefined;
  /** Prefix of the names (`'FY'` by default): "FY2027", "FY2027 Q1", "FY2027 M1". */
  namePrefix?: string | undefined;
}

/** `formatISO` options for a calendar day `YYYY-MM-DD` (local fields). */
const ISO_DAY = { representation: 'date' } as const;

/**
 * The cycles of one fiscal year: the year itself, then its quarters (and, if
 * asked, months), each child naming its parent in `parentId`, all end days
 * inclusive. The result is plain `Cycle` data that `parseOkrSet` accepts as
 * it is (paste it into a set's `cycles`, or print it with `sokr cycles`).
 *
 * Calendar arithmetic uses date-fns (`addMonths`, `addWeeks`): a quarter
 * starting on 1 December ends on the last day of February, 28 or 29 days
 * long. Dates are calendar days; the set's `timeZone` says where they are.
 *
 * @param options - `{ fiscalYear, fiscalYearStartMonth?, naming?, periods?, weeks?, firstDay?, idPrefix?, namePrefix? }`.
 * @returns The year first, then its periods in time order.
 * @throws {@link SokrError} (`invalid_value` or `invalid_type`) naming the
 *   option: a fiscal year that is not an integer 1000–9999, a month outside
 *   1–12, an unknown naming or period, `weeks` that are not three whole
 *   numbers of weeks adding up to 13 (a 13-week quarter: `[13, 13, 13]` would
 *   make a 156-week year, `[1, 1, 1]` a 12-week one), a `firstDay` that is
 *   not a date near the start month.
 *
 * @example
 * ```ts
 * import { generateCycles } from 'sokr';
 * const cycles = generateCycles({ fiscalYear: 2027, fiscalYearStartMonth: 7 });
 * cycles[0]; // { id: 'fy2027', name: 'FY2027', start: '2026-07-01', end: '2027-06-30' }
 * cycles[1]; // { id: 'fy2027-q1', name: 'FY2027 Q1', start: '2026-07-01', end: '2026-09-30', parentId: 'fy2027' }
 * const retail = generateCycles({ fiscalYear: 2026, weeks: [4, 4, 5], firstDay: '2026-01-04' });
 * retail[0]; // { id: 'fy2026', name: 'FY2026', start: '2026-01-04', end: '2027-01-02' } (52 weeks)
 * generateCycles({ fiscalYear: 2027, weeks: [13, 13, 13] });
 * // throws SokrError: invalid_value at ['weeks'] (the weeks of a quarter add up to 13)
 * ```
 */
export function generateCycles(options: GenerateCyclesOptions): Cycle[] {
  return guardedRead('generateCycles', () => {
    const o = checkOptions(options);
    const yearId = `${o.idPrefix}${o.fiscalYear}`;
    const yearName = `${o.namePrefix}${o.fiscalYear}`;
    const start = o.start;
    // Boundaries of the 12 months (or 4-4-5 periods): boundary i is the first day of month i.
    const bounds: Date[] = [start];
    for (let m = 1; m <= 12; m++) {
      bounds.push(
        o.weeks === undefined
          ? addMonths(start, m)
          : addWeeks(bounds[m - 1]!, o.weeks[(m - 1) % 3]!),
      );
    }
    const day = (d: Date) => formatISO(d, ISO_DAY);
    const lastDay = (next: Date) => formatISO(addDays(next, -1), ISO_DAY);
    const cycles: Cycle[] = [
      { id: yearId, name: yearName, start: day(start), end: lastDay(bounds[12]!) },
    ];
    const quarters = o.periods.includes('quarters');
    const months = o.periods.includes('months');
    for (let q = 0; q < 4; q++) {
      const quarterId = `${yearId}-q${q + 1}`;
      if (quarters) {
        cycles.push({
          id: quarterId,
          name: `${yearName} Q${q + 1}`,
          start: day(bounds[3 * q]!),
          end: lastDay(bounds[3 * q + 3]!),
          parentId: yearId,
        });
      }
      if (!months) continue;
      for (let i = 0; i < 3; i++) {
        const m = 3 * q + i;
        cycles.push({
          id: quarters ? `${quarterId}-m${i + 1}` : `${yearId}-m${m + 1}`,
          name: `${yearName} M${m + 1}`,
          start: day(bounds[m]!),
          end: lastDay(bounds[m + 1]!),
          parentId: quarters ? quarterId : yearId,
        });
      }
    }
    return cycles;
  });
}

interface CheckedOptions {
  fiscalYear: number;
  start: Date;
  periods: readonly FiscalPeriod[];
  weeks: readonly number[] | undefined;
  idPrefix: string;
  namePrefix: string;
}

/** The options with defaults, or a SokrError naming every bad one. */
/** The options `generateCycles` takes. */
const GENERATE_CYCLES_OPTIONS: readonly string[] = [
  'fiscalYear',
  'fiscalYearStartMonth',
  'naming',
  'periods',
  'weeks',
  'firstDay',
  'idPrefix',
  'namePrefix',
];

function checkOptions(options: GenerateCyclesOptions): CheckedOptions {
  const issues: Issue[] = [];
  const bad = (key: string, message: string, code: Issue['code'] = 'invalid_value') =>
    issues.push({ path: [key], code, message });
  if (typeof options !== 'object' || options === null) {
    throw new SokrError([
      {
        path: [],
        code: 'invalid_type',
        message: 'generateCycles takes an options object such as { fiscalYear: 2027 }.',
      },
    ]);
  }
  // A misspelt option (`fiscalYearStartMonht`) is refused, never read as January.
  checkOptionKeys(options, GENERATE_CYCLES_OPTIONS);
  const { fiscalYear, fiscalYearStartMonth = 1, naming = 'end', periods = ['quarters'] } = options;
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999)
    bad('fiscalYear', `fiscalYear is a four-digit year such as 2027, got ${show(fiscalYear)}.`);
  if (
    !Number.isInteger(fiscalYearStartMonth) ||
    fiscalYearStartMonth < 1 ||
    fiscalYearStartMonth > 12
  )
    bad(
      'fiscalYearStartMonth',
      `fiscalYearStartMonth is a month 1–12 (7 for July), got ${show(fiscalYearStartMonth)}.`,
    );
  if (naming !== 'end' && naming !== 'start')
    bad(
      'naming',
      `naming is 'end' (the year the fiscal year ends in) or 'start', got ${show(naming)}.`,
    );
  if (!Array.isArray(periods) || periods.some((p) => p !== 'quarters' && p !== 'months'))
    bad('periods', `periods lists 'quarters' and/or 'months', got ${show(periods)}.`);
  const weeks = options.weeks;
  if (
    weeks !== undefined &&
    (!Array.isArray(weeks) ||
      weeks.length !== 3 ||
      weeks.some((w) => !Number.isInteger(w) || w < 1) ||
      weeks[0] + weeks[1] + weeks[2] !== 13)
  )
    bad(
      'weeks',
      `weeks gives the weeks of a quarter's three months, adding up to 13 (a 13-week quarter), such as [4, 4, 5], got ${show(weeks)}.`,
    );
  for (const key of ['idPrefix', 'namePrefix'] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'string')
      bad(key, `${key} is a string, got ${show(value)}.`, 'invalid_type');
  }
  if (issues.length > 0) throw new SokrError(issues);
  // FY N named by its end year starts in N − 1 unless the year starts in January.
  const startYear = naming === 'start' || fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  let start = calendarDay(startYear, fiscalYearStartMonth, 1);
  if (options.firstDay !== undefined) {
    const m =
      typeof options.firstDay === 'string'
        ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.firstDay)
        : null;
    const first = m === null ? undefined : calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    const offsetDays = first === undefined ? Number.NaN : differenceInCalendarDays(first, start);
    if (weeks === undefined) bad('firstDay', 'firstDay is only for week calendars (with weeks).');
    else if (
      first === undefined ||
      formatISO(first, ISO_DAY) !== options.firstDay ||
      !(offsetDays >= -6 && offsetDays <= 36)
    )
      bad(
        'firstDay',
        `firstDay is a calendar day (YYYY-MM-DD) in the fiscal year's start month or within 6 days before it, got ${show(options.firstDay)}.`,
      );
    else start = first;
    if (issues.length > 0) throw new SokrError(issues);
  }
  return {
    fiscalYear,
    start,
    periods,
    weeks,
    idPrefix: options.idPrefix ?? 'fy',
    namePrefix: options.namePrefix ?? 'FY',
  };
}

/**
 * A calendar day as a `Date` at local noon: date-fns' calendar arithmetic
 * (`addMonths`, `addWeeks`, `format`) then gives the same days in every system
 * time zone (a daylight-saving shift never moves noon to another day).
 */
function calendarDay(year: number, month: number, day: number): Date {
  const date = new Date(2000, month - 1, day, 12);
  date.setFullYear(year);
  return date;
}

/** A value for a message; never throws. */
function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
