// Private to the rollup layer: the check-ins of each key result for edits.
// The graph's timelines, and check-in positions by id built with the scorer
// (the first edit costs what the others do). Global positions keep the
// tie-break (later in the set wins) identical to a full rescore.
import { showValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';
import type { CheckIn, Id } from '../model/types.js';
import { checkValueFits, isBaseline } from '../progress/resolveBaseline.js';
import { baselineOf, counts, currentOf, setLatest } from './_currentCheckIns.js';
import { checkInShapeIssues } from './_editChecks.js';
import { fail, rebase } from './_errors.js';
import { propagate } from './_propagate.js';
import type { CheckInList, ScorerState } from './_scorerState.js';

/** The check-ins of a KR in set order with their global positions (materialized on first edit). */
export function listOf(st: ScorerState, k: number): CheckInList {
  let entry = st.lists.get(k);
  if (entry === undefined) {
    const { start, list } = st.timeline.byKeyResult;
    const setCheckIns = st.setCheckIns;
    const pos = Array.from(list.subarray(start[k]!, start[k + 1]!)).sort((x, y) => x - y);
    entry = { items: pos.map((i) => setCheckIns[i]!), pos };
    st.lists.set(k, entry);
  }
  return entry;
}

/** Where a check-in id lives now: its global position and KR. */
export function locate(st: ScorerState, id: string): { k: number; position: number } | undefined {
  const moved = st.placeOf.get(id);
  if (moved !== undefined) return moved;
  const i = st.homeOf.get(id);
  if (i === undefined) return undefined;
  return { k: st.timeline.keyResult[i]!, position: i };
}

/** Finds a KR's current check-in again after its list changed, and rescores from it. */
export function refreshLatest(st: ScorerState, k: number, changed: Id[]): void {
  const before = st.krLatest[k];
  const after = currentOf(st, k, listOf(st, k).items);
  // A baseline key result's start follows its first check-in (like a measure change).
  st.krResolved[k] = baselineOf(st, k, st.index.krMeasure[k]!);
  st.krLatestAt[k] = after === undefined ? Number.NEGATIVE_INFINITY : st.graph.instant(after.at);
  setLatest(st, k, after);
  if (st.index.krDerived[k] === 1) return;
  propagate(st, -k - 1, false, before !== after, changed);
}

/**
 * A scorer's `applyCheckIn`: checks the check-in as `parseOkrSet` would, places
 * it in its key result's list (replacing one with the same id), and rescores up
 * the cascade. Returns the ids whose cards changed.
 */
export function applyCheckIn(st: ScorerState, checkIn: CheckIn): Id[] {
  const shape = checkInShapeIssues(checkIn);
  if (shape.length > 0) throw new SokrError(shape);
  const { krDerived, krMeasure } = st.index;
  const k = st.index.krOfId.get(checkIn.keyResultId);
  if (k === undefined) {
    fail(
      ['keyResultId'],
      'dangling_reference',
      `Unknown key result ${showValue(checkIn.keyResultId)}.`,
    );
  }
  const atMs = st.graph.instant(checkIn.at);
  if (Number.isNaN(atMs)) {
    fail(['at'], 'invalid_date', `${showValue(checkIn.at)} is not an ISO-8601 date.`);
  }
  if (krDerived[k] === 1) {
    // As parseOkrSet and recordCheckIn refuse it.
    fail(
      ['value'],
      'value_mismatch',
      'A derived key result takes no check-ins: its progress comes from its child objectives.',
    );
  } else {
    try {
      checkValueFits(krMeasure[k]!, checkIn.value, st.options.clampOption);
    } catch (error) {
      throw rebase(error, []);
    }
  }
  const changed: Id[] = [];
  const where = locate(st, checkIn.id);
  let position: number;
  if (where === undefined) {
    position = st.nextPosition++;
  } else {
    position = where.position;
    const old = listOf(st, where.k);
    const at = old.pos.indexOf(position);
    old.items.splice(at, 1);
    old.pos.splice(at, 1);
    if (where.k !== k) refreshLatest(st, where.k, changed);
  }
  const target = listOf(st, k);
  let at = target.pos.length;
  while (at > 0 && target.pos[at - 1]! > position) at--;
  target.items.splice(at, 0, checkIn);
  target.pos.splice(at, 0, position);
  st.placeOf.set(checkIn.id, { k, position });
  if (where === undefined && !isBaseline(krMeasure[k]!)) {
    // A new check-in is the last in the set: it is current iff it counts (in its window,
    // by asOf) and is the latest that does. (A baseline KR's may also be its first.)
    if (counts(st, k, atMs) && atMs >= st.krLatestAt[k]!) {
      st.krLatestAt[k] = atMs;
      setLatest(st, k, checkIn);
      if (krDerived[k] === 0) propagate(st, -k - 1, false, true, changed);
    }
  } else refreshLatest(st, k, changed);
  st.cached = undefined;
  return changed;
}
