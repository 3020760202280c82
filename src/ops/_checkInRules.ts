// Private: the rules a check-in must satisfy (shared by recordCheckIn and editCheckIn).
import { DEFAULT_TIME_ZONE, zonedInstant } from '../_lib/zonedDay.js';
import type { Issue, Path } from '../model/issue.js';
import type { KeyResult, OkrSet } from '../model/types.js';
import { checkInWindow, cycleOf, type IdIndex, indexOfId } from './_lookups.js';
import { checkDate, checkExists, checkNotClosed, checkValueFits, issue } from './_inputChecks.js';

/**
 * Checks the fields of a check-in on `kr`: `at` a date inside the key result's
 * cycle window, `value` fitting the measure, `confidence` 0–10, `authorId` a person.
 * `prefix` is prepended to issue paths (`[]` for recordCheckIn, `['changes']` for editCheckIn).
 * With `closed`, a key result of a closed objective gets `invalid_state` at `closed.path`.
 */
export function checkCheckInFields(
  set: OkrSet,
  kr: KeyResult | undefined,
  fields: Record<string, unknown>,
  prefix: Path,
  issues: Issue[],
  index?: IdIndex,
  closed?: { path: Path; doing: string },
): void {
  const at = 'at' in fields ? checkDate(fields.at, [...prefix, 'at'], issues) : undefined;
  if ('value' in fields && fields.value === undefined)
    issues.push(issue([...prefix, 'value'], 'missing', 'value is required.'));
  const confidence = fields.confidence;
  if (
    confidence !== undefined &&
    (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 10))
  )
    issues.push(
      issue(
        [...prefix, 'confidence'],
        'invalid_value',
        `confidence must be a number from 0 to 10 (got ${JSON.stringify(confidence)}).`,
      ),
    );
  for (const text of ['moved', 'blocked', 'next'] as const) {
    if (fields[text] !== undefined && typeof fields[text] !== 'string')
      issues.push(issue([...prefix, text], 'invalid_type', `${text} must be a string.`));
  }
  if (fields.authorId !== undefined)
    checkExists(
      set.people,
      String(fields.authorId),
      [...prefix, 'authorId'],
      'person',
      issues,
      index,
    );
  if (kr === undefined) return;
  if (fields.value !== undefined)
    checkValueFits(kr.measure, fields.value as never, [...prefix, 'value'], issues);
  const objective = set.objectives[indexOfId(set.objectives, kr.objectiveId, index)];
  if (closed !== undefined) checkNotClosed(objective, closed.path, closed.doing, issues);
  const cycle = objective === undefined ? undefined : cycleOf(set, objective);
  if (cycle !== undefined && at !== undefined) {
    const zone = typeof set.timeZone === 'string' ? set.timeZone : DEFAULT_TIME_ZONE;
    const window = checkInWindow(kr, cycle, zone);
    const atMs = zone === DEFAULT_TIME_ZONE ? at : (zonedInstant(fields.at, zone) ?? at);
    if (atMs < window.start || atMs >= window.end) {
      const end = kr.due !== undefined && kr.due > cycle.end ? kr.due : cycle.end;
      issues.push(
        issue(
          [...prefix, 'at'],
          'date_order',
          `${String(fields.at)} lies outside the window of key result '${kr.id}' (cycle '${cycle.id}': ${cycle.start} – ${end}).`,
        ),
      );
    }
  }
}
