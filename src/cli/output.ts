/**
 * Writing a command's result to stdout or to `--out <file>`, and the one
 * function that makes user text safe to print on a terminal.
 *
 * @module
 */
import { stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from './CliError.js';
import type { CliIo } from './io.js';

/**
 * What {@link terminalText} replaces: every C0 control character (tab, line
 * feed and carriage return included), DEL, every C1 control character (CSI,
 * OSC, NEL, …) and the Unicode line and paragraph separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const CONTROLS = /[\0-\x1f\x7f-\x9f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const CONTROLS_ALL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const CONTROLS_BUT_LF_ALL = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * User text (a title, a name, a file name, an issue's message) made safe for
 * a terminal: every control character and line break is shown as a visible
 * escape — `\n`, `\r`, `\t`, `\u001b` (ESC), `\u009b` (CSI), `\u2028` — so
 * a title can neither forge an output line (`\r\nfake.okr.json:1:1 error …`)
 * nor send the terminal an escape sequence (clear the screen, set the window
 * title, a hyperlink). Backslashes are left as they are. Used for every
 * piece of user text the CLI prints in its text formats (the validate lines
 * and messages, the score table, stderr), and, with `lines`, for a whole
 * Markdown document printed to stdout: its own line breaks stay, nothing
 * else does.
 *
 * @param text - the text to print.
 * @param options - `lines: true` keeps line feeds (a document of many lines).
 */
export function terminalText(text: string, options: { lines?: boolean } = {}): string {
  // Most texts have no control character: test first, so that they are returned as they are.
  if (!CONTROLS.test(text)) return text;
  return text.replace(options.lines === true ? CONTROLS_BUT_LF_ALL : CONTROLS_ALL, visible);
}

/** The path to show for `absolute`: relative to `cwd` when inside it. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/** How {@link writeOutput} treats the text on stdout. */
export interface OutputOptions {
  /**
   * `'text'`: a terminal format (Markdown, the digest, a table), passed
   * through {@link terminalText} (line breaks kept) when printed to stdout,
   * whether stdout is a terminal or not; written to `--out` as it is.
   * `'data'` (the default): JSON, SARIF, HTML, YAML: printed as it is.
   */
  readonly kind?: 'text' | 'data';
  /** The input file the output was made from (`-`: stdin): `--out` must not overwrite it. */
  readonly input?: string | undefined;
}

/**
 * Writes `text` to the file `out` and names it on stderr, or to stdout when
 * `out` is undefined or `-`. The file's directory must exist: a missing one
 * is a clear error (sokr creates no directories for `--out <file>`).
 */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  text: string,
  options: OutputOptions = {},
): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(options.kind === 'text' ? terminalText(text, { lines: true }) : text);
    return;
  }
  const absolute = resolve(io.cwd, out);
  const file = displayPath(absolute, io.cwd);
  await requireDirectory(dirname(absolute), io.cwd, file);
  const target = await stat(absolute).catch(() => undefined);
  if (target?.isDirectory()) {
    throw new CliError(
      `${file}: is a directory; --out takes a file name (e.g. ${join(file, 'report.md')})`,
    );
  }
  if (target !== undefined && options.input !== undefined && options.input !== '-') {
    // The same file by any path (a link, ./, a hard link): the OKR file itself.
    const source = await stat(resolve(io.cwd, options.input)).catch(() => undefined);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) {
      throw new CliError(
        `${file}: is the input file; --out would overwrite your OKRs with the output (choose another name)`,
      );
    }
  }
  try {
    await writeFile(absolute, text, 'utf8');
  } catch (error) {
    throw new CliError(
      `${file}: cannot write the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  io.stderr.write(`sokr: wrote ${terminalText(file)}\n`);
}

/**
 * Throws a {@link CliError} (printed through {@link terminalText}, as every
 * message) unless `dir` is an existing directory: `--out`
 * writes into a directory that is there, never creates one (a typo in a path
 * would otherwise leave directories anywhere).
 *
 * @param dir - the absolute directory.
 * @param cwd - for the path shown.
 * @param what - what is written there, as shown (`weekly.md`).
 * @param makesLast - the command makes `--out` itself, in `dir` (`sokr remind`).
 */
export async function requireDirectory(
  dir: string,
  cwd: string,
  what: string,
  makesLast = false,
): Promise<void> {
  const shown = displayPath(dir, cwd);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch {
    throw new CliError(
      `${what}: the directory ${shown} does not exist; create it first (${makesLast ? '--out makes only its last directory' : '--out does not create directories'})`,
    );
  }
  if (!isDirectory) throw new CliError(`${what}: ${shown} is not a directory`);
}
