// Type-checks many snippets in one TypeScript program: each snippet is an
// in-memory module, the real files (src/, node_modules) come from disk.
import { join, posix } from 'node:path';
import ts from 'typescript';
import { ROOT, type Snippet } from './_snippets.js';

/** One compiler message, placed in the file a reader edits. */
export interface SnippetError {
  snippet: Snippet;
  /** `file:line: message`, the line being the line in the snippet's own file. */
  text: string;
}

/** The project's compiler options (tsconfig.json), for snippets: unused names are fine in an example. */
export function snippetOptions(root = ROOT): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  return {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    // Each snippet is a module of its own; paths maps 'sokr' and 'sokr/testing' to src/.
    moduleDetection: ts.ModuleDetectionKind.Force,
  };
}

/**
 * Where a snippet lives in the program: beside the file it is in, so that an
 * example of an internal helper imports it as its neighbours do
 * (`'./zodIssues.js'`). A Markdown block that copies a file
 * (`<!-- file: examples/x.ts -->`) sits beside that file instead.
 */
function virtualPath(snippet: Snippet, index: number, root: string): string {
  const name = `__snippet_${index}_${snippet.file.replace(/[^\w]+/g, '_')}_${snippet.line}.ts`;
  const dir = posix.dirname(snippet.copyOf ?? snippet.file);
  return join(root, dir, name).split('\\').join('/');
}

/** Compiles every snippet not marked `nocheck` in one program; the errors, in snippet order. */
export function typecheckSnippets(snippets: readonly Snippet[], root = ROOT): SnippetError[] {
  const options = snippetOptions(root);
  const virtual = new Map<string, { snippet: Snippet; text: string }>();
  snippets.forEach((snippet, index) => {
    if (snippet.nocheck) return;
    // Appended on a line of its own so that line numbers stay those of the block.
    virtual.set(virtualPath(snippet, index, root), {
      snippet,
      text: `${snippet.code}\nexport {};\n`,
    });
  });
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const normal = (fileName: string) => fileName.split('\\').join('/');
  host.fileExists = (fileName) => virtual.has(normal(fileName)) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(normal(fileName))?.text ?? readFile(fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const entry = virtual.get(normal(fileName));
    return entry === undefined
      ? getSourceFile(fileName, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(fileName, entry.text, languageVersion, true);
  };
  host.getCurrentDirectory = () => root;
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });

  const errors: SnippetError[] = [];
  for (const diagnostic of program.getOptionsDiagnostics()) {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  for (const [fileName, { snippet }] of virtual) {
    const sourceFile = program.getSourceFile(fileName);
    if (sourceFile === undefined) throw new Error(`${fileName} is not in the program`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const diagnostic of diagnostics) {
      const line =
        diagnostic.start === undefined
          ? 0
          : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      errors.push({
        snippet,
        text: `${snippet.file}:${snippet.line + line}: TS${diagnostic.code}: ${message}`,
      });
    }
  }
  return errors;
}
