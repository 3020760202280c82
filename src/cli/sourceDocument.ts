/**
 * Loading JSON and YAML files while keeping source positions, so that an
 * issue path like `['keyResults', 3, 'measure', 'target']` maps to
 * `file:line:column`.
 *
 * @module
 */
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseAllDocuments,
  parseDocument,
  visit,
} from 'yaml';
import type { Path } from '../model/issue.js';
import { CliError } from './CliError.js';
import {
  defaultLimits,
  formatByteSize,
  type InputLimits,
  normalizeLineEndings,
  readInputFile,
} from './inputText.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { jsonKeyProblems, jsonPathOffsets } from './jsonPathOffsets.js';
import { digitsLost } from './numberText.js';
import { displayPath } from './output.js';
import {
  lineColumnText,
  MAX_NESTING,
  syntaxError,
  TOO_DEEP,
  yamlErrorOffset,
} from './syntaxErrors.js';

/** A 1-based line and column in a source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A parsed input file: its data and a way back from a data path to the text. */
export interface SourceDocument {
  /** The path as shown to the user (relative to the working directory when inside it). */
  readonly file: string;
  readonly format: 'json' | 'yaml';
  /** The plain data (JSON values only). */
  readonly data: unknown;
  /**
   * Where the value at `path` starts; for an object key, where the key starts.
   * A path that does not exist in the file maps to its deepest existing ancestor.
   */
  locate(path: Path): SourcePosition;
  /**
   * Announces the paths about to be located, so that large JSON files are
   * scanned once for all of them (optional: `locate` works without it).
   */
  prepare(paths: readonly Path[]): void;
}

/** Chooses the format by extension (`.json` → JSON, `.yaml`/`.yml` → YAML), else by content. */
export function detectFormat(file: string, text: string): 'json' | 'yaml' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

export { displayPath } from './output.js';

/**
 * Reads and parses a JSON or YAML file (see {@link readInputFile} for the size
 * limit and the encodings). Throws a {@link CliError} naming the file (and
 * line and column for syntax errors) when it cannot.
 */
export async function loadSourceDocument(
  path: string,
  cwd: string,
  limits: InputLimits = defaultLimits,
): Promise<SourceDocument> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  return parseSourceText(await readInputFile(absolute, file, limits), file);
}

/** Parses already-read text as {@link loadSourceDocument} does. */
export function parseSourceText(text: string, file: string): SourceDocument {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normalizeLineEndings(text);
  if (text.trim() === '') throw new CliError(`${file}: the file is empty`, { label: 'empty' });
  const format = detectFormat(file, text);
  checkHeap(text.length, format, file);
  return format === 'json' ? parseJson(text, file) : parseYaml(text, file);
}

/**
 * Heap needed per byte of input, measured with bench/cli-yaml.mjs (peak RSS
 * of the whole `sokr validate` process: YAML 108–130 MB per MB, JSON ~23),
 * rounded down so that only files that cannot fit are refused.
 */
const HEAP_PER_BYTE = { yaml: 100, json: 20 } as const;

/**
 * Refuses, before parsing, a file that would need more memory than the V8
 * heap has: a clear message instead of a heap abort after minutes (when the
 * size limit was raised, or Node runs with a small heap).
 */
function checkHeap(length: number, format: 'json' | 'yaml', file: string): void {
  const needed = length * HEAP_PER_BYTE[format];
  const limit = getHeapStatistics().heap_size_limit;
  if (needed <= limit) return;
  const mb = (bytes: number) => Math.ceil(bytes / 1024 ** 2);
  throw new CliError(
    `${file}: parsing this ${formatByteSize(length)} ${format === 'yaml' ? 'YAML' : 'JSON'} file needs about ${formatByteSize(needed)} of memory, ` +
      `more than the ${formatByteSize(limit)} heap Node has; run with NODE_OPTIONS=--max-old-space-size=${Math.ceil((mb(needed) * 1.25) / 1024) * 1024}` +
      `${format === 'yaml' ? ', or convert the file to JSON (about a fifth of the memory)' : ''}, or split it`,
    { label: 'too large' },
  );
}

