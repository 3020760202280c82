/**
 * The list of `sokr` subcommands, in the order `sokr --help` shows them.
 *
 * @module
 */
import type { Command } from './command.js';
import { cyclesCommand } from './commands/cycles.js';
import { initCommand } from './commands/init.js';
import { remindCommand } from './commands/remind.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';

/** Every subcommand of the `sokr` binary. */
export const commands: readonly Command[] = [
  validateCommand,
  scoreCommand,
  reportCommand,
  remindCommand,
  schemaCommand,
  initCommand,
  cyclesCommand,
];
