import fc from 'fast-check';
import { it } from 'vitest';
import * as sokr from 'sokr';
import { generateEnterprise } from 'sokr/testing';

type Edit =
  | { t: 'check'; kr: number; day: number; value: number; same: boolean }
  | { t: 'krw'; kr: number; w: number }
  | { t: 'ow'; o: number; w: number }
  | { t: 'measure'; kr: number; kind: number; a: number; b: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    t: fc.constant('check' as const),
    kr: fc.nat(),
    day: fc.integer({ min: 0, max: 200 }),
    value: fc.double({ min: -50, max: 150, noNaN: true }),
    same: fc.boolean(),
  }),
  fc.record({
    t: fc.constant('krw' as const),
    kr: fc.nat(),
    w: fc.constantFrom(0, 0.5, 1, 3, 1e-9),
  }),
  fc.record({ t: fc.constant('ow' as const), o: fc.nat(), w: fc.constantFrom(0, 0.5, 1, 3) }),
  fc.record({
    t: fc.constant('measure' as const),
    kr: fc.nat(),
    kind: fc.nat(4),
    a: fc.integer({ min: -10, max: 100 }),
    b: fc.integer({ min: -10, max: 100 }),
  }),
);
function measure(kind: number, a: number, b: number): sokr.Measure {
  switch (kind) {
    case 0:
      return { kind: 'metric', start: a, target: b } as sokr.Measure;
    case 1:
      return { kind: 'threshold', mode: 'atLeast', value: a } as sokr.Measure;
    case 2:
      return { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) } as sokr.Measure;
    case 3:
      return { kind: 'milestone' } as sokr.Measure;
    default:
      return { kind: 'derived' } as sokr.Measure;
  }
}
const same = (a: unknown, b: unknown, where: string) => {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (!Object.is(a, b)) throw new Error(`${where}: ${String(a)} vs ${String(b)}`);
    return;
  }
  for (const k of new Set([...Object.keys(a as object), ...Object.keys(b as object)]))
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
};
// Every lean read of a scorer (objective and key result scores, the aggregates) equals the
// snapshot's figure bit for bit, after any sequence of edits, on plain and compiled sets,
// including undefined for unknown ids (prototype keys among them) and NaN for no score.
it('lean reads equal the snapshot, bit for bit, after random edits', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1000 }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom<'zero' | 'exclude'>('zero', 'exclude'),
      fc.array(edit, { maxLength: 12 }),
      (seed, compiled, children, pending, edits) => {
        const set = generateEnterprise({
          seed,
          units: 3,
          depth: 2,
          cycles: 1,
          objectivesPerUnit: 2,
          keyResultsPerObjective: 2,
          checkInsPerKeyResult: 2,
        });
        const asOf = '2026-02-15';
        if (seed % 3 === 0) renameIds(set);
        if (seed % 5 === 0) set.objectives.push({ ...set.objectives[0]!, id: 'empty-o' });
        const scorer = sokr.createScorer(compiled ? sokr.compile(set) : set, {
          asOf,
          includeChildren: children,
          pending,
        });
        const check = () => {
          const snap = scorer.snapshot();
          const os = scorer.objectiveScores();
          set.objectives.forEach((o, i) => {
            const s = snap.objectives[o.id]!.score;
            same(scorer.objectiveScore(o.id), s, `objectiveScore ${o.id}`);
            same(os[i], s === null ? NaN : s, `objectiveScores[${i}]`);
          });
          const ks = scorer.keyResultScores();
          set.keyResults.forEach((k, i) => {
            same(ks[i], snap.keyResults[k.id]!.score ?? NaN, `keyResultScores[${i}]`);
          });
          same(scorer.company(), snap.company, 'company');
          for (const id of Object.keys(snap.units))
            same(
              scorer.unit(id),
              Object.hasOwn(snap.units, id) ? snap.units[id] : undefined,
              `unit ${id}`,
            );
          for (const id of Object.keys(snap.pillars))
            same(
              scorer.pillar(id),
              Object.hasOwn(snap.pillars, id) ? snap.pillars[id] : undefined,
              `pillar ${id}`,
            );
          for (const id of Object.keys(snap.cycles))
            same(
              scorer.cycle(id),
              Object.hasOwn(snap.cycles, id) ? snap.cycles[id] : undefined,
              `cycle ${id}`,
            );
          for (const id of Object.keys(snap.owners))
            same(
              scorer.owner(id),
              Object.hasOwn(snap.owners, id) ? snap.owners[id] : undefined,
              `owner ${id}`,
            );
          for (const id of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
            if (!set.objectives.some((o) => o.id === id))
              same(scorer.objectiveScore(id), undefined, `objectiveScore ${id}`);
            same(
              scorer.unit(id),
              Object.hasOwn(snap.units, id) ? snap.units[id] : undefined,
              `unit ${id}`,
            );
            same(
              scorer.pillar(id),
              Object.hasOwn(snap.pillars, id) ? snap.pillars[id] : undefined,
              `pillar ${id}`,
            );
            same(
              scorer.cycle(id),
              Object.hasOwn(snap.cycles, id) ? snap.cycles[id] : undefined,
              `cycle ${id}`,
            );
            same(
              scorer.owner(id),
              Object.hasOwn(snap.owners, id) ? snap.owners[id] : undefined,
              `owner ${id}`,
            );
          }
        };
        check();
        let n = 0;
        for (const e of edits) {
          try {
            if (e.t === 'check') {
              const kr = set.keyResults[e.kr % set.keyResults.length]!;
              const value = kr.measure.kind === 'milestone' ? e.value > 50 : e.value;
              const at = new Date(Date.UTC(2026, 0, 1) + e.day * 864e5).toISOString().slice(0, 10);
              scorer.applyCheckIn({
                id: e.same ? set.checkIns[0]!.id : `x${n++}`,
                keyResultId: kr.id,
                at,
                value,
              } as sokr.CheckIn);
            } else if (e.t === 'krw')
              scorer.setKeyResultWeight(set.keyResults[e.kr % set.keyResults.length]!.id, e.w);
            else if (e.t === 'ow')
              scorer.setObjectiveWeight(set.objectives[e.o % set.objectives.length]!.id, e.w);
            else
              scorer.setMeasure(
                set.keyResults[e.kr % set.keyResults.length]!.id,
                measure(e.kind, e.a, e.b),
              );
          } catch (error) {
            if (!sokr.isSokrError(error)) throw error;
          }
          check();
        }
      },
    ),
    { numRuns: 150 },
  );
});

function renameIds(set: sokr.OkrSet) {
  const o = set.objectives[0]!;
  const old = o.id;
  o.id = '__proto__';
  for (const k of set.keyResults) if (k.objectiveId === old) k.objectiveId = '__proto__';
  for (const x of set.objectives)
    if (x.parent && 'objectiveId' in x.parent && x.parent.objectiveId === old)
      x.parent = { objectiveId: '__proto__' };
  const kr = set.keyResults[0]!;
  const oldk = kr.id;
  kr.id = 'constructor';
  for (const c of set.checkIns) if (c.keyResultId === oldk) c.keyResultId = 'constructor';
  for (const x of set.objectives)
    if (x.parent && 'keyResultId' in x.parent && x.parent.keyResultId === oldk)
      x.parent = { keyResultId: 'constructor' };
  const p = set.people[0]!;
  const oldp = p.id;
  p.id = 'toString';
  for (const k of set.keyResults) if (k.ownerId === oldp) k.ownerId = 'toString';
  for (const x of set.objectives) if (x.ownerId === oldp) x.ownerId = 'toString';
}
