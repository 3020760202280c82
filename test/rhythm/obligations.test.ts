import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile,
  normalizeOkrSet,
  okrSetJsonSchema,
  isSokrError,
  type Obligation,
  obligations,
  type OkrSet,
  parseOkrSet,
  personDigests,
} from '../../src/index.js';
import { rhythmSet } from './_set.js';

const AS_OF = '2026-02-16';

/** The entries without their paths, as one line each: person kind ids due late escalation. */
function lines(set: OkrSet, options: Parameters<typeof obligations>[1] = { asOf: AS_OF }) {
  return obligations(set, options).entries.map(
    (e) =>
      `${e.personId} ${e.kind} ${e.ids.join(',')} ${e.dueAt} ${e.overdue ? `late ${e.daysLate}` : 'due'}${e.escalatedTo.length > 0 ? ` → ${e.escalatedTo.join(',')}` : ''}`,
  );
}

function only(kind: Obligation['kind'], set: OkrSet, asOf = AS_OF): Obligation[] {
  return obligations(set, { asOf }).entries.filter((e) => e.kind === kind);
}

describe('obligations: the worked example (acme ⊃ eng ⊃ web, Q1 2026, 16 Feb)', () => {
  it('lists what each person owes, in person order, with lateness and escalation', () => {
    expect(lines(rhythmSet())).toEqual([
      // people in set order: ceo, cto, lea, ana, bob
      'ceo approval o-root 2026-01-01 late 46',
      'cto approval o-api 2026-01-01 late 46 → ceo',
      'cto dependency d1,o-web,o-eng 2026-01-01 late 46 → ceo',
      'cto check-in kr-c,o-eng 2026-02-17 due',
      'ana check-in kr-a,o-web 2026-02-09 late 7 → lea',
      'ana initiative i3,kr-a 2026-02-20 due',
      'bob check-in kr-b,o-web 2026-01-08 late 39 → lea,cto',
      'bob initiative i1,kr-a 2026-02-12 late 4',
    ]);
  });

  it('gives each entry a path to its entity and the cadence used', () => {
    const result = obligations(rhythmSet(), { asOf: AS_OF });
    expect(result.asOf).toBe(AS_OF);
    expect(result.cadenceDays).toBe(7);
    expect(result.entries.map((e) => e.path)).toEqual([
      ['objectives', 3, 'state'],
      ['objectives', 1, 'state'],
      ['dependencies', 0, 'state'],
      ['keyResults', 2],
      ['keyResults', 0],
      ['initiatives', 2],
      ['keyResults', 1],
      ['initiatives', 0],
    ]);
  });

  it('is the same for a compiled set, and never changes the set', () => {
    const set = rhythmSet();
    const before = JSON.stringify(set);
    expect(obligations(compile(set), { asOf: AS_OF })).toEqual(obligations(set, { asOf: AS_OF }));
    expect(JSON.stringify(set)).toBe(before);
  });
});

