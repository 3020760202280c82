/**
 * Private to `weeklyReport`: its options and their checks at the door.
 *
 * @module
 */
import type { AsOf } from '../model/AsOf.js';
import { SokrError } from '../model/SokrError.js';
import type { Id } from '../model/types.js';
import { checkStatusPolicy, type StatusPolicy } from '../progress/statusPolicy.js';
import type { PendingPolicy } from '../rollup/types.js';
import type { Scale } from '../scale/Scale.js';
import { describeValue } from '../_lib/quote.js';
import { isLocale } from './_formatDate.js';
import { checkIdOption, checkOptions, checkScoringOptions, instantOf } from './_context.js';
import { WEEK_MS } from './_weekly.js';
import type { WeekStartsOn } from './types.js';

/** Options of {@link weeklyReport}. */
export interface WeeklyReportOptions {
  /** The report date (ISO date/date-time or epoch ms). The comparison is taken 7 days earlier. */
  asOf: AsOf;
  /** Only this unit and the units below it. */
  unitId?: Id | undefined;
  /** Only this person's key results (and the objectives holding them). */
  ownerId?: Id | undefined;
  /** Only this cycle; default: the cycles running at `asOf` (the latest started one when none runs). */
  cycleId?: Id | undefined;
  /** The scale for the bands (`googleScale` when absent). */
  scale?: Scale | undefined;
  /** Thresholds of the statuses (merged over `defaultStatusPolicy`). */
  statusPolicy?: Partial<StatusPolicy> | undefined;
  /** Passed to `rollup`: how pending key results count (default `'zero'`). */
  pending?: PendingPolicy | undefined;
  /** Passed to `rollup`: count child objectives as items of their parent (default `false`). */
  includeChildren?: boolean | undefined;
  /** Passed to `rollup`: clamp progress to 0–1 (default `true`). */
  clamp?: boolean | undefined;
  /** The first day of the report's weeks: 1 Monday (default, ISO weeks), 0 Sunday, … 6 Saturday. */
  weekStartsOn?: WeekStartsOn | undefined;
  /** The BCP 47 locale of the week labels (`'en-GB'` by default: "week 7, 9–15 Feb"). */
  locale?: string | undefined;
  /** Passed to `obligations` for "owed this week": days late before one more level of escalation (default 7). */
  graceDays?: number | undefined;
  /** Passed to `obligations` for "owed this week": the most leads an item escalates to (default 2; 0: none). */
  escalationLevels?: number | undefined;
}

/** The options `weeklyReport` takes (any other name is a typo, refused). */
const WEEKLY_OPTIONS: readonly string[] = [
  'asOf',
  'unitId',
  'ownerId',
  'cycleId',
  'scale',
  'statusPolicy',
  'pending',
  'includeChildren',
  'clamp',
  'weekStartsOn',
  'locale',
  'graceDays',
  'escalationLevels',
];

/**
 * Checks the options of `weeklyReport` that need no set (the ids are looked
 * up once the set is compiled), in the order their errors have always come:
 * `asOf` (as an instant in UTC; a zoned set reads it again in its zone), the
 * ids, `weekStartsOn`, `locale`, then the scoring switches (`clamp`,
 * `includeChildren`, `pending`) and `statusPolicy`.
 *
 * @throws {@link SokrError} naming the option's path.
 */
export function checkWeeklyOptions(options: WeeklyReportOptions): {
  asOfMs: number;
  weekStartsOn: WeekStartsOn;
  /** The fields of `statusPolicy` that are set, checked (`checkStatusPolicy`). */
  statusPolicy: Partial<StatusPolicy>;
} {
  checkOptions(options, 'weeklyReport', WEEKLY_OPTIONS);
  const asOfMs = instantOf(options.asOf, 'asOf', WEEK_MS);
  checkIdOption(options.unitId, 'unitId', false);
  checkIdOption(options.ownerId, 'ownerId', false);
  checkIdOption(options.cycleId, 'cycleId', false);
  const given: unknown = options.weekStartsOn;
  const weekStartsOn = given === undefined ? 1 : given;
  if (
    typeof weekStartsOn !== 'number' ||
    !Number.isInteger(weekStartsOn) ||
    weekStartsOn < 0 ||
    weekStartsOn > 6
  ) {
    throw new SokrError([
      {
        path: ['weekStartsOn'],
        code: 'invalid_value',
        message: `weekStartsOn is a weekday 0–6 (0 Sunday, 1 Monday), got ${describeValue(weekStartsOn)}.`,
      },
    ]);
  }
  const locale: unknown = options.locale;
  if (locale !== undefined && !isLocale(locale)) {
    throw new SokrError([
      {
        path: ['locale'],
        code: 'invalid_value',
        message: `locale is a BCP 47 tag this runtime formats dates with ('en-GB', 'de-DE'), got ${describeValue(locale)}.`,
      },
    ]);
  }
  checkScoringOptions(options);
  const statusPolicy = checkStatusPolicy(options.statusPolicy, ['statusPolicy']);
  return { asOfMs, weekStartsOn: weekStartsOn as WeekStartsOn, statusPolicy };
}
