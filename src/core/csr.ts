/**
 * Compressed sparse rows: the one grouping primitive of the core. Items are
 * grouped by an integer key with a counting sort (two linear passes, no
 * per-group arrays); group `g`'s items are `list[start[g]] … list[start[g + 1] − 1]`,
 * in item order.
 *
 * @module
 */

/** A CSR grouping: `start` has one more entry than there are groups. */
export interface Csr {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/**
 * Groups `count` items into `groups` groups by `keyOf(i)` (−1: in no group).
 * Linear time; the items of each group keep their order.
 */
export function csrBy(groups: number, count: number, keyOf: (i: number) => number): Csr {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) start[key + 1]!++;
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const list = new Int32Array(start[groups]!);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) list[fill[key]!++] = i;
  }
  return { start, list };
}

/** The same grouping from a precomputed key array (−1: in no group). */
export function csrOf(keys: Int32Array, groups: number): Csr {
  return csrBy(groups, keys.length, (i) => keys[i]!);
}
