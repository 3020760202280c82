/**
 * Private to `generateEnterprise`: the cycles — one year with its first
 * quarters — and per quarter the dates the generator uses: its end, the due
 * date of milestones, the day before it starts, and the weekly check-in days
 * with the share of the quarter elapsed at each.
 *
 * @module
 */
import type { Cycle } from '../model/types.js';

/** One quarter's id and dates (shared strings, not copied per item). */
export interface Quarter {
  /** The cycle id, `${year}-q${n}`. */
  id: string;
  /** The quarter's last day. */
  end: string;
  /** Two thirds into the quarter: the due date of milestones. */
  due: string;
  /** The day before the quarter starts: when dependencies were accepted. */
  dayBefore: string;
  /** The check-in days, one per check-in of a key result. */
  checkInDays: string[];
  /** The share of the quarter elapsed at the end of each check-in day. */
  checkInFrac: number[];
}

const DAY = 86_400_000;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Builds the year cycle with `quarterCount` quarters below it, and their dates.
 *
 * @param year - The calendar year.
 * @param quarterCount - Quarters used as cycles (1–4).
 * @param checkInCount - Check-ins per key result: days at most a week apart, inside the quarter.
 * @returns The cycles (year first) and the quarters in order.
 */
export function buildCalendar(
  year: number,
  quarterCount: number,
  checkInCount: number,
): { cycles: Cycle[]; quarters: Quarter[] } {
  const C = checkInCount;
  const yearId = `${year}`;
  const cycles: Cycle[] = [
    { id: yearId, name: `FY ${year}`, start: `${year}-01-01`, end: `${year}-12-31` },
  ];
  const quarters: Quarter[] = [];
  for (let q = 0; q < quarterCount; q++) {
    const start = Date.UTC(year, 3 * q, 1);
    const end = Date.UTC(year, 3 * q + 3, 0);
    const days = Math.round((end - start) / DAY) + 1;
    const id = `${year}-q${q + 1}`;
    cycles.push({
      id,
      name: `Q${q + 1} ${year}`,
      start: day(start),
      end: day(end),
      parentId: yearId,
    });
    const step = Math.max(1, Math.min(7, Math.floor(days / Math.max(1, C))));
    const at: string[] = new Array(C);
    const frac: number[] = new Array(C);
    for (let w = 0; w < C; w++) {
      const d = Math.min(days - 1, (w + 1) * step - 1);
      at[w] = day(start + d * DAY);
      frac[w] = (d + 1) / days;
    }
    quarters.push({
      id,
      end: day(end),
      due: day(start + Math.floor((days * 2) / 3) * DAY),
      dayBefore: day(start - DAY),
      checkInDays: at,
      checkInFrac: frac,
    });
  }
  return { cycles, quarters };
}
