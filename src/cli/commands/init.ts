/**
 * `sokr init [file]`: writes a small, valid starter OKR file.
 *
 * @module
 */
import type { Command } from '../command.js';

/** The file `sokr init` writes without an argument. */
export const DEFAULT_FILE = 'okrs.okr.yaml';

const HELP = `Usage: sokr init [file] [--year <yyyy>] [--schema <path|url>]

Writes a small, valid starter OKR file in the nested YAML authoring format
(default: ${DEFAULT_FILE}). Never overwrites an existing file. Its first line,
  # yaml-language-server: $schema=./node_modules/sokr/schema/authoring.json
points editors at the JSON Schema the package ships (completion, help on
hover, checks as you type); the path is written relative to the file.

Options:
  --year <yyyy>        the year of the starter cycles (default: the current year)
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
  options: { year: { type: 'string' }, schema: { type: 'string' } },
  async run(context) {
    const { runInit } = await import('./initRun.js');
    return runInit(context);
  },
};