describe('obligations: check-ins', () => {
  it('a check-in is due one cadence after the latest one; on that day it is due, the day after late', () => {
    const set = rhythmSet();
    const kr = (asOf: string) => only('check-in', set, asOf).find((e) => e.ids[0] === 'kr-a');
    expect(kr('2026-02-09')).toMatchObject({ dueAt: '2026-02-09', overdue: false, daysLate: 0 });
    expect(kr('2026-02-10')).toMatchObject({ dueAt: '2026-02-09', overdue: true, daysLate: 1 });
    // A check-in recorded later than asOf is not seen yet.
    expect(kr('2026-01-30')).toMatchObject({ dueAt: '2026-02-02', overdue: false });
  });

  it('a key result without a check-in owes its first one a cadence after its window starts', () => {
    const e = only('check-in', rhythmSet(), '2026-01-05').find((x) => x.ids[0] === 'kr-b');
    expect(e).toMatchObject({ dueAt: '2026-01-08', overdue: false, escalatedTo: [] });
  });

  it('looks one horizon ahead: a check-in done today is not owed yet', () => {
    // kr-c was checked in on 2026-02-10: due 2026-02-17.
    const kr = (asOf: string, horizonDays?: number) =>
      obligations(
        rhythmSet(),
        horizonDays === undefined ? { asOf } : { asOf, horizonDays },
      ).entries.find((e) => e.ids[0] === 'kr-c');
    expect(kr('2026-02-10')).toBeUndefined(); // due in exactly 7 days
    expect(kr('2026-02-11')).toBeDefined(); // due in 6 days
    expect(kr('2026-02-16', 0)).toBeUndefined(); // due tomorrow, no look ahead
    expect(kr('2026-02-17', 0)).toMatchObject({ overdue: false }); // due today
  });

  it('follows the status policy cadence', () => {
    const e = obligations(rhythmSet(), {
      asOf: AS_OF,
      statusPolicy: { cadenceDays: 14 },
    }).entries.find((x) => x.ids[0] === 'kr-a');
    expect(e).toMatchObject({ dueAt: '2026-02-16', overdue: false });
  });

  it('keeps date-times as instants (late the moment the cadence is over)', () => {
    const set = rhythmSet({
      checkIns: [{ id: 'c', keyResultId: 'kr-c', at: '2026-02-10T09:30:00Z', value: 4 }],
    });
    const at = (asOf: string) => only('check-in', set, asOf).find((e) => e.ids[0] === 'kr-c');
    expect(at('2026-02-17T09:30:00Z')).toMatchObject({
      dueAt: '2026-02-17T09:30:00.000Z',
      overdue: false,
    });
    expect(at('2026-02-17T09:31:00Z')).toMatchObject({ overdue: true, daysLate: 0 });
  });

  it('owes nothing for objectives that are not active, derived key results, or windows not open', () => {
    const base = rhythmSet();
    const closed = {
      ...base,
      objectives: base.objectives.map((o) =>
        o.id === 'o-web' ? { ...o, state: 'closed' as const } : o,
      ),
    };
    expect(only('check-in', closed).map((e) => e.ids[0])).toEqual(['kr-c']);
    const derived = {
      ...base,
      keyResults: base.keyResults.map((k) =>
        k.id === 'kr-b' ? { ...k, measure: { kind: 'derived' as const } } : k,
      ),
    };
    expect(only('check-in', derived).map((e) => e.ids[0])).not.toContain('kr-b');
    // kr-b (no check-in) due 10 Feb: closed by the 16th, yet never checked in while its cycle
    // runs, so its first check-in is still owed (deliver/missing-check-in keeps reporting it).
    const dueEarly = {
      ...base,
      keyResults: base.keyResults.map((k) => (k.id === 'kr-b' ? { ...k, due: '2026-02-10' } : k)),
    };
    expect(only('check-in', dueEarly).find((e) => e.ids[0] === 'kr-b')).toMatchObject({
      dueAt: '2026-01-08',
      overdue: true,
      daysLate: 39,
    });
    // With a check-in in its window, a closed window owes nothing more.
    const checkedEarly = {
      ...dueEarly,
      checkIns: [...base.checkIns, { id: 'cb', keyResultId: 'kr-b', at: '2026-02-03', value: 1 }],
    };
    expect(only('check-in', checkedEarly).map((e) => e.ids[0])).not.toContain('kr-b');
    // Nor once its cycle is over (the review is owed then).
    expect(only('check-in', dueEarly, '2026-04-01')).toEqual([]);
    expect(only('check-in', base, '2025-12-31')).toEqual([]);
    expect(only('check-in', base, '2026-04-01')).toEqual([]);
  });
});

