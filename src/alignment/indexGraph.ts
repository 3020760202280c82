/**
 * The graph behind an alignment index, for the built-in rules: they read its
 * positions, CSR lists and parsed instants instead of looking ids up in maps
 * and parsing dates again.
 *
 * @module
 */
import { graphOf } from '../core/compile.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { OkrIndex } from './OkrIndex.js';

// A plain non-enumerable key on the index (not module state, not a top-level Symbol(), which
// would stay in every bundle): the index carries its own graph.
const GRAPH = '__sokrGraph';

/** Records that `index` was built from `graph` (done by `buildIndex`). Internal. */
export function attachGraph(index: OkrIndex, graph: OkrGraph): void {
  if (Object.isExtensible(index)) Object.defineProperty(index, GRAPH, { value: graph });
}

/**
 * The graph of the set an index was built for: the one `buildIndex` used, or
 * (for an index made some other way) the graph of `index.set`, built on each
 * call (attached to the index when it can take it). Internal.
 */
export function graphOfIndex(index: OkrIndex): OkrGraph {
  let graph = (index as unknown as Record<string, OkrGraph | undefined>)[GRAPH];
  if (graph === undefined) {
    graph = graphOf(index.set);
    attachGraph(index, graph);
  }
  return graph;
}
