import { describe, expect, it } from 'vitest';
import { createScorer, rollup, weeklyReport } from '../../src/index.js';
import { acmeExample, generateEnterprise } from '../../src/testing/index.js';

// A weekly report shares equal sub-values between entries to stay small at scale; the shared
// ones are frozen, so an edit fails loudly instead of changing every other entry.
describe('weeklyReport shares frozen values between entries', () => {
  const set = generateEnterprise({ seed: 5, units: 12, cycles: 1 });
  const report = weeklyReport(set, { asOf: '2026-02-15' });
  const krs = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));

  it('gives key results with one window one frozen window value', () => {
    const byDays = new Map<string, object>();
    for (const k of krs) {
      expect(Object.isFrozen(k.window)).toBe(true);
      const key = `${k.window.start}/${k.window.end}`;
      const seen = byDays.get(key);
      if (seen === undefined) byDays.set(key, k.window);
      else expect(k.window).toBe(seen);
    }
    expect(krs.length).toBeGreaterThan(byDays.size);
  });

  it('gives key results without notes one frozen empty notes value, and others their own', () => {
    const empty = krs.filter(
      (k) => k.notes.moved.length + k.notes.blocked.length + k.notes.next.length === 0,
    );
    expect(empty.length).toBeGreaterThan(1);
    for (const k of empty) expect(k.notes).toBe(empty[0]!.notes);
    expect(Object.isFrozen(empty[0]!.notes.next)).toBe(true);
    expect(() => (empty[0]!.notes.next as string[]).push('x')).toThrow(TypeError);
    for (const k of krs)
      if (k.notes !== empty[0]!.notes) expect(Object.isFrozen(k.notes)).toBe(false);
  });

  it('is plain data to JSON and structuredClone', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const copy = structuredClone(krs[0]!);
    // A copy is writable (its types stay read-only: cast to edit it).
    (copy.notes.next as string[]).push('edited');
    (copy.window as { start: string }).start = '2000-01-01';
    expect(krs[0]!.notes.next).not.toContain('edited');
    expect(krs[0]!.window.start).not.toBe('2000-01-01');
  });
});

describe("a result's checklist value is its own, not the check-in's", () => {
  const checklistSet = () => {
    const set = acmeExample();
    const kr = set.keyResults.find((k) => k.measure.kind === 'checklist')!;
    const items = (kr.measure as { items: { id: string }[] }).items;
    const checkIns = [{ id: 'cl1', keyResultId: kr.id, at: '2026-01-20', value: [items[0]!.id] }];
    return { set: { ...set, checkIns }, kr, items };
  };

  it('rollup: pushing into a card value changes neither the set nor the next score', () => {
    const { set, kr, items } = checklistSet();
    const first = rollup(set, { asOf: '2026-01-21' });
    const value = first.keyResults[kr.id]!.value as string[];
    expect(value).toEqual([items[0]!.id]);
    value.push(...items.slice(1).map((i) => i.id));
    expect(set.checkIns[0]!.value).toEqual([items[0]!.id]);
    expect(rollup(set, { asOf: '2026-01-21' }).keyResults[kr.id]!.score).toBe(
      first.keyResults[kr.id]!.score,
    );
  });

  it('createScorer cards and weeklyReport entries too', () => {
    const { set, kr, items } = checklistSet();
    const scorer = createScorer(set, { asOf: '2026-01-21' });
    (scorer.keyResult(kr.id)!.value as string[]).push(items[1]!.id);
    expect(set.checkIns[0]!.value).toEqual([items[0]!.id]);
    const report = weeklyReport(set, { asOf: '2026-01-21' });
    const entry = report.units
      .flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
      .find((k) => k.id === kr.id)!;
    expect(entry.value).toEqual([items[0]!.id]);
    (entry.value as string[]).push(items[1]!.id);
    expect(set.checkIns[0]!.value).toEqual([items[0]!.id]);
  });
});
