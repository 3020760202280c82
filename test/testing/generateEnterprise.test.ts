import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSokrError, obligations, type OkrSet, parseOkrSet } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

function depthOf(set: OkrSet): number {
  const parent = new Map(set.units.map((u) => [u.id, u.parentId]));
  let max = 0;
  for (const unit of set.units) {
    let level = 1;
    for (let p = unit.parentId; p !== undefined; p = parent.get(p)) level++;
    max = Math.max(max, level);
  }
  return max;
}

describe('generateEnterprise', () => {
  it('is deterministic: the same seed gives a deep-equal set', () => {
    const options = { seed: 42, units: 12, depth: 3, cycles: 2 };
    expect(generateEnterprise(options)).toEqual(generateEnterprise(options));
  });

  it('gives a different set for a different seed', () => {
    const a = generateEnterprise({ seed: 1, units: 8 });
    const b = generateEnterprise({ seed: 2, units: 8 });
    expect(a).not.toEqual(b);
    expect(a.keyResults.map((kr) => kr.measure.kind)).not.toEqual(
      b.keyResults.map((kr) => kr.measure.kind),
    );
  });

  it('uses sensible defaults: 13 units in 3 levels, 2 quarters, 3 objectives × 3 key results, 4 check-ins', () => {
    const set = generateEnterprise();
    expect(set.units).toHaveLength(13);
    expect(depthOf(set)).toBe(3);
    expect(set.cycles.map((c) => c.id)).toEqual(['2026', '2026-q1', '2026-q2']);
    expect(set.objectives).toHaveLength(13 * 2 * 3);
    expect(set.keyResults).toHaveLength(13 * 2 * 3 * 3);
    // 4 units have children (root + 3 departments): one derived KR each per quarter, no check-ins.
    const derived = set.keyResults.filter((kr) => kr.measure.kind === 'derived');
    expect(derived).toHaveLength(4 * 2);
    expect(set.checkIns).toHaveLength((234 - 8) * 4);
    expect(set.people).toHaveLength(13 * 3);
    expect(set.strategy.pillars).toHaveLength(4);
  });

  it('matches the requested counts', () => {
    const set = generateEnterprise({
      seed: 3,
      units: 21,
      depth: 4,
      objectivesPerUnit: 4,
      keyResultsPerObjective: 2,
      checkInsPerKeyResult: 6,
      cycles: 3,
      peoplePerUnit: 2,
    });
    expect(set.units).toHaveLength(21);
    expect(depthOf(set)).toBe(4);
    expect(set.cycles).toHaveLength(1 + 3);
    expect(set.objectives).toHaveLength(21 * 3 * 4);
    expect(set.keyResults).toHaveLength(21 * 3 * 4 * 2);
    const derived = set.keyResults.filter((kr) => kr.measure.kind === 'derived').length;
    expect(set.checkIns).toHaveLength((set.keyResults.length - derived) * 6);
    expect(set.people).toHaveLength(42);
    const perObjective = new Map<string, number>();
    for (const kr of set.keyResults)
      perObjective.set(kr.objectiveId, (perObjective.get(kr.objectiveId) ?? 0) + 1);
    expect(new Set(perObjective.values())).toEqual(new Set([2]));
  });

  it('parses cleanly with parseOkrSet, to a deep-equal value (all defaults explicit)', () => {
    const set = generateEnterprise({
      seed: 9,
      units: 30,
      depth: 3,
      cycles: 4,
      checkInsPerKeyResult: 13,
    });
    const result = parseOkrSet(set);
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    if (result.ok) expect(result.value).toEqual(set);
  });

  it('parses cleanly for any small option combination (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          units: fc.integer({ min: 1, max: 25 }),
          depth: fc.integer({ min: 1, max: 6 }),
          objectivesPerUnit: fc.integer({ min: 1, max: 5 }),
          keyResultsPerObjective: fc.integer({ min: 1, max: 5 }),
          checkInsPerKeyResult: fc.integer({ min: 0, max: 15 }),
          cycles: fc.integer({ min: 1, max: 4 }),
          peoplePerUnit: fc.integer({ min: 1, max: 4 }),
        }),
        (options) => {
          const set = generateEnterprise(options);
          const result = parseOkrSet(set);
          expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
          expect(set.units).toHaveLength(options.units);
          expect(depthOf(set)).toBe(
            options.units === 1 ? 1 : Math.max(2, Math.min(options.depth, options.units)),
          );
          expect(set.keyResults).toHaveLength(
            options.units *
              options.cycles *
              options.objectivesPerUnit *
              options.keyResultsPerObjective,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses every measure kind, mostly metrics', () => {
    const set = generateEnterprise({ seed: 5, units: 40 });
    const counts = new Map<string, number>();
    for (const kr of set.keyResults)
      counts.set(kr.measure.kind, (counts.get(kr.measure.kind) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'checklist',
      'derived',
      'metric',
      'milestone',
      'range',
      'threshold',
    ]);
    expect((counts.get('metric') ?? 0) / set.keyResults.length).toBeGreaterThan(0.5);
  });

  it('follows the engage and cascade conventions: owners in the unit, approval and parent from the parent unit', () => {
    const set = generateEnterprise({ seed: 11, units: 30, depth: 3 });
    const unitOf = new Map(set.people.map((p) => [p.id, p.unitId]));
    const parentUnit = new Map(set.units.map((u) => [u.id, u.parentId]));
    const objectiveById = new Map(set.objectives.map((o) => [o.id, o]));
    const krById = new Map(set.keyResults.map((kr) => [kr.id, kr]));
    for (const o of set.objectives) {
      expect(unitOf.get(o.ownerId ?? '')).toBe(o.unitId);
      const up = parentUnit.get(o.unitId);
      if (up === undefined) {
        expect(o.parent).toBeUndefined();
        expect(o.links.some((l) => l.kind === 'pillar')).toBe(true);
        continue;
      }
      expect(unitOf.get(o.approvedBy ?? '')).toBe(up);
      const parent = o.parent;
      expect(parent).toBeDefined();
      const parentObjective =
        parent && 'objectiveId' in parent
          ? objectiveById.get(parent.objectiveId)
          : objectiveById.get(krById.get(parent?.keyResultId ?? '')?.objectiveId ?? '');
      expect(parentObjective?.unitId).toBe(up);
      expect(parentObjective?.cycleId).toBe(o.cycleId);
    }
    for (const kr of set.keyResults) {
      expect(unitOf.get(kr.ownerId)).toBe(objectiveById.get(kr.objectiveId)?.unitId);
    }
    // Every derived KR has at least one child objective.
    const children = new Set(
      set.objectives.flatMap((o) =>
        o.parent && 'keyResultId' in o.parent ? [o.parent.keyResultId] : [],
      ),
    );
    for (const kr of set.keyResults)
      if (kr.measure.kind === 'derived') expect(children.has(kr.id)).toBe(true);
  });

  it('gives every unit a lead, its first person, who owns its objectives and approves below', () => {
    const set = generateEnterprise({ seed: 11, units: 30, depth: 3, peoplePerUnit: 4 });
    const firstOf = new Map<string, string>();
    for (const p of set.people) if (!firstOf.has(p.unitId!)) firstOf.set(p.unitId!, p.id);
    for (const u of set.units) expect(u.leadId).toBe(firstOf.get(u.id));
    const leadOf = new Map(set.units.map((u) => [u.id, u.leadId]));
    const parentUnit = new Map(set.units.map((u) => [u.id, u.parentId]));
    for (const o of set.objectives) {
      expect(o.ownerId).toBe(leadOf.get(o.unitId));
      const up = parentUnit.get(o.unitId);
      if (up !== undefined) expect(o.approvedBy).toBe(leadOf.get(up));
    }
    // So obligations on a generated set escalate a late check-in to a lead.
    const late = obligations(set, { asOf: '2026-03-20' }).entries.filter(
      (e) => e.kind === 'check-in' && e.escalatedTo.length > 0,
    );
    expect(late.length).toBeGreaterThan(0);
  });

  it('dates check-ins weekly inside their quarter', () => {
    const set = generateEnterprise({ seed: 4, units: 4, cycles: 1, checkInsPerKeyResult: 5 });
    const days = [...new Set(set.checkIns.map((c) => c.at))].sort();
    expect(days).toEqual(['2026-01-07', '2026-01-14', '2026-01-21', '2026-01-28', '2026-02-04']);
    const packed = generateEnterprise({ seed: 4, units: 1, cycles: 1, checkInsPerKeyResult: 40 });
    for (const c of packed.checkIns) {
      expect(c.at >= '2026-01-01' && c.at <= '2026-03-31').toBe(true);
    }
  });

  it('has cross-unit dependencies, initiatives and risks at moderate size', () => {
    const set = generateEnterprise({ seed: 2, units: 60 });
    const unitOfObjective = new Map(set.objectives.map((o) => [o.id, o.unitId]));
    const objectiveOfKr = new Map(set.keyResults.map((kr) => [kr.id, kr.objectiveId]));
    const unitOf = (ref: { objectiveId: string } | { keyResultId: string }) =>
      unitOfObjective.get(
        'objectiveId' in ref ? ref.objectiveId : (objectiveOfKr.get(ref.keyResultId) ?? ''),
      );
    expect(set.dependencies.length).toBeGreaterThan(0);
    for (const d of set.dependencies) expect(unitOf(d.from)).not.toBe(unitOf(d.on));
    expect(set.initiatives.length).toBeGreaterThan(0);
    expect(set.risks.length).toBeGreaterThan(0);
  });

  it('throws a SokrError naming the option for out-of-range options', () => {
    for (const bad of [
      { units: 0 },
      { depth: 1.5 },
      { cycles: 5 },
      { keyResultsPerObjective: -1 },
      { seed: Number.NaN },
    ]) {
      let caught: unknown;
      try {
        generateEnterprise(bad);
      } catch (error) {
        caught = error;
      }
      expect(isSokrError(caught)).toBe(true);
      if (isSokrError(caught)) {
        expect(caught.issues[0]?.path).toEqual(Object.keys(bad));
        expect(caught.issues[0]?.code).toBe('invalid_value');
      }
    }
  });
});
