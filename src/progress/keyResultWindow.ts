import type { Path } from '../model/issue.js';
import type { Cycle, KeyResult } from '../model/types.js';
import { toEndInstant, toInstant, zoneOption } from './_instant.js';
import { expectArgument, expectOptions } from './_arguments.js';

/** Options of {@link keyResultWindow}. */
export interface KeyResultWindowOptions {
  /**
   * The IANA time zone the dates are calendar days in (`'UTC'` by default);
   * pass the set's `timeZone` for a key result of a set.
   */
  timeZone?: string | undefined;
}

/** A key result's time window in epoch milliseconds: `start` inclusive, `end` exclusive. */
export interface KeyResultWindow {
  /** The cycle's start (local midnight of its first day in the time zone; 00:00 UTC by default). */
  start: number;
  /** The instant the window is over: the local midnight after `due` (or the cycle's end). */
  end: number;
}

const CYCLE_START: Path = ['cycle', 'start'];
/** Where the progress functions name a cycle's end. Internal. */
export const CYCLE_END: Path = ['cycle', 'end'];
const KR_DUE: Path = ['keyResult', 'due'];

/**
 * The window in which a key result is expected to progress: from the cycle's
 * start to the key result's `due` (or the cycle's end when absent). End days
 * are inclusive, so a window ending `2026-03-31` ends at
 * `2026-04-01T00:00:00Z`; a date-time `due` ends at that instant. Dates
 * without a time are calendar days in `options.timeZone` (UTC by default):
 * in `'America/Los_Angeles'` the same window ends at `2026-04-01T07:00:00Z`,
 * and a day on which clocks change lasts 23 or 25 hours.
 *
 * A `due` before the cycle start (a data error that `validate` reports) yields
 * `end ≤ start`; `expectedProgress` then jumps from 0 to 1 at `end`.
 *
 * @param kr - the key result (its `due`).
 * @param cycle - the key result's cycle (its `start` and `end`).
 * @param options - `{ timeZone? }`: the zone the calendar days are in.
 * @returns `{ start, end }` in epoch milliseconds.
 * @throws {@link SokrError} (`invalid_date`, path `['cycle', 'start']`,
 *   `['cycle', 'end']` or `['keyResult', 'due']`) for a date that does not parse;
 *   (`invalid_value`, `['timeZone']`) for a zone the runtime does not know;
 *   (`invalid_type`, `['keyResult']` or `['cycle']`) when `kr` or `cycle` is
 *   missing, `null` or not an object.
 *
 * @example
 * ```ts
 * import { keyResultWindow } from 'sokr';
 * const cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
 * const kr = { id: 'kr', objectiveId: 'o', title: 'KR', ownerId: 'p', measure: { kind: 'milestone' as const } };
 * const { start, end } = keyResultWindow(kr, cycle);
 * new Date(end).toISOString(); // '2026-04-01T00:00:00.000Z'
 * const la = keyResultWindow(kr, cycle, { timeZone: 'America/Los_Angeles' });
 * new Date(la.end).toISOString(); // '2026-04-01T07:00:00.000Z'
 * ```
 */

export function keyResultWindow(
  kr: KeyResult,
  cycle: Cycle,
  options?: KeyResultWindowOptions,
): KeyResultWindow {
  expectArgument(kr, 'keyResult', 'object');
  expectArgument(cycle, 'cycle', 'object');
  if (options !== undefined) expectOptions(options);
  const zone = zoneOption(options);
  const start = toInstant(cycle.start, CYCLE_START, zone);
  const end =
    kr.due === undefined
      ? toEndInstant(cycle.end, CYCLE_END, zone)
      : toEndInstant(kr.due, KR_DUE, zone);
  return { start, end };
}
