/**
 * The spec {@link buildSet} takes: a nested, mostly optional description of a
 * small OKR set — objectives with their key results, check-ins, initiatives
 * and cascading children — whose every part has a sane default.
 *
 * @module
 */
import type {
  CheckIn,
  CheckInValue,
  Cycle,
  Dependency,
  Id,
  Initiative,
  IsoDate,
  Link,
  Measure,
  Objective,
  OkrRef,
  Person,
  Pillar,
  SwotItem,
  Unit,
} from '../model/types.js';

/** A check-in of {@link KeyResultSpec}: `at` is required, the rest has defaults. */
export interface CheckInSpec {
  /** Default `<krId>.c<n>` (1-based). */
  id?: Id;
  at: IsoDate;
  /** Default: the measure's start (metric), `false` (milestone), `[]` (checklist), 0 otherwise. */
  value?: CheckInValue;
  confidence?: number;
  moved?: string;
  blocked?: string;
  next?: string;
  authorId?: Id;
}

/** A key result of {@link ObjectiveSpec}; everything has a default. */
export interface KeyResultSpec {
  /** Default `<objectiveId>.kr<n>` (1-based). */
  id?: Id;
  /** Default `Key result <n> of <objectiveId>`. */
  title?: string;
  /** Default: the objective's owner. */
  ownerId?: Id;
  weight?: number;
  due?: IsoDate;
  /** Default `{ kind: 'metric', start: 0, target: 10 }`. */
  measure?: Measure;
  confidence?: number;
  description?: string;
  /** Check-ins of this key result. */
  checkIns?: CheckInSpec[];
  /** Initiatives of this key result (ids default to `<krId>.i<n>`, state to `todo`). */
  initiatives?: Array<Partial<Omit<Initiative, 'keyResultId'>> & { title?: string }>;
}

/**
 * An objective of {@link SetSpec}. Everything has a default; nested
 * `children` cascade from this objective (their `parent` is set to it).
 */
export interface ObjectiveSpec {
  /** Default `o<n>`, numbered in document order (depth first). */
  id?: Id;
  /** Default `Objective <id>`. */
  title?: string;
  description?: string;
  /** Default: the root unit (for children: the parent's unit). */
  unitId?: Id;
  /** Default: the first cycle (for children: the parent's cycle). */
  cycleId?: Id;
  /** Default: the lead (first person) of the objective's unit; `null` for none. */
  ownerId?: Id | null;
  /** `'o1'` = objective o1, or an `OkrRef` (`{ keyResultId: 'o1.kr1' }`). */
  parent?: Id | OkrRef;
  /**
   * Links, as `Link`s or `'kind:id'` shorthands (`'pillar:growth'`,
   * `'supports:o2'`, `'threat:t1'`). Default: a link to the first pillar when
   * the objective has no parent, none otherwise.
   */
  links?: Array<Link | string>;
  commitment?: Objective['commitment'];
  weight?: number;
  /** Default `'active'`. */
  state?: Objective['state'];
  /**
   * Default for an active or closed objective below the root: the lead of the
   * nearest ancestor unit that has people; `null` for none.
   */
  approvedBy?: Id | null;
  carriedFrom?: Id;
  /** A number of default key results, or their specs. Default 2. */
  keyResults?: number | KeyResultSpec[];
  /** Objectives cascading from this one. */
  children?: ObjectiveSpec[];
}

/** What {@link buildSet} takes; every part has a default. */
export interface SetSpec {
  /** Pillar ids (titles derived) or pillars. Default `['growth', 'quality', 'people']`. */
  pillars?: Array<Id | Pillar>;
  /** SWOT items. Default none. */
  swot?: SwotItem[];
  /** Units as `{ id: parentId | null }` (in order) or `Unit`s. Default `{ company: null }`. */
  units?: Record<Id, Id | null> | Unit[];
  /**
   * People as `{ id: unitId | null }` or `Person`s. Default: one lead per
   * unit, `<unitId>-lead`.
   */
  people?: Record<Id, Id | null> | Person[];
  /** Default one cycle `q1`: 2026-01-01 … 2026-03-31. */
  cycles?: Cycle[];
  /** The objectives, nested with their key results and children. */
  objectives?: ObjectiveSpec[];
  /** Dependencies (`id` defaults to `d<n>`, `state` to `accepted`); `from`/`on` accept an objective id. */
  dependencies?: Array<
    Omit<Partial<Dependency>, 'from' | 'on'> & { from: Id | OkrRef; on: Id | OkrRef }
  >;
  /** Extra check-ins in set form (besides those nested in key results). */
  checkIns?: CheckIn[];
}
