// A team policy for Acme: every engineering key result has a checklist of
// initiatives (the actions, with owners, that will move it). Run by
// test/alignment/guide-policy.test.ts and shown in docs/guides/policies.md.
import { definePolicy, defineRule } from 'sokr';

export const engineeringInitiatives = defineRule({
  id: 'acme/engineering-initiatives',
  meta: {
    description: 'Every key result of an engineering objective has a checklist of initiatives.',
    severity: 'warning',
    options: {
      units: {
        type: 'string[]',
        default: ['engineering'],
        description: 'The engineering units; their subtrees are included.',
      },
      min: {
        type: 'number',
        default: 1,
        min: 1,
        integer: true,
        description: 'Fewest initiatives per key result.',
      },
    },
  },
  check(ctx) {
    const { set, index, options } = ctx;
    const initiatives = new Map<string, number>();
    for (const initiative of set.initiatives) {
      initiatives.set(initiative.keyResultId, (initiatives.get(initiative.keyResultId) ?? 0) + 1);
    }
    set.keyResults.forEach((kr, position) => {
      if (kr.measure.kind === 'derived') return; // moved by child objectives, not by initiatives
      const objective = index.objectives.get(kr.objectiveId);
      if (objective === undefined) return;
      // The same O(1) ancestor check the built-in cascade rules use.
      const engineering = options.units.some((unit) =>
        index.isAncestorOrSelf(unit, objective.unitId),
      );
      if (!engineering) return;
      const count = initiatives.get(kr.id) ?? 0;
      if (count >= options.min) return;
      ctx.report({
        path: ['keyResults', position],
        ids: [kr.id, objective.unitId],
        message: `Engineering key result "${kr.id}" has ${count} initiative${count === 1 ? '' : 's'}; at least ${options.min} expected.`,
        fix: 'List the initiatives (with owners) that will move it.',
      });
    });
  },
});

export const acmeEngineeringPolicy = definePolicy({
  name: 'acme-engineering',
  extends: 'recommended',
  rules: {
    'acme/engineering-initiatives': ['error', { units: ['product'] }],
    'cascade/no-level-skip': 'warning',
  },
  plugins: [engineeringInitiatives],
});
