import type { Issue } from '../model/issue.js';
import type { CompiledOkrSet } from '../core/compile.js';
import type { Id, ObjectiveState, OkrSet } from '../model/types.js';
import { checkExists, checkIdField, checkIdReference, fail, issue } from './_inputChecks.js';
import { produceCommand } from './_writes.js';
import { runCommand } from './_runCommand.js';
import { checkKnownKeys } from './_validate.js';
import type { CommandName, CommandOptions, CommandResult } from './CommandResult.js';

/** Input of {@link propose}, {@link activate} and {@link close}. */
export interface ObjectiveInput {
  objectiveId: Id;
}

/** Input of {@link close}. */
export interface CloseInput {
  objectiveId: Id;
  /**
   * A final score (0–1) that differs from the computed one, recorded as the
   * objective's `finalScore`; needs a `reason`.
   */
  finalScore?: number;
  /** Why the final score differs (recorded as `finalScoreReason`; only with `finalScore`). */
  reason?: string;
}

/** Input of {@link reopen}. */
export interface ReopenInput {
  objectiveId: Id;
  /** Who reopens it (must be a person of the set; kept in the command input, i.e. the history log). */
  by?: Id;
  /** Why (kept in the command input, i.e. the history log). */
  reason?: string;
}

/** Input of {@link approve}. */
export interface ApproveInput {
  objectiveId: Id;
  /** The approving person (recorded as `approvedBy`). */
  by: Id;
}

const KNOWN: Partial<Record<CommandName, readonly string[]>> = {
  approve: ['objectiveId', 'by'],
  reopen: ['objectiveId', 'by', 'reason'],
  close: ['objectiveId', 'finalScore', 'reason'],
};

function transition(
  command: CommandName,
  from: ObjectiveState,
  to: ObjectiveState,
  set: OkrSet | CompiledOkrSet,
  input: ObjectiveInput | ApproveInput | ReopenInput | CloseInput,
  options: CommandOptions | undefined,
): CommandResult {
  return runCommand(command, set, input, options, (checkedSet, checked, read) =>
    transitionChecked(command, from, to, checkedSet, checked, read),
  );
}

/** {@link transition} once `runCommand` has checked its arguments. */
function transitionChecked(
  command: CommandName,
  from: ObjectiveState,
  to: ObjectiveState,
  set: OkrSet,
  input: (ObjectiveInput | ApproveInput | ReopenInput | CloseInput) & Record<string, unknown>,
  options: CommandOptions | undefined,
): CommandResult {
  const issues: Issue[] = [];
  checkKnownKeys(input, KNOWN[command] ?? ['objectiveId'], issues);
  const { id: objectiveId, index } = checkIdReference(
    input,
    'objectiveId',
    set.objectives,
    'objective',
    issues,
  );
  let by: string | undefined;
  if (command === 'approve') {
    by = checkIdField(input, 'by', issues);
    if (by !== '') checkExists(set.people, by, ['by'], 'person', issues);
  } else if (command === 'reopen') {
    if (input.by !== undefined) {
      const who = checkIdField(input, 'by', issues);
      if (who !== '') checkExists(set.people, who, ['by'], 'person', issues);
    }
    if (input.reason !== undefined && typeof input.reason !== 'string')
      issues.push(issue(['reason'], 'invalid_type', 'reason must be a string.'));
  }
  let final: { score: number; reason: string } | undefined;
  if (command === 'close') final = checkFinalScore(input as CloseInput, issues);
  const current = set.objectives[index];
  if (current !== undefined && current.state !== from)
    issues.push(
      issue(
        ['objectiveId'],
        'invalid_state',
        `Objective '${objectiveId}' is '${current.state}'; ${command} needs '${from}' (draft → proposed → approved → active → closed; reopen: closed → active).`,
      ),
    );
  if (issues.length > 0) return fail(issues);
  return produceCommand(set, command, input, options, (draft) => {
    const target = draft.objectives[index]!;
    target.state = to;
    if (by !== undefined) target.approvedBy = by;
    if (final !== undefined) {
      target.finalScore = final.score;
      target.finalScoreReason = final.reason;
    }
    if (command === 'reopen') {
      // Not final any more: the recorded final score goes (undo brings it back).
      delete target.finalScore;
      delete target.finalScoreReason;
    }
  });
}

