import type { AsOf } from '../model/AsOf.js';
import type { IsoDate } from '../model/types.js';
import { DAY_MS } from '../_lib/date.js';
import { toInstant } from './_instant.js';
import { checkStatusPolicy, defaultStatusPolicy, type StatusPolicy } from './statusPolicy.js';

/**
 * Whether the latest check-in is older than the check-in cadence:
 * `asOf − lastCheckInAt > cadenceDays` days (exactly one cadence old is not
 * yet stale). Without a check-in the answer is `false`: that key result is
 * `pending`, and `scoreKeyResult` measures staleness from the window start.
 *
 * @param lastCheckInAt - when the latest check-in happened (ISO or epoch ms), or `undefined`.
 * @param asOf - the moment of the evaluation (ISO or epoch ms).
 * @param policy - overrides of `defaultStatusPolicy` (`cadenceDays`, 7 by default).
 * @returns `true` when stale.
 * @throws {@link SokrError} (`invalid_date`, path `['lastCheckInAt']` or `['asOf']`) for invalid dates;
 *   the status policy's checks at `['statusPolicy', …]` (a cadence that is not a number above 0, a
 *   misspelt field such as `cadenceDay`), as {@link keyResultStatus} makes them.
 *
 * @example
 * ```ts
 * import { isStale } from 'sokr';
 * isStale('2026-01-01', '2026-01-08'); // false (exactly 7 days)
 * isStale('2026-01-01', '2026-01-09'); // true
 * ```
 */
export function isStale(
  lastCheckInAt: IsoDate | number | undefined,
  asOf: AsOf,
  policy?: Partial<StatusPolicy>,
): boolean {
  const now = toInstant(asOf, 'asOf');
  const cadence =
    checkStatusPolicy(policy, ['statusPolicy']).cadenceDays ?? defaultStatusPolicy.cadenceDays;
  if (lastCheckInAt === undefined) return false;
  return staleAfter(toInstant(lastCheckInAt, 'lastCheckInAt'), now, cadence);
}

/**
 * The kernel of {@link isStale} on epoch ms, for callers whose cadence is
 * already checked (the rollup, the `deliver/stale-check-in` rule, whose own
 * option may be 0: every check-in older than an instant is stale). Internal.
 */
export function staleAfter(lastMs: number, nowMs: number, cadenceDays: number): boolean {
  return nowMs - lastMs > cadenceDays * DAY_MS;
}
