import type { IsoDate } from './types.js';

/**
 * An instant as callers pass it (`asOf` and every other point in time an
 * option takes): an ISO-8601 date (`'2026-02-15'`, a calendar day) or
 * date-time (`'2026-02-15T09:00:00Z'`), epoch milliseconds, or a `Date`.
 * Every function reads it the same way, in one place.
 *
 * @example
 * ```ts
 * import type { AsOf } from 'sokr';
 * const asOf: AsOf = new Date(Date.UTC(2026, 1, 15));
 * ```
 */
export type AsOf = IsoDate | number | Date;
