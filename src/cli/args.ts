/**
 * Command-line arguments: a thin layer over `node:util` `parseArgs` that turns
 * its errors into one clear {@link CliError} and reads typed option values.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../_lib/date.js';
import { CliError } from './CliError.js';

/** Declaration of one option, as `parseArgs` takes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** Options every command understands. */
export const globalOptions: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
};

/** The parsed command line of one command. */
export interface ParsedArgs {
  readonly command: string;
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses the arguments of `command` strictly: unknown options and missing
 * option values become a {@link CliError} (exit code 2) pointing at `--help`.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Record<string, OptionSpec>,
): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...globalOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { command, values, positionals };
  } catch (error) {
    throw new CliError(describeParseArgsError(error), { helpCommand: command });
  }
}

function describeParseArgsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = /'([^']+)'/.exec(message)?.[1];
    return name === undefined ? message.split('. ')[0]! : `unknown option '${name}'`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'(--?[\w-]+)/.exec(message)?.[1];
    if (message.includes('argument missing') && name !== undefined) {
      return `option '${name}' needs a value`;
    }
    if (name !== undefined) return `option '${name}' takes no value`;
  }
  return message.replace(/\.$/, '');
}

/** A string option, or `undefined` when absent. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean flag. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A string option restricted to `choices`, with a default. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    `option '--${name}' must be one of ${choices.join(', ')} (got '${value}')`,
    { helpCommand: args.command },
  );
}

/** `--as-of <date>`: an ISO-8601 date or date-time, required or optional. */
export function asOfOption(args: ParsedArgs, required: true): string;
export function asOfOption(args: ParsedArgs, required: false): string | undefined;
export function asOfOption(args: ParsedArgs, required: boolean): string | undefined {
  const value = stringOption(args, 'as-of');
  if (value === undefined) {
    if (required) {
      throw new CliError("option '--as-of <date>' is required (e.g. --as-of 2026-02-15)", {
        helpCommand: args.command,
      });
    }
    return undefined;
  }
  if (parseIsoDate(value) === undefined) {
    throw new CliError(
      `option '--as-of' must be an ISO-8601 date like 2026-02-15 or 2026-02-15T09:00:00Z (got '${value}')`,
      { helpCommand: args.command },
    );
  }
  return value;
}

/**
 * Checks the number of positional arguments: exactly `names.length`, or at
 * least `min` when `variadic` (the last name repeats).
 */
export function expectPositionals(
  args: ParsedArgs,
  names: readonly string[],
  options: { min?: number; variadic?: boolean } = {},
): readonly string[] {
  const min = options.min ?? names.length;
  const count = args.positionals.length;
  if (count < min) {
    throw new CliError(`missing argument <${names[count] ?? names[names.length - 1]}>`, {
      helpCommand: args.command,
    });
  }
  if (!options.variadic && count > names.length) {
    throw new CliError(`unexpected argument '${args.positionals[names.length]}'`, {
      helpCommand: args.command,
    });
  }
  return args.positionals;
}
