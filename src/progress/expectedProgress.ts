import type { AsOf } from '../model/AsOf.js';
import { toInstant, zoneOption } from './_instant.js';

/** Options of {@link expectedProgress}. */
export interface ExpectedProgressOptions {
  /** The IANA zone a calendar-day or wall-clock `asOf` string is read in (`'UTC'` by default). */
  timeZone?: string | undefined;
}

/**
 * How far along a key result should be at `asOf` if it progressed evenly:
 * the elapsed fraction of its window, `(asOf − start) / (end − start)` in
 * milliseconds, clamped — 0 at or before the start, 1 at or after the end.
 * A degenerate window (`end ≤ start`) gives 0 before `end` and 1 from `end`.
 *
 * Time is elapsed milliseconds between instants: a window that holds a
 * daylight-saving change counts its 23- or 25-hour day as it is. A calendar
 * day `asOf` is its local midnight in `options.timeZone` (UTC by default);
 * `keyResultWindow` builds the window in the same zone.
 *
 * @param window - `{ start, end }` in epoch ms, as from `keyResultWindow`.
 * @param asOf - the moment (ISO date/date-time or epoch ms); a calendar day is its local midnight.
 * @param options - `{ timeZone? }` for a calendar-day or wall-clock `asOf`.
 * @returns a number in [0, 1].
 * @throws {@link SokrError} (`invalid_date`, path `['asOf']`) for an invalid `asOf`;
 *   (`invalid_value`, `['timeZone']`) for an unknown zone.
 *
 * @example
 * ```ts
 * import { expectedProgress } from 'sokr';
 * const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };
 * expectedProgress(window, '2026-01-07'); // 0.6
 * ```
 */
export function expectedProgress(
  window: { start: number; end: number },
  asOf: AsOf,
  options?: ExpectedProgressOptions,
): number {
  const t =
    options === undefined ? toInstant(asOf, 'asOf') : toInstant(asOf, 'asOf', zoneOption(options));
  const { start, end } = window;
  if (t >= end) return 1;
  if (t <= start) return 0;
  return (t - start) / (end - start);
}
