// `sokr remind --out DIR`: one file per person, each name safe on any file system and
// the same whoever else owes something — on the built binary.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

/** Every person owes one check-in (no owner for the last key result: no one named). */
function setOf(ids: string[]): string {
  return JSON.stringify({
    strategy: { pillars: [{ id: 'p', title: 'Pillar' }] },
    units: [{ id: 'u', name: 'Team' }],
    people: ids.map((id) => ({ id, name: `Person ${id}`, unitId: 'u' })),
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      {
        id: 'o',
        title: 'Make onboarding effortless',
        unitId: 'u',
        cycleId: 'q1',
        state: 'active',
        links: [{ kind: 'pillar', pillarId: 'p' }],
      },
    ],
    keyResults: ids.map((id, i) => ({
      id: `kr${i}`,
      objectiveId: 'o',
      title: `Activation rate from ${i}% to ${i + 10}%`,
      ownerId: id,
      measure: { kind: 'metric', start: i, target: i + 10, unit: '%' },
    })),
  });
}

async function written(ids: string[]): Promise<string[]> {
  const dir = tempDir();
  const file = join(dir, 'set.json');
  writeFileSync(file, setOf(ids));
  const r = await sokr(['remind', file, '--as-of', '2026-02-16', '--out', join(dir, 'out')]);
  expect(r.stderr).toBe(
    `sokr: wrote ${ids.length} reminder${ids.length === 1 ? '' : 's'} to ${join(dir, 'out')}\n`,
  );
  expect(r.code).toBe(0);
  return readdirSync(join(dir, 'out')).sort();
}

describe('sokr remind --out: file names', () => {
  it('an id of 300 characters is written (not ENAMETOOLONG)', async () => {
    const names = await written(['x'.repeat(300), 'ana']);
    expect(names).toHaveLength(2);
    expect(names).toContain('ana.md');
    const long = names.find((n) => n !== 'ana.md')!;
    expect(long).toMatch(/^x{60}-[0-9a-f]{8}\.md$/);
  });

  it('ids with /, .., :, spaces or letters outside ASCII get their safe part and a hash', async () => {
    const ids = ['a/b', '..', 'a:b', 'léa', 'lúa', 'a b'];
    const names = await written(ids);
    expect(names).toHaveLength(ids.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*-[0-9a-f]{8}\.md$/);
    // léa and lúa no longer depend on their order for a name (l_a.md and l_a-2.md before).
    expect(names.filter((n) => n.startsWith('l_a-'))).toHaveLength(2);
  });

  it('a person keeps their file name whoever else owes something', async () => {
    // Before, lúa alone was l_a.md, and l_a-2.md once léa owed something too.
    const fileOf = async (ids: string[]) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'set.json'), setOf(ids));
      await sokr([
        'remind',
        join(dir, 'set.json'),
        '--as-of',
        '2026-02-16',
        '--out',
        join(dir, 'out'),
      ]);
      return readdirSync(join(dir, 'out')).find((n) =>
        readFileSync(join(dir, 'out', n), 'utf8').startsWith('# What Person lúa owes'),
      );
    };
    const alone = await fileOf(['lúa']);
    expect(alone).toBeDefined();
    expect(await fileOf(['léa', 'lúa'])).toBe(alone);
  });

  it('Windows device names are not file names of their own', async () => {
    const names = await written(['con', 'NUL', 'com1', 'console']);
    expect(names).toContain('console.md');
    for (const n of names.filter((x) => x !== 'console.md')) expect(n).toMatch(/-[0-9a-f]{8}\.md$/);
  });

  it('each file holds the digest of its person', async () => {
    const dir = tempDir();
    const file = join(dir, 'set.json');
    writeFileSync(file, setOf(['a/b']));
    await sokr(['remind', file, '--as-of', '2026-02-16', '--out', join(dir, 'out')]);
    const [name] = readdirSync(join(dir, 'out'));
    expect(readFileSync(join(dir, 'out', name!), 'utf8')).toMatch(
      /^# What Person a\/b owes — 2026-02-16\n/,
    );
  });
});
