import { defineRule } from '../defineRule.js';

/**
 * `measure/quantifiable` — a key result can be measured: a metric's start
 * differs from its target (or, when equal, says which `direction` counts as
 * met); a range has `min ≤ max`; a checklist has at least one item, with
 * unique item ids.
 *
 * @example
 * ```ts
 * import type { Measure } from 'sokr';
 * // Fails:
 * const fails: Measure[] = [
 *   { kind: 'metric', start: 90, target: 90 },
 *   { kind: 'checklist', items: [] },
 * ];
 * // Passes:
 * const passes: Measure[] = [
 *   { kind: 'metric', start: 90, target: 90, direction: 'increase' },
 *   { kind: 'metric', start: 200, target: 140 },
 * ];
 * ```
 */
export const measureQuantifiable = /* @__PURE__ */ defineRule({
  id: 'measure/quantifiable',
  meta: {
    description: 'Every key result has a measure that can move and be scored.',
    severity: 'error',
  },
  check(ctx) {
    ctx.set.keyResults.forEach((kr, i) => {
      const m = kr.measure;
      if (m.kind === 'metric') {
        if (m.start === m.target && m.direction === undefined)
          ctx.report({
            path: ['keyResults', i, 'measure', 'target'],
            ids: [kr.id],
            message: `Key result "${kr.id}" starts at its target (${m.target}); there is nothing to measure.`,
            fix: "Set the baseline as start, or add direction: 'increase' | 'decrease' for a hold-the-line key result.",
          });
      } else if (m.kind === 'range') {
        if (m.min > m.max)
          ctx.report({
            path: ['keyResults', i, 'measure', 'min'],
            ids: [kr.id],
            message: `Key result "${kr.id}" has a range with min ${m.min} above max ${m.max}; it can never be met.`,
          });
      } else if (m.kind === 'checklist') {
        if (m.items.length === 0)
          ctx.report({
            path: ['keyResults', i, 'measure', 'items'],
            ids: [kr.id],
            message: `Key result "${kr.id}" is a checklist without items.`,
            fix: 'List the items that must be done, or use a milestone measure.',
          });
        // The set of ids seen is only built once there is a second item.
        let first = true;
        let firstId: string | undefined;
        let seen: Set<string> | undefined;
        m.items.forEach((item, j) => {
          const id = item.id;
          if (first) {
            first = false;
            firstId = id;
            return;
          }
          seen ??= new Set([firstId!]);
          if (seen.has(id))
            ctx.report({
              path: ['keyResults', i, 'measure', 'items', j, 'id'],
              ids: [kr.id, id],
              message: `Key result "${kr.id}" lists checklist item "${id}" twice.`,
            });
          seen.add(id);
        });
      }
    });
  },
});
