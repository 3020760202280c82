// @ts-check
/**
 * A custom sokr rule: every key result has at least `min` initiatives (the
 * actions that will move it) — optionally only in committed objectives.
 * A rule is plain data plus a `check` function; `defineRule` from 'sokr'
 * validates the same shape when you build rules in code.
 *
 * @type {import('sokr').Rule<{ readonly min: number; readonly committedOnly: boolean }>}
 */
const krHasInitiative = {
  id: 'team/kr-has-initiative',
  meta: {
    description: 'Every key result has at least `min` initiatives that drive it.',
    severity: 'warning',
    options: {
      min: {
        type: 'number',
        default: 1,
        min: 0,
        integer: true,
        description: 'Fewest initiatives per key result.',
      },
      committedOnly: {
        type: 'boolean',
        default: false,
        description: 'Check only key results of committed objectives.',
      },
    },
  },
  check(ctx) {
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const initiative of ctx.set.initiatives) {
      counts.set(initiative.keyResultId, (counts.get(initiative.keyResultId) ?? 0) + 1);
    }
    ctx.set.keyResults.forEach((kr, index) => {
      if (kr.measure.kind === 'derived') return; // child objectives drive derived key results
      // ctx.index is the same prebuilt index the built-in rules use.
      const objective = ctx.index.objectives.get(kr.objectiveId);
      if (ctx.options.committedOnly && objective?.commitment !== 'committed') return;
      const count = counts.get(kr.id) ?? 0;
      if (count >= ctx.options.min) return;
      ctx.report({
        path: ['keyResults', index],
        ids: [kr.id],
        message: `Key result "${kr.title}" has ${count} initiative${count === 1 ? '' : 's'}; at least ${ctx.options.min} expected.`,
        fix: 'Add the initiatives (actions, with an owner) that will move this key result.',
      });
    });
  },
};

export default krHasInitiative;
