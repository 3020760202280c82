// Private to the progress layer: turns an `IsoDate | number` into epoch ms or throws a SokrError.
import type { Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type { IsoDate } from '../model/types.js';
import { parseIsoDate, parseIsoEnd } from '../_lib/date.js';

/** Epoch ms of an ISO date/date-time or a finite number; throws `invalid_date` at `path` otherwise. */
export function toInstant(value: IsoDate | number, path: Path): number {
  const ms = typeof value === 'number' ? value : parseIsoDate(value);
  if (ms === undefined || ms - ms !== 0) throw invalidDate(value, path);
  return ms;
}

/** Like {@link toInstant}, but a calendar day means the end of that day (start of the next). */
export function toEndInstant(value: IsoDate | number, path: Path): number {
  const ms = typeof value === 'number' ? value : parseIsoEnd(value);
  if (ms === undefined || ms - ms !== 0) throw invalidDate(value, path);
  return ms;
}

function invalidDate(value: unknown, path: Path): SokrError {
  return new SokrError([
    {
      path,
      code: 'invalid_date',
      message: `${JSON.stringify(value) ?? String(value)} is not an ISO-8601 date or epoch milliseconds.`,
    },
  ]);
}
