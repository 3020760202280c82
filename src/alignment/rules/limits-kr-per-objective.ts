import { defineRule } from '../defineRule.js';
import { graphOfIndex } from '../indexGraph.js';

/**
 * `limits/kr-per-objective` — an objective has `min`–`max` key results (2–4
 * by default), reported at the configured severity (warning in
 * `recommended`); more than `hardMax` (5) is reported at `hardMaxSeverity`
 * (error).
 *
 * @example
 * ```ts
 * // Warning: o1 has 1 key result (or 5). Error: o1 has 6.
 * // Passes: o1 has 3 key results.
 * ```
 */
export const limitsKrPerObjective = /* @__PURE__ */ defineRule({
  id: 'limits/kr-per-objective',
  meta: {
    description: 'An objective has 2–4 key results, never more than 5.',
    severity: 'warning',
    options: {
      min: {
        type: 'number',
        default: 2,
        min: 0,
        integer: true,
        description: 'Fewest key results per objective.',
      },
      max: {
        type: 'number',
        default: 4,
        min: 1,
        integer: true,
        description: 'Most key results recommended.',
      },
      hardMax: {
        type: 'number',
        default: 5,
        min: 1,
        integer: true,
        description: 'Above this many, report at `hardMaxSeverity`.',
      },
      hardMaxSeverity: {
        type: 'severity',
        default: 'error',
        description: 'Severity above `hardMax`.',
      },
    },
    checkOptions: (o) =>
      o.min > o.max
        ? `min (${o.min}) must not exceed max (${o.max})`
        : o.hardMax < o.max
          ? `hardMax (${o.hardMax}) must not be below max (${o.max})`
          : undefined,
  },
  check(ctx) {
    const { set, index, options } = ctx;
    const { objectiveOf, keyResultsOf } = graphOfIndex(index);
    set.objectives.forEach((o, i) => {
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      const row = objectiveOf.hasDuplicates ? objectiveOf.get(o.id)! : i;
      const n = keyResultsOf.start[row + 1]! - keyResultsOf.start[row]!;
      if (n >= options.min && n <= options.max) return;
      const base = { path: ['objectives', i], ids: [o.id] };
      if (n > options.hardMax)
        ctx.report({
          ...base,
          severity: options.hardMaxSeverity,
          message: `Objective "${o.id}" has ${n} key results; never more than ${options.hardMax}.`,
          fix: 'Keep the key results that best prove the objective; turn the rest into initiatives.',
        });
      else if (n > options.max)
        ctx.report({
          ...base,
          message: `Objective "${o.id}" has ${n} key results; ${options.min}–${options.max} is recommended.`,
          fix: 'Keep the key results that best prove the objective; turn the rest into initiatives.',
        });
      else
        ctx.report({
          ...base,
          message: `Objective "${o.id}" has ${n} key result${n === 1 ? '' : 's'}; ${options.min}–${options.max} is recommended.`,
          fix: 'Add measurable key results that together prove the objective is met.',
        });
    });
  },
});
