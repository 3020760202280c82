/**
 * Check-ins per key result in time order, with every `at` parsed once.
 *
 * @module
 */
import type { CheckIn } from '../model/types.js';
import type { Csr } from './csr.js';
import { type IdPositions, inOrderLookup } from './IdPositions.js';

/** The timeline of every key result (positions in `set.checkIns`). */
export interface CheckInTimeline {
  /** Key result position of each check-in (−1: unknown key result). */
  readonly keyResult: Int32Array;
  /** Epoch ms of each check-in's `at` (NaN: not a date). */
  readonly at: Float64Array;
  /**
   * Check-ins per key result sorted by `at`; ties keep set order; check-ins
   * whose `at` is not a date come first.
   */
  readonly byKeyResult: Csr;
}

/**
 * Builds the timelines: one pass to resolve key results (consecutive check-ins
 * of one key result cost one lookup, and the next key result is guessed
 * first: `inOrderLookup`), one counting sort, and a sort of a key result's
 * range only when it is not already in time order.
 */
export function buildCheckInTimeline(
  checkIns: readonly CheckIn[],
  keyResultOf: IdPositions,
  keyResultCount: number,
  instant: (text: unknown) => number,
): CheckInTimeline {
  const n = checkIns.length;
  const keyResult = new Int32Array(n);
  const at = new Float64Array(n);
  let lastId: string | undefined;
  let lastPos = -1;
  const lookup = inOrderLookup(keyResultOf);
  const start = new Int32Array(keyResultCount + 1);
  for (let i = 0; i < n; i++) {
    const ci = checkIns[i]!;
    const id = ci.keyResultId;
    if (id !== lastId) {
      lastPos = lookup(id);
      lastId = id;
    }
    keyResult[i] = lastPos;
    at[i] = instant(ci.at);
    if (lastPos >= 0) start[lastPos + 1]!++;
  }
  for (let k = 0; k < keyResultCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyResultCount);
  const list = new Int32Array(start[keyResultCount]!);
  for (let i = 0; i < n; i++) {
    const k = keyResult[i]!;
    if (k >= 0) list[fill[k]!++] = i;
  }
  // Sort each range by time where needed (stable; NaN first).
  for (let k = 0; k < keyResultCount; k++) {
    const from = start[k]!;
    const to = start[k + 1]!;
    let sorted = true;
    for (let j = from + 1; j < to && sorted; j++) {
      if (!timeBefore(at[list[j - 1]!]!, at[list[j]!]!)) sorted = false;
    }
    if (sorted) continue;
    const range = Array.from(list.subarray(from, to));
    range.sort((a, b) => compareTimes(at[a]!, at[b]!) || a - b);
    list.set(range, from);
  }
  return { keyResult, at, byKeyResult: { start, list } };
}

/** True when `a` may stand before `b` in a sorted range (NaN first, ties allowed). */
function timeBefore(a: number, b: number): boolean {
  if (Number.isNaN(a)) return true;
  if (Number.isNaN(b)) return false;
  return a <= b;
}

function compareTimes(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a - b;
}

/**
 * The position (in `set.checkIns`) of a key result's current check-in at
 * `asOfMs`: the latest `at` ≤ `asOfMs`, later in the set on ties; −1 when
 * none. Binary search over the sorted range, O(log n).
 */
export function latestAt(timeline: CheckInTimeline, k: number, asOfMs: number): number {
  const { start, list } = timeline.byKeyResult;
  const at = timeline.at;
  let lo = start[k]!;
  let hi = start[k + 1]!;
  // Skip the invalid dates at the front.
  while (lo < hi && Number.isNaN(at[list[lo]!]!)) lo++;
  const first = lo;
  // Last index with at ≤ asOfMs.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[list[mid]!]! <= asOfMs) lo = mid + 1;
    else hi = mid;
  }
  return lo === first ? -1 : list[lo - 1]!;
}
