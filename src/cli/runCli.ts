/**
 * The `sokr` command line: picks the subcommand, parses its options, runs it,
 * and turns failures into one clear message and an exit code.
 *
 * @module
 */
import { closestMatch } from '../_lib/closestMatch.js';
import { isSokrError, type SokrError } from '../model/SokrError.js';
import { formatPath } from '../model/issue.js';
import { parseCommandArgs } from './args.js';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './CliError.js';
import type { Command } from './command.js';
import type { CliIo } from './io.js';
import { terminalText } from './output.js';
import { createProgress } from './progress.js';

/** Exit code for a failure that is a bug in sokr, not bad input. */
export const EXIT_INTERNAL = 3;

const GLOBAL_HELP = `Options available everywhere:
  -h, --help       show help (also: sokr <command> --help)
  -v, --version    print the sokr version
      --debug      print stack traces of unexpected errors`;

/** Everything `runCli` needs besides the arguments. */
export interface CliContext extends CliIo {
  readonly version: string;
  readonly commands: readonly Command[];
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns
 * the exit code: 0 success, 1 validation errors found, 2 bad input or usage,
 * 3 an internal error.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const { stdout, stderr } = context;
  const debug = argv.includes('--debug');
  const index = argv.findIndex((a) => !a.startsWith('-'));
  const name = index === -1 ? undefined : argv[index];
  const rest = index === -1 ? argv : [...argv.slice(0, index), ...argv.slice(index + 1)];
  // SOKR_NO_PROGRESS silences the indicator; SOKR_PROGRESS_DELAY_MS (tests) changes its 1 s delay.
  const delay = Number(context.env['SOKR_PROGRESS_DELAY_MS']);
  const progress = createProgress(stderr, {
    enabled: stderr.isTTY === true && context.env['SOKR_NO_PROGRESS'] === undefined,
    ...(Number.isFinite(delay) && delay >= 0 ? { delayMs: delay } : {}),
  });
  try {
    if (name === undefined) {
      const args = parseCommandArgs('sokr', rest, {});
      if (args.values['version'] === true) stdout.write(`${context.version}\n`);
      else stdout.write(globalHelp(context));
      return EXIT_OK;
    }
    if (name === 'help') {
      // `sokr help [command]` is `sokr [command] --help`.
      const topic = argv.slice(index + 1).find((a) => !a.startsWith('-'));
      const target = context.commands.find((c) => c.name === topic);
      if (topic !== undefined && target === undefined) {
        throw new CliError(`unknown command '${topic}'`, { helpCommand: 'sokr' });
      }
      stdout.write(
        target === undefined ? globalHelp(context) : `${target.help.trimEnd()}\n\n${GLOBAL_HELP}\n`,
      );
      return EXIT_OK;
    }
    const command = context.commands.find((c) => c.name === name);
    if (command === undefined) {
      const suggestion = closestMatch(
        name,
        context.commands.map((c) => c.name),
      );
      throw new CliError(
        `unknown command '${name}'${suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`}`,
        { helpCommand: 'sokr' },
      );
    }
    const args = parseCommandArgs(command.name, rest, command.options);
    if (args.values['help'] === true) {
      stdout.write(`${command.help.trimEnd()}\n\n${GLOBAL_HELP}\n`);
      return EXIT_OK;
    }
    if (args.values['version'] === true) {
      stdout.write(`${context.version}\n`);
      return EXIT_OK;
    }
    return await command.run({ args, io: context, progress, version: context.version });
  } catch (error) {
    progress.done();
    return reportError(error, context, debug);
  } finally {
    progress.done();
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  const { stderr } = io;
  // Messages quote user text (file names, titles, keys, option values): one
  // line each, no control characters (terminalText).
  if (error instanceof CliError) {
    stderr.write(`sokr: ${terminalText(error.message)}\n`);
    for (const line of error.details) stderr.write(`  ${terminalText(line)}\n`);
    if (error.helpCommand !== undefined) {
      const help =
        error.helpCommand === 'sokr' ? 'sokr --help' : `sokr ${error.helpCommand} --help`;
      stderr.write(`Run '${help}' for usage.\n`);
    }
    if (debug) {
      // The original error (e.g. a policy module that throws) is what a developer needs.
      const stack = error.cause instanceof Error ? error.cause.stack : error.stack;
      if (stack !== undefined) stderr.write(`${stack}\n`);
    }
    return error.exitCode;
  }
  if (isSokrError(error)) {
    const issues = (error as SokrError).issues;
    stderr.write(
      `sokr: ${issues.length === 1 ? 'invalid input' : `${issues.length} problems in the input`}\n`,
    );
    for (const issue of issues.slice(0, 20)) {
      stderr.write(
        `${terminalText(`  ${formatPath(issue.path)}: ${issue.code} ${issue.message}`)}\n`,
      );
    }
    if (debug && error.stack !== undefined) stderr.write(`${error.stack}\n`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`sokr: internal error: ${terminalText(message)}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) {
    stderr.write(`${error.stack}\n`);
  } else {
    stderr.write('Run again with --debug for the stack trace, and please report it.\n');
  }
  return EXIT_INTERNAL;
}

function globalHelp(context: CliContext): string {
  const width = Math.max(...context.commands.map((c) => c.name.length), 8);
  const lines = context.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `sokr ${context.version} — Strategic OKRs as code

Usage: sokr <command> [options]

Commands:
${lines.join('\n')}

${GLOBAL_HELP}

Exit codes: 0 ok, 1 validation errors found, 2 bad input or usage, 3 internal error.
Run 'sokr <command> --help' (or 'sokr help <command>') for a command's options.
`;
}

/** The candidate within edit distance 2 of `input`, if any. */
