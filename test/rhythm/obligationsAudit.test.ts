// Worked cases of obligations from a user's side: a zone far from UTC over a clock change,
// a two-week cadence, grace 0, 0 and 5 levels, a lead of two units on one chain, a forest
// with two roots, a lead who is not a person, objectives without owners, initiatives due
// today, yesterday and in 8 days, a cycle that ended yesterday, approvals and dependencies.
import { describe, expect, it } from 'vitest';
import { type Obligation, type OkrSet, obligations } from '../../src/index.js';

/**
 * Auckland (NZDT +13 until 5 April 2026 03:00, then NZST +12). root (ceo) ⊃ eng (cto) ⊃ web
 * (cto again); a second root "other" led by "ghost", who is in no list of people, ⊃ ot (no
 * lead). Cycle q runs 1 March–30 April, q2 from 1 May.
 */
function auckland(extra: Partial<OkrSet> = {}): OkrSet {
  const set = {
    timeZone: 'Pacific/Auckland',
    strategy: { pillars: [{ id: 'p', title: 'Pillar' }] },
    units: [
      { id: 'root', name: 'Root', leadId: 'ceo' },
      { id: 'eng', name: 'Engineering', parentId: 'root', leadId: 'cto' },
      { id: 'web', name: 'Web', parentId: 'eng', leadId: 'cto' },
      { id: 'other', name: 'Other root', leadId: 'ghost' },
      { id: 'ot', name: 'Other team', parentId: 'other' },
    ],
    people: [
      { id: 'ceo', name: 'Cleo', unitId: 'root' },
      { id: 'cto', name: 'Theo', unitId: 'web' },
      { id: 'ana', name: 'Ana', unitId: 'web' },
      { id: 'zed', name: 'Zed', unitId: 'ot' },
    ],
    cycles: [
      { id: 'q', name: 'Q', start: '2026-03-01', end: '2026-04-30' },
      { id: 'q2', name: 'Q2', start: '2026-05-01', end: '2026-06-30' },
    ],
    objectives: [
      {
        id: 'o1',
        title: 'O1',
        unitId: 'web',
        cycleId: 'q',
        ownerId: 'ana',
        state: 'active',
        links: [],
      },
      {
        id: 'o2',
        title: 'O2',
        unitId: 'web',
        cycleId: 'q',
        ownerId: 'cto',
        state: 'active',
        links: [],
      },
      { id: 'o3', title: 'O3', unitId: 'ot', cycleId: 'q', state: 'active', links: [] },
      {
        id: 'o4',
        title: 'O4',
        unitId: 'web',
        cycleId: 'q2',
        ownerId: 'ana',
        state: 'proposed',
        links: [],
      },
    ],
    keyResults: [
      { id: 'k1', objectiveId: 'o1', title: 'K1', ownerId: 'ana', measure: { kind: 'milestone' } },
      { id: 'k2', objectiveId: 'o2', title: 'K2', ownerId: 'cto', measure: { kind: 'milestone' } },
      { id: 'k3', objectiveId: 'o3', title: 'K3', ownerId: 'zed', measure: { kind: 'milestone' } },
    ],
    checkIns: [
      { id: 'c1', keyResultId: 'k1', at: '2026-03-30', value: 0 },
      { id: 'c2', keyResultId: 'k2', at: '2026-04-01T09:00:00+13:00', value: 0 },
    ],
    initiatives: [
      { id: 'i-yday', keyResultId: 'k1', title: 'Y', state: 'doing', due: '2026-04-05' },
      { id: 'i-today', keyResultId: 'k1', title: 'T', state: 'todo', due: '2026-04-06' },
      { id: 'i-6', keyResultId: 'k1', title: 'S', state: 'todo', due: '2026-04-12' },
      { id: 'i-7', keyResultId: 'k1', title: 'W', state: 'todo', due: '2026-04-13' },
      { id: 'i-8', keyResultId: 'k1', title: 'E', state: 'todo', due: '2026-04-14' },
    ],
    dependencies: [
      { id: 'd', from: { objectiveId: 'o4' }, on: { objectiveId: 'o3' }, state: 'proposed' },
    ],
    risks: [],
    ...extra,
  };
  return set as unknown as OkrSet;
}

const rows = (entries: Obligation[]) =>
  entries.map((e) => [e.personId, e.kind, e.ids[0], e.dueAt, e.daysLate, [...e.escalatedTo]]);

