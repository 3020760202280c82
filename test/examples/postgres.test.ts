// examples/postgres (docs/guides/embedding.md): the OKR set in a real Postgres
// (PGlite). Runs the example's main function, then drives the patch → SQL
// translator with more commands than the example shows: moves inside lists,
// nested JSONB fields, references, unknown fields, whole lists, and undo.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addKeyResult,
  applyPatches,
  approve,
  carryOver,
  editCheckIn,
  type OkrSet,
  parseOkrSet,
  type Patch,
  recordCheckIn,
  removeCheckIn,
  removeObjective,
  rollup,
  setParent,
  updateKeyResult,
} from '../../src/index.js';
import { acmeExample, generateEnterprise } from '../../src/testing/index.js';

type Db = PGlite;
interface Statement {
  sql: string;
  params: unknown[];
  rows: number;
}
interface ExampleRun {
  set: OkrSet;
  next: OkrSet;
  undone: OkrSet;
  before: ReturnType<typeof rollup>;
  after: ReturnType<typeof rollup>;
  statements: Statement[];
  undo: Statement[];
  stored: { label: string; score: number | null }[];
  rowCount: number;
}
interface Main {
  AS_OF: string;
  CHECK_IN: Parameters<typeof recordCheckIn>[1];
  runPostgresExample(options?: { log?: (line: string) => void; db?: Db }): Promise<ExampleRun>;
}
interface Store {
  createSchema(db: Db): Promise<void>;
  saveSet(db: Db, set: unknown): Promise<void>;
  loadSet(db: Db): Promise<Record<string, unknown>>;
}
interface Patches {
  persistPatches(db: Db, patches: readonly Patch[]): Promise<Statement[]>;
}

// The example is plain JavaScript (runnable with node); import it by URL.
const load = async <T>(file: string): Promise<T> =>
  (await import(new URL(`../../examples/postgres/${file}`, import.meta.url).href)) as T;
const main = await load<Main>('main.mjs');
const store = await load<Store>('store.mjs');
const { persistPatches } = await load<Patches>('patches.mjs');

const acme = (): OkrSet => {
  const parsed = parseOkrSet(acmeExample());
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.value;
};
const ARR = '2026-q1.acme.grow-recurring-revenue-profitably.kr1';

// One database for the file (starting PGlite costs seconds of CPU): the example
// creates the tables in it, the translator tests then overwrite their rows.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db?.close();
});

