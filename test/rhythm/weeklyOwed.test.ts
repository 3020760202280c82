import { describe, expect, it } from 'vitest';
import {
  obligations,
  personDigests,
  reminderMarkdown,
  reminderSlackPayload,
  toHtml,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';
import { rhythmSet } from './_set.js';

const AS_OF = '2026-02-16';

describe('the weekly report: owed this week', () => {
  it('lists the obligations at asOf, overdue first (most days late first)', () => {
    const report = weeklyReport(rhythmSet(), { asOf: AS_OF });
    expect(report.owed.map((e) => [e.personName, e.kind, e.ids[0], e.daysLate])).toEqual([
      ['Cleo', 'approval', 'o-root', 46],
      ['Theo', 'approval', 'o-api', 46],
      ['Theo', 'dependency', 'd1', 46],
      ['Bob', 'check-in', 'kr-b', 39],
      ['Ana', 'check-in', 'kr-a', 7],
      ['Bob', 'initiative', 'i1', 4],
      ['Theo', 'check-in', 'kr-c', 0],
      ['Ana', 'initiative', 'i3', 0],
    ]);
    expect(report.owed[3]).toMatchObject({
      text: 'Check-in 39 days late (due 2026-01-08): key result "Page load under 1 s"',
      escalatedToNames: ['Lea', 'Theo'],
    });
  });

  it('follows the report scope: an owner’s own, or a unit’s objectives', () => {
    const bob = weeklyReport(rhythmSet(), { asOf: AS_OF, ownerId: 'bob' });
    expect(bob.owed.map((e) => e.ids[0])).toEqual(['kr-b', 'i1']);
    const eng = weeklyReport(rhythmSet(), { asOf: AS_OF, unitId: 'web' });
    // web's objectives: o-web (kr-a, kr-b, i1, i3, d1 from it) and o-api.
    expect(eng.owed.map((e) => e.ids[0])).toEqual(['o-api', 'd1', 'kr-b', 'kr-a', 'i1', 'i3']);
  });

  it('follows the report’s check-in cadence', () => {
    const report = weeklyReport(rhythmSet(), { asOf: AS_OF, statusPolicy: { cadenceDays: 14 } });
    expect(report.owed.find((e) => e.ids[0] === 'kr-a')).toMatchObject({
      dueAt: '2026-02-16',
      overdue: false,
    });
  });

  it('renders as a section in Markdown and in HTML (user text escaped)', () => {
    const base = rhythmSet();
    const set = {
      ...base,
      people: base.people.map((p) => (p.id === 'bob' ? { ...p, name: 'Bob <b>|x' } : p)),
    };
    const report = weeklyReport(set, { asOf: AS_OF });
    const md = toMarkdown(report);
    expect(md).toContain(
      '## Owed this week\n\n8 owed, 6 overdue.\n\n| Who | What | Escalated to |\n|---|---|---|\n',
    );
    expect(md).toContain(
      '| Bob \\<b\\>\\|x | Check-in 39 days late \\(due 2026-01-08\\): key result "Page load under 1 s" | Lea, Theo |',
    );
    const html = toHtml(report);
    expect(html).toContain(
      '<section id="owed" aria-labelledby="h-owed"><details open><summary><h2 id="h-owed">Owed this week <span class="count">8</span></h2></summary>',
    );
    expect(html).toContain('<th scope="row">Bob &lt;b&gt;|x</th>');
    expect(html).not.toContain('<b>|x');
  });

  it('says so when nothing is owed', () => {
    const base = rhythmSet();
    const quiet = {
      ...base,
      objectives: base.objectives.map((o) => ({ ...o, state: 'closed' as const })),
      initiatives: [],
      dependencies: [],
    };
    const report = weeklyReport(quiet, { asOf: AS_OF });
    expect(report.owed).toEqual([]);
    expect(toMarkdown(report)).toContain('## Owed this week\n\nNothing owed this week.\n');
    expect(toHtml(report)).toContain('<p>Nothing owed this week.</p>');
  });
});

describe('reminders: escaping', () => {
  const base = rhythmSet();
  /** The rhythm set with kr-a (Ana's) titled `title`. */
  const titled = (title: string) => ({
    ...base,
    keyResults: base.keyResults.map((k) => (k.id === 'kr-a' ? { ...k, title } : k)),
  });
  const set = titled('<!channel> see [x](http://evil.example) & **win**');
  const result = obligations(set, { asOf: AS_OF });
  const ana = personDigests(set, result).find((d) => d.personId === 'ana')!;

  it('Slack: &, < and > are escaped, so no mention or link is injected', () => {
    const payload = reminderSlackPayload(set, ana, { asOf: result.asOf });
    const text = JSON.stringify(payload);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain(
      '&lt;!channel&gt; see [x](http:\u2060//evil.example) &amp; *\u2060*\u2060win*\u2060*\u2060',
    );
  });

  it('Slack: user text cannot turn bold, italic, struck or code (a word joiner follows * _ ~ `)', () => {
    const section = reminderSlackPayload(set, ana, { asOf: result.asOf }).blocks.find(
      (b) => b.type === 'section' && b.text.text.includes('evil'),
    ) as { text: { text: string } };
    expect(section.text.text).not.toContain('**win**');
    expect(section.text.text).toMatch(/^\*Check-in\* /); // sokr's own bold stays
  });

  it('Slack: no bare links and no line breaks from user text', () => {
    const named = titled('see https://evil.example/x www.evil.com\nnew line');
    const r = obligations(named, { asOf: AS_OF });
    const d = personDigests(named, r).find((x) => x.personId === 'ana')!;
    const texts = reminderSlackPayload(named, d, { asOf: r.asOf }).blocks.flatMap((b) =>
      b.type === 'section' ? [b.text.text] : [],
    );
    const text = texts.find((t) => t.includes('evil'))!;
    expect(text).not.toContain('https://');
    expect(text).not.toContain('www.');
    expect(text).not.toContain('\n');
    expect(text.replaceAll('\u2060', '')).toContain(
      'see https://evil.example/x www.evil.com new line',
    );
  });

  it('Markdown: no link and no emphasis from user text', () => {
    const md = reminderMarkdown(set, ana, { asOf: result.asOf });
    expect(md).not.toContain('[x](http');
    expect(md).not.toMatch(/[^\\]\*\*win/);
  });

  it('a digest with nothing owed says so', () => {
    expect(
      reminderMarkdown(set, { personId: 'x', name: 'X', owes: [], escalated: [] }, { asOf: AS_OF }),
    ).toBe('# What X owes — 2026-02-16\n\nNothing owed.\n');
  });

  it('Slack: long digests stay within 50 blocks, the rest counted', () => {
    const many = { ...ana, owes: Array.from({ length: 80 }, () => ana.owes[0]!) };
    const payload = reminderSlackPayload(set, many, { asOf: result.asOf });
    expect(payload.blocks).toHaveLength(50);
    expect(payload.blocks[48]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '… and 33 more' },
    });
  });
});

