import { describe, expect, it } from 'vitest';
import { weeklyReport } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';

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
