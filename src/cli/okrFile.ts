/**
 * Loading an OKR file (flat OKR set or nested authoring format, JSON or YAML)
 * into a validated {@link OkrSet}, with every issue and finding path mapped
 * back to a line and column of the source file.
 *
 * @module
 */
import type { Issue, Path } from '../model/issue.js';
import { formatPath } from '../model/issue.js';
import { normalizeOkrSet } from '../model/normalizeOkrSet.js';
import type { OkrSet } from '../model/types.js';
import { DEFAULT_MAX_ISSUES } from './args.js';
import { CliError } from './CliError.js';
import { defaultLimits, type InputLimits, type InputStream, readInputStream } from './inputText.js';
import {
  loadSourceDocument,
  parseSourceText,
  type SourceDocument,
  type SourcePosition,
} from './sourceDocument.js';

export { DEFAULT_MAX_ISSUES } from './args.js';

/** An issue of the input, with where it is in the source file. */
export interface LocatedIssue extends Issue, SourcePosition {
  readonly file: string;
}

/** A successfully loaded OKR file. */
export interface LoadedOkrFile {
  readonly ok: true;
  readonly file: string;
  readonly set: OkrSet;
  /** Where a path of the (flat) OKR set comes from in the source file. */
  locate(path: Path): SourcePosition;
  /** Announces the paths about to be located (one scan of a large JSON file for all). */
  prepare(paths: readonly Path[]): void;
}

/** An OKR file that was read but is not a valid OKR set. */
export interface InvalidOkrFile {
  readonly ok: false;
  readonly file: string;
  readonly issues: readonly LocatedIssue[];
}

/**
 * Reads `path` and normalizes it to an OKR set. Throws {@link CliError} when
 * the file cannot be read or parsed as JSON/YAML; returns the located issues
 * when it is not a valid OKR set.
 */
export async function loadOkrFile(
  path: string,
  cwd: string,
  options: ReadOptions = {},
): Promise<LoadedOkrFile | InvalidOkrFile> {
  return okrFileFromSource(await readSource(path, cwd, options));
}

/** How an OKR file is read. */
export interface ReadOptions {
  /** The input size limit (default 32 MiB). */
  readonly limits?: InputLimits;
  /** Where `-` reads from (stdin). */
  readonly stdin?: InputStream | undefined;
}

/** The name `-` (stdin) is shown as. */
export const STDIN_NAME = '<stdin>';

/** Reads and parses `path`, or stdin when `path` is `-`. */
export async function readSource(
  path: string,
  cwd: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  const limits = options.limits ?? defaultLimits;
  if (path !== '-') return loadSourceDocument(path, cwd, limits);
  if (options.stdin === undefined) throw new CliError(`${STDIN_NAME}: no standard input to read`);
  return parseSourceText(await readInputStream(options.stdin, STDIN_NAME, limits), STDIN_NAME);
}

/** {@link loadOkrFile} for an already parsed document. */
export function okrFileFromSource(source: SourceDocument): LoadedOkrFile | InvalidOkrFile {
  const result = normalizeOkrSet(source.data);
  if (!result.ok) {
    // Issue paths already point into the authoring document.
    source.prepare(result.issues.map((issue) => issue.path));
    const issues = result.issues.map((issue) => ({
      ...issue,
      file: source.file,
      ...source.locate(issue.path),
    }));
    // In the order of the file, as findings are: the schema's order follows
    // its fields, not the lines (a cycle's bad date before an objective's typo).
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, file: source.file, issues };
  }
  const origins = authoringOrigins(source.data, result.value);
  const toSource = (path: Path): Path => {
    const [kind, index] = path;
    const origin = typeof index === 'number' && isFlatKind(kind) ? origins[kind][index] : undefined;
    return origin === undefined ? path : [...origin, ...path.slice(2)];
  };
  return {
    ok: true,
    file: source.file,
    set: result.value,
    locate: (path) => source.locate(toSource(path)),
    prepare: (paths) => source.prepare(paths.map(toSource)),
  };
}

