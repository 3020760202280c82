/**
 * Expands the file and directory arguments of `sokr validate` into the list
 * of OKR files to check.
 *
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError } from './CliError.js';
import { displayPath } from './sourceDocument.js';

/** File names `sokr validate <dir>` picks up. */
export const OKR_FILE_PATTERN = /\.okr\.(json|ya?ml)$/i;

/**
 * Files named on the command line are taken as they are; directories are
 * walked recursively (skipping `node_modules` and dot-directories) for
 * `*.okr.json`, `*.okr.yaml` and `*.okr.yml`, in sorted order.
 *
 * @returns absolute paths, without duplicates, in argument order
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch {
      throw new CliError(`${displayPath(absolute, cwd)}: no such file or directory`);
    }
    if (!info.isDirectory()) {
      add(absolute);
      continue;
    }
    const found = await walk(absolute);
    if (found.length === 0) {
      throw new CliError(
        `${displayPath(absolute, cwd)}: no *.okr.json, *.okr.yaml or *.okr.yml files in this directory`,
      );
    }
    found.forEach(add);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && OKR_FILE_PATTERN.test(entry.name)) files.push(path);
    }
  }
  return files.sort();
}
