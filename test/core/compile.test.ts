import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignmentHealth,
  assertOkrSet,
  buildIndex,
  type CheckIn,
  compile,
  createScorer,
  cycleReview,
  isCompiledOkrSet,
  isSokrError,
  latestCheckIn,
  type OkrSet,
  rollup,
  validate,
  weeklyReport,
} from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

const acme: OkrSet = assertOkrSet(
  JSON.parse(readFileSync(new URL('../../examples/acme.okr.json', import.meta.url), 'utf8')),
);
const enterprise = generateEnterprise({ seed: 3, units: 40, cycles: 2 });

describe('compile', () => {
  it('returns a frozen compiled set that keeps the very set it was given', () => {
    const compiled = compile(acme);
    expect(isCompiledOkrSet(compiled)).toBe(true);
    expect(isCompiledOkrSet(acme)).toBe(false);
    expect(compiled.set).toBe(acme);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(compile(compiled)).toBe(compiled);
    // The graph is not part of the data.
    expect(Object.keys(compiled)).toEqual(['kind', 'set']);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual({ kind: 'compiled-okr-set', set: acme });
  });

  it('refuses what was never an OKR set with a SokrError that names the path', () => {
    for (const bad of [null, 42, 'set', [1, 2]]) {
      expect(() => compile(bad as never)).toThrowError(/Expected an OKR set/);
    }
    try {
      compile({ objectives: 42 } as never);
      expect.unreachable();
    } catch (error) {
      expect(isSokrError(error) && error.issues[0]!.path).toEqual(['objectives']);
    }
    expect(() => rollup(null as never, { asOf: '2026-02-15' })).toThrowError(/Expected an OKR set/);
  });

  for (const [name, set] of [
    ['the Acme example', acme],
    ['a generated enterprise', enterprise],
  ] as const) {
    describe(`gives every layer the same answers as the plain set (${name})`, () => {
      const compiled = compile(set);
      for (const asOf of ['2026-01-21', '2026-02-15', '2026-04-07']) {
        it(`at ${asOf}`, () => {
          expect(rollup(compiled, { asOf })).toEqual(rollup(set, { asOf }));
          expect(rollup(compiled, { asOf, includeChildren: true, pending: 'exclude' })).toEqual(
            rollup(set, { asOf, includeChildren: true, pending: 'exclude' }),
          );
          const findings = validate(compiled, { asOf });
          expect(findings).toEqual(validate(set, { asOf }));
          expect(alignmentHealth(findings, compiled)).toEqual(alignmentHealth(findings, set));
          expect(weeklyReport(compiled, { asOf })).toEqual(weeklyReport(set, { asOf }));
          const cycleId = set.cycles[set.cycles.length - 1]!.id;
          expect(cycleReview(compiled, { asOf, cycleId })).toEqual(
            cycleReview(set, { asOf, cycleId }),
          );
        });
      }
    });
  }

  it('shares one alignment index between validate, alignmentHealth and buildIndex', () => {
    const compiled = compile(acme);
    expect(buildIndex(compiled)).toBe(buildIndex(compiled));
    expect(buildIndex(acme)).not.toBe(buildIndex(acme));
  });

  it('keeps scorers independent: editing one scorer of a compiled set leaves the others as they were', () => {
    const compiled = compile(acme);
    const asOf = '2026-02-15';
    const a = createScorer(compiled, { asOf });
    const b = createScorer(compiled, { asOf });
    const before = rollup(compiled, { asOf });
    const kr = acme.keyResults.find((k) => k.measure.kind === 'metric')!;
    a.setKeyResultWeight(kr.id, 7);
    a.applyCheckIn({ id: 'new', keyResultId: kr.id, at: asOf, value: 1e6 });
    expect(b.snapshot()).toEqual(before);
    expect(rollup(compiled, { asOf })).toEqual(before);
    expect(a.snapshot().company.score).not.toBe(before.company.score);
  });
});

describe('the lean read path', () => {
  it('reads objective and key result scores without cards, equal to the scorecard', () => {
    const asOf = '2026-02-15';
    const scorer = createScorer(enterprise, { asOf });
    const card = scorer.snapshot();
    const scores = scorer.objectiveScores();
    expect(scores).toBeInstanceOf(Float64Array);
    expect(scores.length).toBe(enterprise.objectives.length);
    enterprise.objectives.forEach((o, i) => {
      const expected = card.objectives[o.id]!.score;
      expect(Number.isNaN(scores[i]!) ? null : scores[i]).toBe(expected);
      expect(scorer.objectiveScore(o.id)).toBe(expected);
    });
    const krScores = scorer.keyResultScores();
    enterprise.keyResults.forEach((k, i) => {
      expect(krScores[i]).toBe(card.keyResults[k.id]!.score);
    });
    expect(scorer.objectiveScore('no such objective')).toBeUndefined();
    // A copy: writing to it changes nothing.
    scores[0] = 42;
    expect(scorer.objectiveScores()[0]).not.toBe(42);
  });

  it('the first applyCheckIn finds an existing check-in id as later ones do', () => {
    const asOf = '2026-02-15';
    const existing = enterprise.checkIns[5]!;
    const scorer = createScorer(enterprise, { asOf });
    scorer.applyCheckIn({ ...existing, value: existing.value });
    // Replacing, not adding: a full rollup of the same set is unchanged.
    expect(scorer.snapshot()).toEqual(rollup(enterprise, { asOf }));
  });
});

