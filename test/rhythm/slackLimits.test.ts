// The Slack payload of a reminder is one Slack accepts, however much is owed and however
// long the titles: 50 blocks, 150 characters a header, 3,000 a section, 10 elements a
// context block, and a total well below Slack's msg_blocks_too_long (about 12,000).
import { describe, expect, it } from 'vitest';
import {
  assertOkrSet,
  obligations,
  type OkrSet,
  personDigests,
  reminderSlackPayload,
  type SlackPayload,
} from '../../src/index.js';

const AS_OF = '2026-02-16';

/** Ana owes a check-in for each title (none made: all 39 days late, escalated to Boss). */
function owing(titles: string[], name = 'Ana'): OkrSet {
  return assertOkrSet({
    strategy: { pillars: [{ id: 'p', title: 'Pillar' }] },
    units: [{ id: 'u', name: 'Team', leadId: 'boss' }],
    people: [
      { id: 'ana', name, unitId: 'u' },
      { id: 'boss', name: 'Boss', unitId: 'u' },
    ],
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      {
        id: 'o',
        title: 'Make onboarding effortless',
        unitId: 'u',
        cycleId: 'q1',
        ownerId: 'ana',
        state: 'active',
        links: [{ kind: 'pillar', pillarId: 'p' }],
      },
    ],
    keyResults: titles.map((title, i) => ({
      id: `kr${i}`,
      objectiveId: 'o',
      title,
      ownerId: 'ana',
      measure: { kind: 'metric', start: 0, target: 10 },
    })),
  });
}

function payloads(set: OkrSet): Map<string | null, SlackPayload> {
  const result = obligations(set, { asOf: AS_OF });
  return new Map(
    personDigests(set, result).map((d) => [
      d.personId,
      reminderSlackPayload(set, d, { asOf: result.asOf }),
    ]),
  );
}

/** Every limit Slack checks, as a list of what is broken (empty: Slack takes it). */
function broken(payload: SlackPayload): string[] {
  const out: string[] = [];
  if (payload.blocks.length > 50) out.push(`${payload.blocks.length} blocks`);
  let total = 0;
  for (const [i, b] of payload.blocks.entries()) {
    const texts =
      b.type === 'context'
        ? b.elements.map((e) => e.text)
        : b.type === 'divider'
          ? []
          : [b.text.text];
    if (b.type === 'context' && b.elements.length > 10)
      out.push(`context ${i}: ${b.elements.length} elements`);
    for (const t of texts) {
      total += t.length;
      if (t.length === 0) out.push(`block ${i}: empty text`);
      if (b.type === 'header' && t.length > 150) out.push(`header: ${t.length}`);
      if (b.type !== 'header' && t.length > 3000) out.push(`block ${i}: ${t.length}`);
      // No lone surrogate (a character cut in half), no entity cut in half.
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t))
        out.push(`block ${i}: a lone surrogate`);
      if (b.type !== 'header' && /&(?!amp;|lt;|gt;)/.test(t)) out.push(`block ${i}: a bare &`);
    }
  }
  if (total > 12_000) out.push(`${total} characters of text in all`);
  return out;
}

describe('Slack payloads stay within what Slack accepts', () => {
  it('300 obligations: 50 blocks, the rest counted as "… and N more"', () => {
    const titles = Array.from(
      { length: 300 },
      (_, i) => `Weekly active teams from ${i} to ${i + 40}`,
    );
    const ana = payloads(owing(titles)).get('ana')!;
    expect(broken(ana)).toEqual([]);
    expect(ana.blocks).toHaveLength(50);
    expect(ana.blocks[48]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '… and 253 more' },
    });
    expect(ana.blocks[49]).toMatchObject({
      type: 'context',
      elements: [{ text: '300 owed (300 overdue), 0 escalated to you' }],
    });
  });

  it('long titles: the total stays below msg_blocks_too_long, nothing is dropped silently', () => {
    // 60 check-ins with titles of 1,000 characters: 48 sections of ~250 characters each
    // would be fine, but the old payload held 48 × 1,100 = 53,000 characters (refused).
    const titles = Array.from({ length: 60 }, (_, i) => `KR ${i} ${'grow retention '.repeat(70)}`);
    const all = payloads(owing(titles));
    for (const [who, payload] of all) {
      expect(broken(payload), String(who)).toEqual([]);
      const sections = payload.blocks.filter((b) => b.type === 'section');
      const last = sections.at(-1) as { text: { text: string } };
      const shown = sections.length - 1;
      expect(last.text.text).toBe(`… and ${60 - shown} more`);
    }
  });

  it('a 5,000-character title is cut to 200 characters, the line keeps its date and escalation', () => {
    const title = `Cut the time to first value from 14 to 3 days ${'and more '.repeat(600)}`;
    const ana = payloads(owing([title])).get('ana')!;
    expect(broken(ana)).toEqual([]);
    const text = (ana.blocks[1] as { text: { text: string } }).text.text;
    expect(text).toMatch(/^\*Check-in\* 39 days late \(due 2026-01-08\): key result "Cut the time/);
    expect(text).toMatch(/…" — escalated to Boss$/);
    expect(text.length).toBeLessThan(300);
  });

  it('a title of escaped characters is cut between entities, never inside one', () => {
    const title = `${'&<>*_'.repeat(1000)}😀`;
    const all = payloads(owing([title, title]));
    for (const payload of all.values()) expect(broken(payload)).toEqual([]);
  });

  it('a long name: the header is cut to 150 characters and keeps the date', () => {
    const name = `Ana ${'Maria '.repeat(60)}😀`;
    const ana = payloads(owing(['Signed contracts from 2 to 5'], name)).get('ana')!;
    expect(broken(ana)).toEqual([]);
    const header = (ana.blocks[0] as { text: { text: string } }).text.text;
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header).toMatch(/^What Ana Maria .*… owes — 2026-02-16$/);
    // The boss's escalated line names Ana, cut too.
    const boss = payloads(owing(['Signed contracts from 2 to 5'], name)).get('boss')!;
    expect(broken(boss)).toEqual([]);
    expect((boss.blocks[1] as { text: { text: string } }).text.text.length).toBeLessThan(500);
  });

  it('a name with a line break keeps the header on one line', () => {
    const ana = payloads(owing(['Signed contracts from 2 to 5'], 'Ana\nBell')).get('ana')!;
    expect((ana.blocks[0] as { text: { text: string } }).text.text).toBe(
      'What Ana Bell owes — 2026-02-16',
    );
  });

  it('bidi controls in a title cannot reverse the date after it', () => {
    const ana = payloads(owing(['Churn \u202eyad 03 ot 06\u202c down'])).get('ana')!;
    const text = (ana.blocks[1] as { text: { text: string } }).text.text;
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('Churn  yad 03 ot 06  down');
  });
});
