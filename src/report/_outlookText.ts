/**
 * Private to the report layer: the words for a key result whose forecast
 * reaches its target, shared by the weekly page, the HTML page and the
 * digest.
 *
 * @module
 */
import { dayText } from './_formatDate.js';
import type { WeeklyKeyResult } from './types.js';

/**
 * Words for a forecast that reaches the target: `on course for the target
 * by 2026-03-29`. Only key results below their target get the
 * `reaches-target` outlook (the day shown as `report`'s renderer shows days:
 * {@link dayText}) (one at its target has none), and the report
 * keeps no reach day before `asOf` for them, so the words never say "at the
 * target" of a key result that is not.
 */
export function reachesText(k: WeeklyKeyResult, report: object): string {
  const at = k.forecast?.reachesTargetAt ?? null;
  return at === null
    ? 'on course for the target'
    : `on course for the target by ${dayText(report, at)}`;
}