describe('owed lines name what a reader needs', () => {
  const textOf = (kind: string, set = rhythmSet()) =>
    weeklyReport(set, { asOf: AS_OF })
      .owed.filter((e) => e.kind === kind)
      .map((e) => e.text);

  it('an approval names its objective’s cycle (often the next one)', () => {
    expect(textOf('approval')).toContain(
      `Approval 46 days late (due 2026-01-01): objective "${rhythmSet().objectives.find((o) => o.id === 'o-api')!.title}" of Q1 2026`,
    );
  });

  it('a dependency on a key result names the key results, whose owner answers', () => {
    const base = rhythmSet();
    const set = {
      ...base,
      dependencies: [
        {
          id: 'd1',
          from: { keyResultId: 'kr-a' },
          on: { keyResultId: 'kr-c' },
          state: 'proposed' as const,
        },
      ],
    };
    const [line] = textOf('dependency', set);
    expect(line).toBe(
      'Answer to a dependency 46 days late (due 2026-01-01): "Checkout conversion from 2% to 4%" depends on "Deploys per week from 2 to 10"',
    );
    // The same dependency on objectives names the objectives, as before.
    const objectives = textOf('dependency');
    const titleOf = (id: string) => base.objectives.find((o) => o.id === id)!.title;
    expect(objectives[0]).toContain(`"${titleOf('o-web')}" depends on "${titleOf('o-eng')}"`);
  });
});

describe('weeklyReport passes its escalation options to obligations', () => {
  const escalations = (options: object) =>
    weeklyReport(rhythmSet(), { asOf: AS_OF, ...options }).owed.map((e) => [
      e.ids[0],
      e.escalatedTo.length,
    ]);

  it('graceDays and escalationLevels change what "owed this week" escalates', () => {
    const byDefault = escalations({});
    expect(byDefault.some(([, n]) => n === 2)).toBe(true);
    expect(escalations({ escalationLevels: 0 }).every(([, n]) => n === 0)).toBe(true);
    expect(escalations({ escalationLevels: 1 }).every(([, n]) => (n as number) <= 1)).toBe(true);
    // The same entries as obligations gives with the same options.
    const direct = obligations(rhythmSet(), { asOf: AS_OF, graceDays: 0 }).entries;
    const owed = weeklyReport(rhythmSet(), { asOf: AS_OF, graceDays: 0 }).owed;
    expect(new Map(owed.map((e) => [e.ids.join(), e.escalatedTo]))).toEqual(
      new Map(direct.map((e) => [e.ids.join(), e.escalatedTo])),
    );
  });

  it('refuses a bad value or a misspelt name at its path', () => {
    expect(() => weeklyReport(rhythmSet(), { asOf: AS_OF, graceDays: -1 })).toThrow(/graceDays/);
    try {
      weeklyReport(rhythmSet(), { asOf: AS_OF, graceDay: 3 } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: unknown[] }).issues[0]).toMatchObject({
        code: 'unknown_key',
        suggestion: 'graceDays',
      });
    }
  });
});
