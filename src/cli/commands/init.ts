/**
 * `sokr init [file]`: writes a small, valid starter OKR file.
 *
 * @module
 */
import type { Command } from '../command.js';

/** The file `sokr init` writes without an argument. */
export const DEFAULT_FILE = 'okrs.okr.yaml';

const HELP = `Usage: sokr init [file] [--fiscal-year-start <month>] [--time-zone <zone>]
                 [--year <yyyy>] [--schema <path|url>]

Writes a small, valid starter OKR file in the nested YAML authoring format
(default: ${DEFAULT_FILE}). Never overwrites an existing file. Its first line,
  # yaml-language-server: $schema=./node_modules/sokr/schema/authoring.json
points editors at the JSON Schema the package ships (completion, help on
hover, checks as you type); the path is written relative to the file.

The objectives are in the current quarter (today in --time-zone), so a new
file is never already over.

Options:
  --fiscal-year-start <month>
                       the month the fiscal year starts in: 1–12 or a name
                       (jul); cycles are FY<year> and FY<year> Q<n> (the year
                       the fiscal year ends in names it). Default: January
  --time-zone <zone>   the set's IANA time zone (e.g. America/Los_Angeles),
                       written as timeZone; today is taken there (default UTC)
  --year <yyyy>        the (fiscal) year of the starter cycles (default: the
                       current one); alone, the calendar year and its Q1
  --schema <path|url>  the schema the first line points at, as written (e.g. a
                       file from 'sokr schema --format authoring --out …', or a URL)

Then:
  sokr validate ${DEFAULT_FILE}
  sokr score ${DEFAULT_FILE} --as-of <date>`;

/** The `init` command. */
export const initCommand: Command = {
  name: 'init',
  summary: 'write a small, valid starter OKR file',
  help: HELP,
  options: {
    year: { type: 'string' },
    schema: { type: 'string' },
    'fiscal-year-start': { type: 'string' },
    'time-zone': { type: 'string' },
  },
  async run(context) {
    const { runInit } = await import('./initRun.js');
    return runInit(context);
  },
};
