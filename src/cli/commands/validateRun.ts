/**
 * `sokr validate <file|dir>…`: checks OKR files against a policy.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { quality, recommended, strict } from '../../alignment/presets.js';
import type { Finding, Policy, Severity } from '../../alignment/types.js';
import { validate } from '../../alignment/validate.js';
import { closestMatch } from '../../_lib/closestMatch.js';
import { compile } from '../../core/compile.js';
import { formatPath } from '../../model/issue.js';
import { describeFinding, describeFix } from '../../report/describeFinding.js';
import {
  DEFAULT_MAX_ISSUES,
  asOfOption,
  choiceOption,
  expectPositionals,
  flag,
  inputLimitsOption,
  type ParsedArgs,
  stringOption,
} from '../args.js';
import { CliError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, isCliError } from '../CliError.js';
import { collectFiles } from '../collectFiles.js';
import type { CommandContext } from '../command.js';
import type { InputLimits } from '../inputText.js';
import { formatLocatedIssue, type LocatedIssue, loadOkrFile, STDIN_NAME } from '../okrFile.js';
import { loadPolicyFile } from '../policyFile.js';
import { yieldToEventLoop } from '../progress.js';
import { type SarifResultInput, toSarif } from '../sarif.js';
import { displayPath, terminalText } from '../output.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** A finding with its place in the source file. */
export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
  /** The message for people: titles and names instead of ids (`describeFinding`); `message` keeps the ids for tools. */
  text: string;
  /** The fix for people, as `text` is the message (`describeFix`); `fix` keeps the ids. */
  fixText?: string;
}

/** What validating one file gave. */
interface FileResult {
  file: string;
  /** The file could not be read or parsed (bad input). */
  error?: string;
  /** What kept the file from being checked, in a few words (with `error`). */
  label?: string;
  /** Lines printed under `error` in text output (the source line and caret of a syntax error, …). */
  details?: readonly string[];
  /** Schema and integrity issues (bad input). */
  issues: LocatedIssue[];
  findings: LocatedFinding[];
}

/** Runs `sokr validate` (loaded only when the command runs, so `--help` stays fast). */
export async function runValidate(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const format = choiceOption(args, 'format', FORMATS, 'text');
  const asOf = asOfOption(args, false);
  const targets = expectPositionals(args, ['file|dir'], { min: 1, variadic: true });
  const maxWarnings = countOption(args, 'max-warnings');
  const maxIssuesGiven = countOption(args, 'max-issues');
  if (flag(args, 'all') && maxIssuesGiven !== undefined) {
    throw new CliError(
      "options '--all' and '--max-issues' contradict each other: --all shows every finding and issue, --max-issues at most n per file; give one",
      { helpCommand: args.command },
    );
  }
  const maxIssues = flag(args, 'all')
    ? Number.POSITIVE_INFINITY
    : (maxIssuesGiven ?? DEFAULT_MAX_ISSUES);
  const limits = inputLimitsOption(args);
  if (targets.filter((t) => t === '-').length > 1) {
    throw new CliError("'-' (stdin) can be given only once", { helpCommand: args.command });
  }
  const policy = await choosePolicy(stringOption(args, 'policy'), io.cwd);
  const { files, notes } = await collectFiles(targets, io.cwd);
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const shown = file.path === '-' ? STDIN_NAME : displayPath(file.path, io.cwd);
    context.progress.step(
      `validating ${files.length > 1 ? `${i + 1}/${files.length} ` : ''}${shown}`,
    );
    await yieldToEventLoop();
    results.push(
      file.error === undefined
        ? await validateFile(file.path, context, policy, asOf, limits)
        : {
            file: shown,
            error: file.error,
            label: file.label ?? 'unreadable',
            issues: [],
            findings: [],
          },
    );
  }
  // Every line of text output is one line with no control character: user
  // text (file names, titles, keys) goes through terminalText.
  const t = terminalText;
  for (const note of notes) io.stderr.write(`sokr: ${t(note)}\n`);
  if (format === 'text') {
    for (const result of results) {
      if (result.error !== undefined) {
        io.stderr.write(`sokr: ${t(result.error)}\n`);
        for (const line of result.details ?? []) io.stderr.write(`  ${t(line)}\n`);
      }
      if (result.issues.length > 0) {
        io.stderr.write(
          `sokr: ${t(result.file)} is not a valid OKR set (${plural(result.issues.length, 'issue')}):\n`,
        );
        const shown = result.issues.slice(0, maxIssues);
        for (const issue of shown) io.stderr.write(`  ${t(formatLocatedIssue(issue))}\n`);
        if (result.issues.length > shown.length)
          io.stderr.write(`  ${t(moreLine(result.issues.length - shown.length, result.file))}\n`);
      }
    }
  }
  io.stdout.write(render(format, results, policy, context, maxIssues, flag(args, 'quiet')));
  if (results.some((r) => r.error !== undefined || r.issues.length > 0)) return EXIT_BAD_INPUT;
  const findings = results.flatMap((r) => r.findings);
  if (findings.some((f) => f.severity === 'error')) return EXIT_FINDINGS;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `sokr: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}\n`,
    );
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** The line that stands for the `count` findings or issues of `file` not shown. */
function moreLine(count: number, file: string): string {
  return `… and ${count} more in ${file} (use --all to show every one)`;
}

