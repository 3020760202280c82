import { describe, expect, it } from 'vitest';
import { createScorer, isSokrError, rollup, type Scale } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('rollup and createScorer options', () => {
  const set = acmeExample();

  it('refuse a misspelt option with a suggestion instead of scoring with the default', () => {
    for (const run of [
      () => rollup(set, { asOf: '2026-02-15', pendng: 'exclude' } as never),
      () => createScorer(set, { asOf: '2026-02-15', pendng: 'exclude' } as never),
    ]) {
      expect(issuesOf(run)).toEqual([
        expect.objectContaining({
          path: ['pendng'],
          code: 'unknown_key',
          suggestion: 'pending',
          message: 'unknown option "pendng"; did you mean "pending"?',
        }),
      ]);
    }
    expect(issuesOf(() => rollup(set, { asOf: '2026-02-15', zzz: 1 } as never))[0]).toMatchObject({
      path: ['zzz'],
      message: 'unknown option "zzz": remove it',
    });
    // An option set to undefined is an option left out.
    expect(() => rollup(set, { asOf: '2026-02-15', pending: undefined } as never)).not.toThrow();
  });

  it('refuse a hand-written scale that defineScale would refuse, at its path', () => {
    const empty: Scale = { id: 'x', name: 'X', format: 'decimal', bands: [] };
    const unsorted: Scale = {
      id: 'u',
      name: 'U',
      format: 'decimal',
      bands: [
        { id: 'high', label: 'High', color: '#0f0', min: 0.5 },
        { id: 'low', label: 'Low', color: '#f00', min: 0 },
      ],
    };
    for (const scale of [empty, unsorted]) {
      const issues = issuesOf(() => rollup(set, { asOf: '2026-02-15', scale }));
      expect(issues[0]?.path[0]).toBe('scale');
      expect(issues[0]?.path.length).toBeGreaterThan(1);
    }
  });

  it('record a Date asOf as its ISO instant, not the caller’s object', () => {
    const asOf = new Date(Date.UTC(2026, 1, 15));
    const card = rollup(set, { asOf });
    expect(card.options.asOf).toBe('2026-02-15T00:00:00.000Z');
    asOf.setUTCFullYear(2030);
    expect(card.options.asOf).toBe('2026-02-15T00:00:00.000Z');
    expect(JSON.parse(JSON.stringify(card)).options.asOf).toBe(card.options.asOf);
  });
});
