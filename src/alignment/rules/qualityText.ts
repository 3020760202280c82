/**
 * Private to the `quality/*` rules: how a title is split into words and
 * compared. English only; the word lists are options of each rule. The
 * `align/dependency-*` rules quote titles with {@link titleText} and
 * {@link idWithTitle} too.
 *
 * @internal
 * @module
 */

/** The words of a title, lower case, without punctuation (`'Grow NPS to 40%!'` → `['grow', 'nps', 'to', '40']`). */
export function wordsOf(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** A set of lower-case words from an option list. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/** Jaccard similarity (0–1) of two word sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Quotes a title for a message (shortened past 60 characters). */
export function titleText(title: string): string {
  return JSON.stringify(title.length > 60 ? `${title.slice(0, 59)}…` : title);
}

/**
 * An id quoted with its entity's title after it (`"o1" "Grow revenue"`), the
 * form `describeFinding` turns into the title alone; just the quoted id when
 * there is no title.
 */
export function idWithTitle(id: string, title: unknown): string {
  return typeof title === 'string' ? `"${id}" ${titleText(title)}` : `"${id}"`;
}
