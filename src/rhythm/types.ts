/**
 * Types of the rhythm layer: what a person owes at an instant (`obligations`)
 * and the per-person digests built from it (`personDigests`).
 *
 * @module
 */
import type { AsOf } from '../model/AsOf.js';
import type { Path } from '../model/issue.js';
import type { Id, IsoDate } from '../model/types.js';
import type { StatusPolicy } from '../progress/statusPolicy.js';

/**
 * What an obligation is about:
 * - `check-in` — the next weekly check-in of a key result of an active objective;
 * - `approval` — a `proposed` objective waiting for its approver;
 * - `dependency` — a `proposed` dependency waiting for the answer of the `on` side;
 * - `initiative` — an initiative not `done` whose `due` day is near or past;
 * - `review` — the end-of-cycle review (grading and closing) of the objectives a person owns in a cycle.
 *
 * @example
 * ```ts
 * import type { ObligationKind } from 'sokr';
 * const kind: ObligationKind = 'check-in';
 * ```
 */
export type ObligationKind = 'check-in' | 'approval' | 'dependency' | 'initiative' | 'review';

/**
 * One thing one person owes at `asOf`.
 *
 * @example
 * ```ts
 * import type { Obligation } from 'sokr';
 * const late: Obligation = {
 *   kind: 'check-in', personId: 'ana', ids: ['kr1', 'o1'], path: ['keyResults', 0],
 *   dueAt: '2026-02-09', overdue: true, daysLate: 8, escalatedTo: ['lea'],
 * };
 * ```
 */
export interface Obligation {
  /** What is owed. */
  kind: ObligationKind;
  /** Who owes it; `null` when the set names nobody (no owner and no unit lead to fall back on). */
  personId: Id | null;
  /**
   * The entities concerned, the main one first: check-in `[keyResult, objective]`,
   * approval `[objective]`, dependency `[dependency, from objective, on objective]`,
   * initiative `[initiative, keyResult]`, review `[cycle, …objectives]`.
   */
  ids: Id[];
  /** Where in the set the main entity is (e.g. `['keyResults', 3]`). */
  path: Path;
  /**
   * When it is due: a calendar day (`2026-02-16`, due by the end of that day)
   * when the dates it comes from are days, else an instant (ISO date-time, UTC).
   */
  dueAt: IsoDate;
  /** True once the due day (or instant) has passed. */
  overdue: boolean;
  /** Whole days past due (0 when not overdue). */
  daysLate: number;
  /**
   * The unit leads it has been escalated to, nearest first: one more level
   * per full grace period of lateness (see {@link ObligationsOptions}); empty
   * when not escalated. Frozen, and shared by the entries that escalate to
   * the same leads (copy it to edit it: `[...e.escalatedTo]`).
   */
  escalatedTo: readonly Id[];
}

/**
 * Options of `obligations`. Every default follows the weekly rhythm: a
 * check-in a week, a look one week ahead, one escalation level per week late,
 * two levels at most.
 *
 * @example
 * ```ts
 * import type { ObligationsOptions } from 'sokr';
 * const options: ObligationsOptions = { asOf: '2026-02-16', graceDays: 3, escalationLevels: 1 };
 * ```
 */
export interface ObligationsOptions {
  /** The instant of evaluation. */
  asOf: AsOf;
  /** Status thresholds; `cadenceDays` (7 by default) is the check-in cadence. */
  statusPolicy?: Partial<StatusPolicy> | undefined;
  /**
   * How far ahead to look, in days (default 7): check-ins, initiatives and
   * reviews are listed once due today or late, or due before `asOf` + this
   * many days (so a check-in made today, due in exactly 7 days, is not).
   * Approvals and dependencies are listed while they wait, whatever their due date.
   */
  horizonDays?: number | undefined;
  /** Days late before an obligation escalates one level (default 7). 0 escalates every overdue one at once. */
  graceDays?: number | undefined;
  /** The most unit leads an obligation escalates to (default 2; 0: no escalation). */
  escalationLevels?: number | undefined;
}

/**
 * What `obligations` returns: every obligation at `asOf`, in a deterministic
 * order: by person (in the order of `set.people`, then ids not in `people`
 * by id, `null` last), then due date, kind (check-in, approval, dependency,
 * initiative, review) and main id.
 *
 * @example
 * ```ts
 * import { obligations } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const { entries } = obligations(set, { asOf: '2026-02-16' });
 * entries.filter((e) => e.overdue).length;
 * ```
 */
export interface Obligations {
  /** `asOf` as given (an ISO string), or as an ISO date-time when given as a number or a `Date`. */
  asOf: IsoDate;
  /** The check-in cadence used, in days. */
  cadenceDays: number;
  /** Every obligation, in the order above. */
  entries: Obligation[];
}

/**
 * One person's digest: what they owe, and what others owe that has been
 * escalated to them.
 *
 * @example
 * ```ts
 * import { obligations, personDigests } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const d of personDigests(set, obligations(set, { asOf: '2026-02-16' })))
 *   console.log(d.name, d.owes.length, d.escalated.length);
 * ```
 */
export interface PersonDigest {
  /** The person (`null`: the obligations nobody is named for). */
  personId: Id | null;
  /** The person's name (their id when they are not in `people`; `'Unassigned'` for `null`). */
  name: string;
  /** What they owe, in the order of `obligations`. */
  owes: Obligation[];
  /** Obligations of others escalated to them, in the order of `obligations`. */
  escalated: Obligation[];
}