describe('npm run example:postgres (runPostgresExample)', () => {
  let run: ExampleRun;
  const lines: string[] = [];
  beforeAll(async () => {
    run = await main.runPostgresExample({ log: (line) => lines.push(line), db });
  });

  it('loads every entity of Acme as a row and reads the same set back', () => {
    const set = acme();
    const entities =
      set.strategy.pillars.length +
      (set.strategy.swot?.length ?? 0) +
      set.units.length +
      set.people.length +
      set.cycles.length +
      set.objectives.length +
      set.keyResults.length +
      set.checkIns.length +
      set.initiatives.length +
      set.dependencies.length +
      set.risks.length;
    expect(run.rowCount).toBe(entities);
    expect(run.set).toStrictEqual(set);
    expect(lines[0]).toMatch(/^Postgres \d+\.\d+ \(PGlite\): \d+ rows in 12 tables/);
  });

  it('scores the set read back: ARR 4.35 of 4 → 5 is 0.35, and the company score is the rollup of Acme', () => {
    const expected = rollup(acme(), { asOf: main.AS_OF });
    expect(run.before.keyResults[ARR]?.score).toBeCloseTo(0.35, 12);
    expect(run.before.company.score).toBe(expected.company.score);
    expect(run.stored.find((r) => r.label === 'before')?.score).toBe(expected.company.score);
  });

  it('persists the check-in as one INSERT into check_ins, and the company score rises by the ARR weight share', () => {
    const inserts = run.statements.filter((s) => s.rows > 0);
    expect(inserts).toHaveLength(1);
    expect(inserts[0]?.sql).toMatch(/^insert into check_ins /);
    const recorded = recordCheckIn(acme(), main.CHECK_IN);
    if (!recorded.ok) throw new Error(recorded.issues[0]?.message);
    expect(run.next).toStrictEqual(recorded.set);
    // 4.8 of 4 → 5 is 0.8: the key result moves 0.35 → 0.8.
    expect(run.after.keyResults[ARR]?.score).toBeCloseTo(0.8, 12);
    const after = rollup(recorded.set, { asOf: main.AS_OF }).company.score!;
    expect(run.after.company.score).toBe(after);
    expect(after).toBeGreaterThan(run.before.company.score!);
    expect(run.stored.map((r) => r.label).sort()).toEqual(['after', 'before']);
    expect(run.stored.find((r) => r.label === 'after')?.score).toBe(after);
  });

  it('undoes it with the inverse patches as one DELETE, back to the loaded set', () => {
    const deletes = run.undo.filter((s) => s.rows > 0);
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.sql).toMatch(/^delete from check_ins /);
    expect(run.undone).toStrictEqual(run.set);
  });

  it('prints what the embedding guide shows, line for line', () => {
    const guide = readFileSync(new URL('../../docs/guides/embedding.md', import.meta.url), 'utf8');
    const block = guide.match(/npm run example:postgres\n```\n\n```text\n([\s\S]*?)\n```/)?.[1];
    expect(block?.split('\n')).toEqual(lines);
  });

  it('prints the company score before and after', () => {
    expect(
      lines.some((l) => /^company score before the check-in \(from scores\): \d\.\d/.test(l)),
    ).toBe(true);
    expect(
      lines.some((l) => /^company score after the check-in \(from scores\): \d\.\d/.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(/^undo: /);
  });
});

describe('patches as SQL (persistPatches)', () => {
  beforeAll(async () => {
    // The tables exist when the example ran first; not when this block runs alone.
    const table = await db.query<{ t: string | null }>("select to_regclass('okr_set')::text as t");
    if (table.rows[0]?.t == null) await store.createSchema(db);
  });

  async function fresh(set: OkrSet): Promise<void> {
    await store.saveSet(db, set);
    expect(await store.loadSet(db)).toStrictEqual(set);
  }

  /** Runs a command, persists its patches, checks the tables; returns the next set and its undo. */
  async function step(
    set: OkrSet,
    result: ReturnType<typeof recordCheckIn>,
  ): Promise<{ next: OkrSet; inverse: Patch[]; log: Statement[] }> {
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    const log = await persistPatches(db, result.patches);
    expect(await store.loadSet(db)).toStrictEqual(result.set);
    expect(result.set).not.toBe(set);
    return { next: result.set, inverse: result.inversePatches, log };
  }

  it('keeps lists in order through removals and inserts in the middle, field edits, references and JSONB edits, and undoes them in reverse', async () => {
    const start = acme();
    await fresh(start);
    let set = start;
    const undo: Patch[][] = [];
    const run = async (result: ReturnType<typeof recordCheckIn>) => {
      const s = await step(set, result);
      set = s.next;
      undo.push(s.inverse);
      return s.log;
    };
    // A check-in in the middle of the list: every later row moves up by one.
    const middle = set.checkIns[40]!;
    const removal = await run(removeCheckIn(set, { checkInId: middle.id }));
    expect(removal.some((s) => s.sql.startsWith('delete from check_ins'))).toBe(true);
    // One field of a check-in: an UPDATE of that column.
    const edit = await run(
      editCheckIn(set, {
        checkInId: set.checkIns[3]!.id,
        changes: { value: 4.1, blocked: 'Waiting on legal' },
      }),
    );
    expect(edit.every((s) => s.sql.startsWith('update check_ins'))).toBe(true);
    // A measure (JSONB) and the owner of a key result.
    await run(
      updateKeyResult(set, {
        keyResultId: ARR,
        changes: {
          measure: { kind: 'metric', start: 4, target: 5.5, unit: 'M€' },
          ownerId: 'maya',
        },
      }),
    );
    // A reference that switches kind: { keyResultId } → { objectiveId } (two columns).
    const child = set.objectives.find((o) => o.parent !== undefined && 'keyResultId' in o.parent)!;
    await run(
      setParent(set, {
        objectiveId: child.id,
        parent: { objectiveId: '2026-q1.acme.customers-succeed-without-hand-holding' },
      }),
    );
    // A key result inserted, an objective approved, one carried over (new rows in three tables).
    await run(
      addKeyResult(set, {
        id: 'kr-new',
        objectiveId: '2026-q1.acme.customers-succeed-without-hand-holding',
        title: 'NPS 30 → 45',
        ownerId: 'maya',
        measure: { kind: 'metric', start: 30, target: 45 },
      }),
    );
    await run(
      approve(set, { objectiveId: '2026-q2.acme.grow-recurring-revenue-profitably', by: 'maya' }),
    );
    await run(
      carryOver(set, {
        objectiveId: '2026-q1.support.resolve-customer-issues-faster',
        toCycleId: '2026-q2',
      }),
    );
    // An objective removed with its key results, check-ins and initiatives.
    await run(
      removeObjective(set, {
        objectiveId: '2026-q1.growth.turn-trials-into-paying-customers',
        cascade: 'delete',
      }),
    );
    expect(
      set.objectives.some((o) => o.id === '2026-q1.growth.turn-trials-into-paying-customers'),
    ).toBe(false);

    for (const inverse of undo.reverse()) {
      await persistPatches(db, inverse);
    }
    expect(await store.loadSet(db)).toStrictEqual(start);
  });

  it('keeps fields it has no column for (in extra), deep edits inside them, and set-level fields', async () => {
    const raw = acmeExample();
    Object.assign(raw.keyResults[0]!, { dashboard: { tile: 'wide', colors: ['#123', '#456'] } });
    raw.timeZone = 'Europe/Berlin';
    const parsed = parseOkrSet(raw, { unknownKeys: 'keep' });
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    await fresh(parsed.value);
    const patches: Patch[] = [
      { op: 'replace', path: ['keyResults', 0, 'dashboard', 'tile'], value: 'narrow' },
      { op: 'add', path: ['keyResults', 0, 'dashboard', 'colors', 1], value: '#789' },
      { op: 'remove', path: ['keyResults', 0, 'confidence'] },
      { op: 'replace', path: ['timeZone'], value: 'Asia/Tokyo' },
      { op: 'replace', path: ['strategy', 'mission'], value: 'A new mission' },
      {
        op: 'add',
        path: ['strategy', 'pillars', 0, 'horizon'],
        value: { start: '2026-01-01', end: '2027-12-31' },
      },
    ];
    await persistPatches(db, patches);
    const back = await store.loadSet(db);
    expect(back).toStrictEqual(applyPatches(parsed.value, patches, { unknownKeys: 'keep' }));
    const kr = (back['keyResults'] as Record<string, unknown>[])[0];
    expect(kr?.['dashboard']).toEqual({ tile: 'narrow', colors: ['#123', '#789', '#456'] });
    expect(back['timeZone']).toBe('Asia/Tokyo');
  });

  it('round-trips a set of another shape (a generated organisation), and the optional SWOT list removed and added back whole', async () => {
    const parsed = parseOkrSet(generateEnterprise({ units: 7, checkInsPerKeyResult: 2 }));
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    const set = parsed.value;
    await fresh(set);
    const { swot, ...withoutSwot } = set.strategy;
    expect(swot?.length).toBeGreaterThan(0);
    await persistPatches(db, [{ op: 'remove', path: ['strategy', 'swot'] }]);
    expect(await store.loadSet(db)).toStrictEqual({ ...set, strategy: withoutSwot });
    await persistPatches(db, [{ op: 'add', path: ['strategy', 'swot'], value: swot }]);
    expect(await store.loadSet(db)).toStrictEqual(set);
  });

  it("takes immer's form of a list edit too: a removal as a run of replaces, a swap as two", async () => {
    const set = acme();
    await fresh(set);
    // Removing check-in 40 the way immer writes it: every later one moves down by a replace.
    const after = set.checkIns.filter((_, i) => i !== 40);
    const run: Patch[] = after
      .slice(40)
      .map((c, k) => ({ op: 'replace', path: ['checkIns', 40 + k], value: c }) as Patch);
    run.push({ op: 'remove', path: ['checkIns', set.checkIns.length - 1] });
    await persistPatches(db, run);
    expect(await store.loadSet(db)).toStrictEqual({ ...set, checkIns: after });
    // Two check-ins change places: each replace names an id another row holds.
    const [a, b] = [after[0]!, after[1]!];
    await persistPatches(db, [
      { op: 'replace', path: ['checkIns', 0], value: b },
      { op: 'replace', path: ['checkIns', 1], value: a },
    ]);
    expect(await store.loadSet(db)).toStrictEqual({ ...set, checkIns: [b, a, ...after.slice(2)] });
  });

  it('runs all patches in one transaction: a patch that leaves a dangling reference rolls every one back', async () => {
    const set = acme();
    await fresh(set);
    const bad: Patch[] = [
      { op: 'replace', path: ['checkIns', 0, 'value'], value: 4.11 },
      { op: 'replace', path: ['checkIns', 1, 'keyResultId'], value: 'no-such-key-result' },
    ];
    await expect(persistPatches(db, bad)).rejects.toThrow(/foreign key/);
    expect(await store.loadSet(db)).toStrictEqual(set);
  });

  it('refuses a value a column cannot hold instead of losing it', async () => {
    const set = acme();
    await fresh(set);
    await expect(
      persistPatches(db, [{ op: 'replace', path: ['keyResults', 0, 'weight'], value: 'heavy' }]),
    ).rejects.toThrow(/weight: a number column cannot hold "heavy"/);
    await expect(
      persistPatches(db, [{ op: 'replace', path: ['keyResults', 999, 'title'], value: 'x' }]),
    ).rejects.toThrow(/changed 0 rows/);
    expect(await store.loadSet(db)).toStrictEqual(set);
  });
});
