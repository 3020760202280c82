/**
 * `sokr remind <file> --as-of <date>`: per-person digests of obligations.
 *
 * @module
 */
import { todayIn } from '../today.js';
import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { compile } from '../../core/compile.js';
import { reminderData, reminderMarkdown, reminderSlackPayload } from '../../report/reminders.js';
import { obligations } from '../../rhythm/obligations.js';
import { personDigests } from '../../rhythm/personDigests.js';
import type { ObligationsOptions, PersonDigest } from '../../rhythm/types.js';
import {
  asOfOption,
  choiceOption,
  expectPositionals,
  inputLimitsOption,
  type ParsedArgs,
  stringOption,
} from '../args.js';
import { CliError, EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { requireKnownId } from '../knownIds.js';
import { requireOkrSet } from '../okrFile.js';
import { yieldToEventLoop } from '../progress.js';
import { displayPath, requireDirectory, terminalText } from '../output.js';

// `md` is the name `sokr report` uses for Markdown: both are accepted.
const FORMATS = ['markdown', 'md', 'json', 'slack'] as const;
const EXTENSIONS = { markdown: '.md', json: '.json', slack: '.slack.json' } as const;

/** A number option in days (or a whole count), or `undefined` when absent. */
function numberOption(args: ParsedArgs, name: string, whole: boolean): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const ok = whole ? /^\d+$/.test(text) : /^\d+(\.\d+)?$/.test(text);
  if (!ok || (name === 'cadence' && Number(text) === 0)) {
    throw new CliError(
      `option '--${name}' must be a ${whole ? 'whole ' : ''}number${name === 'cadence' ? ' above 0' : ' of at least 0'} (got '${text}')`,
      { helpCommand: args.command },
    );
  }
  return Number(text);
}

/**
 * What `--person` names for the obligations nobody is named for: the name of
 * their digest's file (`unassigned.md`). A person of the set with that id
 * keeps it.
 */
const UNASSIGNED = 'unassigned';

/** An id that is its own file name: ASCII letters, digits, `.`, `_`, `-`, not starting with `.`, at most 80. */
const PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$/;
/** Names Windows keeps for devices, whatever the extension (`con.md`, `nul.slack.json`). */
const DEVICE =
  /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:\.|$)/i;

/**
 * A file name for a person id, the same whoever else owes something: a plain
 * id is its own name; any other (a `/`, `:`, `..` at the start, a space,
 * letters outside ASCII, a Windows device name, more than 80 characters) is
 * its first 60 characters with the rest as `_`, then `-` and 8 hex digits of
 * its SHA-256, so two such ids never share a file and none is too long for
 * a file system. Names that differ only in case get `-2`, `-3`… (file systems
 * that ignore case).
 */
function fileNameOf(personId: string | null, taken: Set<string>): string {
  let base: string;
  if (personId === null) base = UNASSIGNED;
  else if (PLAIN_ID.test(personId) && !DEVICE.test(personId)) base = personId;
  else {
    const hash = createHash('sha256').update(personId).digest('hex').slice(0, 8);
    base = `${[...personId]
      .slice(0, 60)
      .join('')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^\./, '_')}-${hash}`;
  }
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Runs `sokr remind` (loaded only when the command runs). */
export async function runRemind({ args, io, progress }: CommandContext): Promise<number> {
  const [path] = expectPositionals(args, ['file']);
  const asOfGiven = asOfOption(args, false);
  const chosen = choiceOption(args, 'format', FORMATS, 'markdown');
  const format = chosen === 'md' ? 'markdown' : chosen;
  const personId = stringOption(args, 'person');
  const options: ObligationsOptions = { asOf: asOfGiven ?? '' };
  const horizon = numberOption(args, 'horizon', false);
  const cadence = numberOption(args, 'cadence', false);
  const grace = numberOption(args, 'grace', false);
  const levels = numberOption(args, 'levels', true);
  if (horizon !== undefined) options.horizonDays = horizon;
  if (cadence !== undefined) options.statusPolicy = { cadenceDays: cadence };
  if (grace !== undefined) options.graceDays = grace;
  if (levels !== undefined) options.escalationLevels = levels;
  progress.step(`reading ${path}`);
  const { set } = await requireOkrSet(path!, io.cwd, {
    limits: inputLimitsOption(args),
    stdin: io.stdin,
  });
  options.asOf = asOfGiven ?? todayIn(set.timeZone, io.env);
  // `--person unassigned` picks the digest of what names nobody, unless a person has that id.
  const person: string | null | undefined =
    personId === UNASSIGNED && !set.people.some((p) => p.id === personId) ? null : personId;
  if (typeof person === 'string') {
    requireKnownId(set.people, person, 'person', `'${UNASSIGNED}': what names no one`);
  }
  progress.step('finding what is owed');
  await yieldToEventLoop();
  const compiled = compile(set);
  const result = obligations(compiled, options);
  let digests = personDigests(compiled, result);
  if (person !== undefined) {
    const own = digests.find((d) => d.personId === person);
    const name = person === null ? 'Unassigned' : set.people.find((p) => p.id === person)!.name;
    digests = [own ?? { personId: person, name, owes: [], escalated: [] }];
  }
  const asOf = { asOf: result.asOf };
  const render = (d: PersonDigest): string => {
    if (format === 'markdown') return reminderMarkdown(compiled, d, asOf);
    const data =
      format === 'json'
        ? { asOf: result.asOf, ...reminderData(compiled, d, asOf) }
        : reminderSlackPayload(compiled, d, asOf);
    return `${JSON.stringify(data, null, 2)}\n`;
  };
  const out = stringOption(args, 'out');
  if (out === undefined || out === '-') {
    // Markdown is text: on stdout, without control characters (terminalText, line breaks kept).
    if (format === 'markdown')
      io.stdout.write(terminalText(digests.map(render).join('\n'), { lines: true }));
    else if (person !== undefined) io.stdout.write(render(digests[0]!));
    else {
      const list = digests.map((d) =>
        format === 'json'
          ? reminderData(compiled, d, asOf)
          : {
              personId: d.personId,
              name: d.name,
              payload: reminderSlackPayload(compiled, d, asOf),
            },
      );
      io.stdout.write(
        `${JSON.stringify(format === 'json' ? { asOf: result.asOf, digests: list } : list, null, 2)}\n`,
      );
    }
    return EXIT_OK;
  }
  const dir = resolve(io.cwd, out);
  const taken = new Set<string>();
  // --out DIR makes DIR, in a directory that exists: no parents made anywhere.
  await requireDirectory(dirname(dir), io.cwd, displayPath(dir, io.cwd), true);
  let there: boolean | undefined;
  try {
    there = (await stat(dir)).isDirectory();
  } catch {
    there = undefined;
  }
  if (there === false) throw new CliError(`${displayPath(dir, io.cwd)} is not a directory`);
  try {
    await mkdir(dir, { recursive: true });
    for (const d of digests) {
      const file = join(dir, `${fileNameOf(d.personId, taken)}${EXTENSIONS[format]}`);
      await writeFile(file, render(d), 'utf8');
    }
  } catch (error) {
    throw new CliError(
      `${displayPath(dir, io.cwd)}: cannot write the reminders (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  io.stderr.write(
    `sokr: wrote ${digests.length} reminder${digests.length === 1 ? '' : 's'} to ${terminalText(displayPath(dir, io.cwd))}\n`,
  );
  return EXIT_OK;
}
