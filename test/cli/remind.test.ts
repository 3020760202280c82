// `sokr remind`: per-person digests of obligations — on the built binary.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

// acme (lead ceo) ⊃ eng (lead cto) ⊃ web (lead lea); see test/rhythm/obligations.test.ts.
const FILE = 'test/cli/fixtures/remind.okr.yaml';
const AS_OF = ['--as-of', '2026-02-16'];

describe('sokr remind', () => {
  it('prints one Markdown digest per person, with what was escalated to them', async () => {
    const r = await sokr(['remind', FILE, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`# What Cleo owes — 2026-02-16

## Owed (1)

- **Approval** 46 days late (due 2026-01-01): objective "Delight small shops" of Q1 2026

## Escalated to you (2)

- Theo: **Approval** 46 days late (due 2026-01-01): objective "Open the catalogue to partners" of Q1 2026 — escalated to Cleo
- Theo: **Answer to a dependency** 46 days late (due 2026-01-01): "Make the web shop a joy to use" depends on "Ship with confidence" — escalated to Cleo

# What Theo owes — 2026-02-16

## Owed (3)

- **Approval** 46 days late (due 2026-01-01): objective "Open the catalogue to partners" of Q1 2026 — escalated to Cleo
- **Answer to a dependency** 46 days late (due 2026-01-01): "Make the web shop a joy to use" depends on "Ship with confidence" — escalated to Cleo
- **Check-in** due 2026-02-17: key result "Deploys per week from 2 to 10"

## Escalated to you (1)

- Bob: **Check-in** 39 days late (due 2026-01-08): key result "Page load under 1 s" — escalated to Lea, Theo

# What Lea owes — 2026-02-16

## Escalated to you (2)

- Ana: **Check-in** 7 days late (due 2026-02-09): key result "Checkout conversion from 2% to 4%" — escalated to Lea
- Bob: **Check-in** 39 days late (due 2026-01-08): key result "Page load under 1 s" — escalated to Lea, Theo

# What Ana owes — 2026-02-16

## Owed (2)

- **Check-in** 7 days late (due 2026-02-09): key result "Checkout conversion from 2% to 4%" — escalated to Lea
- **Initiative** due 2026-02-20: "Apple Pay" for key result "Checkout conversion from 2% to 4%"

# What Bob owes — 2026-02-16

## Owed (2)

- **Check-in** 39 days late (due 2026-01-08): key result "Page load under 1 s" — escalated to Lea, Theo
- **Initiative** 4 days late (due 2026-02-12): "One-page checkout" for key result "Checkout conversion from 2% to 4%"
`);
  });

  it('--format slack --person: exactly one Block Kit payload for a webhook', async () => {
    const r = await sokr(['remind', FILE, ...AS_OF, '--format', 'slack', '--person', 'ana']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      text: 'What Ana owes — 2026-02-16: 2 owed (1 overdue), 0 escalated to you',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'What Ana owes — 2026-02-16' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Check-in* 7 days late (due 2026-02-09): key result "Checkout conversion from 2% to 4%" — escalated to Lea',
          },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Initiative* due 2026-02-20: "Apple Pay" for key result "Checkout conversion from 2% to 4%"',
          },
        },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: '2 owed (1 overdue), 0 escalated to you' }],
        },
      ],
    });
  });

  it('--format json: the digests as data; with --person, the digest itself', async () => {
    const all = await sokr(['remind', FILE, ...AS_OF, '--format', 'json']);
    const data = JSON.parse(all.stdout) as {
      asOf: string;
      digests: { personId: string; owes: unknown[] }[];
    };
    expect(data.asOf).toBe('2026-02-16');
    expect(data.digests.map((d) => [d.personId, d.owes.length])).toEqual([
      ['ceo', 1],
      ['cto', 3],
      ['lea', 0],
      ['ana', 2],
      ['bob', 2],
    ]);
    const bob = JSON.parse(
      (await sokr(['remind', FILE, ...AS_OF, '-f', 'json', '--person', 'bob'])).stdout,
    );
    // The obligation's fields, for tools, then names and words, for people (issue 19.4).
    expect(bob.owes[0]).toEqual({
      kind: 'check-in',
      personId: 'bob',
      ids: ['kr-b', 'o-web'],
      path: ['keyResults', 1],
      dueAt: '2026-01-08',
      overdue: true,
      daysLate: 39,
      escalatedTo: ['lea', 'cto'],
      personName: 'Bob',
      text: 'Check-in 39 days late (due 2026-01-08): key result "Page load under 1 s"',
      escalatedToNames: ['Lea', 'Theo'],
    });
    // The entry the CLI guide shows.
    const guide = readFileSync(join(ROOT, 'docs/guides/cli.md'), 'utf8');
    const shown = /```json\n(\{\n {2}"kind": "check-in"[\s\S]*?)```/.exec(guide)?.[1];
    expect(JSON.parse(shown!)).toEqual(bob.owes[0]);
  });

  it('--format json: every entry has its person, its line of the digest and its leads by name', async () => {
    const data = JSON.parse(
      (await sokr(['remind', FILE, ...AS_OF, '--format', 'json'])).stdout,
    ) as {
      digests: {
        name: string;
        owes: { personName: string; text: string; escalatedToNames: string[] }[];
        escalated: { personName: string; text: string; escalatedToNames: string[] }[];
      }[];
    };
    const lea = data.digests.find((d) => d.name === 'Lea')!;
    expect(lea.escalated.map((e) => [e.personName, e.text, e.escalatedToNames])).toEqual([
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
    // Each text is the line the Markdown digest shows (without its bold), and the
    // names are that line's "escalated to" tail.
    const markdown = (await sokr(['remind', FILE, ...AS_OF])).stdout.replaceAll('**', '');
    for (const digest of data.digests)
      for (const e of [...digest.owes, ...digest.escalated]) {
        const tail =
          e.escalatedToNames.length === 0
            ? '\n'
            : ` — escalated to ${e.escalatedToNames.join(', ')}\n`;
        expect(markdown).toContain(`${e.text}${tail}`);
      }
  });

  it('--person unassigned: the digest of what names no one, worded for it', async () => {
    const file = 'test/cli/fixtures/remind-unassigned.okr.yaml';
    const md = await sokr(['remind', file, ...AS_OF, '--person', 'unassigned']);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toBe(`# Owed with no one named — 2026-02-16

No one is named for these: no owner, and no unit lead above to answer for them. Name an owner, or a lead for the unit, in the OKR file.

## Owed (1)

- **Approval** 46 days late (due 2026-01-01): objective "Open a shop in Lyon" of Q1 2026
`);
    const slack = JSON.parse(
      (await sokr(['remind', file, ...AS_OF, '--person', 'unassigned', '-f', 'slack'])).stdout,
    ) as { text: string };
    expect(slack.text).toBe(
      'Owed with no one named — 2026-02-16: 1 owed (1 overdue): name an owner or a unit lead for them',
    );
    expect(slack.text).not.toMatch(/Unassigned|escalated to you/);
    const json = JSON.parse(
      (await sokr(['remind', file, ...AS_OF, '--person', 'unassigned', '-f', 'json'])).stdout,
    );
    expect(json).toMatchObject({ asOf: '2026-02-16', personId: null, name: 'Unassigned' });
    expect(json.owes.map((e: { ids: string[] }) => e.ids)).toEqual([['o-shop']]);
    // The name --person takes is the name of the file --out writes.
    const dir = tempDir();
    await sokr(['remind', file, ...AS_OF, '--out', dir]);
    expect(readdirSync(dir).sort()).toEqual(['ana.md', 'unassigned.md']);
    expect(readFileSync(join(dir, 'unassigned.md'), 'utf8')).toBe(md.stdout);
    // With nothing unassigned, an empty digest, as for a person who owes nothing.
    const none = await sokr(['remind', FILE, ...AS_OF, '--person', 'unassigned']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('# Owed with no one named — 2026-02-16\n\nNothing owed.\n');
  });

  it('--person unassigned names a person whose id it is', async () => {
    const dir = tempDir();
    const file = join(dir, 'set.okr.yaml');
    writeFileSync(
      file,
      readFileSync('test/cli/fixtures/remind-unassigned.okr.yaml', 'utf8')
        .replace('  - id: ana\n    name: Ana', '  - id: unassigned\n    name: Una')
        .replaceAll('ownerId: ana', 'ownerId: unassigned'),
    );
    const r = await sokr(['remind', file, ...AS_OF, '--person', 'unassigned']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# What Una owes — 2026-02-16\n/);
  });

  it('--grace, --levels, --cadence and --horizon reach obligations', async () => {
    const r = await sokr([
      'remind',
      FILE,
      ...AS_OF,
      '--person',
      'bob',
      '--levels',
      '1',
      '--grace',
      '3',
      '--cadence',
      '14',
      '--horizon',
      '0',
    ]);
    expect(r.stdout).toContain(
      '- **Check-in** 32 days late (due 2026-01-15): key result "Page load under 1 s" — escalated to Lea\n',
    );
    expect(r.stdout).toContain('**Initiative** 4 days late (due 2026-02-12)');
  });

  it('--out DIR writes one file per person and names the directory', async () => {
    const dir = tempDir();
    const r = await sokr([
      'remind',
      FILE,
      ...AS_OF,
      '--format',
      'slack',
      '--out',
      join(dir, 'out'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sokr: wrote 5 reminders to .*out\n$/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      ['ana', 'bob', 'ceo', 'cto', 'lea'].map((p) => `${p}.slack.json`),
    );
    const lea = JSON.parse(readFileSync(join(dir, 'out', 'lea.slack.json'), 'utf8'));
    expect(lea.blocks).toHaveLength(4);
    const md = await sokr(['remind', FILE, ...AS_OF, '--out', join(dir, 'md'), '--person', 'cto']);
    expect(md.stderr).toMatch(/wrote 1 reminder to/);
    expect(readFileSync(join(dir, 'md', 'cto.md'), 'utf8')).toMatch(
      /^# What Theo owes — 2026-02-16\n/,
    );
  });

  it('refuses a bad --as-of, an unknown person, a bad number or format (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['--as-of', 'soon'], /option '--as-of' must be/],
      [
        [...AS_OF, '--person', 'zed'],
        /unknown person 'zed' \(people: ceo, cto, lea, ana, bob; 'unassigned': what names no one\)/,
      ],
      [[...AS_OF, '--grace', 'x'], /option '--grace' must be a number of at least 0 \(got 'x'\)/],
      [[...AS_OF, '--levels', '1.5'], /option '--levels' must be a whole number/],
      [[...AS_OF, '--cadence', '0'], /option '--cadence' must be a number above 0/],
      [
        [...AS_OF, '--format', 'html'],
        /option '--format' must be one of markdown, md, json, slack/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await sokr(['remind', FILE, ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('is listed in sokr --help and has its own help', async () => {
    expect((await sokr(['--help'])).stdout).toMatch(
      /^ {2}remind +print what each person owes at a date/m,
    );
    const help = await sokr(['remind', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sokr remind <file> --as-of <date>/);
    expect(help.stdout).toContain("'unassigned': the digest of");
  });
});

describe('sokr validate --policy quality', () => {
  it('runs the quality preset (wording rules on top of recommended)', async () => {
    const dir = tempDir();
    const file = join(dir, 'wording.okr.yaml');
    writeFileSync(
      file,
      `strategy: { pillars: [{ id: p, title: Growth }] }
units: [{ id: acme, name: Acme }]
people: [{ id: ana, name: Ana, unitId: acme }]
cycles: [{ id: q1, name: Q1, start: 2026-01-01, end: 2026-03-31 }]
objectives:
  - { id: o1, title: Grow revenue to 2M dollars, unitId: acme, cycleId: q1, ownerId: ana, links: [{ kind: pillar, pillarId: p }] }
keyResults:
  - { id: k1, objectiveId: o1, title: Launch the partner app, ownerId: ana, measure: { kind: milestone } }
  - { id: k2, objectiveId: o1, title: Partner revenue from 1M to 2M, ownerId: ana, measure: { kind: metric, start: 1, target: 2 } }
`,
    );
    const findings = async (...args: string[]) =>
      (
        JSON.parse((await sokr(['validate', file, '--format', 'json', ...args])).stdout) as {
          files: { findings: { rule: string }[] }[];
        }
      ).files
        .flatMap((f) => f.findings.map((x) => x.rule))
        .filter((id) => id.startsWith('quality/'));
    expect(await findings('--policy', 'quality')).toEqual([
      'quality/kr-activity',
      'quality/objective-numbers',
    ]);
    expect(await findings()).toEqual([]);
  });
});
