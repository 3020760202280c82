// Bad input to the reminder renderers and personDigests is refused with a
// SokrError naming the path, never a TypeError from inside (issue 18).
import { describe, expect, it } from 'vitest';
import {
  isSokrError,
  obligations,
  personDigests,
  reminderMarkdown,
  reminderSlackPayload,
} from '../../src/index.js';
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
