// `reminderData`: a digest as data for tools (`sokr remind --format json`) —
// the obligation's fields kept, plus names and words (issue 19.4); and the
// digest of what names no one, worded for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSokrError,
  obligations,
  personDigests,
  reminderData,
  reminderMarkdown,
  reminderSlackPayload,
} from '../../src/index.js';
import { rhythmSet } from './_set.js';

const AS_OF = '2026-02-16';

describe('reminderData', () => {
  const set = rhythmSet();
  const digests = personDigests(set, obligations(set, { asOf: AS_OF }));
  const lea = digests.find((d) => d.personId === 'lea')!;

  it('keeps every field of each obligation and adds personName, text and escalatedToNames', () => {
    const data = reminderData(set, lea, { asOf: AS_OF });
    expect(data.personId).toBe('lea');
    expect(data.name).toBe('Lea');
    expect(data.owes).toEqual([]);
    expect(data.escalated).toEqual(
      lea.escalated.map((e) => ({
        ...e,
        personName: expect.any(String),
        text: expect.any(String),
        escalatedToNames: expect.any(Array),
      })),
    );
    expect(data.escalated.map((e) => [e.personName, e.text, [...e.escalatedToNames]])).toEqual([
      [
        'Ana',
        'Check-in 7 days late (due 2026-02-09): key result "Checkout conversion from 2% to 4%"',
        ['Lea'],
      ],
      [
        'Bob',
        'Check-in 39 days late (due 2026-01-08): key result "Page load under 1 s"',
        ['Lea', 'Theo'],
      ],
    ]);
  });

  it('gives the entry the rhythm guide shows', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/guides/rhythm.md'), 'utf8');
    const shown = /```json\n(\{\n {2}"kind": "check-in"[\s\S]*?)```/.exec(guide)?.[1];
    const bob = digests.find((d) => d.personId === 'bob')!;
    expect(JSON.parse(shown!)).toEqual(
      JSON.parse(JSON.stringify(reminderData(set, bob, { asOf: AS_OF }).owes[0])),
    );
  });

  it('copies the entries: the digest is not changed', () => {
    const before = structuredClone(lea);
    reminderData(set, lea, { asOf: AS_OF });
    expect(lea).toEqual(before);
    expect(Object.keys(lea.escalated[0]!)).not.toContain('text');
  });

  it('entries escalating to the same leads share one frozen list of names', () => {
    const bob = digests.find((d) => d.personId === 'bob')!;
    const checkIn = bob.owes[0]!;
    // Two entries with one `escalatedTo` list, as obligations shares them.
    const digest = { ...bob, owes: [checkIn, { ...checkIn, ids: ['kr-a', 'o-web'] }] };
    const [a, b] = reminderData(set, digest, { asOf: AS_OF }).owes;
    expect(a!.escalatedToNames).toEqual(['Lea', 'Theo']);
    expect(b!.escalatedToNames).toBe(a!.escalatedToNames);
    expect(Object.isFrozen(a!.escalatedToNames)).toBe(true);
  });

  it('refuses what is not a digest, as the other renderers do', () => {
    let error: unknown;
    try {
      reminderData(set, { ...lea, owes: [{ kind: 'nap' }] } as never, { asOf: AS_OF });
    } catch (e) {
      error = e;
    }
    expect(isSokrError(error)).toBe(true);
  });
});

describe('the digest of what names no one', () => {
  // No unit has a lead: the approvals of the proposed objectives name no one.
  const base = rhythmSet();
  const set = { ...base, units: base.units.map(({ leadId: _, ...u }) => u) };
  const unassigned = personDigests(set, obligations(set, { asOf: AS_OF })).at(-1)!;

  it('is about obligations with no one named, not about what "Unassigned" owes', () => {
    expect(unassigned.personId).toBeNull();
    const md = reminderMarkdown(set, unassigned, { asOf: AS_OF });
    expect(md).toMatch(/^# Owed with no one named — 2026-02-16\n\nNo one is named for these: /);
    expect(md).not.toContain('Unassigned');
    expect(md).toContain('## Owed (2)');
    const slack = reminderSlackPayload(set, unassigned, { asOf: AS_OF });
    expect(slack.text).toBe(
      'Owed with no one named — 2026-02-16: 2 owed (2 overdue): name an owner or a unit lead for them',
    );
    expect(JSON.stringify(slack)).not.toMatch(/escalated to you|Unassigned/);
  });

  it('leaves a person’s digest as it was', () => {
    const ana = personDigests(base, obligations(base, { asOf: AS_OF })).find(
      (d) => d.personId === 'ana',
    )!;
    expect(reminderMarkdown(base, ana, { asOf: AS_OF })).toMatch(
      /^# What Ana owes — 2026-02-16\n\n## Owed/,
    );
    expect(reminderSlackPayload(base, ana, { asOf: AS_OF }).text).toBe(
      'What Ana owes — 2026-02-16: 2 owed (1 overdue), 0 escalated to you',
    );
  });
});
