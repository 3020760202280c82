import type { Csr } from '../../core/csr.js';
import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/** True when row `row` of `csr` has at least `least` items and all of them weigh exactly 0. */
function allZero(
  items: readonly { weight?: number }[],
  csr: Csr,
  row: number,
  least: number,
): boolean {
  const from = csr.start[row]!;
  const to = csr.start[row + 1]!;
  if (to - from < least) return false;
  for (let j = from; j < to; j++) if (items[csr.list[j]!]!.weight !== 0) return false;
  return true;
}

/**
 * `measure/weights` — weights are finite and non-negative, and the key
 * results of an objective do not all weigh zero (its score would be
 * undefined). The same holds for the child objectives of one parent.
 *
 * @example
 * ```ts
 * // Fails: a key result with weight -1; or both key results of o1 with weight 0.
 * // Passes: weights 2 and 1, or no weights (1 each).
 * ```
 */
export const measureWeights = /* @__PURE__ */ defineRule({
  id: 'measure/weights',
  meta: {
    description: 'Weights are non-negative and not all zero among siblings.',
    severity: 'error',
  },
  check(ctx) {
    const { set, index } = ctx;
    const graph = graphOfIndex(index);
    const objectiveOf = graph.objectiveOf;
    const bad = (w: number | undefined): boolean =>
      w !== undefined && (!Number.isFinite(w) || w < 0);
    set.keyResults.forEach((kr, i) => {
      if (bad(kr.weight))
        ctx.report({
          path: ['keyResults', i, 'weight'],
          ids: [kr.id],
          message: `Key result "${kr.id}" has weight ${kr.weight}; weights are finite and ≥ 0.`,
        });
    });
    set.objectives.forEach((o, i) => {
      if (bad(o.weight))
        ctx.report({
          path: ['objectives', i, 'weight'],
          ids: [o.id],
          message: `Objective "${o.id}" has weight ${o.weight}; weights are finite and ≥ 0.`,
        });
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      const row = objectiveOf.hasDuplicates ? objectiveOf.get(o.id)! : i;
      if (allZero(set.keyResults, graph.keyResultsOf, row, 1))
        ctx.report({
          path: ['objectives', i],
          ids: [o.id, ...index.keyResultsOf(o.id).map((kr) => kr.id)],
          message: `All key results of objective "${o.id}" weigh 0, so it cannot be scored.`,
          fix: 'Give at least one key result a positive weight (or remove the weights: 1 each).',
        });
      if (allZero(set.objectives, graph.childrenOfObjective, row, 2))
        ctx.report({
          path: ['objectives', i],
          ids: [o.id, ...index.childObjectivesOf(o.id).map((c) => c.id)],
          message: `All child objectives of "${o.id}" weigh 0.`,
          fix: 'Give at least one child objective a positive weight.',
        });
    });
  },
});
