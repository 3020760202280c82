/**
 * `sokr cycles`: prints a fiscal year and its quarters as YAML to paste.
 *
 * @module
 */
import type { Command } from '../command.js';

const HELP = `Usage: sokr cycles [--fiscal-year-start <month>] [--fiscal-year <yyyy>]
                   [--naming end|start] [--months] [--weeks 4-4-5 --first-day <date>]
                   [--time-zone <zone>] [--format yaml|json] [--out <file>]

Prints the cycles of one fiscal year (the year, then its quarters) as YAML to
paste under 'cycles:' in an OKR file, ids and names saying the year (fy2027,
"FY2027 Q1"). End days are inclusive; the file's timeZone says where they are.

Options:
  --fiscal-year-start <month>  the month the fiscal year starts in: 1–12 or a
                               name (jul); default January
  --fiscal-year <yyyy>         the fiscal year (default: the one holding today
                               in --time-zone)
  --naming end|start           the calendar year naming the fiscal year: the one
                               it ends in (default: FY2027 = Jul 2026–Jun 2027)
                               or the one it starts in
  --months                     add each quarter's three months
  --weeks <a-b-c>              a week calendar: weeks per month of a quarter
                               (4-4-5, 4-5-4, 5-4-4)
  --first-day <date>           with --weeks: the fiscal year's first day
  --time-zone <zone>           where "today" is, for the default --fiscal-year
  --format yaml|json           yaml (default) or json
  --out <file>                 write to a file (in a directory that exists)

Examples:
  sokr cycles --fiscal-year-start jul --fiscal-year 2027
  sokr cycles --fiscal-year-start 7 --weeks 4-4-5 --first-day 2026-06-28`;

/** The `cycles` command. */
export const cyclesCommand: Command = {
  name: 'cycles',
  summary: 'print a fiscal year and its quarters as cycles (YAML)',
  help: HELP,
  options: {
    'fiscal-year-start': { type: 'string' },
    'fiscal-year': { type: 'string' },
    naming: { type: 'string' },
    months: { type: 'boolean' },
    weeks: { type: 'string' },
    'first-day': { type: 'string' },
    'time-zone': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run(context) {
    const { runCycles } = await import('./cyclesRun.js');
    return runCycles(context);
  },
};
