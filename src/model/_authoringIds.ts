/**
 * Private to `normalizeOkrSet`: the ids the authoring format derives — the
 * slug of an objective title, a reference as an id segment, and the settling
 * of explicit and derived ids into unique ones (`-2`, `-3`, … in document order).
 *
 * @module
 */
import { isPlainObject } from './plainData.js';

/**
 * Returns the final id of each record: its explicit `id` when present, else
 * the derived base, suffixed `-2`, `-3`, … when the base is taken by an
 * explicit id or an earlier derived one. Non-records get `undefined`.
 */
export function settleIds(
  records: readonly unknown[],
  base: (record: Record<string, unknown>, index: number) => string,
): unknown[] {
  const taken = new Set<string>();
  for (const r of records) {
    if (isPlainObject(r) && typeof r.id === 'string') taken.add(r.id);
  }
  const ids: unknown[] = new Array(records.length);
  /** Per base, the suffix to try first (1 = the base itself). */
  const next = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!isPlainObject(r)) continue;
    if (r.id !== undefined) {
      ids[i] = r.id;
      continue;
    }
    const b = base(r, i);
    // Resume where the last probe of this base stopped: every suffix below it
    // is still taken (`taken` only grows), so the ids are those of probing
    // from -2 each time, in linear rather than quadratic time.
    let k = next.get(b) ?? 1;
    let id = k === 1 ? b : `${b}-${k}`;
    while (taken.has(id)) id = `${b}-${++k}`;
    next.set(b, k + 1);
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

/**
 * The slug of a title, as used in derived objective ids: NFKD-normalized
 * without diacritics, lower case, runs of other characters than `a–z0–9`
 * replaced by `-`, trimmed, at most 60 characters; `objective` when empty.
 */
export function slug(title: unknown): string {
  if (typeof title !== 'string') return 'objective';
  const s = title
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? 'objective' : s;
}

/** A reference as an id segment: the string itself, `?` for anything else. */
export function seg(value: unknown): string {
  return typeof value === 'string' ? value : '?';
}
