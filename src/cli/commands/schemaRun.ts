/**
 * `sokr schema`: prints the JSON Schema of OKR files.
 *
 * @module
 */
import { closestMatch } from '../../_lib/closestMatch.js';
import { authoringJsonSchema } from '../../model/authoringJsonSchema.js';
import { okrSetJsonSchema } from '../../model/okrSetJsonSchema.js';
import { expectPositionals, stringOption } from '../args.js';
import { CliError, EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { writeOutput } from '../output.js';

const FORMATS = {
  authoring: authoringJsonSchema,
  flat: okrSetJsonSchema,
} as const;

/** Runs `sokr schema` (loaded only when the command runs, so `--help` stays fast). */
export async function runSchema({ args, io }: CommandContext): Promise<number> {
  expectPositionals(args, []);
  const format = stringOption(args, 'format') ?? 'flat';
  if (!Object.hasOwn(FORMATS, format)) {
    const close = closestMatch(format, Object.keys(FORMATS));
    throw new CliError(
      `option '--format' must be authoring or flat (got '${format}')${close === undefined ? '' : ` (did you mean '${close}'?)`}`,
      { helpCommand: 'schema' },
    );
  }
  const schema = FORMATS[format as keyof typeof FORMATS]();
  await writeOutput(io, stringOption(args, 'out'), `${JSON.stringify(schema, null, 2)}\n`);
  return EXIT_OK;
}
