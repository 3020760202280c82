/**
 * Private to the report layer: a key result's history (check-ins in time
 * order with their instants and unclamped scores) read off the graph's
 * timeline — the check-ins are sorted and their dates parsed once, in
 * `compile`, for every layer and both instants of a report.
 *
 * @module
 */
import { latestAt } from '../core/checkInTimeline.js';
import type { IdPositions } from '../core/IdPositions.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { CheckIn, Cycle, Id, KeyResult, Measure } from '../model/types.js';
import { progressOf, UNCLAMPED } from '../progress/measureProgress.js';
import { sortedCheckIns, type TimedCheckIn } from '../progress/sortedCheckIns.js';
import { resolvedMeasure, type WindowDays, windowDays } from './_context.js';
import type { ReportNotes } from './types.js';

/** What both reports read of one key result off the graph's timeline (see {@link keyResultHistory}). */
export interface KeyResultHistory {
  /** Its check-ins in the timeline's order (time, ties in set order). */
  readonly checkIns: CheckIn[];
  /** Its window in the set's zone. */
  readonly window: WindowDays;
  /** Its measure with a baseline filled (`resolvedMeasure`). */
  readonly measure: Measure;
  /** Its check-ins with instants and unclamped scores (`historyFromTimeline`). */
  readonly history: TimedCheckIn[];
}

/** A report's memo of window days, one slot per window of the graph (`keyResultHistory` fills it). */
export function windowMemo(graph: OkrGraph): (WindowDays | undefined)[] {
  return new Array<WindowDays | undefined>(graph.windows.cycle.length).fill(undefined);
}

/**
 * The check-ins, window (memoized in `windows` by the graph's window),
 * resolved measure and history of key result `k` (a position in
 * `set.keyResults`) of an objective in `cycle`, read off the graph's
 * timeline in the set's `zone`: the lines the weekly report and the cycle
 * review both start a key result's entry with.
 */
export function keyResultHistory(
  graph: OkrGraph,
  k: number,
  cycle: Cycle,
  windows: (WindowDays | undefined)[],
  zone: string,
): KeyResultHistory {
  const kr = graph.set.keyResults[k]!;
  const checkIns = checkInsOfPosition(graph, k);
  // Memoized per window of the graph (its key results share one).
  const w = graph.keyResultWindow[k]!;
  const shared = w >= 0 && graph.set.cycles[graph.windows.cycle[w]!] === cycle;
  let window = shared ? windows[w] : undefined;
  if (window === undefined) {
    window = windowDays(kr, cycle, zone);
    if (shared) windows[w] = window;
  }
  const measure = resolvedMeasure(kr, checkIns, window, zone);
  const history = historyFromTimeline(graph, k, kr, checkIns, measure);
  return { checkIns, window, measure, history };
}

/**
 * The history of key result `k` (a position in `set.keyResults`): empty for
 * a derived key result or one without check-ins. `checkIns` are its
 * check-ins in the timeline's order; `resolved` is its measure with a
 * baseline filled. Instants are the graph's (in the set's time zone, as the
 * rollup reads them). A check-in the graph could not date, or a value the
 * measure cannot score (a set that was never parsed), takes the checking
 * path of `sortedCheckIns`, so the error names the same path as before.
 */
export function historyFromTimeline(
  graph: OkrGraph,
  k: number,
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  resolved: Measure,
): TimedCheckIn[] {
  if (checkIns.length === 0 || kr.measure.kind === 'derived') return [];
  const { start, list } = graph.checkIns.byKeyResult;
  const at = graph.checkIns.at;
  const all = graph.set.checkIns;
  const from = start[k]!;
  const to = start[k + 1]!;
  const out: TimedCheckIn[] = new Array(to - from);
  try {
    for (let i = from; i < to; i++) {
      const p = list[i]!;
      const ms = at[p]!;
      if (Number.isNaN(ms)) return sortedCheckIns(kr, checkIns, resolved);
      const checkIn = all[p]!;
      out[i - from] = {
        checkIn,
        at: ms,
        score: progressOf(resolved, checkIn.value, UNCLAMPED),
      };
    }
  } catch {
    return sortedCheckIns(kr, checkIns, resolved);
  }
  return out;
}