function parseJson(text: string, file: string): SourceDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = jsonErrorOffset(text);
    const message = error instanceof Error ? error.message : String(error);
    const reason = found?.reason ?? message.split('\n')[0]!;
    throw syntaxError(text, file, 'JSON', [{ offset: found?.offset ?? text.length, reason }]);
  }
  // What JSON.parse lets through: a key given twice (it keeps the last), and
  // nesting deeper than any OKR file has. Both are input errors, as in YAML.
  const problems = jsonKeyProblems(text, { maxDepth: MAX_NESTING });
  if (problems.length > 0) {
    throw syntaxError(
      text,
      file,
      'JSON',
      problems.map((p) => ({
        offset: p.offset,
        reason:
          p.kind === 'depth'
            ? TOO_DEEP
            : p.kind === 'digits'
              ? p.reason!
              : `duplicate key ${JSON.stringify(p.key)} (first at ${lineColumnText(text, p.first!)}): keys must be unique`,
      })),
    );
  }
  // Positions are needed only when something is reported: scan the text for them lazily.
  let lines: number[] | undefined;
  let offsets: ((path: Path) => number) | undefined;
  let prepared = new Set<string>();
  const prepare = (paths: readonly Path[]) => {
    const keys = paths.map((p) => JSON.stringify(p));
    if (offsets !== undefined && keys.every((k) => prepared.has(k))) return;
    offsets = jsonPathOffsets(text, paths);
    prepared = new Set(keys);
  };
  return {
    file,
    format: 'json',
    data,
    prepare,
    locate(path) {
      if (offsets === undefined || !prepared.has(JSON.stringify(path)))
        prepare([...paths(prepared), path]);
      lines ??= lineStarts(text);
      return positionAt(lines, offsets!(path));
    },
  };
}

function paths(prepared: ReadonlySet<string>): Path[] {
  return [...prepared].map((key) => JSON.parse(key) as Path);
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): SourcePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function parseYaml(text: string, file: string): SourceDocument {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The parser runs out of stack on deep nesting: one error says so, with the limit.
    const deep = doc.errors.find((e) => e.message.startsWith(STACK_OVERFLOW));
    if (deep !== undefined) {
      const offset = cstDeeperThan(text, MAX_NESTING) ?? deep.pos[0];
      throw syntaxError(text, file, 'YAML', [{ offset, reason: TOO_DEEP }]);
    }
    const duplicates = doc.errors.some((e) => e.code === 'DUPLICATE_KEY')
      ? duplicateKeys(doc)
      : undefined;
    const problems = doc.errors.map((error) => {
      const duplicate = error.code === 'DUPLICATE_KEY' ? duplicates?.get(error.pos[0]) : undefined;
      const reason =
        error.code === 'MULTIPLE_DOCS'
          ? multipleDocuments(text)
          : duplicate !== undefined
            ? `duplicate key ${JSON.stringify(duplicate.key)} (first at ${lineColumnText(text, duplicate.first)}): keys must be unique`
            : error.code === 'TAB_AS_INDENT'
              ? 'Tabs are not allowed as indentation; indent with spaces'
              : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { offset: yamlErrorOffset(text, error.pos[0], reason), reason };
    });
    problems.sort((a, b) => a.offset - b.offset);
    throw syntaxError(text, file, 'YAML', problems);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.source === '')) {
    // Only comments (and `---`): nothing to check, as in an empty file.
    throw new CliError(`${file}: the file is empty (it holds only comments)`, { label: 'empty' });
  }
  const tooDeep = deeperThan(doc.contents, MAX_NESTING);
  if (tooDeep !== undefined)
    throw syntaxError(text, file, 'YAML', [{ offset: tooDeep, reason: TOO_DEEP }]);
  // Numbers the parser would round in silence, as in JSON.
  const rounded: { offset: number; reason: string }[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || typeof node.source !== 'string') return;
      const reason = digitsLost(node.source);
      if (reason !== undefined) rounded.push({ offset: node.range?.[0] ?? 0, reason });
    },
  });
  if (rounded.length > 0) throw syntaxError(text, file, 'YAML', rounded);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Aliases can nest what the text does not: the same limit, said the same way.
    if (message.startsWith(STACK_OVERFLOW)) {
      throw syntaxError(text, file, 'YAML', [{ offset: firstAlias(doc) ?? 0, reason: TOO_DEEP }]);
    }
    if (/alias/i.test(message)) {
      throw syntaxError(text, file, 'YAML', [{ offset: firstAlias(doc) ?? 0, reason: ALIAS_BOMB }]);
    }
    throw new CliError(`${file}: invalid YAML: ${message}`, { label: 'invalid YAML' });
  }
  return {
    file,
    format: 'yaml',
    data,
    locate: (path) => toPosition(counter, offsetOf(doc, path)),
    prepare() {},
  };
}