describe('obligations: approvals', () => {
  it('a proposed objective waits for the lead above its unit; a root objective for the root lead', () => {
    const approvals = only('approval', rhythmSet());
    expect(approvals.map((e) => [e.ids[0], e.personId, e.dueAt])).toEqual([
      ['o-root', 'ceo', '2026-01-01'],
      ['o-api', 'cto', '2026-01-01'],
    ]);
  });

  it('before the cycle starts it is due, not late; skips a unit above without a lead', () => {
    const base = rhythmSet();
    const set = {
      ...base,
      units: base.units.map((u) =>
        u.id === 'eng' ? { id: u.id, name: u.name, parentId: 'acme' } : u,
      ),
    };
    const e = only('approval', set, '2025-12-20').find((x) => x.ids[0] === 'o-api');
    expect(e).toMatchObject({ personId: 'ceo', overdue: false, daysLate: 0 });
  });

  it('nobody to approve: personId null (no lead anywhere above)', () => {
    const base = rhythmSet();
    const set = { ...base, units: base.units.map(({ leadId: _, ...u }) => u) };
    expect(only('approval', set).map((e) => e.personId)).toEqual([null, null]);
  });

  it('stops once approved, or once the cycle is over', () => {
    const base = rhythmSet();
    const set = {
      ...base,
      objectives: base.objectives.map((o) =>
        o.id === 'o-api' ? { ...o, state: 'approved' as const, approvedBy: 'cto' } : o,
      ),
    };
    expect(only('approval', set).map((e) => e.ids[0])).toEqual(['o-root']);
    expect(only('approval', base, '2026-04-01')).toEqual([]);
  });
});

describe('obligations: dependencies', () => {
  it('a proposed dependency waits for the owner of what it is on (objective, key result, else unit lead)', () => {
    const base = rhythmSet();
    expect(only('dependency', base).map((e) => e.personId)).toEqual(['cto']);
    const onKr = rhythmSet({
      dependencies: [
        {
          id: 'd1',
          from: { objectiveId: 'o-eng' },
          on: { keyResultId: 'kr-b' },
          state: 'proposed',
        },
      ],
    });
    expect(only('dependency', onKr)).toMatchObject([
      { personId: 'bob', ids: ['d1', 'o-eng', 'o-web'] },
    ]);
    const noOwner = {
      ...base,
      objectives: base.objectives.map((o) => (o.id === 'o-eng' ? { ...o, ownerId: undefined } : o)),
    } as OkrSet;
    delete (noOwner.objectives[2] as { ownerId?: string }).ownerId;
    expect(only('dependency', noOwner).map((e) => e.personId)).toEqual(['cto']);
  });

  it('stops once accepted or declined', () => {
    for (const state of ['accepted', 'declined'] as const) {
      const set = rhythmSet({
        dependencies: [
          { id: 'd1', from: { objectiveId: 'o-web' }, on: { objectiveId: 'o-eng' }, state },
        ],
      });
      expect(only('dependency', set)).toEqual([]);
    }
  });
});

describe('obligations: initiatives', () => {
  it('an open initiative is owed by its owner, else the key result owner; a done one by nobody', () => {
    expect(only('initiative', rhythmSet()).map((e) => [e.ids[0], e.personId, e.overdue])).toEqual([
      ['i3', 'ana', false],
      ['i1', 'bob', true],
    ]);
  });

  it('is due on its day and late from the next one', () => {
    const i1 = (asOf: string) =>
      only('initiative', rhythmSet(), asOf).find((e) => e.ids[0] === 'i1');
    expect(i1('2026-02-12')).toMatchObject({ overdue: false, daysLate: 0 });
    expect(i1('2026-02-13')).toMatchObject({ overdue: true, daysLate: 1 });
    expect(i1('2026-02-04')).toBeUndefined(); // 8 days ahead: beyond the horizon
  });

  it('is owed no more once its objective is closed (the cycle is over)', () => {
    const base = rhythmSet();
    const objectiveOf = base.keyResults.find((k) => k.id === 'kr-a')!.objectiveId;
    const closed = {
      ...base,
      objectives: base.objectives.map((o) =>
        o.id === objectiveOf ? { ...o, state: 'closed' as const } : o,
      ),
    };
    expect(only('initiative', closed, '2026-06-30')).toEqual([]);
    expect(only('initiative', base, '2026-06-30').map((e) => e.ids[0])).toEqual(['i3', 'i1']);
  });
});

