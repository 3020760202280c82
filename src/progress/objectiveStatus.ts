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
  let pending = 0;
  let achieved = 0;
  let missed = 0;
  let atRisk = 0;
  let offTrack = 0;
  for (const s of statuses) {
    if (s === 'pending') pending++;
    else if (s === 'achieved') achieved++;
    else if (s === 'missed') missed++;
    else if (s === 'at-risk') atRisk++;
    else if (s === 'off-track') offTrack++;
  }
  const n = statuses.length;
  if (n === 0 || pending === n) return 'pending';
  if (achieved === n) return 'achieved';
  if (achieved + missed === n) return 'missed';
  if (offTrack > 0 || missed > 0) return 'off-track';
  if (atRisk > 0) return 'at-risk';
  return 'on-track';
}
