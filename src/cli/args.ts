/**
 * Command-line arguments: a thin layer over `node:util` `parseArgs` that turns
 * its errors into one clear {@link CliError} and reads typed option values.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { closestMatch } from '../_lib/closestMatch.js';
import { parseIsoDate } from '../_lib/date.js';
import { CliError } from './CliError.js';
import { defaultLimits, type InputLimits, parseByteSize } from './inputText.js';

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
  const all = { ...globalOptions, ...options };
  const joined = joinNegativeValues(args, all);
  let parsed: {
    values: ParsedArgs['values'];
    positionals: string[];
    tokens: { kind: string; name?: string; value?: string | undefined }[];
  };
  try {
    parsed = parseArgs({
      args: joined,
      options: all,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new CliError(describeParseArgsError(error, joined, Object.keys(all)), {
      helpCommand: command,
    });
  }
  refuseRepeats(parsed.tokens, all, command);
  return { command, values: parsed.values, positionals: parsed.positionals };
}

/**
 * A single-value option given twice (`--format json --format sarif`) is
 * refused: `parseArgs` would keep the last one silently. Flags (`--quiet
 * --quiet`) and options declared `multiple` may repeat.
 */
function refuseRepeats(
  tokens: readonly { kind: string; name?: string; value?: string | undefined }[],
  options: Record<string, OptionSpec>,
  command: string,
): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const spec = options[token.name];
    if (spec === undefined || spec.type !== 'string' || spec.multiple === true) continue;
    const value = token.value ?? '';
    const first = seen.get(token.name);
    if (first === undefined) {
      seen.set(token.name, value);
      continue;
    }
    throw new CliError(
      `option '--${token.name}' is given twice ('${first}', then '${value}'); give it once`,
      { helpCommand: command },
    );
  }
}

/**
 * `--as-of -1`, `--max-warnings -3`: a string option followed by what looks
 * like a negative number takes it as its value (as `--as-of=-1`), so that the
 * option's own check explains what is wrong with it.
 */
function joinNegativeValues(
  args: readonly string[],
  options: Record<string, OptionSpec>,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = arg.startsWith('--')
      ? arg.slice(2)
      : /^-\w$/.test(arg)
        ? Object.keys(options).find((key) => options[key]!.short === arg[1])
        : undefined;
    if (
      name !== undefined &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      /^-[\d.]/.test(next)
    ) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function describeParseArgsError(
  error: unknown,
  args: readonly string[],
  known: readonly string[],
): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = /'([^']+)'/.exec(message)?.[1];
    if (name === undefined) return message.split('. ')[0]!;
    const close = name.startsWith('--') ? closestMatch(name.slice(2), known) : undefined;
    return `unknown option '${name}'${close === undefined ? '' : ` (did you mean '--${close}'?)`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'(--?[\w-]+)/.exec(message)?.[1];
    if (message.includes('argument missing') && name !== undefined) {
      return `option '${name}' needs a value`;
    }
    if (message.includes('ambiguous') && name !== undefined) {
      const next = args[args.indexOf(name) + 1];
      return `option '${name}' needs a value, but '${next}' follows it (to give a value that starts with '-', write ${name}=${next})`;
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
  const close = closeChoice(value, choices);
  throw new CliError(
    `option '--${name}' must be one of ${choices.join(', ')} (got '${value}'${close === undefined ? '' : `; did you mean '${close}'?`})`,
    { helpCommand: args.command },
  );
}

/**
 * The choice `value` is probably a typo of, if any: the closest one that
 * starts with the same letter (among choices of two to seven letters, two
 * edits are most of a word: `pdf` is not a mistyped `md`).
 */
export function closeChoice(value: string, choices: readonly string[]): string | undefined {
  const close = closestMatch(value, choices);
  return close !== undefined && close[0]?.toLowerCase() === value[0]?.toLowerCase()
    ? close
    : undefined;
}

/** The forms `--as-of` accepts, for messages. */
export const AS_OF_FORMS =
  'a date (YYYY-MM-DD, e.g. 2026-02-15), an ISO-8601 date-time (e.g. 2026-02-15T09:00:00Z) or epoch milliseconds (e.g. 1771113600000)';

/**
 * `--as-of <date>`: an ISO-8601 date or date-time, or epoch milliseconds (a
 * whole number of 12 to 16 digits, from 1973-03-03 up to {@link MAX_AS_OF_MS}),
 * required or optional. Epoch milliseconds are turned into an ISO date-time.
 */
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
  const parsed = parseAsOf(value);
  if (typeof parsed === 'string') return parsed;
  throw new CliError(`option '--as-of' must be ${AS_OF_FORMS}; got '${value}'${parsed.hint}`, {
    helpCommand: args.command,
  });
}

/**
 * The latest instant `--as-of` takes in epoch milliseconds, 9999-12-31T23:59:59.999Z:
 * dates in sokr are ISO dates of the years 0000–9999, and a later instant has
 * no such form (`+275760-09-13T…`).
 */
export const MAX_AS_OF_MS = 253402300799999;

/** The ISO text for an `--as-of` value, or why it is refused. */
export function parseAsOf(value: string): string | { hint: string } {
  if (parseIsoDate(value) !== undefined) return value;
  if (/^\d{12,16}$/.test(value)) {
    const ms = Number(value);
    if (ms <= MAX_AS_OF_MS) return new Date(ms).toISOString();
    return {
      hint: ` (out of range: epoch milliseconds go up to ${MAX_AS_OF_MS}, 9999-12-31T23:59:59.999Z; dates are years 0000–9999)`,
    };
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact !== null && parseIsoDate(`${compact[1]}-${compact[2]}-${compact[3]}`) !== undefined) {
    return { hint: ` (did you mean ${compact[1]}-${compact[2]}-${compact[3]}?)` };
  }
  // Epoch milliseconds have 12 to 16 digits, so that epoch seconds or a compact date are not read as 1970.
  if (/^\d{1,8}$/.test(value))
    return {
      hint: ' (epoch milliseconds have 12 to 16 digits, so that epoch seconds or a compact date are never read as a day in 1970; for 1 January 1970 write 1970-01-01)',
    };
  if (/^\d{9,11}$/.test(value)) return { hint: ' (epoch seconds? give milliseconds: 13 digits)' };
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return { hint: ' (no such date or time)' };
  return { hint: '' };
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

/** How many issues or findings per file the text output shows unless asked for all. */
export const DEFAULT_MAX_ISSUES = 100;

/** `--max-input-size <size>`, for the commands that read OKR files. */
export const inputOptions: Record<string, OptionSpec> = {
  'max-input-size': { type: 'string' },
};

/** The help lines of {@link inputOptions}. */
export const INPUT_OPTIONS_HELP = `  --max-input-size <size>
                     largest input file read, in bytes or with a KB, MB or GB
                     suffix (binary: 1 MB = 1024 KB); default 32MB. Reading
                     YAML takes about 1.5 s and 130 MB of memory per MB`;

/** The input limits from `--max-input-size` (default 32 MiB). */
export function inputLimitsOption(args: ParsedArgs): InputLimits {
  const text = stringOption(args, 'max-input-size');
  if (text === undefined) return defaultLimits;
  const bytes = parseByteSize(text);
  if (bytes === undefined) {
    throw new CliError(
      `option '--max-input-size' must be a size in bytes, or with a KB, MB or GB suffix, like 200MB (got '${text}')`,
      { helpCommand: args.command },
    );
  }
  return { maxBytes: bytes };
}
