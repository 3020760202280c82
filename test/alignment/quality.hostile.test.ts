// The quality rules on hostile sets (the suite of test/hostile): no rule crashes, no input changes.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { obligations, policies, validate } from '../../src/index.js';
import {
  asOfDay,
  hostileSet,
  parsedSet,
  snapshot,
  throwsOnlySokrError,
} from '../hostile/_hostile.js';

const RUNS = Math.min(Number(process.env['SOKR_PROPERTY_RUNS'] ?? 200), 1000);

it('validate with the quality preset never has a crashed rule on a set that parses', () => {
  fc.assert(
    fc.property(parsedSet, asOfDay, (set, asOf) => {
      const before = snapshot(set);
      const crashed = validate(set, { asOf, policy: policies.quality }).filter((f) =>
        f.rule.startsWith('internal/'),
      );
      expect(crashed, JSON.stringify(crashed)).toStrictEqual([]);
      expect(snapshot(set)).toBe(before);
    }),
    { numRuns: RUNS },
  );
});

it('obligations returns on a parsed set, and throws only a SokrError on a hostile one', () => {
  fc.assert(
    fc.property(parsedSet, asOfDay, (set, asOf) => {
      const before = snapshot(set);
      const result = obligations(set, { asOf });
      for (const e of result.entries) expect(Number.isInteger(e.daysLate)).toBe(true);
      expect(snapshot(set)).toBe(before);
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(hostileSet, asOfDay, (set, asOf) => {
      throwsOnlySokrError(() => obligations(set as never, { asOf }));
    }),
    { numRuns: RUNS },
  );
});
