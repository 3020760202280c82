/**
 * Private to the `quality/*` rules: key result titles named in a fix, in
 * typographic quotes (“…”), which `describeFix` leaves as written (it reads
 * only straight-quoted text as ids).
 *
 * @internal
 * @module
 */

/** Titles named before "and N more". */
const SHOWN = 3;

/** One title in typographic quotes, cut past 60 characters. */
function quoted(title: unknown): string {
  const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : String(title);
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/** `“A”`, `“A” and “B”`, `“A”, “B” and “C”`, `“A”, “B”, “C” and 2 more`. */
export function titleList(titles: readonly unknown[]): string {
  const shown = titles.slice(0, SHOWN).map(quoted);
  const rest = titles.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
