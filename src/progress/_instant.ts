// Private to the progress layer: turns an `IsoDate | number` into epoch ms or throws a SokrError.
import type { Path } from '../model/issue.js';
import { DAY_MS, describeInstant, instantFrom, isDateOnly } from '../_lib/date.js';
import type { AsOf } from '../model/AsOf.js';
import { fail } from '../scale/_fail.js';

/**
 * Epoch ms of an ISO date/date-time or a finite number. Throws `invalid_date`
 * at `path`; a single key (`'asOf'`) stands for `['asOf']` and keeps hot
 * callers free of allocations.
 */
export function toInstant(value: AsOf, path: Path | string): number {
  const ms = typeof value === 'number' && value - value === 0 ? value : instantFrom(value);
  if (ms === undefined) {
    throw fail(
      typeof path === 'string' ? [path] : path,
      'invalid_date',
      `Expected an ISO-8601 date, epoch ms or a valid Date, got ${describeInstant(value)}.`,
    );
  }
  return ms;
}

/** Like {@link toInstant}, but a calendar day means the end of that day (the start of the next). */
export function toEndInstant(value: AsOf, path: Path): number {
  const ms = toInstant(value, path);
  return typeof value === 'string' && isDateOnly(value) ? ms + DAY_MS : ms;
}
