/**
 * `sokr init [file]`: writes a small, valid starter OKR file.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { expectPositionals, stringOption } from '../args.js';
import { CliError, EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { displayPath } from '../sourceDocument.js';
import { DEFAULT_SCHEMA, starterTemplate } from '../starterTemplate.js';

import { DEFAULT_FILE } from './init.js';

/** Runs `sokr init` (loaded only when the command runs, so `--help` stays fast). */
export async function runInit({ args, io }: CommandContext): Promise<number> {
  const [target = DEFAULT_FILE] = expectPositionals(args, ['file'], { min: 0 });
  const yearText = stringOption(args, 'year');
  const year = yearText === undefined ? new Date().getUTCFullYear() : Number(yearText);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new CliError(`option '--year' must be a four-digit year (got '${yearText}')`, {
      helpCommand: 'init',
    });
  }
  const absolute = resolve(io.cwd, target);
  const file = displayPath(absolute, io.cwd);
  const schema = stringOption(args, 'schema') ?? shippedSchemaFrom(dirname(absolute), io.cwd);
  if (/[\r\n]/.test(schema)) {
    throw new CliError(`option '--schema' must be one line`, { helpCommand: 'init' });
  }
  try {
    await writeFile(absolute, starterTemplate(year, schema), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST')
      throw new CliError(
        `${file} already exists; not overwriting it (choose another name or delete it)`,
      );
    if (code === 'ENOENT') throw new CliError(`${file}: the directory does not exist`);
    throw new CliError(
      `${file}: cannot write the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  io.stdout.write(
    `Wrote ${file}. Next:\n  sokr validate ${file}\n  sokr score ${file} --as-of ${year}-02-15\n`,
  );
  return EXIT_OK;
}

/**
 * The shipped schema (`<cwd>/node_modules/sokr/schema/authoring.json`) as a
 * path relative to the directory of the file written: yaml-language-server
 * resolves a relative `$schema` from the file's own directory.
 */
function shippedSchemaFrom(fileDir: string, cwd: string): string {
  const rel = relative(fileDir, cwd);
  if (rel === '') return DEFAULT_SCHEMA;
  const up = rel.split(sep).join('/');
  return `${up.startsWith('.') ? up : `./${up}`}/node_modules/sokr/schema/authoring.json`;
}
