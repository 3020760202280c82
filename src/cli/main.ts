// The sokr command line (filled by the CLI issue). For now: version and usage.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  process.stdout.write(`sokr ${pkg.version}\n\nUsage: sokr <command> [options]\n\nCommands arrive in a later release.\n`);
}
