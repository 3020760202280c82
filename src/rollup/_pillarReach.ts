/**
 * Private to the rollup layer: the pillars each objective counts toward — its
 * own pillar links and those of every objective up its parent chain.
 *
 * @module
 */
import { csrBy } from '../core/csr.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { OkrSet } from '../model/types.js';

/**
 * The pillar positions each objective reaches through its parent chain, by
 * objective position (undefined for none): roots first, each child the union
 * of its parent's reach and its own links; loop members share the union of
 * the loop's own pillars.
 */
export function pillarReach(
  graph: OkrGraph,
  objectives: OkrSet['objectives'],
): (number[] | undefined)[] {
  const nO = objectives.length;
  const chainNext = graph.chainNext;
  const onLoop = graph.onLoop;
  const ownPillars: (number[] | undefined)[] = new Array(nO);
  for (let o = 0; o < nO; o++) {
    const links = objectives[o]!.links;
    if (links === undefined) continue;
    for (const link of links) {
      if (link.kind !== 'pillar') continue;
      const p = graph.pillarOf.get(link.pillarId);
      if (p === undefined) continue;
      // A literal of one: most objectives link one pillar (`push` onto `[]`
      // would leave room for 16 more in each of them).
      const own = ownPillars[o];
      if (own === undefined) ownPillars[o] = [p];
      else if (!own.includes(p)) own.push(p);
    }
  }
  const reach: (number[] | undefined)[] = new Array(nO);
  const union = (base: number[] | undefined, extra: number[] | undefined) => {
    if (extra === undefined || extra.length === 0) return base;
    if (base === undefined) return extra;
    let out: number[] | undefined;
    for (const p of extra) {
      if (base.includes(p) || out?.includes(p)) continue;
      out ??= base.slice();
      out.push(p);
    }
    return out ?? base;
  };
  const chainChildren = csrBy(nO, nO, (o) => chainNext[o]!);
  const queue = new Int32Array(nO);
  let tail = 0;
  for (const loop of graph.loops) {
    let u: number[] | undefined;
    for (const m of loop.objectives) u = union(u, ownPillars[m]);
    for (const m of loop.objectives) {
      reach[m] = u;
      queue[tail++] = m;
    }
  }
  for (let o = 0; o < nO; o++) {
    if (chainNext[o] === -1) {
      reach[o] = ownPillars[o];
      queue[tail++] = o;
    }
  }
  for (let head = 0; head < tail; head++) {
    const p = queue[head]!;
    for (let i = chainChildren.start[p]!; i < chainChildren.start[p + 1]!; i++) {
      const c = chainChildren.list[i]!;
      if (onLoop[c] !== -1) continue;
      reach[c] = union(reach[p], ownPillars[c]);
      queue[tail++] = c;
    }
  }
  return reach;
}
