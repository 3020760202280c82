/**
 * Entry point of the `sokr` binary (bundled by tsup into dist/cli.js).
 * The only module of sokr that does I/O.
 *
 * @module
 */
import { version } from '../../package.json';
import { commands } from './commands.js';
import { runCli } from './runCli.js';

// `sokr schema | head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  version,
  commands,
});

// Done: a handle left open by a policy module (a timer, a socket) must not keep
// the process alive. Exit once the output is flushed, if nothing else ends it first.
const exitWhenFlushed = (): void => {
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) {
    setTimeout(exitWhenFlushed, 100).unref();
    return;
  }
  process.exit();
};
setTimeout(exitWhenFlushed, 500).unref();
