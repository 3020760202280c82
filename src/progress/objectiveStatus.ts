import { fail, show } from '../scale/_fail.js';
import type { KeyResultStatus, ObjectiveStatus } from './statusPolicy.js';

/**
 * The status of an objective from its key results' statuses:
 * - no key results, or all `pending` → `pending`;
 * - all `achieved` → `achieved`;
 * - all final (`achieved` or `missed`), some `missed` → `missed`;
 * - otherwise the worst of the running statuses: `off-track` (a `missed` key
 *   result counts as off-track while others still run), then `at-risk`, then
 *   `on-track` (`achieved` and `pending` key results count as on track here).
 *
 * @param statuses - the statuses of the objective's key results.
 * @returns the objective's status.
 * @throws {@link SokrError} `invalid_type` at `['statuses']` when `statuses` is not an array;
 *   `invalid_value` at `['statuses', i]` for an entry that is not a key result status.
 *
 * @example
 * ```ts
 * import { objectiveStatus } from 'sokr';
 * objectiveStatus(['on-track', 'at-risk', 'achieved']); // 'at-risk'
 * objectiveStatus(['achieved', 'achieved']); // 'achieved'
 * objectiveStatus(['achieved', 'missed']); // 'missed'
 * ```
 */
export function objectiveStatus(statuses: readonly KeyResultStatus[]): ObjectiveStatus {
  if (!Array.isArray(statuses))
    throw fail(
      ['statuses'],
      'invalid_type',
      `Expected an array of statuses, got ${show(statuses)}.`,
    );
  let pending = 0;
  let achieved = 0;
  let missed = 0;
  let worst = 0; // 0 on-track, 1 at-risk, 2 off-track (a missed KR counts as off-track while others run)
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s === 'pending') pending++;
    else if (s === 'achieved') achieved++;
    else if (s === 'at-risk') worst = worst || 1;
    else if (s === 'missed' || s === 'off-track') {
      worst = 2;
      if (s === 'missed') missed++;
    } else if (s !== 'on-track') {
      // A misspelt status ('on-trak') is not read as off-track.
      throw fail(['statuses', i], 'invalid_value', `Expected a key result status, got ${show(s)}.`);
    }
  }
  const n = statuses.length;
  if (pending === n) return 'pending';
  if (achieved === n) return 'achieved';
  if (achieved + missed === n) return 'missed';
  return worst === 2 ? 'off-track' : worst === 1 ? 'at-risk' : 'on-track';
}
