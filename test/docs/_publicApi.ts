// Lists what the public entry points export as values, each followed through
// its re-exports and aliases to the declaration that carries its TSDoc, and
// says whether that TSDoc shows an example.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT, tsdocSnippets } from './_snippets.js';
import { snippetOptions } from './_typecheck.js';

/** An entry point: the name a user imports and its source file, relative to the root. */
export interface EntryPoint {
  specifier: string;
  path: string;
}

/** The entry points of the package: `'sokr'` and `'sokr/testing'`. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  { specifier: 'sokr', path: 'src/index.ts' },
  { specifier: 'sokr/testing', path: 'src/testing/index.ts' },
];

/**
 * What a value export is to its user:
 * - `function`: callable — a function declaration, or a constant whose type
 *   has a call signature (`export const closeObjective: typeof close = close`);
 * - `class`: constructible — a class, or a constant with a construct signature;
 * - `constant`: anything else (an object, a number, a `defineRule(...)` value
 *   that is data, not a call).
 */
export type ExportKind = 'function' | 'class' | 'constant';

/**
 * What the declaration's TSDoc holds:
 * - `none`: no TSDoc comment at all;
 * - `no-example`: a comment with no `@example` tag;
 * - `no-block`: an `@example` tag, but no ```ts block in it (nothing is shown, nothing compiled);
 * - `example`: at least one ```ts block under an `@example` (a `nocheck` one counts).
 */
export type DocState = 'none' | 'no-example' | 'no-block' | 'example';

/** One declaration reachable from an entry point as a value. */
export interface PublicValue {
  /** The names it is exported under (several when two exports alias one declaration). */
  names: string[];
  /** The entry points it is exported from (`sokr`, `sokr/testing`). */
  entries: string[];
  /** The name it is declared under (differs from `names` for `export { a as b }`). */
  declaredAs: string;
  kind: ExportKind;
  /** The file of its first declaration, relative to the root, with `/` separators. */
  file: string;
  /** The 1-based line of that declaration's name. */
  line: number;
  /** The best of its declarations' TSDoc (an overload with an example is enough). */
  doc: DocState;
}

/** One program of the entry points, with the project's compiler options. */
export function publicApiProgram(
  entries: readonly EntryPoint[] = ENTRY_POINTS,
  root = ROOT,
  host?: ts.CompilerHost,
): ts.Program {
  return ts.createProgram({
    rootNames: entries.map((entry) => join(root, entry.path)),
    options: snippetOptions(root),
    ...(host === undefined ? {} : { host }),
  });
}

const RANK: Record<DocState, number> = { none: 0, 'no-example': 1, 'no-block': 2, example: 3 };

/** Every value exported by the entry points, one entry per declaration, by file and line. */
export function publicValues(
  program: ts.Program,
  entries: readonly EntryPoint[] = ENTRY_POINTS,
  root = ROOT,
): PublicValue[] {
  const checker = program.getTypeChecker();
  const bySymbol = new Map<ts.Symbol, PublicValue>();
  const examplesOf = exampleLines();
  for (const entry of entries) {
    const sourceFile = program.getSourceFile(join(root, entry.path));
    if (sourceFile === undefined) throw new Error(`${entry.path} is not in the program`);
    const module = checker.getSymbolAtLocation(sourceFile);
    if (module === undefined) throw new Error(`${entry.path} is not a module`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.Value)) continue;
      const declarations = symbol.declarations ?? [];
      const first = declarations[0];
      if (first === undefined) continue;
      const known = bySymbol.get(symbol);
      if (known !== undefined) {
        if (!known.names.includes(exported.name)) known.names.push(exported.name);
        if (!known.entries.includes(entry.specifier)) known.entries.push(entry.specifier);
        continue;
      }
      const declarationFile = first.getSourceFile();
      const name = ts.getNameOfDeclaration(first) ?? first;
      bySymbol.set(symbol, {
        names: [exported.name],
        entries: [entry.specifier],
        declaredAs: symbol.name,
        kind: kindOf(symbol, first, checker),
        file: relative(root, declarationFile.fileName).split('\\').join('/'),
        line: declarationFile.getLineAndCharacterOfPosition(name.getStart()).line + 1,
        doc: declarations
          .map((d) => docState(d, examplesOf(d.getSourceFile())))
          .reduce((best, state) => (RANK[state] > RANK[best] ? state : best), 'none'),
      });
    }
  }
  return [...bySymbol.values()].sort(byPlace);
}

/** By file, then by line. */
const byPlace = (a: PublicValue, b: PublicValue) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

function kindOf(
  symbol: ts.Symbol,
  declaration: ts.Declaration,
  checker: ts.TypeChecker,
): ExportKind {
  if (symbol.flags & ts.SymbolFlags.Function) return 'function';
  if (symbol.flags & ts.SymbolFlags.Class) return 'class';
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  if (type.getCallSignatures().length > 0) return 'function';
  if (type.getConstructSignatures().length > 0) return 'class';
  return 'constant';
}

/**
 * The 1-based lines of the example blocks of a file, as the examples test
 * collects them (test/docs/_snippets.ts): an example counts here exactly when
 * that test sees it.
 */
function exampleLines() {
  const cache = new Map<ts.SourceFile, number[]>();
  return (sourceFile: ts.SourceFile) => {
    let lines = cache.get(sourceFile);
    if (lines === undefined) {
      lines = tsdocSnippets(sourceFile.fileName, sourceFile.text).map((s) => s.line);
      cache.set(sourceFile, lines);
    }
    return lines;
  };
}

/** What the TSDoc a declaration owns (the comment right before it) holds. */
function docState(declaration: ts.Declaration, blockLines: readonly number[]): DocState {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (doc === undefined) return 'none';
  if (!(doc.tags ?? []).some((tag) => tag.tagName.text === 'example')) return 'no-example';
  const sourceFile = declaration.getSourceFile();
  const from = sourceFile.getLineAndCharacterOfPosition(doc.getStart(sourceFile)).line + 1;
  const to = sourceFile.getLineAndCharacterOfPosition(doc.getEnd()).line + 1;
  return blockLines.some((line) => line > from && line < to) ? 'example' : 'no-block';
}

const WHY: Record<DocState, string> = {
  none: 'no TSDoc',
  'no-example': 'its TSDoc has no @example',
  'no-block': 'its @example has no ```ts block',
  example: 'has an example',
};

/**
 * `src/ops/carryOver.ts:47 carryOver — its TSDoc has no @example`: the
 * place, the exported names (and the declared one when it differs), why.
 */
export function describeValue(value: PublicValue): string {
  const names = value.names.join(', ');
  const declared = value.names.includes(value.declaredAs)
    ? ''
    : ` (declared as ${value.declaredAs})`;
  return `${value.file}:${value.line} ${names}${declared} — ${WHY[value.doc]}`;
}

/** Functions and classes need an example; every value needs TSDoc. */
export const needsExample = (value: PublicValue) => value.kind !== 'constant';
