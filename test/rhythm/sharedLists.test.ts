import { describe, expect, it } from 'vitest';
import { obligations, weeklyReport } from '../../src/index.js';
import { generateEnterprise } from '../../src/testing/index.js';
import { rhythmSet } from './_set.js';

// Entries that escalate to the same leads share one frozen list (100k entries
// hold a few thousand lists); the result stays plain data.
describe('obligations: shared escalation lists', () => {
  const base = generateEnterprise({ seed: 4, units: 40, cycles: 1 });
  const set = {
    ...base,
    units: base.units.map((u, i) => ({
      ...u,
      leadId: base.people[(i * 7) % base.people.length]!.id,
    })),
  };
  const { entries } = obligations(set, { asOf: '2026-02-15' });

  it('gives entries with the same leads one frozen list, and every empty list is frozen', () => {
    const escalated = entries.filter((e) => e.escalatedTo.length > 0);
    expect(escalated.length).toBeGreaterThan(10);
    for (const e of entries) expect(Object.isFrozen(e.escalatedTo)).toBe(true);
    const byLeads = new Map<string, unknown>();
    let shared = 0;
    for (const e of escalated) {
      const key = e.escalatedTo.join(',');
      const seen = byLeads.get(key);
      if (seen === undefined) byLeads.set(key, e.escalatedTo);
      else if (seen === e.escalatedTo) shared++;
    }
    expect(shared).toBeGreaterThan(0);
    const empty = entries.filter((e) => e.escalatedTo.length === 0);
    expect(empty.every((e) => e.escalatedTo === empty[0]!.escalatedTo)).toBe(true);
  });

  it('keeps a lead who owes something off their own list (a list of its own, not shared)', () => {
    // bob's key result escalates to lea, then cto; lea's own entries skip lea.
    const result = obligations(rhythmSet(), { asOf: '2026-02-16' });
    const bob = result.entries.find((e) => e.personId === 'bob' && e.kind === 'check-in')!;
    expect(bob.escalatedTo).toEqual(['lea', 'cto']);
    expect(() => (bob.escalatedTo as string[]).push('x')).toThrow(TypeError);
    expect([...bob.escalatedTo, 'x']).toEqual(['lea', 'cto', 'x']);
  });

  it('reads as plain data through JSON and structuredClone', () => {
    const copy = structuredClone(entries);
    expect(copy).toEqual(entries);
    expect(Object.isFrozen(copy[0]!.escalatedTo)).toBe(false);
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
  });

  it('shares the names of shared lists in the weekly report too', () => {
    const owed = weeklyReport(set, { asOf: '2026-02-15' }).owed;
    const items = owed.filter((o) => o.escalatedToNames.length > 0);
    expect(items.length).toBeGreaterThan(10);
    for (const o of items) {
      expect(o.escalatedToNames).toHaveLength(o.escalatedTo.length);
      expect(Object.isFrozen(o.escalatedToNames)).toBe(true);
    }
  });
});
