import type { AsOf } from '../model/AsOf.js';
import { toInstant, zoneOption } from './_instant.js';
import { expectOptions, expectWindow } from './_arguments.js';

/** Options of {@link expectedProgress}. */
export interface ExpectedProgressOptions {
  /** The IANA zone a calendar-day or wall-clock `asOf` string is read in (`'UTC'` by default). */
  timeZone?: string | undefined;
}

/**
 * How far along a key result should be at `asOf` if it progressed evenly:
 * the elapsed fraction of its window, `(asOf − start) / (end − start)` in
 * milliseconds, clamped — 0 at or before the start, 1 at or after the end.
 * A degenerate window (`end ≤ start`) gives 0 before `end` and 1 from `end`:
 * it is not an error, as `keyResultWindow` gives one for a `due` before the
 * cycle start (a data error that `validate` reports).
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
 * @throws {@link SokrError} (`invalid_type`, path `['window']`) when `window`
 *   is not an object (missing, `null`, a number); (`invalid_value`,
 *   `['window', 'start']` or `['window', 'end']`) for a start or end that is
 *   not a finite number of epoch ms (an ISO string, NaN, missing);
 *   (`invalid_date`, `['asOf']`) for an invalid `asOf`; (`invalid_value`,
 *   `['timeZone']`) for an unknown zone.
 *
 * @example
 * ```ts
 * import { expectedProgress } from 'sokr';
 * const window = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };
 * expectedProgress(window, '2026-01-07'); // 0.6
 * expectedProgress({ start: '2026-01-01', end: '2026-01-11' } as never, '2026-01-07');
 * // throws SokrError: invalid_value at ['window', 'start']
 * ```
 */
export function expectedProgress(
  window: { start: number; end: number },
  asOf: AsOf,
  options?: ExpectedProgressOptions,
): number {
  expectWindow(window);
  if (options !== undefined) expectOptions(options);
  const t =
    options === undefined ? toInstant(asOf, 'asOf') : toInstant(asOf, 'asOf', zoneOption(options));
  return elapsed(window.start, window.end, t);
}

/**
 * The elapsed fraction of `[start, end)` at `t`, clamped to 0–1 (0 before
 * a degenerate window's end, 1 from it): the kernel of
 * {@link expectedProgress}, without its checks. Internal.
 */
export function elapsed(start: number, end: number, t: number): number {
  return t >= end ? 1 : t <= start ? 0 : (t - start) / (end - start);
}
