// `sokr score` on a baseline key result (issue 17 item 6) — on the built binary.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const YAML = (checkIns: string) => `version: 1
units:
  - { id: shop, name: Shop }
people:
  - { id: ana, name: Ana }
cycles:
  - { id: q1, name: Q1 2026, start: 2026-01-01, end: 2026-03-31 }
objectives:
  - id: happy
    title: Happier customers
    unitId: shop
    cycleId: q1
    state: active
    keyResults:
      - id: nps
        title: Raise NPS
        ownerId: ana
        measure: { kind: metric, start: null, target: 100 }
${checkIns}`;

describe('sokr score: a baseline key result', () => {
  it('says "no baseline" while it waits for its first check-in', async () => {
    const file = join(tempDir(), 'set.okr.yaml');
    writeFileSync(file, YAML(''));
    const r = await sokr(['score', file, '--as-of', '2026-02-15']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/· Raise NPS .* pending \(no baseline\) +Ana$/m);
  });

  it('scores from the first check-in: 40 → 70 of 100 is 0.5', async () => {
    const file = join(tempDir(), 'set.okr.yaml');
    writeFileSync(
      file,
      YAML(`checkIns:
  - { keyResultId: nps, at: 2026-01-10, value: 40 }
  - { keyResultId: nps, at: 2026-02-10, value: 70 }
`),
    );
    const r = await sokr(['score', file, '--as-of', '2026-02-15', '--format', 'json']);
    expect(r.stderr).toBe('');
    const card = JSON.parse(r.stdout) as { keyResults: Record<string, { score: number }> };
    expect(Object.values(card.keyResults).map((k) => k.score)).toEqual([0.5]);
  });
});
