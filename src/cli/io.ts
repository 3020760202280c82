/**
 * The outside world of the command line, passed in so commands stay testable:
 * output streams, working directory and environment.
 *
 * @module
 */
import type { InputStream } from './inputText.js';

/** A stream the CLI writes to (stdout or stderr). */
export interface CliStream {
  write(chunk: string): boolean;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean;
}

/** What a command may touch besides the files it is asked to read or write. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for `-` as a file name. */
  readonly stdin?: InputStream;
}
