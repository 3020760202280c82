/**
 * The list of `sokr` subcommands, in the order `sokr --help` shows them.
 *
 * @module
 */
import type { Command } from './command.js';
import { initCommand } from './commands/init.js';

/** Every subcommand of the `sokr` binary. */
export const commands: readonly Command[] = [initCommand];
