/**
 * Private: inverse patches that restore the exact prior JSON of a command's
 * set, key order included.
 *
 * @module
 */
import type { OkrSet } from '../model/types.js';
import type { Patch } from './CommandResult.js';

/**
 * Makes inverse patches restore the exact prior JSON, key order included.
 * Undoing the removal of an object key (`delete objective.parent`) is an
 * `add` that would put the key back at the end of the object; when the key
 * was not the object's last one, every inverse patch inside that object is
 * replaced by one `replace` of the whole object with its prior value.
 * Array items need nothing: `add` inserts them at their index.
 *
 * @example
 * ```ts
 * import { keepKeyOrder } from './_keyOrder.js';
 * declare const set: import('sokr').OkrSet;
 * declare const value: unknown; // the parent the objective had no key for
 * keepKeyOrder(set, [{ op: 'add', path: ['objectives', 1, 'parent'], value }]);
 * // → [{ op: 'replace', path: ['objectives', 1], value: set.objectives[1] }]
 * ```
 */
export function keepKeyOrder(base: OkrSet, inversePatches: Patch[]): Patch[] {
  let whole: Patch['path'][] | undefined;
  for (const patch of inversePatches) {
    if (patch.op !== 'add' || patch.path.length === 0) continue;
    const parentPath = patch.path.slice(0, -1);
    const parent = valueAt(base, parentPath);
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) continue;
    const keys = Object.keys(parent);
    if (keys[keys.length - 1] === String(patch.path[patch.path.length - 1])) continue;
    whole ??= [];
    if (!whole.some((w) => startsWith(parentPath, w))) {
      whole = whole.filter((w) => !startsWith(w, parentPath));
      whole.push(parentPath);
    }
  }
  if (whole === undefined) return inversePatches;
  const out: Patch[] = [];
  const placed = new Set<Patch['path']>();
  for (const patch of inversePatches) {
    const covering = whole.find((w) => startsWith(patch.path, w));
    if (covering === undefined) out.push(patch);
    else if (!placed.has(covering)) {
      placed.add(covering);
      out.push({ op: 'replace', path: covering, value: valueAt(base, covering) });
    }
  }
  return out;
}

function valueAt(root: unknown, path: Patch['path']): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function startsWith(path: Patch['path'], prefix: Patch['path']): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
