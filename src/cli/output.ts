/**
 * Writing a command's result to stdout or to `--out <file>`.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './CliError.js';
import type { CliIo } from './io.js';
import { displayPath } from './sourceDocument.js';

/**
 * Writes `text` to the file `out` (creating its directory) and names it on
 * stderr, or to stdout when `out` is undefined or `-`.
 */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const absolute = resolve(io.cwd, out);
  const file = displayPath(absolute, io.cwd);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, text, 'utf8');
  } catch (error) {
    throw new CliError(
      `${file}: cannot write the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  io.stderr.write(`sokr: wrote ${file}\n`);
}
