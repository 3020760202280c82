/**
 * `sokr schema`: prints the JSON Schema of the OKR set.
 *
 * @module
 */
import type { Command } from '../command.js';

const HELP = `Usage: sokr schema [--out <file>]

Prints the JSON Schema (draft 2020-12) of the flat OKR set, for editors
(YAML/JSON language servers) and tools in other languages.

Options:
  --out <file>   write to a file instead of stdout

Example (VS Code YAML extension, first line of an OKR file):
  # yaml-language-server: $schema=./okr-set.schema.json`;

/** The `schema` command. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the OKR set',
  help: HELP,
  options: { out: { type: 'string', short: 'o' } },
  async run(context) {
    const { runSchema } = await import('./schemaRun.js');
    return runSchema(context);
  },
};
