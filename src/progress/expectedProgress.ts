import type { AsOf } from '../model/AsOf.js';
import { toInstant } from './_instant.js';

/**
 * How far along a key result should be at `asOf` if it progressed evenly:
 * the elapsed fraction of its window, `(asOf − start) / (end − start)` in
 * milliseconds, clamped — 0 at or before the start, 1 at or after the end.
 * A degenerate window (`end ≤ start`) gives 0 before `end` and 1 from `end`.
 *
 * Time is plain UTC millisecond arithmetic: days have 24 hours, there are no
 * time zones or daylight-saving shifts (a date without a time is a UTC day).
 *
 * @param window - `{ start, end }` in epoch ms, as from `keyResultWindow`.
 * @param asOf - the moment (ISO date/date-time or epoch ms); a calendar day is its 00:00 UTC.
 * @returns a number in [0, 1].
 * @throws {@link SokrError} (`invalid_date`, path `['asOf']`) for an invalid `asOf`.
 *
 * @example
 * ```ts
 * import { expectedProgress } from 'sokr';
 * const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };
 * expectedProgress(window, '2026-01-07'); // 0.6
 * ```
 */
export function expectedProgress(window: { start: number; end: number }, asOf: AsOf): number {
  const t = toInstant(asOf, 'asOf');
  const { start, end } = window;
  if (t >= end) return 1;
  if (t <= start) return 0;
  return (t - start) / (end - start);
}