/** The final score and reason of a close input (both or neither), or issues. */
function checkFinalScore(
  input: CloseInput,
  issues: Issue[],
): { score: number; reason: string } | undefined {
  const { finalScore, reason } = input;
  if (finalScore === undefined) {
    if (reason !== undefined)
      issues.push(issue(['reason'], 'invalid_value', 'reason goes with a finalScore.'));
    return undefined;
  }
  if (typeof finalScore !== 'number' || !(finalScore >= 0 && finalScore <= 1)) {
    issues.push(issue(['finalScore'], 'invalid_value', 'finalScore is a number from 0 to 1.'));
    return undefined;
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    issues.push(
      issue(
        ['reason'],
        'missing',
        'A finalScore needs a reason (why it differs from the computed score).',
      ),
    );
    return undefined;
  }
  return { score: finalScore, reason };
}

/**
 * Moves a `draft` objective to `proposed` (ready for review).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * @example
 * ```ts
 * import { propose } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = propose(set, { objectiveId: 'o1' });
 * ```
 */
export function propose(
  set: OkrSet | CompiledOkrSet,
  input: ObjectiveInput,
  options?: CommandOptions,
): CommandResult {
  return transition('propose', 'draft', 'proposed', set, input, options);
}

/**
 * Approves a `proposed` objective and records the approver in `approvedBy`
 * (Engage: approval comes from someone of an ancestor unit — checked by the
 * `engage/*` alignment rules, not here). `by` must be a person of the set.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, by }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` / `dangling_reference` issues.
 * @example
 * ```ts
 * import { approve } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = approve(set, { objectiveId: 'o1', by: 'ceo' });
 * ```
 */
export function approve(
  set: OkrSet | CompiledOkrSet,
  input: ApproveInput,
  options?: CommandOptions,
): CommandResult {
  return transition('approve', 'proposed', 'approved', set, input, options);
}

/**
 * Moves an `approved` objective to `active` (the cycle's work starts).
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * @example
 * ```ts
 * import { activate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = activate(set, { objectiveId: 'o1' });
 * ```
 */
export function activate(
  set: OkrSet | CompiledOkrSet,
  input: ObjectiveInput,
  options?: CommandOptions,
): CommandResult {
  return transition('activate', 'approved', 'active', set, input, options);
}

/**
 * Closes an `active` objective (end of cycle review). Its score is then
 * final: check-ins of its key results and their targets, weights and due
 * dates are refused (`invalid_state`) until {@link reopen}. With
 * `finalScore` (0–1) and a `reason`, the objective records a final score that
 * differs from the computed one (`finalScore`, `finalScoreReason`); the
 * scorecard shows both, and reopening removes it.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, finalScore?, reason? }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * Exported as `closeObjective` (the name that says what it closes); the bare
 * `close` is kept for 0.x and is deprecated.
 *
 * @deprecated Use `closeObjective` (the same function).
 * @example
 * ```ts
 * import { closeObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = closeObjective(set, { objectiveId: 'o1' });
 * ```
 */
export function close(
  set: OkrSet | CompiledOkrSet,
  input: CloseInput,
  options?: CommandOptions,
): CommandResult {
  return transition('close', 'active', 'closed', set, input, options);
}

/**
 * Reopens a `closed` objective (back to `active`), so its check-ins, targets
 * and weights can change again: a closed objective refuses them
 * (`invalid_state`). `by` (a person) and `reason` are optional and stay in the
 * command input (the history log); the objective records only its state.
 *
 * @param set - The OKR set (not modified).
 * @param input - `{ objectiveId, by?, reason? }`.
 * @param options - {@link CommandOptions}.
 * @returns The next set, or `invalid_state` naming the current state.
 * Also exported as `reopenObjective`.
 *
 * @example
 * ```ts
 * import { reopenObjective } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = reopenObjective(set, { objectiveId: 'o1', by: 'ceo', reason: 'late invoice' });
 * ```
 */
export function reopen(
  set: OkrSet | CompiledOkrSet,
  input: ReopenInput,
  options?: CommandOptions,
): CommandResult {
  return transition('reopen', 'closed', 'active', set, input, options);
}
