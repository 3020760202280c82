// @ts-check
// `npm run example:postgres`: the Acme example in a real Postgres (PGlite, in
// memory, no server), scored, changed by a check-in persisted as SQL, and
// undone the same way. Each step reads the set back from the tables and
// proves it equals the set sokr has in memory. docs/guides/embedding.md
// walks through it. Runs on the built package (`npm run build` first; the npm
// script does): `sokr` is this package's own name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { formatPath, formatScore, parseOkrSet, recordCheckIn, rollup } from 'sokr';
import { persistPatches } from './patches.mjs';
import { createSchema, loadSet, saveSet, writeScorecard } from './store.mjs';
import { LISTS } from './tables.mjs';

/** The day everything is scored at (sokr never reads the clock). */
export const AS_OF = '2026-02-15';

/** The check-in the example records: ARR (€4.0M → €5.0M) reaches €4.8M. */
export const CHECK_IN = {
  keyResultId: '2026-q1.acme.grow-recurring-revenue-profitably.kr1',
  at: AS_OF,
  value: 4.8,
  confidence: 8,
  moved: 'Two enterprise renewals signed early',
};

/**
 * An OKR set from untrusted JSON (a file, or rows read back), or an error
 * listing the issues.
 * @param {unknown} input @returns {import('sokr').OkrSet}
 */
function parsed(input) {
  const result = parseOkrSet(input);
  if (result.ok) return result.value;
  const lines = result.issues.map((i) => `${formatPath(i.path)}: ${i.code} — ${i.message}`);
  throw new Error(`Not a valid OKR set:\n${lines.join('\n')}`);
}

/** Fails unless the set read back from Postgres is `expected`. @param {unknown} actual @param {unknown} expected @param {string} step */
function same(actual, expected, step) {
  if (!isDeepStrictEqual(actual, expected))
    throw new Error(`${step}: the set read back from Postgres differs from the one in memory.`);
}

/**
 * The statements that changed rows, e.g. `insert into check_ins (1 row)`.
 * @param {import('./patches.mjs').Statement[]} statements
 */
const summary = (statements) =>
  statements
    .filter((s) => s.rows > 0)
    .map(
      (s) =>
        `${s.sql
          .split(' ')
          .slice(0, s.sql.startsWith('update') ? 2 : 3)
          .join(' ')} (${s.rows} row${s.rows === 1 ? '' : 's'})`,
    )
    .join(', ');

/** @param {number | null} score */
const show = (score) => (score === null ? '—' : `${formatScore(score)} (${score.toFixed(4)})`);

/**
 * Runs the example end to end: on a fresh in-memory database, or on `db`
 * (a PGlite without the tables yet, left open).
 * @param {{ log?: (line: string) => void, db?: PGlite }} [options] where the lines go (console.log)
 */
export async function runPostgresExample({ log = console.log, db: given } = {}) {
  const db = given ?? (await PGlite.create());
  try {
    const version = (await db.query('show server_version')).rows[0];
    await createSchema(db);

    // 1. Load: the example file, parsed once, written as rows in one transaction.
    const file = new URL('../acme.okr.json', import.meta.url);
    const acme = parsed(JSON.parse(readFileSync(file, 'utf8')));
    await saveSet(db, acme);
    let rowCount = 0;
    for (const t of LISTS)
      rowCount += Number((await db.query(`select count(*) as n from ${t.table}`)).rows[0]?.n ?? 0);
    log(
      `Postgres ${Object.values(version ?? {})[0]} (PGlite): ${rowCount} rows in ${LISTS.length + 1} tables from examples/acme.okr.json`,
    );

    // 2. Read back: rows → OKR set → parseOkrSet, equal to what was written.
    const set = parsed(await loadSet(db));
    same(set, acme, 'read back');
    log('read back and parsed: the same set, element for element');

    // 3. Score, and store the scorecard.
    const before = rollup(set, { asOf: AS_OF });
    const scoreRows = await writeScorecard(db, 'before', before);
    log(`company score at ${AS_OF}: ${show(before.company.score)}; ${scoreRows} rows in scores`);

    // 4. A check-in: the command's patches become SQL, in one transaction.
    const result = recordCheckIn(set, CHECK_IN);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    const statements = await persistPatches(db, result.patches);
    const next = parsed(await loadSet(db));
    same(next, result.set, 'after the check-in');
    const after = rollup(next, { asOf: AS_OF });
    await writeScorecard(db, 'after', after);
    log(
      `check-in ARR = €${CHECK_IN.value}M: ${result.patches.length} patch → ${summary(statements)}`,
    );
    const stored = (
      await db.query(
        "select label, score from scores where subject = 'company' order by label desc",
      )
    ).rows.map((r) => /** @type {{ label: string, score: number | null }} */ (r));
    for (const row of stored)
      log(`company score ${row.label} the check-in (from scores): ${show(row.score)}`);

    // 5. Undo: the inverse patches, persisted the same way, restore the first set.
    const undo = await persistPatches(db, result.inversePatches);
    const undone = parsed(await loadSet(db));
    same(undone, set, 'after undo');
    log(
      `undo: ${result.inversePatches.length} inverse patch → ${summary(undo)}; the tables hold the loaded set again`,
    );
    return { set, next, undone, before, after, statements, undo, stored, rowCount };
  } finally {
    if (given === undefined) await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runPostgresExample();
