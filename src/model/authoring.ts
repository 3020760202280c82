/**
 * The nested authoring format: an OKR set written the way people think about
 * it — objectives holding their key results, key results holding their
 * check-ins and initiatives — with ids optional where nothing needs to refer
 * to them. `normalizeOkrSet` turns it into a flat {@link OkrSet}.
 *
 * Derived ids (when an item has no `id`):
 *
 * | item | derived id | example |
 * |---|---|---|
 * | objective | `${cycleId}.${unitId}.${slug(title)}` | `2026-q1.sales.win-the-mid-market` |
 * | key result | `${objectiveId}.kr${n}` (n = 1-based position among the objective's key results) | `2026-q1.sales.win-the-mid-market.kr2` |
 * | check-in | `${keyResultId}@${at}` | `….kr2@2026-01-14` |
 * | initiative | `${keyResultId}.i${n}` (n = 1-based position among the key result's initiatives) | `….kr2.i1` |
 *
 * `slug(title)`: Unicode-normalized (NFKD) with diacritics removed, lower
 * case, every run of characters other than `a–z` and `0–9` replaced by one
 * `-`, no leading or trailing `-`, at most 60 characters (`objective` when
 * nothing is left). A derived id that is already taken — by an explicit id
 * anywhere in the document or by an earlier derived id of the same kind —
 * gets the suffix `-2`, `-3`, … in document order.
 *
 * @module
 */

import type {
  CheckIn,
  Commitment,
  Cycle,
  Dependency,
  DependencyState,
  Id,
  Initiative,
  InitiativeState,
  KeyResult,
  Link,
  Objective,
  ObjectiveState,
  OKR_SET_VERSION,
  Person,
  Risk,
  Strategy,
  Unit,
} from './types.js';

/**
 * A check-in in the authoring format. Nested inside a key result it takes its
 * `keyResultId` from there; at the top level of an {@link AuthoringSet} it
 * names it. The id is optional (derived as `${keyResultId}@${at}`).
 */
export type AuthoringCheckIn = Omit<CheckIn, 'id' | 'keyResultId'> & {
  id?: Id;
  /** Required at the top level; optional (and must match) when nested. */
  keyResultId?: Id;
};

/**
 * An initiative in the authoring format. The id is optional (derived as
 * `${keyResultId}.i${n}`), `state` defaults to `'todo'`.
 */
export type AuthoringInitiative = Omit<Initiative, 'id' | 'keyResultId' | 'state'> & {
  id?: Id;
  /** Required at the top level; optional (and must match) when nested. */
  keyResultId?: Id;
  state?: InitiativeState;
};

/**
 * A key result in the authoring format: it may hold its check-ins and
 * initiatives. The id is optional (derived as `${objectiveId}.kr${n}`).
 */
export type AuthoringKeyResult = Omit<KeyResult, 'id' | 'objectiveId'> & {
  id?: Id;
  /** Required at the top level; optional (and must match) when nested. */
  objectiveId?: Id;
  checkIns?: AuthoringCheckIn[];
  initiatives?: AuthoringInitiative[];
};

/**
 * An objective in the authoring format: it may hold its key results. The id is
 * optional (derived as `${cycleId}.${unitId}.${slug(title)}`); `links`,
 * `commitment` and `state` take their usual defaults (`[]`, `'aspirational'`,
 * `'draft'`).
 */
export type AuthoringObjective = Omit<Objective, 'id' | 'links' | 'commitment' | 'state'> & {
  id?: Id;
  links?: Link[];
  commitment?: Commitment;
  state?: ObjectiveState;
  keyResults?: AuthoringKeyResult[];
};

/** A dependency in the authoring format (`state` defaults to `'proposed'`). */
export type AuthoringDependency = Omit<Dependency, 'state'> & { state?: DependencyState };

/**
 * The nested authoring format of an OKR set. Units, people, cycles, pillars and
 * SWOT items keep explicit ids (they are referred to); objectives, key results,
 * check-ins and initiatives may omit theirs. Top-level `keyResults`,
 * `checkIns` and `initiatives` are allowed too (they name their parent) and are
 * placed after the nested ones. Defaults as when parsing an `OkrSet`:
 * every absent array is `[]`, `version` is 1.
 *
 * @example
 * ```ts
 * import { normalizeOkrSet, type AuthoringSet } from 'sokr';
 * const doc: AuthoringSet = {
 *   version: 1,
 *   strategy: { pillars: [{ id: 'growth', title: 'Growth' }] },
 *   units: [{ id: 'acme', name: 'Acme' }],
 *   people: [{ id: 'ana', name: 'Ana', unitId: 'acme' }],
 *   cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
 *   objectives: [{
 *     title: 'Grow revenue', unitId: 'acme', cycleId: 'q1',
 *     links: [{ kind: 'pillar', pillarId: 'growth' }],
 *     keyResults: [{ title: 'MRR 100k → 150k', ownerId: 'ana',
 *       measure: { kind: 'metric', start: 100, target: 150 } }],
 *   }],
 * };
 * const result = normalizeOkrSet(doc);
 * // result.ok && result.value.keyResults[0].id === 'q1.acme.grow-revenue.kr1'
 * ```
 */
export interface AuthoringSet {
  version?: typeof OKR_SET_VERSION;
  /** The set's IANA time zone (absent: `'UTC'`), as in `OkrSet.timeZone`. */
  timeZone?: string;
  strategy?: Strategy;
  units?: Unit[];
  people?: Person[];
  cycles?: Cycle[];
  objectives?: AuthoringObjective[];
  keyResults?: AuthoringKeyResult[];
  checkIns?: AuthoringCheckIn[];
  initiatives?: AuthoringInitiative[];
  dependencies?: AuthoringDependency[];
  risks?: Risk[];
}
