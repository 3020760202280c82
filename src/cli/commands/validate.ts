/**
 * `sokr validate <file|dir>…`: checks OKR files against a policy.
 *
 * @module
 */
import { DEFAULT_MAX_ISSUES, INPUT_OPTIONS_HELP, inputOptions } from '../args.js';
import type { Command } from '../command.js';

const HELP = `Usage: sokr validate <file|dir|->... [--policy <file>] [--as-of <date>] [--format text|json|sarif]
                     [--max-warnings <n>] [--quiet] [--all | --max-issues <n>]
                     [--max-input-size <size>]

Checks OKR files (JSON or YAML, flat or nested authoring format) for schema
errors and alignment problems. Directories are searched recursively for
*.okr.json, *.okr.yaml and *.okr.yml files (following symbolic links; a broken
link is reported as an unreadable file). '-' reads one file from stdin.
Files are UTF-8 (a BOM is allowed) or UTF-16 (with a BOM, or LE/BE told by
its NUL bytes); any line endings.

Options:
  --policy <file>    policy module (.mjs/.js: default export) or JSON/YAML config,
                     or a preset name: recommended (default), strict or quality
  --as-of <date>     evaluation date: YYYY-MM-DD, an ISO-8601 date-time or epoch
                     milliseconds; enables the deliver/* rules (stale and
                     missing check-ins, confidence drops)
  --format <format>  text (default): one line per finding,
                       file:line:col severity rule message
                     json: { files, summary }
                     sarif: SARIF 2.1.0 for GitHub code scanning
                     (json and sarif always hold every finding and issue)
  --max-warnings <n> also exit 1 when there are more than n warnings (counted
                     with or without --quiet)
  -q, --quiet        text: print error findings only; the summary still counts
                     warnings and infos
  --max-issues <n>   text: show at most n findings and n schema issues per file
                     (default ${DEFAULT_MAX_ISSUES}), then a count of the rest
  --all              text: show every finding and schema issue (not with
                     --max-issues)
${INPUT_OPTIONS_HELP}

Exit codes: 0 no errors (warnings and infos allowed), 1 at least one error
finding (or too many warnings), 2 bad input (a file missing, unreadable, too
large, not UTF-8, invalid YAML/JSON or not a valid OKR set; a bad option or
policy). With several files, the summary names every file not checked.

Examples:
  sokr validate okrs/
  sokr validate acme.okr.yaml --as-of 2026-02-15 --policy policy.mjs
  sokr validate okrs/ --format sarif > sokr.sarif
  cat acme.okr.yaml | sokr validate -`;

/** The `validate` command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check OKR files for schema errors and alignment problems',
  help: HELP,
  options: {
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    'max-issues': { type: 'string' },
    all: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    ...inputOptions,
  },
  async run(context) {
    const { runValidate } = await import('./validateRun.js');
    return runValidate(context);
  },
};