describe('obligations: cycle reviews', () => {
  it('in the cycle’s last week each owner of open objectives owes its review', () => {
    const reviews = only('review', rhythmSet(), '2026-03-28');
    expect(reviews.map((e) => [e.personId, e.ids, e.dueAt, e.overdue])).toEqual([
      ['cto', ['q1', 'o-eng'], '2026-03-31', false],
      ['lea', ['q1', 'o-web'], '2026-03-31', false],
    ]);
    expect(only('review', rhythmSet(), '2026-03-20')).toEqual([]);
  });

  it('is late after the cycle, escalates, and stops once the objectives are closed', () => {
    const late = only('review', rhythmSet(), '2026-04-15');
    expect(late.map((e) => [e.personId, e.daysLate, e.escalatedTo])).toEqual([
      ['cto', 15, ['ceo']],
      ['lea', 15, ['cto', 'ceo']],
    ]);
    const base = rhythmSet();
    const closed = {
      ...base,
      objectives: base.objectives.map((o) => ({ ...o, state: 'closed' as const })),
    };
    expect(only('review', closed, '2026-04-15')).toEqual([]);
  });

  it('an objective without an owner falls to its unit lead', () => {
    const base = rhythmSet();
    const set = structuredClone(base);
    delete (set.objectives[0] as { ownerId?: string }).ownerId;
    set.objectives[0]!.ownerId = undefined as never;
    delete (set.objectives[0] as { ownerId?: string }).ownerId;
    expect(only('review', set, '2026-03-31').map((e) => e.personId)).toEqual(['cto', 'lea']);
  });
});

describe('obligations: escalation', () => {
  it('one level per full grace period, up to escalationLevels', () => {
    const kr = (options: Parameters<typeof obligations>[1]) =>
      obligations(rhythmSet(), options).entries.find((e) => e.ids[0] === 'kr-b')!.escalatedTo;
    // kr-b is 39 days late.
    expect(kr({ asOf: AS_OF })).toEqual(['lea', 'cto']);
    expect(kr({ asOf: AS_OF, escalationLevels: 3 })).toEqual(['lea', 'cto', 'ceo']);
    expect(kr({ asOf: AS_OF, escalationLevels: 0 })).toEqual([]);
    expect(kr({ asOf: AS_OF, graceDays: 20, escalationLevels: 3 })).toEqual(['lea']);
    expect(kr({ asOf: AS_OF, graceDays: 40 })).toEqual([]);
    expect(kr({ asOf: '2026-01-09', graceDays: 0 })).toEqual(['lea', 'cto']);
  });

  it('an owner who is the lead escalates to the lead above; an owner without a unit from the unit owed', () => {
    // lea leads web and owns kr-x: escalates to cto first.
    const set = rhythmSet({
      people: [
        { id: 'ceo', name: 'Cleo', unitId: 'acme' },
        { id: 'cto', name: 'Theo', unitId: 'eng' },
        { id: 'lea', name: 'Lea', unitId: 'web' },
        { id: 'ana', name: 'Ana' },
        { id: 'bob', name: 'Bob', unitId: 'web' },
      ],
      keyResults: [
        {
          id: 'kr-a',
          objectiveId: 'o-web',
          title: 'A',
          ownerId: 'ana',
          measure: { kind: 'milestone' },
        },
        {
          id: 'kr-x',
          objectiveId: 'o-web',
          title: 'X',
          ownerId: 'lea',
          measure: { kind: 'milestone' },
        },
      ],
      checkIns: [],
      initiatives: [],
    });
    const byKr = Object.fromEntries(only('check-in', set).map((e) => [e.ids[0], e.escalatedTo]));
    expect(byKr).toEqual({ 'kr-x': ['cto', 'ceo'], 'kr-a': ['lea', 'cto'] });
  });

  it('personDigests: what each person owes and what was escalated to them', () => {
    const set = rhythmSet();
    const digests = personDigests(set, obligations(set, { asOf: AS_OF }));
    expect(
      digests.map((d) => [
        d.personId,
        d.name,
        d.owes.map((e) => e.ids[0]),
        d.escalated.map((e) => e.ids[0]),
      ]),
    ).toEqual([
      ['ceo', 'Cleo', ['o-root'], ['o-api', 'd1']],
      ['cto', 'Theo', ['o-api', 'd1', 'kr-c'], ['kr-b']],
      ['lea', 'Lea', [], ['kr-a', 'kr-b']],
      ['ana', 'Ana', ['kr-a', 'i3'], []],
      ['bob', 'Bob', ['kr-b', 'i1'], []],
    ]);
  });
});

