// Reads the README's quick start so that tests run exactly what the README shows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const README_PATH = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The README section under `## <title>` up to the next `## ` heading. */
export function readmeSection(title: string, readme = readFileSync(README_PATH, 'utf8')): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The fenced code blocks of a piece of Markdown, in order, with their language. */
export function codeBlocks(markdown: string): Array<{ lang: string; code: string }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? '',
    code: m[2] ?? '',
  }));
}

/** The quick start: its TypeScript code and the output it says the code prints. */
export function readmeQuickStart(): { code: string; output: string[] } {
  const blocks = codeBlocks(readmeSection('Quick start'));
  const code = blocks.find((b) => b.lang === 'ts')?.code;
  const output = blocks.find((b) => b.lang === 'text')?.code;
  if (code === undefined || output === undefined) {
    throw new Error(
      'the README quick start needs a ```ts block and a ```text block with its output',
    );
  }
  return { code, output: output.trimEnd().split('\n') };
}
