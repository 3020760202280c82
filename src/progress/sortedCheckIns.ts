// Private to the progress layer: a key result's check-ins with their instants and unclamped scores, in time order.
import type { CheckIn, KeyResult } from '../model/types.js';
import { isSokrError, SokrError } from '../model/SokrError.js';
import { checkInInstant } from './latestCheckIn.js';
import { measureProgress } from './measureProgress.js';

/** A check-in with its instant (epoch ms) and unclamped score. */
export interface TimedCheckIn {
  checkIn: CheckIn;
  at: number;
  score: number;
}

/**
 * The check-ins sorted by time; ties keep array order (so the later one in the
 * array comes last and wins wherever "latest" is taken). Errors name
 * `['checkIns', i, …]` or `['keyResult', 'measure', 'kind']`.
 */
export function sortedCheckIns(kr: KeyResult, checkIns: readonly CheckIn[]): TimedCheckIn[] {
  const out: TimedCheckIn[] = [];
  for (let i = 0; i < checkIns.length; i++) {
    const checkIn = checkIns[i]!;
    try {
      const at = checkInInstant(checkIn, i);
      out.push({ checkIn, at, score: measureProgress(kr.measure, checkIn.value, { clamp: false }) });
    } catch (error) {
      if (!isSokrError(error)) throw error;
      throw new SokrError(
        error.issues.map((issue) => ({
          ...issue,
          path:
            issue.path[0] === 'measure'
              ? ['keyResult', ...issue.path]
              : issue.path[0] === 'value'
                ? ['checkIns', i, ...issue.path]
                : ['checkIns', ...issue.path],
        })),
      );
    }
  }
  return out.sort((a, b) => a.at - b.at); // Array.prototype.sort is stable
}
