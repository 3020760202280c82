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

const GRAPHS = new WeakMap<OkrIndex, OkrGraph>();

/** Records that `index` was built from `graph` (done by `buildIndex`). Internal. */
export function attachGraph(index: OkrIndex, graph: OkrGraph): void {
  GRAPHS.set(index, graph);
}

/**
 * The graph of the set an index was built for: the one `buildIndex` used, or
 * (for an index made some other way) the graph of `index.set`, built once.
 * Internal.
 */
export function graphOfIndex(index: OkrIndex): OkrGraph {
  let graph = GRAPHS.get(index);
  if (graph === undefined) {
    graph = graphOf(index.set);
    GRAPHS.set(index, graph);
  }
  return graph;
}
