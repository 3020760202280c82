// A status policy field given at the top of the options ({ cadenceDays: 3 }) is a common slip:
// every function that takes a statusPolicy says where it belongs instead of "remove it".
import { describe, expect, it } from 'vitest';
import {
  createScorer,
  defaultStatusPolicy,
  obligations,
  rollup,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { issueOf } from '../_support/sokrIssues.js';

const set = acmeExample();
const asOf = '2026-01-21';

describe('a status policy field given at the top of the options', () => {
  it('is unknown_key with the place it belongs in, for every field of the policy', () => {
    for (const field of Object.keys(defaultStatusPolicy)) {
      for (const run of [
        () => obligations(set, { asOf, [field]: 3 } as never),
        () => rollup(set, { asOf, [field]: 3 } as never),
        () => createScorer(set, { asOf, [field]: 3 } as never),
        () => weeklyReport(set, { asOf, [field]: 3 } as never),
      ]) {
        expect(issueOf(run), field).toMatchObject({
          code: 'unknown_key',
          path: [field],
          key: field,
          suggestion: `statusPolicy.${field}`,
        });
        expect(issueOf(run).message).toContain(`statusPolicy: { ${field}: … }`);
      }
    }
  });

  it('works where it belongs, and a misspelt option still gets its nearest name', () => {
    expect(obligations(set, { asOf, statusPolicy: { cadenceDays: 3 } }).cadenceDays).toBe(3);
    expect(issueOf(() => obligations(set, { asOf, horizonDay: 3 } as never))).toMatchObject({
      suggestion: 'horizonDays',
    });
  });
});
