/**
 * The unit forest of a set, built once: every unit in exactly one tree, with
 * children lists, a bottom-up order and O(1) ancestor tests.
 *
 * - A unit whose `parentId` is absent, unknown, or closes a loop is a root
 *   (a loop is broken at its lowest-position unit), so scoring sees a forest.
 * - A unit is *attached* when its tree's root declares no `parentId` (a real
 *   root of the organisation). Ancestor tests and depths hold for attached
 *   units only, as alignment rules expect: a unit hanging from an unknown
 *   parent, or on a loop, is connected to nothing.
 * - Later duplicates of an id are shadowed: they are isolated roots, never a
 *   parent, and are not attached.
 *
 * @module
 */
import { findLoops } from '../_lib/findLoops.js';
import type { Unit } from '../model/types.js';
import { type Csr, csrBy } from './csr.js';

/** The unit forest (positions in `set.units`). */
export interface UnitForest {
  /** Parent position (−1: a root of the forest). */
  readonly parent: Int32Array;
  /** Children per unit, in set order. */
  readonly children: Csr;
  /** Units, children before parents. */
  readonly bottomUp: Int32Array;
  /** Roots of the forest, in set order. */
  readonly roots: Int32Array;
  /** 1 when the unit hangs from a declared root (see the module note). */
  readonly attached: Uint8Array;
  /** Depth below the root (root 0); −1 when not attached. */
  readonly depth: Int32Array;
  /** Euler-tour entry and exit times (attached units only, else −1). */
  readonly tin: Int32Array;
  readonly tout: Int32Array;
}

/** Builds the forest in linear time, iteratively (deep trees are fine). */
export function buildUnitForest(
  units: readonly Unit[],
  unitOf: ReadonlyMap<string, number>,
): UnitForest {
  const n = units.length;
  const parent = new Int32Array(n).fill(-1);
  const declaredRoot = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    if (unitOf.get(unit.id) !== u) continue; // shadowed duplicate: isolated
    const pid = unit.parentId;
    if (pid === undefined) declaredRoot[u] = 1;
    else parent[u] = unitOf.get(pid) ?? -1;
  }
  // Break loops at their lowest position.
  for (const loop of findLoops(parent)) {
    let min = loop[0]!;
    for (const u of loop) if (u < min) min = u;
    parent[min] = -1;
  }
  const children = csrBy(n, n, (u) => parent[u]!);
  const roots: number[] = [];
  for (let u = 0; u < n; u++) if (parent[u] === -1) roots.push(u);

  // Breadth-first from the roots; reversed, children come before parents.
  const bottomUp = new Int32Array(n);
  let tail = 0;
  for (const r of roots) bottomUp[tail++] = r;
  for (let head = 0; head < tail; head++) {
    const p = bottomUp[head]!;
    for (let i = children.start[p]!; i < children.start[p + 1]!; i++)
      bottomUp[tail++] = children.list[i]!;
  }
  bottomUp.reverse();

  // Euler tour of the attached trees.
  const attached = new Uint8Array(n);
  const depth = new Int32Array(n).fill(-1);
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n).fill(-1);
  let clock = 0;
  const stackNode: number[] = [];
  const stackNext: number[] = [];
  for (const r of roots) {
    if (declaredRoot[r] !== 1) continue;
    attached[r] = 1;
    depth[r] = 0;
    tin[r] = clock++;
    stackNode.push(r);
    stackNext.push(children.start[r]!);
    while (stackNode.length > 0) {
      const top = stackNode.length - 1;
      const u = stackNode[top]!;
      const at = stackNext[top]!;
      if (at < children.start[u + 1]!) {
        stackNext[top] = at + 1;
        const c = children.list[at]!;
        attached[c] = 1;
        depth[c] = stackNode.length;
        tin[c] = clock++;
        stackNode.push(c);
        stackNext.push(children.start[c]!);
      } else {
        tout[u] = clock++;
        stackNode.pop();
        stackNext.pop();
      }
    }
  }
  return { parent, children, bottomUp, roots: Int32Array.from(roots), attached, depth, tin, tout };
}

/** True when unit `a` is a strict ancestor of unit `b` (both attached). O(1). */
export function isUnitAncestor(forest: UnitForest, a: number, b: number): boolean {
  if (a === b || forest.attached[a] !== 1 || forest.attached[b] !== 1) return false;
  return forest.tin[a]! < forest.tin[b]! && forest.tout[b]! < forest.tout[a]!;
}
