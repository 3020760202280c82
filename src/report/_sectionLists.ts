/**
 * Private to `weeklyReport`: the id lists of one objective's report sections
 * (moved, didn't move, about to, at risk, missing, stale), filled in scratch
 * arrays reused from objective to objective and copied at their exact length.
 * An array grown by `push` from `[]` keeps room for 16 more ids, which at 100k
 * key results is about half a kilobyte an objective the report would hold.
 *
 * @module
 */
import type { Id } from '../model/types.js';
import type { WeeklyObjective } from './types.js';

type SectionName = 'moved' | 'didNotMove' | 'aboutTo' | 'atRisk' | 'missing' | 'stale';

/** Scratch id lists for one objective at a time. */
export class SectionLists {
  readonly moved: Id[] = [];
  readonly didNotMove: Id[] = [];
  readonly aboutTo: Id[] = [];
  readonly atRisk: Id[] = [];
  readonly missing: Id[] = [];
  readonly stale: Id[] = [];

  /** Empties every list for the next objective. */
  reset(): void {
    this.moved.length = 0;
    this.didNotMove.length = 0;
    this.aboutTo.length = 0;
    this.atRisk.length = 0;
    this.missing.length = 0;
    this.stale.length = 0;
  }

  /** Sets `entry`'s lists to exact-length copies (a fresh `[]` when empty). */
  copyInto(entry: Pick<WeeklyObjective, SectionName>): void {
    entry.moved = exactCopy(this.moved);
    entry.didNotMove = exactCopy(this.didNotMove);
    entry.aboutTo = exactCopy(this.aboutTo);
    entry.atRisk = exactCopy(this.atRisk);
    entry.missing = exactCopy(this.missing);
    entry.stale = exactCopy(this.stale);
  }
}

function exactCopy(list: readonly Id[]): Id[] {
  return list.length === 0 ? [] : list.slice();
}
