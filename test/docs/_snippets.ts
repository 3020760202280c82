// Collects the TypeScript blocks the project shows its readers: the `@example`
// sections of the TSDoc comments in src/, the guides and the README.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One fenced block, with the place a reader finds it. */
export interface Snippet {
  /** The file it is in, relative to the repository root, with `/` separators. */
  file: string;
  /** The 1-based line of the block's first line of code in that file. */
  line: number;
  /** What the block belongs to: the declaration a TSDoc comment documents, or the heading above a Markdown block. */
  anchor: string;
  /** The code, the comment's ` * ` already stripped. */
  code: string;
  /** Marked as deliberately not compilable (a fence of `ts nocheck`). */
  nocheck: boolean;
  /** For a Markdown block marked `<!-- file: path -->`: the file it copies. */
  copyOf?: string;
}

/** A fence that opens a TypeScript block: `ts` or `typescript`, maybe followed by `nocheck`. */
const OPENING = /^(\s*)```(ts|typescript)(?:\s+(\S.*))?$/;
const ANY_FENCE = /^\s*```/;

/**
 * The TypeScript blocks among some lines; `firstLine` is the 1-based line
 * of `lines[0]` in its file. A block ends at the next fence.
 */
function fencedBlocks(
  lines: readonly string[],
  firstLine: number,
): Array<{ line: number; code: string; nocheck: boolean; fenceIndex: number }> {
  const blocks: Array<{ line: number; code: string; nocheck: boolean; fenceIndex: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!ANY_FENCE.test(line)) continue;
    const end = lines.findIndex((l, j) => j > i && ANY_FENCE.test(l));
    const close = end < 0 ? lines.length : end;
    const open = OPENING.exec(line);
    if (open) {
      const indent = open[1]?.length ?? 0;
      const body = lines.slice(i + 1, close).map((l) => l.slice(Math.min(indent, leading(l))));
      const words = (open[3] ?? '').split(/\s+/);
      blocks.push({
        line: firstLine + i + 1,
        code: body.join('\n'),
        nocheck: words.includes('nocheck'),
        fenceIndex: i,
      });
    }
    i = close;
  }
  return blocks;
}

const leading = (line: string) => line.length - line.trimStart().length;

/** Every `.ts` file under a directory, sorted. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const posix = (path: string) => relative(ROOT, path).split('\\').join('/');

/** The name of what a TSDoc comment documents: `weeklyReport`, `Scorer.score`, … */
function declarationName(node: ts.Node, sourceFile: ts.SourceFile): string {
  const named = (n: ts.Node): string | undefined => {
    if (ts.isVariableStatement(n))
      return n.declarationList.declarations[0]?.name.getText(sourceFile);
    const name = (n as { name?: ts.Node }).name;
    return name === undefined ? undefined : name.getText(sourceFile);
  };
  const parts: string[] = [];
  for (let n: ts.Node | undefined = node; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    const name = named(n);
    if (name !== undefined) parts.unshift(name);
  }
  return parts.join('.') || '(file)';
}

/** The blocks of the `@example` sections of one source file's TSDoc comments. */
export function tsdocSnippets(path: string, text = readFileSync(path, 'utf8')): Snippet[] {
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const seen = new Set<number>();
  const snippets: Snippet[] = [];
  const visit = (node: ts.Node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      if (seen.has(range.pos) || !text.startsWith('/**', range.pos)) continue;
      seen.add(range.pos);
      const firstLine = sourceFile.getLineAndCharacterOfPosition(range.pos).line + 1;
      const lines = text
        .slice(range.pos + 3, range.end - 2)
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''));
      snippets.push(
        ...exampleBlocks(lines, firstLine).map((b) => ({
          file: posix(path),
          line: b.line,
          anchor: declarationName(node, sourceFile),
          code: b.code,
          nocheck: b.nocheck,
        })),
      );
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return snippets;
}

/** The fenced blocks of a comment's `@example` sections (up to the next tag outside a fence). */
function exampleBlocks(lines: readonly string[], firstLine: number) {
  const blocks: ReturnType<typeof fencedBlocks> = [];
  let start = -1;
  let inFence = false;
  const flush = (end: number) => {
    if (start >= 0) {
      blocks.push(...fencedBlocks(lines.slice(start, end), firstLine + start));
    }
    start = -1;
  };
  lines.forEach((line, i) => {
    if (ANY_FENCE.test(line)) inFence = !inFence;
    if (inFence || !/^\s*@\w/.test(line)) return;
    flush(i);
    if (/^\s*@example\b/.test(line)) start = i;
  });
  flush(lines.length);
  return blocks;
}

/** The TypeScript blocks of one Markdown file. */
export function markdownSnippets(path: string, text = readFileSync(path, 'utf8')): Snippet[] {
  const lines = text.split('\n');
  return fencedBlocks(lines, 1).map((b) => {
    const heading =
      lines
        .slice(0, b.fenceIndex)
        .reverse()
        .find((l) => /^#{1,6} /.test(l))
        ?.replace(/^#+ /, '') ?? '(top)';
    const marker = /^<!-- file: (\S+) -->$/.exec(lines[b.fenceIndex - 1] ?? '');
    return {
      file: posix(path),
      line: b.line,
      anchor: heading,
      code: b.code,
      nocheck: b.nocheck,
      ...(marker?.[1] === undefined ? {} : { copyOf: marker[1] }),
    };
  });
}

/** Every block the project shows: TSDoc examples of src/, then the guides, then the README. */
export function collectSnippets(root = ROOT): Snippet[] {
  const guides = readdirSync(join(root, 'docs/guides'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs/guides', name));
  return [
    ...tsFiles(join(root, 'src')).flatMap((path) => tsdocSnippets(path)),
    ...guides.flatMap((path) => markdownSnippets(path)),
    ...markdownSnippets(join(root, 'README.md')),
  ];
}
