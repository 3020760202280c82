import { defineRule } from '../defineRule.js';

/**
 * `limits/objectives-per-unit` — a unit (other than the root, see
 * `limits/company-objectives`) has `min`–`max` objectives per cycle (3–5 by
 * default: focus). More than `max` is reported at the configured severity
 * (warning in `recommended`); fewer than `min` at `belowMinSeverity` (info).
 * Only (unit, cycle) pairs with at least one objective are counted.
 *
 * @example
 * ```ts
 * // Fails (warning): unit web has 6 objectives in q1. Info: unit ops has 1.
 * // Passes: web has 4 objectives in q1.
 * ```
 */
export const limitsObjectivesPerUnit = /* @__PURE__ */ defineRule({
  id: 'limits/objectives-per-unit',
  meta: {
    description: 'A unit has a focused number of objectives per cycle (3–5 recommended).',
    severity: 'warning',
    options: {
      min: {
        type: 'number',
        default: 3,
        min: 0,
        integer: true,
        description: 'Fewest objectives per unit and cycle.',
      },
      max: {
        type: 'number',
        default: 5,
        min: 1,
        integer: true,
        description: 'Most objectives per unit and cycle.',
      },
      belowMinSeverity: {
        type: 'severity',
        default: 'info',
        description: 'Severity of a unit with fewer than `min` objectives.',
      },
    },
    checkOptions: (o) =>
      o.min > o.max ? `min (${o.min}) must not exceed max (${o.max})` : undefined,
  },
  check(ctx) {
    const { index, options } = ctx;
    for (const [unitId, perCycle] of index.objectivesByUnitCycle) {
      if (index.isRootUnit(unitId)) continue;
      const unitPos = index.positions.units.get(unitId);
      for (const [cycleId, objectives] of perCycle) {
        const n = objectives.length;
        if (n >= options.min && n <= options.max) continue;
        const path = unitPos === undefined ? ['units'] : ['units', unitPos];
        const ids = [unitId, cycleId];
        if (n > options.max)
          ctx.report({
            path,
            ids,
            message: `Unit "${unitId}" has ${n} objectives in cycle "${cycleId}"; at most ${options.max} keeps it focused.`,
            fix: 'Drop, merge or defer objectives until the few that matter most remain.',
          });
        else if (n < options.min)
          ctx.report({
            path,
            ids,
            severity: options.belowMinSeverity,
            message: `Unit "${unitId}" has ${n} objective${n === 1 ? '' : 's'} in cycle "${cycleId}"; ${options.min}–${options.max} is recommended.`,
          });
      }
    }
  },
});
