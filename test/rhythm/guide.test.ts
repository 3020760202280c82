// docs/guides/rhythm.md cannot rot: its file blocks are the files, and its worked example is what obligations says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { obligations } from '../../src/index.js';
import { rhythmSet } from './_set.js';

const ROOT = join(import.meta.dirname, '../..');
const guide = readFileSync(join(ROOT, 'docs/guides/rhythm.md'), 'utf8');

describe('docs/guides/rhythm.md', () => {
  it('embeds the example files as they are', () => {
    const blocks = [...guide.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
    expect(blocks.map((b) => b[1])).toEqual(['examples/ci/remind.yml']);
    for (const [, file, body] of blocks) {
      expect(`${body}\n`).toBe(readFileSync(join(ROOT, file!), 'utf8'));
    }
  });

  it('the reminder workflow is a scheduled job that runs sokr remind and posts the payloads', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/ci/remind.yml'), 'utf8'));
    expect(workflow.on.schedule[0].cron).toBe('0 7 * * 1');
    const steps: { run?: string }[] = workflow.jobs.remind.steps;
    expect(
      steps.some(
        (s) => s.run?.includes('sokr remind') && s.run.includes('--format slack --out reminders'),
      ),
    ).toBe(true);
    expect(steps.some((s) => s.run?.includes('curl') && s.run.includes('$SLACK_WEBHOOK_URL'))).toBe(
      true,
    );
  });

  it('the worked example table is what obligations returns', () => {
    const table = guide.slice(guide.indexOf('| person | owes |'));
    // The table ends at its first blank line (other tables follow later in the guide).
    const rows = table
      .slice(0, table.indexOf('\n\n'))
      .split('\n')
      .slice(2)
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split('|').map((c) => c.trim()));
    const entries = obligations(rhythmSet(), { asOf: '2026-02-16' }).entries;
    expect(rows).toHaveLength(entries.length);
    rows.forEach((cells, i) => {
      const e = entries[i]!;
      expect(cells[2]).toContain(`\`${e.ids[0]}\``);
      expect(cells[3]).toBe(e.dueAt);
      expect(cells[4]).toBe(e.overdue ? `${e.daysLate} days` : '—');
      const names: Record<string, string> = { ceo: 'Cleo', cto: 'Theo', lea: 'Lea' };
      expect(cells[5]!.split(' (')[0]).toBe(
        e.escalatedTo.length === 0 ? '—' : e.escalatedTo.map((id) => names[id]).join(', '),
      );
    });
  });
});
