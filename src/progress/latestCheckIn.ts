import type { AsOf } from '../model/AsOf.js';
import type { CheckIn } from '../model/types.js';
import { parseIsoDate } from '../_lib/date.js';
import { zonedInstant } from '../_lib/zonedDay.js';
import { fail, show } from '../scale/_fail.js';
import { toInstant } from './_instant.js';
import { expectCheckIns } from './_arguments.js';

/**
 * The current check-in at `asOf`: the one with the latest `at` at or before
 * `asOf`. Check-ins at the same instant are tied; the one later in the array
 * wins (the last one recorded), so the result is deterministic whatever the
 * array order of the other check-ins. The array does not need to be sorted
 * and is not filtered by key result: pass the check-ins of one key result.
 *
 * @param checkIns - the check-ins of one key result, in any order.
 * @param asOf - the moment of the evaluation (ISO date/date-time or epoch ms);
 *   a calendar day means its start (00:00 UTC).
 * @returns the current check-in, or `undefined` when none is at or before `asOf`.
 * @throws {@link SokrError} (`invalid_type`) when `checkIns` is not an array
 *   (path `['checkIns']`) or holds an entry that is not an object (`null`, a
 *   string: path `['checkIns', i]`); (`invalid_date`) when `asOf` (path
 *   `['asOf']`) or a check-in's `at` (path `[i, 'at']`) is not a valid date.
 *
 * @example
 * ```ts
 * import { latestCheckIn } from 'sokr';
 * const checkIns = [
 *   { id: 'c1', keyResultId: 'kr', at: '2026-01-05', value: 10 },
 *   { id: 'c2', keyResultId: 'kr', at: '2026-01-12', value: 20 },
 * ];
 * latestCheckIn(checkIns, '2026-01-10')?.id; // 'c1'
 * latestCheckIn({} as never, '2026-01-10'); // throws SokrError: invalid_type at ['checkIns']
 * ```
 */
export function latestCheckIn(checkIns: readonly CheckIn[], asOf: AsOf): CheckIn | undefined {
  expectCheckIns(checkIns);
  const index = latestCheckInIndex(checkIns, toInstant(asOf, 'asOf'));
  return index < 0 ? undefined : checkIns[index];
}

/**
 * Index of the current check-in at `asOfMs` (−1 when none); same rules as
 * {@link latestCheckIn}; with `fromMs`, check-ins before it do not count
 * (every date is still read, so an invalid one throws). Internal: for the
 * rollup and the other progress functions.
 */
export function latestCheckInIndex(
  checkIns: readonly CheckIn[],
  asOfMs: number,
  zone?: string,
  fromMs = Number.NEGATIVE_INFINITY,
): number {
  let best = -1;
  let bestAt = fromMs;
  for (let i = 0; i < checkIns.length; i++) {
    const at = checkInInstant(checkIns[i]!, i, zone);
    if (at <= asOfMs && at >= bestAt) {
      best = i;
      bestAt = at;
    }
  }
  return best;
}

/** Epoch ms of a check-in's `at` (read in `zone`, UTC by default); throws `invalid_date` at `[index, 'at']`. Internal. */
export function checkInInstant(checkIn: CheckIn, index: number, zone?: string): number {
  const at = zone === undefined ? parseIsoDate(checkIn.at) : zonedInstant(checkIn.at, zone);
  if (at === undefined) {
    throw fail(
      [index, 'at'],
      'invalid_date',
      `Check-in ${show(checkIn.id)} has an invalid date ${show(checkIn.at)}.`,
    );
  }
  return at;
}
