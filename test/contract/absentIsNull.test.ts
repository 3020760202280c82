// api-conventions §4: in results, what sokr computed to be absent is `null` and the
// field is always there. Walk real reports and rhythm results: no `undefined`
// anywhere, a JSON round trip gives the same object back (no field disappears),
// and every object of a list has the same fields.
import { describe, expect, it } from 'vitest';
import {
  cycleReview,
  obligations,
  type OkrSet,
  personDigests,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample, generateEnterprise } from '../../src/testing/index.js';

/** The paths (`a.b[0].c`) under `value` whose value is `undefined`. */
function undefinedPaths(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === undefined) out.push(path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) undefinedPaths(value[i], `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) undefinedPaths(v, `${path}.${k}`, out);
  return out;
}

/** The lists under `value` whose objects do not all have the same fields: `path: keys ≠ keys`. */
function unevenLists(value: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    const objects = value.filter(
      (v): v is object => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    const first = objects[0];
    if (first !== undefined) {
      const keys = Object.keys(first).sort().join(',');
      for (const o of objects) {
        const other = Object.keys(o).sort().join(',');
        if (other !== keys) out.push(`${path}: ${keys} ≠ ${other}`);
      }
    }
    for (let i = 0; i < value.length; i++) unevenLists(value[i], `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) unevenLists(v, `${path}.${k}`, out);
  return out;
}

function expectAbsentIsNull(result: unknown): void {
  expect(undefinedPaths(result)).toEqual([]);
  // toStrictEqual tells a missing field from one that is `undefined`.
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  expect(unevenLists(result)).toEqual([]);
}

const WEEKLY_KR_NULLABLE = [
  'lastCheckInAt',
  'value',
  'confidence',
  'previousConfidence',
  'outlook',
  'forecast',
];
const REVIEW_KR_NULLABLE = ['firstScore', 'achievedAt', 'confidence', 'forecast'];
const REVIEW_OBJECTIVE_NULLABLE = ['ownerId', 'ownerName', 'finalScore', 'finalScoreReason'];

/** Acme with an objective without an owner, one with a final score and dependencies without notes. */
function acmeVariant(): OkrSet {
  const set = acmeExample();
  const [first, second] = set.objectives;
  delete (first as { ownerId?: string }).ownerId;
  Object.assign(second!, { finalScore: 0.5, finalScoreReason: 'Scope cut in March' });
  for (const d of set.dependencies) delete (d as { note?: string }).note;
  return set;
}

describe('absent values in results are null, never a missing field (api-conventions §4)', () => {
  it('the checks find an undefined value, a field lost in JSON and a list of uneven objects', () => {
    const bad = { a: [{ x: 1, y: null }, { x: 2 }], b: { c: undefined } };
    expect(undefinedPaths(bad)).toEqual(['$.b.c']);
    expect(JSON.parse(JSON.stringify(bad))).not.toStrictEqual(bad);
    expect(unevenLists(bad)).toEqual(['$.a: x,y ≠ x']);
  });

  const acme = acmeVariant();
  const enterprise = generateEnterprise({ seed: 7, units: 9, cycles: 2 });
  const sets: Array<[string, OkrSet, string, string]> = [
    ['Acme', acme, '2026-01-21', '2026-04-07'],
    ['Acme (unchanged)', acmeExample(), '2026-02-18', '2026-04-07'],
    ['generateEnterprise', enterprise, '2026-02-18', '2026-07-01'],
  ];

  for (const [name, set, weekAsOf, reviewAsOf] of sets) {
    it(`weeklyReport of ${name}: company, unit and owner scope`, () => {
      const company = weeklyReport(set, { asOf: weekAsOf });
      const unitId = set.units[1]!.id;
      const ownerId = set.keyResults[0]!.ownerId;
      for (const report of [
        company,
        weeklyReport(set, { asOf: weekAsOf, unitId }),
        weeklyReport(set, { asOf: weekAsOf, ownerId }),
      ]) {
        expectAbsentIsNull(report);
        expect(Object.keys(report.filter).sort()).toEqual(['ownerId', 'unitId']);
        const krs = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
        expect(krs.length).toBeGreaterThan(0);
        for (const k of krs) for (const f of WEEKLY_KR_NULLABLE) expect(k).toHaveProperty(f);
        for (const d of report.dependencies) {
          expect(d).toHaveProperty('note');
          for (const side of [d.from, d.on]) {
            expect(side).toHaveProperty('unitId');
            expect(side).toHaveProperty('status');
          }
        }
      }
      const krs = company.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
      // Both sides of the rule occur: some key results have a forecast, some a null field.
      expect(krs.some((k) => k.forecast !== null)).toBe(true);
      expect(krs.some((k) => k.outlook === null)).toBe(true);
      for (const k of krs)
        if (k.forecast !== null) expect(k.forecast).toHaveProperty('reachesTargetAt');
    });

    it(`cycleReview of ${name}`, () => {
      const cycleId = set.objectives[0]!.cycleId;
      const review = cycleReview(set, { cycleId, asOf: reviewAsOf });
      expectAbsentIsNull(review);
      expect(review.objectives.length).toBeGreaterThan(0);
      for (const o of review.objectives) {
        for (const f of REVIEW_OBJECTIVE_NULLABLE) expect(o).toHaveProperty(f);
        for (const k of o.keyResults)
          for (const f of REVIEW_KR_NULLABLE) expect(k).toHaveProperty(f);
      }
      for (const c of review.carryOver) {
        expect(c).toHaveProperty('carriedTo');
        expect(c).toHaveProperty('carriedToTitle');
      }
    });

    it(`obligations and personDigests of ${name}`, () => {
      const owed = obligations(set, { asOf: weekAsOf });
      expect(owed.entries.length).toBeGreaterThan(0);
      expectAbsentIsNull(owed);
      const digests = personDigests(set, owed);
      expect(digests.length).toBeGreaterThan(0);
      expectAbsentIsNull(digests);
    });
  }

  it('the Acme variant has the values the null fields stand in for', () => {
    const review = cycleReview(acme, { cycleId: acme.objectives[0]!.cycleId, asOf: '2026-04-07' });
    const [first, second] = review.objectives;
    expect([first!.ownerId, first!.ownerName]).toEqual([null, null]);
    expect([second!.finalScore, second!.finalScoreReason]).toEqual([0.5, 'Scope cut in March']);
    expect(review.objectives.slice(2).every((o) => o.finalScore === null)).toBe(true);
    const weekly = weeklyReport(acme, { asOf: '2026-01-21' });
    const objective = weekly.units.flatMap((u) => u.objectives).find((o) => o.id === first!.id);
    expect(objective?.ownerName).toBeNull();
    expect(weekly.dependencies.length).toBeGreaterThan(0);
    for (const d of weekly.dependencies) expect(d.note).toBeNull();
  });
});
