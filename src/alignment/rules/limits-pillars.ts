import { defineRule } from '../defineRule.js';

/**
 * `limits/pillars` — the strategy names `min`–`max` strategic pillars (3–5 by
 * default): the few things the company bets on for the next 12–36 months.
 *
 * @example
 * ```ts
 * // Fails: strategy.pillars has 7 entries (or 1).
 * // Passes: 4 pillars.
 * ```
 */
export const limitsPillars = /* @__PURE__ */ defineRule({
  id: 'limits/pillars',
  meta: {
    description: 'The strategy has 3–5 pillars.',
    severity: 'warning',
    options: {
      min: { type: 'number', default: 3, min: 0, integer: true, description: 'Fewest pillars.' },
      max: { type: 'number', default: 5, min: 1, integer: true, description: 'Most pillars.' },
    },
    checkOptions: (o) =>
      o.min > o.max ? `min (${o.min}) must not exceed max (${o.max})` : undefined,
  },
  check(ctx) {
    const n = ctx.set.strategy.pillars.length;
    const { min, max } = ctx.options;
    if (n >= min && n <= max) return;
    ctx.report({
      path: ['strategy', 'pillars'],
      ids: ctx.set.strategy.pillars.map((p) => p.id),
      message: `The strategy has ${n} pillar${n === 1 ? '' : 's'}; ${min}–${max} is recommended.`,
      fix:
        n > max
          ? 'Merge or drop pillars: a strategy that bets on everything bets on nothing.'
          : 'Name the few things the company bets on for the next 12–36 months.',
    });
  },
});
