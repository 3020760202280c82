/**
 * `sokr remind <file> --as-of <date>`: what each person owes, as reminders.
 *
 * @module
 */
import { INPUT_OPTIONS_HELP, inputOptions } from '../args.js';
import type { Command } from '../command.js';

const HELP = `Usage: sokr remind <file> --as-of <date> [--format markdown|json|slack]
                   [--person <id>] [--out <dir>] [--horizon <days>] [--cadence <days>]
                   [--grace <days>] [--levels <n>] [--max-input-size <size>]

Prints one digest per person of what they owe at a date: check-ins due and
overdue, objectives waiting for their approval, dependencies waiting for their
answer, initiatives due, cycle reviews; and what was escalated to them (a unit
lead hears of what is overdue in the unit, one level up per grace period).
sokr sends nothing: a CI job or a cron posts the output.

Options:
  --as-of <date>     the date of the reminders: YYYY-MM-DD, an ISO-8601
                     date-time or epoch ms (default: today in the set's timeZone)
  --format <format>  markdown (default; md too), json (the digests as data: each
                     entry's ids, plus personName, text and escalatedToNames)
                     or slack (a Slack Block Kit payload per person, for a webhook)
  --person <id>      only this person's digest (json and slack: the digest or
                     payload itself, not a list); 'unassigned': the digest of
                     what names no one (no owner, no unit lead above)
  --out <dir>        write one file per person into <dir> (<id>.md, <id>.json
                     or <id>.slack.json; unassigned.* for what names no one;
                     an id that is no safe file name, such as a/b or léa, is
                     cut to its safe part and a hash: a_b-c14cddc0.md)
                     instead of stdout; <dir> is made if missing, its parent
                     must exist
  --horizon <days>   how far ahead to look, in days (default 7)
  --cadence <days>   the check-in cadence, in days (default 7)
  --grace <days>     days late before escalating one level (default 7)
  --levels <n>       the most unit leads to escalate to (default 2; 0: none)
${INPUT_OPTIONS_HELP}

Examples:
  sokr remind examples/acme.okr.yaml --as-of 2026-02-16
  sokr remind okrs.yaml --as-of 2026-02-16 --format slack --person ana \\
    | curl -sS -H 'Content-Type: application/json' -d @- "$SLACK_WEBHOOK_URL"`;

/** The `remind` command. */
export const remindCommand: Command = {
  name: 'remind',
  summary: 'print what each person owes at a date (Markdown, JSON or Slack payloads)',
  help: HELP,
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string', short: 'f' },
    person: { type: 'string' },
    out: { type: 'string', short: 'o' },
    horizon: { type: 'string' },
    cadence: { type: 'string' },
    grace: { type: 'string' },
    levels: { type: 'string' },
    ...inputOptions,
  },
  async run(context) {
    const { runRemind } = await import('./remindRun.js');
    return runRemind(context);
  },
};
