/**
 * `sokr init [file]`: writes a small, valid starter OKR file.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { expectPositionals, stringOption } from '../args.js';
import { CliError, EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { displayPath, terminalText } from '../output.js';
import { DEFAULT_SCHEMA, starterTemplate } from '../starterTemplate.js';

import { DEFAULT_FILE } from './init.js';
import { isTimeZone } from '../../_lib/zonedDay.js';
import { fiscalYearOf } from '../../model/fiscalYearOf.js';
import { generateCycles } from '../../model/generateCycles.js';
import { todayIn } from '../today.js';
import type { StarterCycles } from '../starterTemplate.js';

/** Runs `sokr init` (loaded only when the command runs, so `--help` stays fast). */
export async function runInit({ args, io }: CommandContext): Promise<number> {
  const [target = DEFAULT_FILE] = expectPositionals(args, ['file'], { min: 0 });
  const yearText = stringOption(args, 'year');
  const startText = stringOption(args, 'fiscal-year-start');
  const timeZone = stringOption(args, 'time-zone');
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new CliError(
      `option '--time-zone' must be an IANA time zone such as America/Los_Angeles (got '${timeZone}')`,
      { helpCommand: 'init' },
    );
  }
  const startMonth = startText === undefined ? 1 : monthNumber(startText);
  if (startMonth === undefined) {
    throw new CliError(
      `option '--fiscal-year-start' must be a month: 1–12 or a name such as jul (got '${startText}')`,
      { helpCommand: 'init' },
    );
  }
  // --year alone keeps the calendar year and its Q1; otherwise the current (fiscal) quarter.
  const plain = yearText !== undefined && startText === undefined && timeZone === undefined;
  const today = todayIn(timeZone, io.env);
  const year =
    yearText === undefined
      ? fiscalYearOf(today, { fiscalYearStartMonth: startMonth })
      : Number(yearText);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new CliError(`option '--year' must be a four-digit year (got '${yearText}')`, {
      helpCommand: 'init',
    });
  }
  const cycles = plain
    ? undefined
    : starterCycles(year, startMonth, today, yearText !== undefined, timeZone);
  const absolute = resolve(io.cwd, target);
  const file = displayPath(absolute, io.cwd);
  const schema = stringOption(args, 'schema') ?? shippedSchemaFrom(dirname(absolute), io.cwd);
  if (/[\r\n]/.test(schema)) {
    throw new CliError(`option '--schema' must be one line`, { helpCommand: 'init' });
  }
  try {
    await writeFile(absolute, starterTemplate(year, schema, cycles), {
      encoding: 'utf8',
      flag: 'wx',
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST')
      throw new CliError(
        `${file} already exists; not overwriting it (choose another name or delete it)`,
      );
    if (code === 'ENOENT') throw new CliError(`${file}: the directory does not exist`);
    throw new CliError(
      `${file}: cannot write the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const shown = terminalText(file);
  io.stdout.write(
    `Wrote ${shown}. Next:\n  sokr validate ${shown}\n  sokr score ${shown} --as-of ${cycles?.asOf ?? `${year}-02-15`}\n`,
  );
  return EXIT_OK;
}

/**
 * The shipped schema as a path relative to the directory of the file written
 * (yaml-language-server resolves a relative `$schema` from the file's own
 * directory): the nearest `node_modules/sokr/schema/authoring.json` at or
 * above that directory, else `<cwd>/node_modules/sokr/…` (where
 * `npm install sokr` will put it).
 */
function shippedSchemaFrom(fileDir: string, cwd: string): string {
  // The nearest installed copy, as Node would resolve the package from the file's directory.
  for (let dir = fileDir; ; ) {
    const candidate = join(dir, 'node_modules', 'sokr', 'schema', 'authoring.json');
    if (existsSync(candidate)) {
      const path = relative(fileDir, candidate).split(sep).join('/');
      return path.startsWith('.') ? path : `./${path}`;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const rel = relative(fileDir, cwd);
  if (rel === '') return DEFAULT_SCHEMA;
  const up = rel.split(sep).join('/');
  return `${up.startsWith('.') ? up : `./${up}`}/node_modules/sokr/schema/authoring.json`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month from `7`, `07`, `jul` or `July`; `undefined` otherwise. */
export function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const i = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return i >= 0 && text.length >= 3 ? i + 1 : undefined;
}

/**
 * The fiscal year and the quarter to start in: the quarter holding `today`
 * (or, for a given `--year` that does not hold it, the year's first quarter),
 * so that a new file is never already over.
 */
function starterCycles(
  year: number,
  fiscalYearStartMonth: number,
  today: string,
  yearGiven: boolean,
  timeZone: string | undefined,
): StarterCycles {
  const [fy, ...quarters] = generateCycles({ fiscalYear: year, fiscalYearStartMonth });
  const current = quarters.find((q) => q.start <= today && today <= q.end);
  const quarter = current ?? quarters[0]!;
  const asOf = current !== undefined ? today : yearGiven ? quarter.start : today;
  return {
    year: { id: fy!.id, name: fy!.name, start: fy!.start, end: fy!.end },
    quarter: { id: quarter.id, name: quarter.name, start: quarter.start, end: quarter.end },
    asOf,
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}
