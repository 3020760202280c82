/**
 * Private helper: "did you mean …?" suggestions for names that can be
 * mistyped (fields, ids, enum values, rule ids, option names, commands).
 */

/** Names longer than this are not compared (a typo in a megabyte id is not a typo). */
const MAX_LENGTH = 128;

/** How far a candidate may be from the input and still be suggested. */
function allowedDistance(input: string): number {
  return Math.max(2, Math.floor(input.length / 3));
}

/**
 * Edit distance between two short strings (insert, delete, substitute, and a
 * swap of neighbours as one edit), or `limit + 1` as soon as it must exceed
 * `limit`. Two rows only; each row stops early when every cell is over the limit.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < smallest) smallest = d;
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input` by edit distance, when it is close enough
 * to be a likely typo (distance ≤ max(2, a third of the input's length)); a
 * case-only difference counts as the closest of all. Ties go to the
 * alphabetically first candidate; the input itself is never suggested.
 * Names over 128 characters are not compared. Cost: linear in the number of
 * candidates, each comparison bounded by the allowed distance.
 *
 * @param input - The name as written.
 * @param candidates - The names that exist.
 * @returns The suggestion, or `undefined` when nothing is close.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_LENGTH) return undefined;
  const limit = allowedDistance(input);
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === input || candidate.length > MAX_LENGTH) continue;
    const d =
      candidate.toLowerCase() === lower
        ? 0.5
        : distance(input, candidate, Math.min(limit, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