const PRESET_NAMES = ['recommended', 'strict', 'quality'];

/** `--policy`: a file, or the name of a preset (`recommended`, `strict`, `quality`) when no such file exists. */
async function choosePolicy(path: string | undefined, cwd: string): Promise<Policy> {
  if (path === undefined) return recommended;
  if (
    (path === 'recommended' || path === 'strict' || path === 'quality') &&
    !existsSync(resolve(cwd, path))
  ) {
    return path === 'strict' ? strict : path === 'quality' ? quality : recommended;
  }
  // A name that is nearly a preset's and no file: say which preset was meant.
  const near = /^[a-z]+$/i.test(path) ? closestMatch(path, PRESET_NAMES) : undefined;
  if (near !== undefined && !existsSync(resolve(cwd, path)))
    throw new CliError(
      `--policy ${path}: no such file, and no preset of that name (did you mean '${near}'? The presets are ${PRESET_NAMES.join(', ')})`,
      { exitCode: 2 },
    );
  return loadPolicyFile(path, cwd);
}

function countOption(args: ParsedArgs, name: string): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new CliError(`option '--${name}' must be a whole number (got '${text}')`, {
      helpCommand: args.command,
    });
  }
  return Number(text);
}

async function validateFile(
  file: string,
  context: CommandContext,
  policy: Policy,
  asOf: string | undefined,
  limits: InputLimits,
): Promise<FileResult> {
  const shown = file === '-' ? STDIN_NAME : displayPath(file, context.io.cwd);
  let loaded: Awaited<ReturnType<typeof loadOkrFile>>;
  try {
    loaded = await loadOkrFile(file, context.io.cwd, { limits, stdin: context.io.stdin });
  } catch (error) {
    if (!isCliError(error)) throw error;
    return {
      file: shown,
      error: error.message,
      label: error.label ?? 'unreadable',
      ...(error.details.length > 0 ? { details: error.details } : {}),
      issues: [],
      findings: [],
    };
  }
  if (!loaded.ok) return { file: shown, issues: [...loaded.issues], findings: [] };
  await yieldToEventLoop();
  // One graph for validate and every finding's text (each call on a plain set builds one).
  const set = compile(loaded.set);
  const findings = validate(set, asOf === undefined ? { policy } : { policy, asOf });
  loaded.prepare(findings.map((f) => f.path));
  const located = findings.map((f) => {
    const fixText = describeFix(f, set);
    return {
      ...f,
      ...(fixText === undefined ? {} : { fixText }),
      file: shown,
      ...loaded.locate(f.path),
      text: describeFinding(f, set),
    };
  });
  return { file: shown, issues: [], findings: located };
}

