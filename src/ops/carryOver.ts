import { DEFAULT_TIME_ZONE, zonedEnd, zonedInstant } from '../_lib/zonedDay.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Issue } from '../model/issue.js';
import type { CheckIn, Id, KeyResult, Objective, OkrSet } from '../model/types.js';
import { parentObjectiveId } from './_objectiveRules.js';
import { indexOfId } from './_lookups.js';
import { checkIdField, danglingIssue, duplicateIssue, fail, issue } from './_inputChecks.js';
import { appendCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import type { InternalOptions } from './_writes.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link carryOver}. */
export interface CarryOverInput {
  objectiveId: Id;
  toCycleId: Id;
  /**
   * Baseline of the copied metric key results: `'start'` (default) keeps the
   * original start; `'last'` starts from the latest check-in value (key results
   * without a numeric check-in keep their start).
   */
  baseline?: 'start' | 'last';
  /** Appended to every copied id: `o1` → `o1@q2`. Defaults to `@<toCycleId>`. */
  idSuffix?: string;
}

/**
 * Carries an objective over to another cycle: a `draft` copy (id + suffix,
 * `carriedFrom` = the original) with copies of its key results (same titles,
 * owners, weights, measures and targets; the baseline per `baseline`). The
 * parent is kept only when its objective's cycle contains the target cycle (a
 * yearly parent), `due` only when it lies inside the target cycle; approval is
 * not carried. Ids are deterministic, so carrying twice reports `duplicate_id`.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, toCycleId, baseline?, idSuffix? }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set with the copies appended, or the issues.
 * @example
 * ```ts
 * import { carryOver } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = carryOver(set, { objectiveId: 'o1', toCycleId: 'q2', baseline: 'last' });
 * // result.set.objectives has 'o1@q2' with carriedFrom: 'o1'
 * ```
 */
export function carryOver(
  set: OkrSet | CompiledOkrSet,
  input: CarryOverInput,
  options?: CommandOptions,
): CommandResult {
  return runCommand('carryOver', set, input, options, carryOverChecked);
}

/** {@link carryOver} once `runCommand` has checked its arguments. */
function carryOverChecked(
  set: OkrSet,
  input: CarryOverInput & Record<string, unknown>,
  options: InternalOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, ['objectiveId', 'toCycleId', 'baseline', 'idSuffix'], issues);
  const objectiveId = checkIdField(input, 'objectiveId', issues);
  const toCycleId = checkIdField(input, 'toCycleId', issues);
  const source = set.objectives[indexOfId(set.objectives, objectiveId)];
  if (objectiveId !== '' && source === undefined)
    issues.push(danglingIssue(['objectiveId'], 'objective', objectiveId, set.objectives));
  const cycle = set.cycles[indexOfId(set.cycles, toCycleId)];
  if (toCycleId !== '' && cycle === undefined)
    issues.push(danglingIssue(['toCycleId'], 'cycle', toCycleId, set.cycles));
  if (source !== undefined && source.cycleId === toCycleId)
    issues.push(
      issue(
        ['toCycleId'],
        'invalid_value',
        `Objective '${objectiveId}' already belongs to cycle '${toCycleId}'.`,
      ),
    );
  const baseline = input.baseline ?? 'start';
  if (baseline !== 'start' && baseline !== 'last')
    issues.push(issue(['baseline'], 'invalid_value', "baseline must be 'start' or 'last'."));
  const suffix = input.idSuffix ?? `@${toCycleId}`;
  if (typeof suffix !== 'string' || suffix === '')
    issues.push(issue(['idSuffix'], 'invalid_value', 'idSuffix must be a non-empty string.'));
  if (issues.length > 0 || source === undefined || cycle === undefined) return fail(issues);

  const copyId = `${source.id}${suffix}`;
  if (indexOfId(set.objectives, copyId) >= 0)
    issues.push(
      withAdvice(
        duplicateIssue(['objectiveId'], 'objective', copyId),
        'already carried over? pass another idSuffix',
      ),
    );
  const sourceKrs = set.keyResults.filter((kr) => kr.objectiveId === source.id);
  for (const kr of sourceKrs) {
    if (indexOfId(set.keyResults, `${kr.id}${suffix}`) >= 0)
      issues.push(
        withAdvice(
          duplicateIssue(['objectiveId'], 'key result', `${kr.id}${suffix}`),
          'pass another idSuffix',
        ),
      );
  }
  if (issues.length > 0) return fail(issues);

  const zone = set.timeZone ?? DEFAULT_TIME_ZONE;
  const cycleStart = zonedInstant(cycle.start, zone) ?? Number.NEGATIVE_INFINITY;
  const cycleEnd = zonedEnd(cycle.end, zone) ?? Number.POSITIVE_INFINITY;
  const copy: Objective = {
    ...structuredClone(source),
    id: copyId,
    cycleId: cycle.id,
    state: 'draft',
    carriedFrom: source.id,
  };
  delete copy.approvedBy;
  if (!parentCovers(set, source, cycleStart, cycleEnd)) delete copy.parent;
  const latest = baseline === 'last' ? latestValues(set.checkIns, zone) : undefined;
  const krCopies: KeyResult[] = sourceKrs.map((kr) => {
    const krCopy: KeyResult = {
      ...structuredClone(kr),
      id: `${kr.id}${suffix}`,
      objectiveId: copyId,
    };
    if (krCopy.due !== undefined) {
      const due = zonedInstant(krCopy.due, zone);
      if (due === undefined || due < cycleStart || due >= cycleEnd) delete krCopy.due;
    }
    const last = latest?.get(kr.id);
    if (krCopy.measure.kind === 'metric' && typeof last === 'number') krCopy.measure.start = last;
    return krCopy;
  });
  return appendCommand(set, 'carryOver', input, options, {
    objectives: [copy],
    keyResults: krCopies,
  });
}

function parentCovers(set: OkrSet, source: Objective, start: number, end: number): boolean {
  const parentId = parentObjectiveId(set, source.parent);
  const parent =
    parentId === undefined ? undefined : set.objectives[indexOfId(set.objectives, parentId)];
  const parentCycle =
    parent === undefined ? undefined : set.cycles[indexOfId(set.cycles, parent.cycleId)];
  if (parentCycle === undefined) return false;
  const zone = set.timeZone ?? DEFAULT_TIME_ZONE;
  const pStart = zonedInstant(parentCycle.start, zone);
  const pEnd = zonedEnd(parentCycle.end, zone);
  return pStart !== undefined && pEnd !== undefined && pStart <= start && end <= pEnd;
}

/** Latest check-in value per key result (later `at` wins; ties: later in the array). */
function latestValues(checkIns: readonly CheckIn[], zone: string): Map<string, CheckIn['value']> {
  const best = new Map<string, { at: number; value: CheckIn['value'] }>();
  for (const c of checkIns) {
    const at = zonedInstant(c.at, zone);
    if (at === undefined) continue;
    const seen = best.get(c.keyResultId);
    if (seen === undefined || at >= seen.at) best.set(c.keyResultId, { at, value: c.value });
  }
  return new Map([...best].map(([k, v]) => [k, v.value]));
}

/** An issue of the catalogue with what to do about it, in parentheses. */
function withAdvice(found: Issue, advice: string): Issue {
  return { ...found, message: `${found.message} (${advice})` };
}
