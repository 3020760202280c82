// A check-in's day and asOf are read in the set's time zone by every layer:
// the rollup's stale flag, the weekly report's stale list and the
// deliver/stale-check-in rule agree in any zone (issue 19: a set in
// America/Los_Angeles had 7 stale key results in the report, 0 in validate).
import { describe, expect, it } from 'vitest';
import { rollup, validate, weeklyReport } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const ZONES = [undefined, 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata'];
const DAYS = ['2026-01-21', '2026-01-22', '2026-02-18', '2026-03-11'];

describe('stale check-ins in a zoned set', () => {
  it('the Acme set in Los Angeles on 2026-01-21 has no stale key result (check-ins a week old)', () => {
    const set = { ...acmeExample(), timeZone: 'America/Los_Angeles' };
    expect(weeklyReport(set, { asOf: '2026-01-21' }).summary.stale).toBe(0);
    const cards = Object.values(rollup(set, { asOf: '2026-01-21' }).keyResults);
    // Only the key result without any check-in is stale (its window is older than the cadence).
    expect(cards.filter((c) => c.stale && c.status !== 'pending')).toEqual([]);
  });

  for (const zone of ZONES)
    for (const asOf of DAYS)
      it(`rollup, weeklyReport and validate agree (${zone ?? 'UTC'}, ${asOf})`, () => {
        const set = { ...acmeExample(), ...(zone === undefined ? {} : { timeZone: zone }) };
        const fromRule = validate(set, { asOf })
          .filter((f) => f.rule === 'deliver/stale-check-in')
          .map((f) => f.ids[0])
          .sort();
        const report = weeklyReport(set, { asOf });
        const fromReport = report.units.flatMap((u) => u.objectives.flatMap((o) => o.stale)).sort();
        const cards = rollup(set, { asOf }).keyResults;
        const fromRollup = Object.keys(cards)
          .filter((id) => cards[id]!.stale && cards[id]!.status !== 'pending')
          .sort();
        expect(fromReport).toEqual(fromRule);
        expect(fromRollup).toEqual(fromRule);
      });
});