describe('obligations: bad input', () => {
  const set = rhythmSet();
  const issue = (options: unknown) => {
    try {
      obligations(set, options as never);
    } catch (error) {
      if (isSokrError(error)) return error.issues[0];
      throw error;
    }
    return undefined;
  };
  it('refuses a bad asOf, bad numbers and options that are not an object, naming the path', () => {
    expect(issue({ asOf: '2026-02-30' })).toMatchObject({ path: ['asOf'], code: 'invalid_date' });
    expect(issue({ asOf: 1e300 })).toMatchObject({ path: ['asOf'], code: 'invalid_date' });
    expect(issue({})).toMatchObject({ path: ['asOf'], code: 'invalid_date' });
    expect(issue(null)).toMatchObject({ path: [], code: 'invalid_type' });
    expect(issue({ asOf: AS_OF, graceDays: -1 })).toMatchObject({
      path: ['graceDays'],
      code: 'invalid_value',
    });
    expect(issue({ asOf: AS_OF, horizonDays: Number.NaN })).toMatchObject({
      path: ['horizonDays'],
    });
    expect(issue({ asOf: AS_OF, escalationLevels: 1.5 })).toMatchObject({
      path: ['escalationLevels'],
    });
    expect(issue({ asOf: AS_OF, statusPolicy: { cadenceDays: 0 } })).toMatchObject({
      path: ['statusPolicy', 'cadenceDays'],
    });
    expect(issue({ asOf: AS_OF, statusPolicy: 7 })).toMatchObject({
      path: ['statusPolicy'],
      code: 'invalid_type',
    });
  });

  it('refuses a set that was never parsed with a SokrError', () => {
    expect(() => obligations({} as OkrSet, { asOf: AS_OF })).toThrow(
      /obligations needs the set's units/,
    );
    expect(() => obligations(42 as unknown as OkrSet, { asOf: AS_OF })).toThrow(
      /Expected an OKR set/,
    );
  });

  it('skips dangling references instead of crashing (validate reports them)', () => {
    const broken = {
      ...set,
      keyResults: [...set.keyResults, { ...set.keyResults[0]!, id: 'kr-z', objectiveId: 'nope' }],
      dependencies: [
        {
          id: 'dz',
          from: { objectiveId: 'nope' },
          on: { objectiveId: 'o-eng' },
          state: 'proposed' as const,
        },
      ],
      initiatives: [
        { id: 'iz', keyResultId: 'nope', title: 'x', state: 'todo' as const, due: '2026-02-01' },
      ],
    };
    const ids = obligations(broken, { asOf: AS_OF }).entries.map((e) => e.ids[0]);
    expect(ids).not.toContain('kr-z');
    expect(ids).not.toContain('dz');
    expect(ids).not.toContain('iz');
  });
});

