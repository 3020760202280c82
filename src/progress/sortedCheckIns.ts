// Private to the progress layer: a key result's check-ins with their instants and unclamped scores, in time order.
import type { CheckIn, KeyResult, Measure } from '../model/types.js';
import { checkInInstant } from './latestCheckIn.js';
import { progressOf, UNCLAMPED } from './measureProgress.js';
import { rethrowAt } from './_rethrowAt.js';
import { resolveBaseline } from './resolveBaseline.js';

/** A check-in with its instant (epoch ms) and unclamped score. */
export interface TimedCheckIn {
  checkIn: CheckIn;
  at: number;
  score: number;
}

/**
 * The check-ins sorted by time; ties keep array order (so the later one in the
 * array comes last and wins wherever "latest" is taken). Errors name
 * `['checkIns', i, …]` or `['keyResult', 'measure', 'kind']`. A baseline
 * metric's start is its first check-in, or from `resolved` when given (the
 * measure as `resolveBaseline` resolved it with the caller's window and zone).
 */
export function sortedCheckIns(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  resolved?: Measure,
): TimedCheckIn[] {
  const out: TimedCheckIn[] = [];
  let i = 0;
  try {
    const measure = resolved ?? resolveBaseline(kr.measure, checkIns);
    for (; i < checkIns.length; i++) {
      const checkIn = checkIns[i]!;
      const at = checkInInstant(checkIn, i);
      out.push({
        checkIn,
        at,
        score: progressOf(measure, checkIn.value, UNCLAMPED),
      });
    }
  } catch (error) {
    rethrowAt(error, i);
  }
  return out.sort((a, b) => a.at - b.at); // Array.prototype.sort is stable
}
