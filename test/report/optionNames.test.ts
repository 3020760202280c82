import { describe, expect, it } from 'vitest';
import { cycleReview, isSokrError, toHtml, toMarkdown, weeklyReport } from '../../src/index.js';
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

describe('report options are checked by name', () => {
  const set = acmeExample();

  it('weeklyReport refuses a misspelt option with a suggestion (it reported the whole company)', () => {
    expect(
      issuesOf(() => weeklyReport(set, { asOf: '2026-01-21', unitID: 'sales' } as never)),
    ).toEqual([
      expect.objectContaining({ path: ['unitID'], code: 'unknown_key', suggestion: 'unitId' }),
    ]);
    expect(() => weeklyReport(set, { asOf: '2026-01-21', unitId: 'sales' })).not.toThrow();
  });

  it('cycleReview refuses a misspelt option with a suggestion', () => {
    expect(
      issuesOf(() =>
        cycleReview(set, { asOf: '2026-04-07', cycleId: '2026-q1', polcy: 'strict' } as never),
      ),
    ).toEqual([
      expect.objectContaining({ path: ['polcy'], code: 'unknown_key', suggestion: 'policy' }),
    ]);
  });
});

describe('renderer options are checked by name', () => {
  it('toMarkdown and toHtml refuse a misspelt option with a suggestion (it rendered the full report)', () => {
    const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
    expect(issuesOf(() => toMarkdown(report, { formatt: 'digest' } as never))).toEqual([
      expect.objectContaining({
        path: ['options', 'formatt'],
        code: 'unknown_key',
        suggestion: 'format',
      }),
    ]);
    expect(issuesOf(() => toHtml(report, { row: 10 } as never))).toEqual([
      expect.objectContaining({
        path: ['options', 'row'],
        code: 'unknown_key',
        suggestion: 'rows',
      }),
    ]);
    expect(() => toMarkdown(report, { format: 'digest' })).not.toThrow();
    expect(() => toHtml(report, { rows: 10, charts: 'none' })).not.toThrow();
  });
});