describe('obligations: properties', () => {
  const asOfArb = fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 4, 1) });
  it('escalation never names the owner, holds distinct leads and at most escalationLevels of them', () => {
    fc.assert(
      fc.property(
        asOfArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (asOf, levels, grace) => {
          for (const e of obligations(rhythmSet(), {
            asOf,
            escalationLevels: levels,
            graceDays: grace,
          }).entries) {
            expect(e.escalatedTo.length).toBeLessThanOrEqual(levels);
            expect(new Set(e.escalatedTo).size).toBe(e.escalatedTo.length);
            if (e.personId !== null) expect(e.escalatedTo).not.toContain(e.personId);
            if (!e.overdue) expect(e.escalatedTo).toEqual([]);
            expect(e.daysLate > 0 || !e.overdue || !/^\d{4}-\d\d-\d\d$/.test(e.dueAt)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the order does not depend on the order of the set’s lists (other than people)', () => {
    const set = rhythmSet();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: (i * 7919 + seed * 104729) % 1009 }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const shuffled = {
          ...set,
          objectives: shuffle(set.objectives),
          keyResults: shuffle(set.keyResults),
          checkIns: shuffle(set.checkIns),
          initiatives: shuffle(set.initiatives),
        };
        const strip = (s: OkrSet) =>
          obligations(s, { asOf: AS_OF }).entries.map(({ path: _, ...e }) => e);
        expect(strip(shuffled)).toEqual(strip(set));
      }),
      { numRuns: 50 },
    );
  });

  it('later asOf, same data: a key result is never less late', () => {
    fc.assert(
      fc.property(asOfArb, fc.integer({ min: 0, max: 20 }), (asOf, days) => {
        const late = (at: number) =>
          obligations(rhythmSet(), { asOf: at }).entries.find((e) => e.ids[0] === 'kr-b')?.daysLate;
        const a = late(asOf);
        const b = late(asOf + days * 86_400_000);
        if (a !== undefined && b !== undefined) expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

it('leadId is part of the model: a lead who is not a person is a dangling reference', () => {
  const result = parseOkrSet({ units: [{ id: 'u', name: 'U', leadId: 'ghost' }] });
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.issues).toMatchObject([
      {
        path: ['units', 0, 'leadId'],
        code: 'dangling_reference',
        message: expect.stringContaining('"ghost"'),
      },
    ]);
  expect(
    parseOkrSet({ units: [{ id: 'u', name: 'U', leadId: 'p' }], people: [{ id: 'p', name: 'P' }] })
      .ok,
  ).toBe(true);
});

it('leadId is in the JSON Schema and the authoring format', () => {
  const schema = okrSetJsonSchema() as {
    properties: { units: { items: { properties: Record<string, unknown> } } };
  };
  expect(Object.keys(schema.properties.units.items.properties)).toContain('leadId');
  const authored = normalizeOkrSet({
    units: [{ id: 'u', name: 'U', leadId: 'p' }],
    people: [{ id: 'p', name: 'P', unitId: 'u' }],
  });
  expect(authored.ok && authored.value.units[0]?.leadId).toBe('p');
});

it("due days are days of the set's time zone", () => {
  // kr-a is due on 2026-02-09; 16:00 UTC that day is already 01:00 on the 10th in Tokyo.
  const at = '2026-02-09T16:00:00Z';
  const kr = (set: OkrSet, asOf: string) =>
    obligations(set, { asOf }).entries.find((e) => e.ids[0] === 'kr-a');
  expect(kr(rhythmSet(), at)).toMatchObject({ overdue: false });
  const tokyo = rhythmSet({ timeZone: 'Asia/Tokyo' });
  expect(kr(tokyo, at)).toMatchObject({ dueAt: '2026-02-09', overdue: true, daysLate: 1 });
  // A calendar-day asOf is that day in the zone: 2026-02-10 00:00 in Tokyo is late already.
  expect(kr(tokyo, '2026-02-10')).toMatchObject({ overdue: true, daysLate: 1 });
  expect(kr(tokyo, '2026-02-09')).toMatchObject({ overdue: false });
});

it('personDigests puts what names nobody last, as Unassigned, and people not in the set by id', () => {
  const base = rhythmSet();
  const set = {
    ...base,
    units: base.units.map(({ leadId: _, ...u }) => u),
    keyResults: base.keyResults.map((k) => (k.id === 'kr-c' ? { ...k, ownerId: 'ghost' } : k)),
  };
  const digests = personDigests(set, obligations(set, { asOf: AS_OF }));
  expect(digests.map((d) => [d.personId, d.name])).toEqual([
    ['cto', 'Theo'],
    ['ana', 'Ana'],
    ['bob', 'Bob'],
    ['ghost', 'ghost'],
    [null, 'Unassigned'],
  ]);
  // Same day, same kind: by id.
  expect(digests.at(-1)?.owes.map((e) => e.ids[0])).toEqual(['o-api', 'o-root']);
});

describe('obligations: calendar days over clock changes, windows and leads of units above', () => {
  // Europe/Berlin moves its clocks forward on 29 March 2026: that week has 167 hours.
  const berlin = (checkIns: OkrSet['checkIns']) =>
    rhythmSet({
      timeZone: 'Europe/Berlin',
      cycles: [{ id: 'q1', name: 'H1 2026', start: '2026-01-01', end: '2026-06-30' }],
      checkIns,
      initiatives: [],
    });
  const krA = (set: OkrSet, asOf: string) =>
    obligations(set, { asOf }).entries.find((e) => e.ids[0] === 'kr-a');

  it('counts days late in calendar days of the zone: a week late over the change is 7 days', () => {
    const set = berlin([{ id: 'c1', keyResultId: 'kr-a', at: '2026-03-20', value: 3 }]);
    expect(krA(set, '2026-04-03')).toMatchObject({
      dueAt: '2026-03-27',
      overdue: true,
      daysLate: 7,
      escalatedTo: ['lea'],
    });
    // The same set in UTC: the same figures.
    expect(krA({ ...set, timeZone: 'UTC' }, '2026-04-03')).toMatchObject({ daysLate: 7 });
  });

  it('looks a horizon of calendar days ahead: a check-in made today over the change is not owed', () => {
    const set = berlin([{ id: 'c1', keyResultId: 'kr-a', at: '2026-03-25', value: 3 }]);
    expect(krA(set, '2026-03-25')).toBeUndefined();
    expect(krA(set, '2026-03-26')).toMatchObject({ dueAt: '2026-04-01', overdue: false });
  });

  it('a check-in dated before the window does not count: the first is due a cadence after the start', () => {
    const set = rhythmSet({
      cycles: [{ id: 'q1', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' }],
      checkIns: [{ id: 'c0', keyResultId: 'kr-a', at: '2026-03-02', value: 2.4 }],
      initiatives: [],
      dependencies: [],
    });
    expect(krA(set, '2026-04-02')).toMatchObject({
      dueAt: '2026-04-08',
      overdue: false,
      escalatedTo: [],
    });
  });

  it('a lead whose own unit is below the unit they lead escalates above the unit they lead', () => {
    const base = rhythmSet();
    const set = {
      ...base,
      people: base.people.map((p) => (p.id === 'cto' ? { ...p, unitId: 'web' } : p)),
    };
    const krC = obligations(set, { asOf: '2026-03-10' }).entries.find((e) => e.ids[0] === 'kr-c');
    // Theo leads eng, sits in web: his late check-in goes to Cleo, never down to Lea.
    expect(krC).toMatchObject({ personId: 'cto', daysLate: 21, escalatedTo: ['ceo'] });
  });

  it('a lead id that names no person still escalates from above the unit it leads', () => {
    const base = rhythmSet();
    // "cto" is no longer a person, but still leads eng and owns kr-c: the escalation starts
    // from kr-c's unit and skips eng, as for a lead who is a person.
    const set = { ...base, people: base.people.filter((p) => p.id !== 'cto') };
    const krC = obligations(set, { asOf: '2026-03-10' }).entries.find((e) => e.ids[0] === 'kr-c');
    expect(krC).toMatchObject({ personId: 'cto', daysLate: 21, escalatedTo: ['ceo'] });
  });
});

it('refuses a misspelt option or status policy field with a suggestion, as rollup does', () => {
  const issues = (options: object) => {
    try {
      obligations(rhythmSet(), { asOf: AS_OF, ...options } as never);
    } catch (error) {
      if (isSokrError(error)) return error.issues;
    }
    return [];
  };
  expect(issues({ escalationLevel: 0 })[0]).toMatchObject({
    path: ['escalationLevel'],
    code: 'unknown_key',
    suggestion: 'escalationLevels',
  });
  expect(issues({ statusPolicy: { cadence: 14 } })[0]).toMatchObject({
    path: ['statusPolicy', 'cadence'],
    code: 'unknown_key',
  });
  expect(issues({ cadenceDays: 14 })[0]).toMatchObject({
    path: ['cadenceDays'],
    code: 'unknown_key',
  });
  expect(issues({ statusPolicy: { cadenceDays: 14 } })).toEqual([]);
});

describe('obligations: a check-in falls due by the last day of its window', () => {
  const oneKr = (due: string | undefined, checkIns: OkrSet['checkIns']): OkrSet => {
    const base = rhythmSet();
    return {
      ...base,
      keyResults: base.keyResults
        .filter((k) => k.id === 'kr-a')
        .map((k) => {
          const { due: _drop, ...rest } = k;
          return due === undefined ? rest : { ...rest, due };
        }),
      checkIns,
      initiatives: [],
      dependencies: [],
    };
  };
  const checkIn = (asOf: string, set: OkrSet) =>
    obligations(set, { asOf }).entries.filter((e) => e.kind === 'check-in');

  it('a key result due on the 4th of January with no check-in is due that day, then late', () => {
    const set = oneKr('2026-01-04', []);
    // One cadence after the start would be the 8th, after the window.
    expect(checkIn('2026-01-02', set)).toMatchObject([
      { personId: 'ana', ids: ['kr-a', 'o-web'], dueAt: '2026-01-04', overdue: false },
    ]);
    expect(checkIn('2026-01-09', set)).toMatchObject([
      { dueAt: '2026-01-04', overdue: true, daysLate: 5, escalatedTo: [] },
    ]);
    // Past the grace period it escalates like any other late check-in.
    expect(checkIn('2026-01-12', set)[0]).toMatchObject({ daysLate: 8, escalatedTo: ['lea'] });
  });

  it('the last check-in of a cycle is due on its last day; one made that day is it', () => {
    const late = oneKr(undefined, [{ id: 'c1', keyResultId: 'kr-a', at: '2026-03-28', value: 3 }]);
    expect(checkIn('2026-03-29', late)).toMatchObject([{ dueAt: '2026-03-31', overdue: false }]);
    expect(checkIn('2026-03-31', late)).toMatchObject([{ dueAt: '2026-03-31', overdue: false }]);
    // The cycle is over: the review is owed, not a check-in.
    expect(checkIn('2026-04-01', late)).toEqual([]);
    const onTheDay = oneKr(undefined, [
      { id: 'c1', keyResultId: 'kr-a', at: '2026-03-28', value: 3 },
      { id: 'c2', keyResultId: 'kr-a', at: '2026-03-31', value: 3.2 },
    ]);
    expect(checkIn('2026-03-31', onTheDay)).toEqual([]);
  });

  it('a due date a cadence or more away is unchanged', () => {
    const set = oneKr(undefined, [{ id: 'c1', keyResultId: 'kr-a', at: '2026-02-02', value: 3 }]);
    expect(checkIn('2026-02-06', set)).toMatchObject([{ dueAt: '2026-02-09', overdue: false }]);
  });
});