/** The check-ins of key result `k` in the timeline's order (time, ties in set order). */
export function checkInsOfPosition(graph: OkrGraph, k: number): CheckIn[] {
  const { start, list } = graph.checkIns.byKeyResult;
  const all = graph.set.checkIns;
  const from = start[k]!;
  const out: CheckIn[] = new Array(start[k + 1]! - from);
  for (let i = 0; i < out.length; i++) out[i] = all[list[from + i]!]!;
  return out;
}

/**
 * The week's notes of key result `k`: the `moved`, `blocked` and `next`
 * notes of its check-ins in `(fromMs, toMs]`, in time order (ties in set
 * order). `checkIns` are its check-ins in the timeline's order.
 */
export function notesInWeek(
  graph: OkrGraph,
  k: number,
  checkIns: readonly CheckIn[],
  fromMs: number,
  toMs: number,
): ReportNotes {
  let notes: { moved: string[]; blocked: string[]; next: string[] } | undefined;
  const { start, list } = graph.checkIns.byKeyResult;
  const at = graph.checkIns.at;
  const from = start[k]!;
  for (let i = 0; i < checkIns.length; i++) {
    const ms = at[list[from + i]!]!;
    if (!(ms > fromMs && ms <= toMs)) continue;
    const c = checkIns[i]!;
    const moved = noteText(c.moved);
    const blocked = noteText(c.blocked);
    const next = noteText(c.next);
    if (moved === undefined && blocked === undefined && next === undefined) continue;
    notes ??= { moved: [], blocked: [], next: [] };
    if (moved !== undefined) notes.moved.push(moved);
    if (blocked !== undefined) notes.blocked.push(blocked);
    if (next !== undefined) notes.next.push(next);
  }
  return notes ?? NO_NOTES;
}

/** A note as written, or `undefined` when it is absent or blank. */
export function noteText(note: string | undefined): string | undefined {
  return note !== undefined && note.trim() !== '' ? note : undefined;
}

/**
 * The notes of a week without any, one frozen value shared by every entry
 * that has none (most of a big report): a report's values are read-only.
 */
const NO_NOTES: ReportNotes = /* @__PURE__ */ Object.freeze({
  moved: /* @__PURE__ */ Object.freeze([]),
  blocked: /* @__PURE__ */ Object.freeze([]),
  next: /* @__PURE__ */ Object.freeze([]),
});

/**
 * The current check-ins of key result `k` at `asOfMs` and at `prevMs` (the
 * later one in the set on a tie), by binary search over its timeline;
 * `undefined` when one of its dates does not parse, so that the caller falls
 * back to `latestCheckIn` and its error.
 */
export function latestTwoAt(
  graph: OkrGraph,
  k: number,
  asOfMs: number,
  prevMs: number,
): { latest: CheckIn | undefined; earlier: CheckIn | undefined } | undefined {
  const timeline = graph.checkIns;
  const { start, list } = timeline.byKeyResult;
  // Dates that do not parse sort first.
  if (start[k]! < start[k + 1]! && Number.isNaN(timeline.at[list[start[k]!]!]!)) return undefined;
  const all = graph.set.checkIns;
  const latest = latestAt(timeline, k, asOfMs);
  const earlier = latestAt(timeline, k, prevMs);
  return {
    latest: latest < 0 ? undefined : all[latest],
    earlier: earlier < 0 ? undefined : all[earlier],
  };
}

/**
 * Marks on the positions of one entity kind, read by id (`has`): a set of
 * ids in scope without hashing every id into a `Set`.
 */
export class PositionMarks {
  readonly #marks: Uint8Array;
  readonly #positions: IdPositions;

  /** `count`: the length of the entity array. */
  constructor(positions: IdPositions, count: number) {
    this.#positions = positions;
    this.#marks = new Uint8Array(count);
  }

  mark(position: number): void {
    this.#marks[position] = 1;
  }

  has(id: Id): boolean {
    const at = this.#positions.get(id);
    return at !== undefined && this.#marks[at] === 1;
  }
}
