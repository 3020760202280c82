/**
 * Expands the file and directory arguments of `sokr validate` into the list
 * of OKR files to check.
 *
 * @module
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError } from './CliError.js';
import { displayPath } from './sourceDocument.js';

/** File names `sokr validate <dir>` picks up. */
export const OKR_FILE_PATTERN = /\.okr\.(json|ya?ml)$/i;

/** A file to check, or one found in a directory that cannot be read. */
export interface CollectedFile {
  /** Absolute path (through the links it was found by), or `-` for stdin. */
  readonly path: string;
  /** Why the file cannot be read (a broken link, an unreadable directory), when it cannot. */
  readonly error?: string;
  /** That reason in a few words, for the summary. */
  readonly label?: string;
}

/** What walking the arguments found. */
export interface Collected {
  readonly files: CollectedFile[];
  /** Things skipped that the user should hear about (e.g. a broken link with another name). */
  readonly notes: string[];
}

/**
 * Files named on the command line are taken as they are (`-` is stdin);
 * directories are walked recursively (skipping `node_modules` and
 * dot-directories) for `*.okr.json`, `*.okr.yaml` and `*.okr.yml` files, in
 * sorted order. Symbolic links are followed: a link to a file counts as that
 * file, a link to a directory is walked unless that directory (by its real
 * path) is already being walked, so link cycles end. A broken link with an
 * OKR file name, or a directory that cannot be read, is returned with an
 * `error`, never skipped; a broken link with another name, or a named pipe,
 * socket or device with an OKR file name, gives a note.
 *
 * @returns absolute paths, without duplicates (by real path), in argument order
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<Collected> {
  const files: CollectedFile[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const add = async (file: CollectedFile) => {
    const key =
      file.error === undefined && file.path !== '-'
        ? await realpath(file.path).catch(() => file.path)
        : file.path;
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      await add({ path: '-' });
      continue;
    }
    const absolute = resolve(cwd, arg);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const isLink = await lstat(absolute).then(
        (l) => l.isSymbolicLink(),
        () => false,
      );
      if (isLink) {
        await add({
          path: absolute,
          error: await brokenLink(absolute, cwd, code),
          label: 'broken link',
        });
        continue;
      }
      throw new CliError(`${displayPath(absolute, cwd)}: no such file or directory`);
    }
    if (!info.isDirectory()) {
      await add({ path: absolute });
      continue;
    }
    const found = await walk(absolute, cwd, notes);
    if (found.length === 0) {
      throw new CliError(
        `${displayPath(absolute, cwd)}: no *.okr.json, *.okr.yaml or *.okr.yml files in this directory`,
      );
    }
    for (const file of found) await add(file);
  }
  return { files, notes };
}

async function brokenLink(path: string, cwd: string, code: unknown): Promise<string> {
  const shown = displayPath(path, cwd);
  if (code === 'ELOOP')
    return `${shown}: cannot read the file: the symbolic link loops back on itself`;
  const target = await readlink(path).catch(() => undefined);
  return `${shown}: cannot read the file: broken symbolic link${target === undefined ? '' : ` (its target ${target} does not exist)`}`;
}

async function walk(dir: string, cwd: string, notes: string[]): Promise<CollectedFile[]> {
  const files: CollectedFile[] = [];
  const visited = new Set<string>();
  // Breadth first, in name order: of two ways to one directory, the shorter path is shown.
  const pending = [dir];
  for (let next = 0; next < pending.length; next++) {
    const current = pending[next]!;
    const real = await realpath(current).catch(() => current);
    if (visited.has(real)) continue; // a link back to a directory already walked
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const reason =
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
      files.push({
        path: current,
        error: `${displayPath(current, cwd)}: cannot read the directory (${reason})`,
        label: 'unreadable directory',
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) {
        if (OKR_FILE_PATTERN.test(entry.name)) files.push({ path });
      } else if (entry.isSymbolicLink()) {
        let target: Awaited<ReturnType<typeof stat>>;
        try {
          target = await stat(path);
        } catch (error) {
          const code = (error as { code?: unknown } | null)?.code;
          if (OKR_FILE_PATTERN.test(entry.name))
            files.push({ path, error: await brokenLink(path, cwd, code), label: 'broken link' });
          else notes.push(`skipped ${displayPath(path, cwd)}: broken symbolic link`);
          continue;
        }
        if (target.isDirectory()) pending.push(path);
        else if (!OKR_FILE_PATTERN.test(entry.name)) continue;
        else if (target.isFile()) files.push({ path });
        else notes.push(`skipped ${displayPath(path, cwd)}: ${notAFile(target)}`);
      } else if (OKR_FILE_PATTERN.test(entry.name)) {
        // A named pipe would wait for a writer for ever; a socket or a device is no OKR file.
        notes.push(`skipped ${displayPath(path, cwd)}: ${notAFile(entry)}`);
      }
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Why an entry with an OKR file name found in a directory is not read. */
function notAFile(entry: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  const kind = entry.isFIFO()
    ? 'a named pipe'
    : entry.isSocket()
      ? 'a socket'
      : entry.isBlockDevice() || entry.isCharacterDevice()
        ? 'a device'
        : 'not a file';
  return `not a regular file (${kind}); name it on the command line to read it`;
}