/** Why aliases that expand to too much are refused, and what to do instead. */
const ALIAS_BOMB =
  'aliases expand to too much data (more than 1000 aliased nodes: aliases of aliases, a "billion laughs"); write the repeated values out, or use fewer aliases';

/**
 * The offset of the alias that starts the expansion: the first one whose
 * anchored node holds aliases itself (those multiply), else the first alias.
 */
function firstAlias(doc: Document): number | undefined {
  let first: number | undefined;
  let nested: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      const offset = node.range?.[0];
      if (offset === undefined) return undefined;
      first ??= offset;
      const target = node.resolve(doc);
      let holdsAlias = false;
      if (target !== undefined && !isScalar(target)) {
        visit(target, {
          Alias() {
            holdsAlias = true;
            return visit.BREAK;
          },
        });
      }
      if (holdsAlias) {
        nested = offset;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return nested ?? first;
}

/**
 * Each duplicate key of the document's maps, by the offset where it starts
 * (where the parser reports it): the key as text and where it first appears.
 */
function duplicateKeys(doc: Document): Map<number, { key: string; first: number }> {
  const found = new Map<number, { key: string; first: number }>();
  visit(doc, {
    Map(_key, node) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || key.range === undefined || key.range === null) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, key.range[0]);
        else found.set(key.range[0], { key: String(key.value), first });
      }
    },
  });
  return found;
}

/** How V8 words a stack overflow (a `RangeError`), which the YAML parser reports as an error. */
const STACK_OVERFLOW = 'Maximum call stack size exceeded';

/** Why a file of several YAML documents is refused, with their count. */
function multipleDocuments(text: string): string {
  const all = parseAllDocuments(text, { prettyErrors: false });
  const count = Array.isArray(all) ? all.length : 2;
  return `one OKR set per file; this file has ${count} documents (the second starts here; split them into files, or remove the '---' line)`;
}

/**
 * The offset of the first map or list nested deeper than `max` levels in a
 * YAML document, or `undefined`. Iterative, so it cannot overflow the stack.
 */
function deeperThan(root: unknown, max: number): number | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > max) return rangeStart(node) ?? 0;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push([item.value, depth + 1], [item.key, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * {@link deeperThan} on the parser's concrete syntax tree, for a text the
 * composer could not turn into a document (it recurses, the CST parser does
 * not): the offset of the first collection more than `max` levels deep.
 */
function cstDeeperThan(text: string, max: number): number | undefined {
  type Token = { type?: string; offset?: number; value?: unknown; key?: unknown; items?: unknown };
  const stack: [unknown, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const t = node as Token;
    if (t.type === 'document') {
      stack.push([t.value, depth]);
      continue;
    }
    if (!Array.isArray(t.items)) continue;
    if (depth + 1 > max) return t.offset;
    for (const item of t.items as Token[]) {
      if (item?.key !== undefined) stack.push([item.key, depth + 1]);
      if (item?.value !== undefined) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function toPosition(counter: LineCounter, offset: number): SourcePosition {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/** Offset of the node at `path` (the key for an object member), or of its deepest existing ancestor. */
function offsetOf(doc: Document, path: Path): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment),
      );
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] | null } | null | undefined)?.range;
  return range?.[0];
}
