/**
 * `sokr score <file> --as-of <date>`: the scorecard of an OKR file.
 *
 * @module
 */
import { INPUT_OPTIONS_HELP, inputOptions } from '../args.js';
import type { Command } from '../command.js';

const HELP = `Usage: sokr score <file> --as-of <date> [--unit <id>] [--cycle <id>] [--scale <id>]
                  [--format table|json] [--out <file>] [--max-input-size <size>]

Scores every key result, objective and unit of an OKR file ('-': stdin) at a
date: the weighted rollup from key results to objectives, units and the company.

Options:
  --as-of <date>     the date to score at: YYYY-MM-DD, an ISO-8601 date-time or
                     epoch milliseconds (default: today in the set's timeZone)
  --unit <id>        only this unit and the units below it
  --cycle <id>       only the objectives of this cycle (table; json has every
                     cycle's aggregate under "cycles")
  --scale <id>       google (default), zones, percent or traffic
  --format <format>  table (default) or json (the scorecard as data)
  --out <file>       write to a file (in a directory that exists) instead of stdout
${INPUT_OPTIONS_HELP}

Example:
  sokr score examples/acme.okr.yaml --as-of 2026-02-15 --cycle 2026-q1 --unit sales`;

/** The `score` command. */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'print the scorecard of an OKR file at a date',
  help: HELP,
  options: {
    'as-of': { type: 'string' },
    unit: { type: 'string' },
    cycle: { type: 'string' },
    scale: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    ...inputOptions,
  },
  async run(context) {
    const { runScore } = await import('./scoreRun.js');
    return runScore(context);
  },
};