describe('obligations, worked by hand: Auckland over the end of daylight saving', () => {
  it('Monday 6 April (the day after the change), defaults', () => {
    expect(rows(obligations(auckland(), { asOf: '2026-04-06' }).entries)).toEqual([
      // 09:00 NZDT on 1 April + 7 × 24 h = 08:00 NZST on 8 April (an instant stays one).
      ['cto', 'check-in', 'k2', '2026-04-07T20:00:00.000Z', 0, []],
      // o4 is Ana's, in Web: Theo leads Eng above it.
      ['cto', 'approval', 'o4', '2026-05-01', 0, []],
      ['ana', 'initiative', 'i-yday', '2026-04-05', 1, []],
      ['ana', 'check-in', 'k1', '2026-04-06', 0, []],
      ['ana', 'initiative', 'i-today', '2026-04-06', 0, []],
      ['ana', 'initiative', 'i-6', '2026-04-12', 0, []],
      // No check-in: due 8 March, 29 calendar days late over the change; ot has no lead,
      // the root above it is led by "ghost", who is no person but is named.
      ['zed', 'check-in', 'k3', '2026-03-08', 29, ['ghost']],
      // On o3, which has no owner: the lead at or above its unit answers.
      ['ghost', 'dependency', 'd', '2026-05-01', 0, []],
    ]);
  });

  it('the horizon counts calendar days whatever the hour of asOf (due in 7 days is not listed)', () => {
    for (const asOf of ['2026-04-06', '2026-04-06T10:00:00+12:00', '2026-04-06T23:59:00+12:00']) {
      const ids = obligations(auckland(), { asOf }).entries.map((e) => e.ids[0]);
      expect(ids, asOf).toContain('i-6');
      expect(ids, asOf).not.toContain('i-7');
      expect(ids, asOf).not.toContain('i-8');
    }
    // The CI workflow's instant: Monday 07:00 UTC, a check-in made that Monday (a day) is not
    // owed again before next Monday.
    const utc = { ...auckland(), timeZone: 'UTC' } as OkrSet;
    const checkedIn = {
      ...utc,
      checkIns: [{ id: 'c', keyResultId: 'k1', at: '2026-04-06', value: 0 }],
    } as OkrSet;
    const at7 = obligations(checkedIn, { asOf: '2026-04-06T07:00:00Z' }).entries;
    expect(at7.filter((e) => e.ids[0] === 'k1')).toEqual([]);
  });

  it('cadence 14, grace 0, 5 levels: a lead of two units on one chain is named once', () => {
    const r = obligations(auckland(), {
      asOf: '2026-04-06',
      statusPolicy: { cadenceDays: 14 },
      graceDays: 0,
      escalationLevels: 5,
    });
    expect(r.cadenceDays).toBe(14);
    expect(rows(r.entries)).toEqual([
      ['cto', 'approval', 'o4', '2026-05-01', 0, []],
      // Web and Eng are both Theo's: one step, then Cleo.
      ['ana', 'initiative', 'i-yday', '2026-04-05', 1, ['cto', 'ceo']],
      ['ana', 'initiative', 'i-today', '2026-04-06', 0, []],
      ['ana', 'initiative', 'i-6', '2026-04-12', 0, []],
      ['zed', 'check-in', 'k3', '2026-03-15', 22, ['ghost']],
      ['ghost', 'dependency', 'd', '2026-05-01', 0, []],
    ]);
    // escalationLevels 0: nothing escalates, however late.
    const none = obligations(auckland(), { asOf: '2026-04-06', graceDays: 0, escalationLevels: 0 });
    expect(none.entries.every((e) => e.escalatedTo.length === 0)).toBe(true);
  });

  it('the day after the cycle ends: reviews are due, late by one day', () => {
    const r = obligations(auckland(), { asOf: '2026-05-01', graceDays: 1 });
    const reviews = r.entries.filter((e) => e.kind === 'review');
    expect(rows(reviews)).toEqual([
      // Theo leads Web and Eng: his review escalates to Cleo.
      ['cto', 'review', 'q', '2026-04-30', 1, ['ceo']],
      ['ana', 'review', 'q', '2026-04-30', 1, ['cto']],
      // o3 has no owner: its unit's nearest lead, ghost, reviews it.
      ['ghost', 'review', 'q', '2026-04-30', 1, []],
    ]);
    expect(reviews.map((e) => e.ids)).toEqual([
      ['q', 'o2'],
      ['q', 'o1'],
      ['q', 'o3'],
    ]);
    // The check-ins of the closed window are owed no more.
    expect(r.entries.filter((e) => e.kind === 'check-in')).toEqual([]);
  });

  it('nobody approves their own objective: a lead who owns it goes to the next lead up', () => {
    const base = auckland();
    const set = {
      ...base,
      objectives: [
        ...base.objectives,
        // Theo owns a Web objective; Eng above Web is his too: Cleo approves it.
        {
          id: 'o5',
          title: 'O5',
          unitId: 'web',
          cycleId: 'q2',
          ownerId: 'cto',
          state: 'proposed',
          links: [],
        },
        // Cleo owns a root objective: nobody is above her, so it stays hers.
        {
          id: 'o6',
          title: 'O6',
          unitId: 'root',
          cycleId: 'q2',
          ownerId: 'ceo',
          state: 'proposed',
          links: [],
        },
      ],
    } as OkrSet;
    const approvals = obligations(set, { asOf: '2026-04-06' }).entries.filter(
      (e) => e.kind === 'approval',
    );
    expect(approvals.map((e) => [e.ids[0], e.personId])).toEqual([
      ['o5', 'ceo'],
      ['o6', 'ceo'],
      ['o4', 'cto'],
    ]);
  });
});
