/**
 * The one error the command line reports without a stack trace: bad input
 * (missing file, invalid YAML/JSON, schema error, unknown option).
 *
 * @module
 */

/** Exit code for success (and for findings that are only warnings or infos). */
export const EXIT_OK = 0;
/** Exit code when `sokr validate` finds at least one error. */
export const EXIT_FINDINGS = 1;
/** Exit code for bad input or a bad command line. */
export const EXIT_BAD_INPUT = 2;

/**
 * Bad input or usage. `message` is one clear sentence; `details` are extra
 * lines printed under it (e.g. one line per schema issue with its location).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  readonly details: readonly string[];
  /** When set, the message ends with a pointer to this command's `--help`. */
  readonly helpCommand: string | undefined;
  /** What went wrong with an input file, in a few words for summaries (`invalid YAML`, `too large`). */
  readonly label: string | undefined;

  constructor(
    message: string,
    options: {
      exitCode?: number;
      details?: readonly string[];
      helpCommand?: string;
      cause?: unknown;
      label?: string;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? EXIT_BAD_INPUT;
    this.details = options.details ?? [];
    this.helpCommand = options.helpCommand;
    this.label = options.label;
  }
}

/** Type guard for {@link CliError}. */
export function isCliError(error: unknown): error is CliError {
  return error instanceof CliError;
}
