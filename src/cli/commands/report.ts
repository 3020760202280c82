/**
 * `sokr report weekly|review <file> --as-of <date>`: the weekly check-in
 * report or the end-of-cycle review, as Markdown, a short Markdown digest, HTML
 * or JSON.
 *
 * @module
 */
import { INPUT_OPTIONS_HELP, inputOptions } from '../args.js';
import type { Command } from '../command.js';

const HELP = `Usage: sokr report weekly|review <file> --as-of <date> [options]

<file> is an OKR file, or '-' to read it from stdin.

  weekly   the weekly check-in report: what moved, what didn't, what's about
           to; at-risk key results, missing and stale check-ins, dependencies
  review   the end-of-cycle review: grades, committed vs aspirational, what to
           celebrate and what to carry over

Options:
  --as-of <date>     the date of the report: YYYY-MM-DD, an ISO-8601 date-time
                     or epoch milliseconds (default: today in the set's timeZone)
  --cycle <id>       review: the cycle to review (default: the cycle that
                     ended last among those whose review is still owed at
                     --as-of, as 'sokr remind' lists it; else the shortest
                     cycle containing --as-of; else the latest one ended);
                     weekly: only this cycle (default: the cycles running at --as-of)
  --unit <id>        weekly: only this unit (and the units below it)
  --owner <id>       weekly: only this person's key results
  --scale <id>       google (default), zones, percent or traffic
  --locale <tag>     md/digest/html: dates in this locale (en-GB, de-DE,
                     en-US; default en-GB: "15 Feb 2026"), or iso
  --format <format>  md (default), digest (a short Markdown message for a chat
                     post or a pull-request comment, under about 60 lines),
                     html (a standalone page with charts) or json
  --rows <n|all>     html: key-result rows in the tables at most (default: all
                     up to 5000 key results, else the first units up to 5000)
  --charts <which>   html: burn-up charts for all, attention or none (default:
                     all up to 1000 key results, else the 1000 most in need)
  --expand           html: open every unit's (objective's) table on load
  --out <file>       write to a file (in a directory that exists) instead of
                     stdout; md and digest on stdout show control characters
                     in titles as escapes (\\u001b, \\n), a file has them as written
${INPUT_OPTIONS_HELP}

Examples:
  sokr report weekly examples/acme.okr.yaml --as-of 2026-01-21
  sokr report weekly examples/acme.okr.yaml --as-of 2026-01-21 --format digest
  sokr report review examples/acme.okr.yaml --as-of 2026-04-01 --cycle 2026-q1 --format html --out review.html`;

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write the weekly check-in report or the end-of-cycle review',
  help: HELP,
  options: {
    'as-of': { type: 'string' },
    cycle: { type: 'string' },
    scale: { type: 'string' },
    locale: { type: 'string' },
    unit: { type: 'string' },
    owner: { type: 'string' },
    format: { type: 'string', short: 'f' },
    rows: { type: 'string' },
    charts: { type: 'string' },
    expand: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    ...inputOptions,
  },
  async run(context) {
    const { runReport } = await import('./reportRun.js');
    return runReport(context);
  },
};