function render(
  format: (typeof FORMATS)[number],
  results: readonly FileResult[],
  policy: Policy,
  context: CommandContext,
  maxIssues: number,
  quiet: boolean,
): string {
  const findings = results.flatMap((r) => r.findings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const notChecked = results.filter((r) => r.error !== undefined || r.issues.length > 0);
  const issueCount = results.reduce((n, r) => n + r.issues.length, 0);
  if (format === 'json') {
    const summary = {
      files: results.length,
      ...counts,
      findings: findings.length,
      issues: issueCount,
      invalidFiles: notChecked.length,
      notChecked: notChecked.map((r) => r.file),
    };
    const files = results.map(({ details: _details, ...rest }) => rest);
    return `${JSON.stringify({ files, summary }, null, 2)}\n`;
  }
  if (format === 'sarif') {
    const sarifResults: SarifResultInput[] = [];
    for (const r of results) {
      if (r.error !== undefined) {
        const where = /^(.*?):(\d+):(\d+): /.exec(r.error);
        sarifResults.push({
          ruleId: 'sokr/invalid-file',
          severity: 'error',
          message: r.error,
          file: r.file,
          line: where === null ? 1 : Number(where[2]),
          column: where === null ? 1 : Number(where[3]),
        });
      }
      for (const issue of r.issues) {
        sarifResults.push({
          ruleId: `schema/${issue.code}`,
          severity: 'error',
          // The path says which field: "is required (an object)" alone does not.
          message: `${formatPath(issue.path)}: ${issue.message}`,
          file: issue.file,
          line: issue.line,
          column: issue.column,
        });
      }
      for (const f of r.findings) {
        sarifResults.push({
          ruleId: f.rule,
          severity: f.severity,
          message: f.fixText === undefined ? f.text : `${f.text} Fix: ${f.fixText}`,
          file: f.file,
          line: f.line,
          column: f.column,
        });
      }
    }
    const used = new Set(findings.map((f) => f.rule));
    const rules = [...used].sort().map((id) => ({
      id,
      description: policy.rules[id]?.meta.description ?? id,
    }));
    const totals = {
      files: results.length,
      results: sarifResults.length,
      findings: findings.length,
      issues: issueCount,
      invalidFiles: notChecked.length,
    };
    return `${JSON.stringify(toSarif(sarifResults, rules, context.version, totals), null, 2)}\n`;
  }
  const lines: string[] = [];
  let file: string | undefined;
  let inFile = 0;
  const flush = () => {
    if (file !== undefined && inFile > maxIssues)
      lines.push(terminalText(moreLine(inFile - maxIssues, file)));
  };
  // --quiet: the error findings only; the summary still counts every finding.
  const printed = quiet ? findings.filter((f) => f.severity === 'error') : findings;
  for (const f of [...printed].sort(byLocation)) {
    if (f.file !== file) {
      flush();
      file = f.file;
      inFile = 0;
    }
    inFile++;
    if (inFile > maxIssues) continue;
    // A finding's line, and its fix on the next: each one line, whatever the titles hold.
    lines.push(terminalText(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.text}`));
    if (f.fixText !== undefined) lines.push(`    fix: ${terminalText(f.fixText)}`);
  }
  flush();
  const checked = results.length - notChecked.length;
  const total = counts.error + counts.warning + counts.info;
  const mark = counts.error > 0 ? '✖' : counts.warning > 0 ? '⚠' : 'ℹ';
  const summary: string[] = [];
  if (checked > 0) {
    summary.push(
      total === 0
        ? `✔ no problems in ${plural(checked, 'file')}`
        : `${mark} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}) in ${plural(checked, 'file')}`,
    );
  }
  // One file: its message is the whole story. Several: say which were not checked, and why.
  if (notChecked.length > 0 && results.length > 1) {
    const named = notChecked.map(
      (r) =>
        `${r.file} (${r.error === undefined ? 'not a valid OKR set' : (r.label ?? 'unreadable')})`,
    );
    const shown = named.slice(0, 20);
    if (named.length > shown.length) shown.push(`… and ${named.length - shown.length} more`);
    summary.push(
      terminalText(
        `✖ ${notChecked.length} of ${plural(results.length, 'file')} not checked (bad input, see the messages above): ${shown.join(', ')}`,
      ),
    );
  }
  const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  if (summary.length === 0) return body;
  return `${body}${body === '' ? '' : '\n'}${summary.join('\n')}\n`;
}

function byLocation(a: LocatedFinding, b: LocatedFinding): number {
  return a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
