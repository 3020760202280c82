// Private to the progress layer: turns an `IsoDate | number` into epoch ms or throws a SokrError.
import type { Path } from '../model/issue.js';
import type { IsoDate } from '../model/types.js';
import { DAY_MS, isDateOnly, parseIsoDate } from '../_lib/date.js';
import { fail } from '../scale/_fail.js';

/**
 * Epoch ms of an ISO date/date-time or a finite number. Throws `invalid_date`
 * at `path`; a single key (`'asOf'`) stands for `['asOf']` and keeps hot
 * callers free of allocations.
 */
export function toInstant(value: IsoDate | number, path: Path | string): number {
  const ms = typeof value === 'number' ? value : parseIsoDate(value);
  if (ms === undefined || ms - ms !== 0) {
    throw fail(
      typeof path === 'string' ? [path] : path,
      'invalid_date',
      `Expected an ISO-8601 date or epoch ms, got ${JSON.stringify(value)}.`,
    );
  }
  return ms;
}

/** Like {@link toInstant}, but a calendar day means the end of that day (the start of the next). */
export function toEndInstant(value: IsoDate | number, path: Path): number {
  const ms = toInstant(value, path);
  return typeof value === 'string' && isDateOnly(value) ? ms + DAY_MS : ms;
}
