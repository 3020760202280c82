/**
 * `sokr init [file]`: writes a small, valid starter OKR file.
 *
 * @module
 */
import type { Command } from '../command.js';

/** The file `sokr init` writes without an argument. */
export const DEFAULT_FILE = 'okrs.okr.yaml';

const HELP = `Usage: sokr init [file] [--year <yyyy>]

Writes a small, valid starter OKR file in the nested YAML authoring format
(default: ${DEFAULT_FILE}). Never overwrites an existing file.

Options:
  --year <yyyy>  the year of the starter cycles (default: the current year)

Then:
  sokr validate ${DEFAULT_FILE}
  sokr score ${DEFAULT_FILE} --as-of <date>`;

/** The `init` command. */
export const initCommand: Command = {
  name: 'init',
  summary: 'write a small, valid starter OKR file',
  help: HELP,
  options: { year: { type: 'string' } },
  async run(context) {
    const { runInit } = await import('./initRun.js');
    return runInit(context);
  },
};
