/**
 * `sokr schema`: prints the JSON Schema of the OKR set.
 *
 * @module
 */
import { okrSetJsonSchema } from '../../model/okrSetJsonSchema.js';
import { expectPositionals, stringOption } from '../args.js';
import { EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { writeOutput } from '../output.js';

/** Runs `sokr schema` (loaded only when the command runs, so `--help` stays fast). */
export async function runSchema({ args, io }: CommandContext): Promise<number> {
  expectPositionals(args, []);
  await writeOutput(
    io,
    stringOption(args, 'out'),
    `${JSON.stringify(okrSetJsonSchema(), null, 2)}\n`,
  );
  return EXIT_OK;
}