describe('asOf', () => {
  it('takes an ISO string, epoch milliseconds or a Date, everywhere, with one meaning', () => {
    const ms = Date.UTC(2026, 1, 15);
    const iso = rollup(acme, { asOf: '2026-02-15' });
    const byMs = rollup(acme, { asOf: ms });
    const byDate = rollup(acme, { asOf: new Date(ms) });
    expect(byMs.company).toEqual(iso.company);
    expect(byDate.company).toEqual(iso.company);
    expect(validate(acme, { asOf: new Date(ms) })).toEqual(validate(acme, { asOf: '2026-02-15' }));
    const week = weeklyReport(acme, { asOf: new Date(ms) });
    expect(week.asOf).toBe('2026-02-15T00:00:00.000Z');
    expect(week.overall).toEqual(weeklyReport(acme, { asOf: '2026-02-15' }).overall);
  });

  it('refuses an invalid Date with a message that does not pretend it was a string', () => {
    expect(() => rollup(acme, { asOf: new Date(Number.NaN) })).toThrowError(/an invalid Date/);
    const [finding] = validate(acme, { asOf: new Date(Number.NaN) });
    expect(finding!.rule).toBe('internal/invalid-as-of');
    expect(finding!.message).toMatch(/an invalid Date/);
  });
});

describe('the graph', () => {
  const arbCheckIns = fc.array(
    fc.record({
      kr: fc.integer({ min: 0, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
    }),
    { maxLength: 30 },
  );

  it('finds the current check-in as latestCheckIn does (ties: later in the set)', () => {
    fc.assert(
      fc.property(arbCheckIns, fc.integer({ min: 0, max: 29 }), (rows, asOfDay) => {
        const base = generateEnterprise({
          seed: 1,
          units: 1,
          keyResultsPerObjective: 4,
          objectivesPerUnit: 1,
          cycles: 1,
          checkInsPerKeyResult: 0,
        });
        const krs = base.keyResults.slice(0, 4);
        const checkIns: CheckIn[] = rows.map((r, i) => ({
          id: `c${i}`,
          keyResultId: krs[r.kr % krs.length]!.id,
          at:
            r.hour === undefined
              ? `2026-01-${String(r.day).padStart(2, '0')}`
              : `2026-01-${String(r.day).padStart(2, '0')}T${String(r.hour).padStart(2, '0')}:00:00Z`,
          value: i,
        }));
        const set = { ...base, checkIns };
        const index = buildIndex(compile(set));
        const asOfMs = Date.UTC(2026, 0, asOfDay);
        for (const kr of krs) {
          const mine = checkIns.filter((c) => c.keyResultId === kr.id);
          expect(index.latestCheckInOf(kr.id, asOfMs)).toBe(latestCheckIn(mine, asOfMs));
          const sorted = index.checkInsOf(kr.id);
          for (let i = 1; i < sorted.length; i++) {
            expect(index.checkInTime(sorted[i - 1]!)).toBeLessThanOrEqual(
              index.checkInTime(sorted[i]!),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers ancestor questions as a walk up the declared parents does, loops and dangling parents included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 10,
        }),
        (parents) => {
          const units = parents.map((p, i) => ({
            id: `u${i}`,
            name: `U${i}`,
            ...(p === undefined ? {} : { parentId: `u${p}` }),
          }));
          const set = {
            ...acme,
            units,
            objectives: [],
            keyResults: [],
            checkIns: [],
            initiatives: [],
            dependencies: [],
            risks: [],
          };
          const index = buildIndex(compile(set as OkrSet));
          const reachesRoot = (id: string): boolean => {
            const seen = new Set<string>();
            for (let u = units.find((x) => x.id === id); u !== undefined; ) {
              if (seen.has(u.id)) return false;
              seen.add(u.id);
              if (u.parentId === undefined) return true;
              u = units.find((x) => x.id === u!.parentId);
            }
            return false;
          };
          for (const a of units) {
            for (const b of units) {
              const walk = index.unitAncestors(b.id).includes(a.id) && reachesRoot(b.id);
              expect(index.isAncestor(a.id, b.id)).toBe(walk);
            }
            expect(index.unitDepth(a.id) === undefined).toBe(!reachesRoot(a.id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