/** Loads an OKR file and throws a {@link CliError} listing its issues when it is invalid. */
export async function requireOkrSet(
  path: string,
  cwd: string,
  options: ReadOptions = {},
): Promise<LoadedOkrFile> {
  const loaded = await loadOkrFile(path, cwd, options);
  if (loaded.ok) return loaded;
  throw invalidOkrFileError(loaded);
}

/** The error for an invalid OKR file: a summary line and one line per issue. */
export function invalidOkrFileError(file: InvalidOkrFile): CliError {
  const count = file.issues.length;
  const shown = file.issues.slice(0, DEFAULT_MAX_ISSUES).map(formatLocatedIssue);
  if (count > shown.length) {
    shown.push(
      `… and ${count - shown.length} more (sokr validate ${file.file === STDIN_NAME ? '-' : file.file} --all shows every one)`,
    );
  }
  return new CliError(
    `${file.file} is not a valid OKR set (${count} issue${count === 1 ? '' : 's'}):`,
    { details: shown },
  );
}

/** `file:line:col error <code> <path>: <message>`. */
export function formatLocatedIssue(issue: LocatedIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} error ${issue.code} ${formatPath(issue.path)}: ${issue.message}`;
}

type FlatKind = 'objectives' | 'keyResults' | 'checkIns' | 'initiatives';

function isFlatKind(value: unknown): value is FlatKind {
  return (
    value === 'objectives' ||
    value === 'keyResults' ||
    value === 'checkIns' ||
    value === 'initiatives'
  );
}

/**
 * For each flat objective, key result, check-in and initiative, its path in the
 * authoring document. Mirrors the documented order of `normalizeOkrSet`
 * (nested items first in document order, then the top-level ones) and keeps a
 * mapping only when it agrees with the normalized set (same count, and the same
 * id where the document gives one); otherwise paths are used as they are.
 */
function authoringOrigins(data: unknown, set: OkrSet): Record<FlatKind, Path[]> {
  const empty: Record<FlatKind, Path[]> = {
    objectives: [],
    keyResults: [],
    checkIns: [],
    initiatives: [],
  };
  if (!isRecord(data)) return empty;
  const objectives = itemsAt(data, 'objectives', []);
  const keyResults = [
    ...objectives.flatMap(([o, p]) => itemsAt(o, 'keyResults', p)),
    ...itemsAt(data, 'keyResults', []),
  ];
  const checkIns = [
    ...keyResults.flatMap(([kr, p]) => itemsAt(kr, 'checkIns', p)),
    ...itemsAt(data, 'checkIns', []),
  ];
  const initiatives = [
    ...keyResults.flatMap(([kr, p]) => itemsAt(kr, 'initiatives', p)),
    ...itemsAt(data, 'initiatives', []),
  ];
  return {
    objectives: agree(objectives, set.objectives),
    keyResults: agree(keyResults, set.keyResults),
    checkIns: agree(checkIns, set.checkIns),
    initiatives: agree(initiatives, set.initiatives),
  };
}

type Located = [Record<string, unknown>, Path];

/** The record items of the array `holder[key]`, each with its path (`holderPath` + key + index). */
function itemsAt(holder: Record<string, unknown>, key: string, holderPath: Path): Located[] {
  const list = holder[key];
  if (!Array.isArray(list)) return [];
  const out: Located[] = [];
  const listPath = [...holderPath, key];
  list.forEach((item, i) => {
    if (isRecord(item)) out.push([item, [...listPath, i]]);
  });
  return out;
}

function agree(found: readonly Located[], flat: readonly { id: string }[]): Path[] {
  if (found.length !== flat.length) return [];
  for (let i = 0; i < found.length; i++) {
    const id = found[i]![0]['id'];
    if (id !== undefined && id !== flat[i]!.id) return [];
  }
  return found.map(([, path]) => path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
