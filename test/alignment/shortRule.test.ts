// The short form of defineRule in docs/guides/policies.md.
import { definePolicy, validate } from 'sokr';
import { acmeExample } from 'sokr/testing';
import { describe, expect, it } from 'vitest';

describe('the short form of defineRule (examples/policies/no-empty-titles.ts)', () => {
  it('defaults nothing it was given: an error rule that reports empty titles only', async () => {
    const { noEmptyTitles } = await import('../../examples/policies/no-empty-titles.js');
    expect(noEmptyTitles.meta.severity).toBe('error');
    const policy = definePolicy({ extends: 'recommended', plugins: [noEmptyTitles] });
    const set = acmeExample();
    set.objectives[1] = { ...set.objectives[1]!, title: '   ' };
    const mine = validate(set, { policy }).filter((f) => f.rule === 'acme/no-empty-titles');
    expect(mine).toEqual([
      {
        rule: 'acme/no-empty-titles',
        severity: 'error',
        path: ['objectives', 1, 'title'],
        ids: [set.objectives[1]!.id],
        message: 'An objective needs a title.',
      },
    ]);
    expect(
      validate(acmeExample(), { policy }).filter((f) => f.rule === 'acme/no-empty-titles'),
    ).toEqual([]);
  });
});
