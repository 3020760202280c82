// Bad input to the reminder renderers and personDigests is refused with a
// SokrError naming the path, never a TypeError from inside (issue 18).
import { describe, expect, it } from 'vitest';
import {
  isSokrError,
  obligations,
  personDigests,
  reminderMarkdown,
  reminderSlackPayload,
  weeklyReport,
} from '../../src/index.js';
import { reminderData } from '../../src/report/reminders.js';
import { acmeExample } from '../../src/testing/index.js';
import { rhythmSet } from './_set.js';

const set = rhythmSet();
const result = obligations(set, { asOf: '2026-02-16' });
const digest = personDigests(set, result)[0]!;

/** The first issue's path and code of what `run` throws; fails when it throws no SokrError. */
function refused(run: () => unknown): [readonly unknown[], string] {
  try {
    run();
  } catch (error) {
    if (!isSokrError(error)) throw error;
    const first = error.issues[0]!;
    return [first.path, first.code];
  }
  throw new Error('did not throw');
}

describe.each([
  ['reminderMarkdown', reminderMarkdown],
  ['reminderSlackPayload', reminderSlackPayload],
] as const)('%s refuses what is not a digest or options', (_, render) => {
  it('options missing, null, not an object → invalid_type at options', () => {
    for (const options of [undefined, null, 42, 'x'])
      expect(refused(() => render(set, digest, options as never))).toEqual([
        ['options'],
        'invalid_type',
      ]);
  });

  it('asOf missing or not a date → invalid_date at options.asOf', () => {
    for (const asOf of [
      undefined,
      'nope',
      '2026-13-40',
      Number.NaN,
      1e300,
      {},
      new Date(Number.NaN),
    ])
      expect(refused(() => render(set, digest, { asOf } as never))).toEqual([
        ['options', 'asOf'],
        'invalid_date',
      ]);
  });

  it('a digest that is null, lacks its lists or holds a bad entry → the path of it', () => {
    expect(refused(() => render(set, null as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest'],
      'invalid_type',
    ]);
    expect(refused(() => render(set, {} as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest', 'name'],
      'invalid_type',
    ]);
    expect(
      refused(() => render(set, { ...digest, owes: 'x' } as never, { asOf: '2026-02-16' })),
    ).toEqual([['digest', 'owes'], 'invalid_type']);
    const bad = { ...digest, escalated: [{ ...digest.owes[0]!, kind: 'party' }] };
    expect(refused(() => render(set, bad as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest', 'escalated', 0, 'kind'],
      'invalid_value',
    ]);
    const badDue = { ...digest, owes: [{ ...digest.owes[0]!, dueAt: 'zzz' }] };
    expect(refused(() => render(set, badDue as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest', 'owes', 0, 'dueAt'],
      'invalid_type',
    ]);
    const noIds = { ...digest, owes: [{ ...digest.owes[0]!, ids: null }] };
    expect(refused(() => render(set, noIds as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest', 'owes', 0, 'ids'],
      'invalid_type',
    ]);
  });

  it('accepts asOf as epoch milliseconds or a Date: the same day as the ISO string', () => {
    const ms = Date.UTC(2026, 1, 16, 12);
    const text = JSON.stringify(render(set, digest, { asOf: '2026-02-16' }));
    expect(JSON.stringify(render(set, digest, { asOf: ms }))).toBe(text);
    expect(JSON.stringify(render(set, digest, { asOf: new Date(ms) }))).toBe(text);
  });
});

describe('the reminder day in the set’s time zone', () => {
  it('an instant late on 16 February UTC is 17 February in Auckland', () => {
    const zoned = { ...set, timeZone: 'Pacific/Auckland' };
    const md = reminderMarkdown(zoned, digest, { asOf: '2026-02-16T20:00:00Z' });
    expect(md.split('\n')[0]).toContain('2026-02-17');
    expect(reminderMarkdown(zoned, digest, { asOf: '2026-02-16' }).split('\n')[0]).toContain(
      '2026-02-16',
    );
  });
});

describe('personDigests refuses a set whose people cannot be read', () => {
  it('null, a string, people not a list or not objects → invalid_type at the path', () => {
    expect(refused(() => personDigests(null as never, result))).toEqual([[], 'invalid_type']);
    expect(refused(() => personDigests('x' as never, result))).toEqual([[], 'invalid_type']);
    expect(refused(() => personDigests({ people: 'abc' } as never, result))).toEqual([
      ['people'],
      'invalid_type',
    ]);
    expect(refused(() => personDigests({ people: [null] } as never, result))).toEqual([
      ['people', 0],
      'invalid_type',
    ]);

    // A set without its people (`{}`): not the set obligations read, so no digest names anyone.
    expect(refused(() => personDigests({} as never, result))).toEqual([['people'], 'invalid_type']);
  });
});

describe('personDigests refuses what obligations did not return', () => {
  it('null, no entries, a bad entry → invalid_type at the path', () => {
    expect(refused(() => personDigests(set, null as never))).toEqual([['result'], 'invalid_type']);
    expect(refused(() => personDigests(set, {} as never))).toEqual([
      ['result', 'entries'],
      'invalid_type',
    ]);
    expect(refused(() => personDigests(set, { entries: [null] } as never))).toEqual([
      ['result', 'entries', 0],
      'invalid_type',
    ]);
    const entry = { ...result.entries[0]!, escalatedTo: 'lea' };
    expect(refused(() => personDigests(set, { entries: [entry] } as never))).toEqual([
      ['result', 'entries', 0, 'escalatedTo'],
      'invalid_type',
    ]);
  });
});

describe('personDigests checks each entry as the reminders do (one check)', () => {
  const entry = result.entries[0]!;
  const at = (bad: Record<string, unknown>) =>
    refused(() => personDigests(set, { ...result, entries: [{ ...entry, ...bad }] } as never));

  it('a sparse entries list: the hole is named, not a TypeError', () => {
    const entries: unknown[] = [];
    entries[1] = entry;
    expect(refused(() => personDigests(set, { ...result, entries } as never))).toEqual([
      ['result', 'entries', 0],
      'invalid_type',
    ]);
  });

  it('an array is not an obligations result: said so, not "got a function"', () => {
    try {
      personDigests(set, [] as never);
      expect.unreachable();
    } catch (error) {
      if (!isSokrError(error)) throw error;
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ path: ['result'], code: 'invalid_type' });
      expect(error.issues[0]!.message).toContain('an array is not an obligations result');
      expect(error.issues[0]!.message).not.toContain('function');
    }
    expect(refused(() => personDigests(set, result.entries as never))).toEqual([
      ['result'],
      'invalid_type',
    ]);
  });

  it('refuses what the reminders refuse: a kind of __proto__, a dueAt of garbage, NaN days late', () => {
    expect(at({ kind: '__proto__' })).toEqual([['result', 'entries', 0, 'kind'], 'invalid_value']);
    expect(at({ kind: 'toString' })).toEqual([['result', 'entries', 0, 'kind'], 'invalid_value']);
    expect(at({ dueAt: 'garbage' })).toEqual([['result', 'entries', 0, 'dueAt'], 'invalid_type']);
    expect(at({ daysLate: Number.NaN })).toEqual([
      ['result', 'entries', 0, 'daysLate'],
      'invalid_type',
    ]);
    expect(at({ overdue: 'yes' })).toEqual([['result', 'entries', 0, 'overdue'], 'invalid_type']);
    expect(at({ personId: 7 })).toEqual([['result', 'entries', 0, 'personId'], 'invalid_type']);
  });

  it('and what would read wrong: -5 days late, 1.5 days, late while not overdue, no ids, an empty id', () => {
    expect(at({ overdue: true, daysLate: -5 })).toEqual([
      ['result', 'entries', 0, 'daysLate'],
      'invalid_type',
    ]);
    expect(at({ overdue: true, daysLate: 1.5 })).toEqual([
      ['result', 'entries', 0, 'daysLate'],
      'invalid_type',
    ]);
    expect(at({ overdue: false, daysLate: 3 })).toEqual([
      ['result', 'entries', 0, 'daysLate'],
      'invalid_type',
    ]);
    expect(at({ kind: 'check-in', ids: [] })).toEqual([
      ['result', 'entries', 0, 'ids'],
      'invalid_type',
    ]);
    expect(at({ kind: 'check-in', ids: ['kr-a'] })).toEqual([
      ['result', 'entries', 0, 'ids'],
      'invalid_type',
    ]);
    expect(at({ kind: 'dependency', ids: ['d1', 'o-web'] })).toEqual([
      ['result', 'entries', 0, 'ids'],
      'invalid_type',
    ]);
    expect(at({ ids: ['', 'o-web'] })).toEqual([['result', 'entries', 0, 'ids'], 'invalid_type']);
    expect(at({ escalatedTo: [''] })).toEqual([
      ['result', 'entries', 0, 'escalatedTo'],
      'invalid_type',
    ]);
  });

  it('the renderers refuse the same entries at the digest path', () => {
    for (const bad of [
      { overdue: true, daysLate: -5 },
      { kind: 'check-in', ids: [] },
    ]) {
      const d = { ...digest, owes: [{ ...digest.owes[0]!, ...bad }] };
      for (const render of [reminderMarkdown, reminderSlackPayload, reminderData]) {
        const [path, code] = refused(() => render(set, d as never, { asOf: '2026-02-16' }));
        expect(path.slice(0, 3)).toEqual(['digest', 'owes', 0]);
        expect(code).toBe('invalid_type');
      }
    }
    const sparse: unknown[] = [];
    sparse[1] = digest.owes[0];
    expect(
      refused(() =>
        reminderMarkdown(set, { ...digest, owes: sparse } as never, { asOf: '2026-02-16' }),
      ),
    ).toEqual([['digest', 'owes', 0], 'invalid_type']);
    expect(refused(() => reminderMarkdown(set, [] as never, { asOf: '2026-02-16' }))).toEqual([
      ['digest'],
      'invalid_type',
    ]);
  });

  it('every entry obligations gives passes (the enterprise-sized example too)', () => {
    const acme = acmeExample();
    for (const asOf of ['2026-01-10', '2026-02-16', '2026-04-07', '2026-07-01']) {
      const r = obligations(acme, { asOf });
      const digests = personDigests(acme, r);
      for (const d of digests) reminderMarkdown(acme, d, { asOf: r.asOf });
    }
  });
});

describe('a set valid in shape but never parsed: titles read as the weekly report reads them', () => {
  const AS_OF = '2026-02-16';
  /** The acme example with key result 3's title replaced, its obligations and its digests. */
  const withTitle = (title: unknown) => {
    const acme = acmeExample();
    (acme.keyResults[3] as { title: unknown }).title = title;
    const r = obligations(acme, { asOf: AS_OF });
    const id = acme.keyResults[3]!.id;
    const digest = personDigests(acme, r).find((d) => d.owes.some((e) => e.ids[0] === id))!;
    return { acme, r, id, digest };
  };

  it('a title of 42 is "42" in Markdown, Slack and data — as in the weekly report', () => {
    const { acme, r, id, digest } = withTitle(42);
    const owed = weeklyReport(acme, { asOf: AS_OF }).owed.find((o) => o.ids[0] === id)!;
    expect(owed.text).toContain('key result "42"');
    const md = reminderMarkdown(acme, digest, { asOf: r.asOf });
    expect(md).toContain('key result "42"');
    const slack = JSON.stringify(reminderSlackPayload(acme, digest, { asOf: r.asOf }));
    expect(slack).toContain('key result \\"42\\"');
    const data = reminderData(acme, digest, { asOf: r.asOf });
    expect(data.owes.find((e) => e.ids[0] === id)!.text).toBe(owed.text);
  });

  it('a title that is not text (a Symbol, an object, null) is the key result’s id, never a TypeError', () => {
    for (const title of [Symbol('x'), { a: 1 }, null]) {
      const { acme, r, id, digest } = withTitle(title);
      for (const render of [reminderMarkdown, reminderSlackPayload, reminderData]) {
        const text = JSON.stringify(render(acme, digest, { asOf: r.asOf }));
        expect(text).toContain(id);
      }
    }
  });

  it('a person’s name that is not text: the digest is named by the id', () => {
    const acme = acmeExample();
    const person = acme.people[0]!;
    (person as { name: unknown }).name = Symbol('n');
    const r = obligations(acme, { asOf: AS_OF });
    const d = personDigests(acme, r).find((x) => x.personId === person.id)!;
    expect(d.name).toBe(person.id);
    expect(reminderMarkdown(acme, d, { asOf: r.asOf })).toContain(person.id);
  });
});
