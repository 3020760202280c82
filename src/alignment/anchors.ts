/**
 * Which objectives are anchored (link to an existing pillar, SWOT item or
 * another objective they support, directly or up their parent chain),
 * worked out once per graph for all objectives.
 *
 * @module
 */
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Objective } from '../model/types.js';

/** Per objective position: 2 when anchored, 1 when not. Internal. */
export function anchoredObjectives(graph: OkrGraph): Uint8Array {
  let memo = graph.memo.get('alignmentAnchored') as Uint8Array | undefined;
  if (memo === undefined) {
    memo = computeAnchored(graph);
    graph.memo.set('alignmentAnchored', memo);
  }
  return memo;
}

function computeAnchored(graph: OkrGraph): Uint8Array {
  const objectives = graph.set.objectives;
  const parents = graph.chainNext;
  const { pillarOf, swotOf, objectiveOf } = graph;
  const hasDirectAnchor = (o: Objective): boolean => {
    for (const link of o.links) {
      if (link.kind === 'pillar') {
        if (pillarOf.has(link.pillarId)) return true;
      } else if (link.kind === 'supports') {
        if (link.objectiveId !== o.id && objectiveOf.has(link.objectiveId)) return true;
      } else if (swotOf.has(link.swotId)) return true;
    }
    return false;
  };
  // 0 unknown, 1 no, 2 yes, 3 on the current walk (a memoized walk up each chain).
  const memo = new Uint8Array(objectives.length);
  const walk: number[] = [];
  for (let start = 0; start < memo.length; start++) {
    if (memo[start] !== 0) continue;
    walk.length = 0;
    let at = start;
    let result = 1;
    while (at >= 0) {
      const known = memo[at]!;
      if (known === 1 || known === 2) {
        result = known;
        break;
      }
      if (known === 3) break; // a loop without an anchor on it
      memo[at] = 3;
      walk.push(at);
      if (hasDirectAnchor(objectives[at]!)) {
        result = 2;
        break;
      }
      at = parents[at]!;
    }
    for (const w of walk) memo[w] = result;
  }
  return memo;
}
