/**
 * `sokr schema`: prints the JSON Schema of the OKR set.
 *
 * @module
 */
import { okrSetJsonSchema } from '../../model/okrSetJsonSchema.js';
import { expectPositionals, stringOption } from '../args.js';
import { EXIT_OK } from '../CliError.js';
import type { Command } from '../command.js';
import { writeOutput } from '../output.js';

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
  async run({ args, io }) {
    expectPositionals(args, []);
    await writeOutput(io, stringOption(args, 'out'), `${JSON.stringify(okrSetJsonSchema(), null, 2)}\n`);
    return EXIT_OK;
  },
};
