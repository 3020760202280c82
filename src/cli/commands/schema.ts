/**
 * `sokr schema`: prints the JSON Schema of OKR files.
 *
 * @module
 */
import type { Command } from '../command.js';

const HELP = `Usage: sokr schema [--format authoring|flat] [--out <file>]

Prints a JSON Schema (draft 2020-12) of OKR files, for editors (YAML/JSON
language servers: completion, help on hover, checks as you type) and tools in
other languages.

Options:
  --format <f>   authoring: the nested format people write (objectives hold
                 their key results, ids optional), as 'sokr init' writes it;
                 flat: the normalized OKR set (every id given) — the default
  --out <file>   write to a file (in a directory that exists) instead of stdout

The authoring schema ships with the package: the first line of an OKR file
  # yaml-language-server: $schema=./node_modules/sokr/schema/authoring.json
makes the VS Code YAML extension (and other yaml-language-server editors) use it.`;

/** The `schema` command. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of OKR files (authoring or flat)',
  help: HELP,
  options: { out: { type: 'string', short: 'o' }, format: { type: 'string' } },
  async run(context) {
    const { runSchema } = await import('./schemaRun.js');
    return runSchema(context);
  },
};
