/**
 * The shape of a `sokr` subcommand.
 *
 * @module
 */
import type { OptionSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';
import type { Progress } from './progress.js';

/** What a command gets when it runs. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly io: CliIo;
  readonly progress: Progress;
  /** The sokr version (for tool metadata such as SARIF). */
  readonly version: string;
}

/** A subcommand: its options, its help text and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the command list in `sokr --help`. */
  readonly summary: string;
  /** The full `sokr <name> --help` text (without the global options). */
  readonly help: string;
  readonly options: Record<string, OptionSpec>;
  /** Runs the command and returns the exit code. Throws `CliError` for bad input. */
  run(context: CommandContext): Promise<number>;
}
