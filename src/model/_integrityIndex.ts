/**
 * Private: the id indexes `checkIntegrity` resolves references against — one
 * per entity kind, reporting later duplicates as it is built — and the
 * resolver that tries the previous hit before the hash lookup.
 *
 * @module
 */
import { IdIndex } from '../_lib/IdIndex.js';
import type { IdKind, Issue } from './issue.js';
import { duplicateIdIssue } from './issueMessages.js';

/** The ids of one entity kind; reports later duplicates (the first one wins). */
export class Index extends IdIndex {
  /** No duplicates: an entity found by position is the one its id resolves to. */
  readonly unique: boolean;

  constructor(
    items: readonly { id: string }[],
    base: readonly string[],
    kind: IdKind,
    issues: Issue[],
  ) {
    super(items);
    this.unique = this.duplicates.length === 0;
    for (const [i, first] of this.duplicates) {
      issues.push(duplicateIdIssue([...base, i, 'id'], kind, items[i]!.id, [...base, first]));
    }
  }
}

/**
 * Resolves one reference field (say every key result's `objectiveId`) to
 * entity indices. Rows usually come grouped by what they point at, so it
 * first tries the entity the previous reference resolved to and the one
 * after it (a string comparison) before the hash lookup.
 */
export class Resolver {
  private last = -1;
  private readonly index: Index;

  constructor(index: Index) {
    this.index = index;
  }

  /** The index of the entity with this id, or -1. */
  find(id: string): number {
    const index = this.index;
    if (index.unique) {
      const items = index.items;
      const last = this.last;
      if (last >= 0 && items[last]!.id === id) return last;
      const next = last + 1;
      if (next < items.length && items[next]!.id === id) {
        this.last = next;
        return next;
      }
    }
    const at = index.get(id);
    if (at >= 0) this.last = at;
    return at;
  }
}

/** The index of each entity kind references name. */
export interface Ids {
  pillars: Index;
  swot: Index;
  units: Index;
  people: Index;
  cycles: Index;
  objectives: Index;
  keyResults: Index;
}

/** Duplicate ids of entities nothing refers to. */
export function checkUniqueIds(
  items: readonly { id: string }[],
  base: readonly string[],
  kind: IdKind,
  issues: Issue[],
): void {
  new Index(items, base, kind, issues);
}
