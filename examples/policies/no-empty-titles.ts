// The short form of defineRule, shown in docs/guides/policies.md and run by
// test/alignment/guide-policy.test.ts.
import { defineRule } from 'sokr';

export const noEmptyTitles = defineRule({
  id: 'acme/no-empty-titles',
  severity: 'error', // default 'warning'
  check(ctx) {
    ctx.set.objectives.forEach((o, i) => {
      if (o.title.trim() === '') {
        ctx.report({
          path: ['objectives', i, 'title'],
          ids: [o.id],
          message: 'An objective needs a title.',
        });
      }
    });
  },
});
