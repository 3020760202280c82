// The code a reader is shown compiles against the current API: every ```ts /
// ```typescript block of an `@example` in src/**/*.ts, of docs/guides/*.md and
// of README.md is type-checked, in one TypeScript program, with the project's
// strict options (tsconfig.json; unused names allowed). `'sokr'` and
// `'sokr/testing'` are the sources (src/index.ts, src/testing/index.ts).
//
// Writing an example that compiles:
// - each block is a module of its own: import what it uses, as a user would;
// - give it what it works on with a declaration, not with a free name:
//   `declare const set: import('sokr').OkrSet;`;
// - an example of an internal helper imports it by a relative path, as its
//   neighbours do (`import { settle } from './_fresh.js';`): the block is
//   checked as if it sat beside the file it is in;
// - a block that truly cannot compile (pseudo-code, a shell transcript) says so
//   in its fence: ```ts nocheck. It is still shown highlighted as TypeScript,
//   and this test skips it. Prefer fixing the block; see
//   docs/guides/api-conventions.md, "Examples compile".
//
// A failure names each broken block's place: `src/ops/lifecycle.ts:158: TS2561: …`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectSnippets,
  markdownSnippets,
  ROOT,
  type Snippet,
  tsdocSnippets,
} from './_snippets.js';
import { type SnippetError, typecheckSnippets } from './_typecheck.js';

/** A broken example in a file another change is editing: skipped until it is fixed there. */
interface KnownBroken {
  file: string;
  /** What the block belongs to: the declaration it documents, or the heading above it. */
  anchor: string;
  /** How the block's code starts (tells apart two blocks under one anchor). */
  startsWith: string;
  /** The fix to make. */
  fix: string;
}

/**
 * TEMPORARY: broken examples in files this change does not own. Fix each one
 * there, then delete its entry; the list is meant to be empty. An entry
 * matches one block by file, anchor and the start of its code, so the lines
 * around it may move.
 */
const KNOWN_BROKEN: readonly KnownBroken[] = [];

const isKnownBroken = (snippet: Snippet) =>
  KNOWN_BROKEN.find(
    (known) =>
      known.file === snippet.file &&
      known.anchor === snippet.anchor &&
      snippet.code.startsWith(known.startsWith),
  );

const snippets = collectSnippets();
const files = [...new Set(snippets.map((s) => s.file))];

/** Blocks that must fail, compiled with the others (one program): the check is on. */
const CANARIES: Snippet[] = [
  {
    file: 'test/docs/canary.md',
    line: 10,
    anchor: 'canary',
    code: "import { rollup } from 'sokr';\nrollup('not a set', { asOf: 2026 });",
    nocheck: false,
  },
  {
    file: 'test/docs/canary.md',
    line: 20,
    anchor: 'canary',
    code: 'this is pseudo-code;',
    nocheck: true,
  },
];

let errors: SnippetError[] | undefined;
/** The compiler's errors, computed once for all snippets (one program). */
const allErrors = () => (errors ??= typecheckSnippets([...snippets, ...CANARIES]));

describe('collecting the examples', () => {
  it("reads a TSDoc @example's blocks only, ' * ' stripped, at the line of their first code line", () => {
    const text = [
      '/**',
      ' * Adds two numbers.',
      ' * ```ts',
      ' * notInAnExample();',
      ' * ```',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { add } from './add.js';",
      ' * add(1, 2); // 3',
      ' * ```',
      ' * @returns the sum.',
      ' * ```ts',
      ' * notInAnExampleEither();',
      ' * ```',
      ' */',
      'export function add(a: number, b: number): number {',
      '  return a + b;',
      '}',
    ].join('\n');
    expect(tsdocSnippets(join(ROOT, 'src/add.ts'), text)).toEqual([
      {
        file: 'src/add.ts',
        line: 9,
        anchor: 'add',
        code: "import { add } from './add.js';\nadd(1, 2); // 3",
        nocheck: false,
      },
    ]);
  });

  it('reads the ts and typescript blocks of Markdown, `ts nocheck` marked, other languages not', () => {
    const text = [
      '# Guide',
      '```sh',
      'npx sokr validate',
      '```',
      '## Code',
      '<!-- file: examples/x.ts -->',
      '```typescript',
      'const a = 1;',
      '```',
      '```ts nocheck',
      'pseudo code',
      '```',
    ].join('\n');
    expect(markdownSnippets(join(ROOT, 'docs/guides/x.md'), text)).toEqual([
      {
        file: 'docs/guides/x.md',
        line: 8,
        anchor: 'Code',
        code: 'const a = 1;',
        nocheck: false,
        copyOf: 'examples/x.ts',
      },
      { file: 'docs/guides/x.md', line: 11, anchor: 'Code', code: 'pseudo code', nocheck: true },
    ]);
  });

  it('fails a broken block, naming its file and line, and skips a `nocheck` one', () => {
    const canary = allErrors().filter((e) => e.snippet.file === 'test/docs/canary.md');
    expect(canary.length).toBeGreaterThan(0);
    expect(canary.every((e) => e.snippet === CANARIES[0])).toBe(true);
    expect(canary[0]?.text).toMatch(/^test\/docs\/canary\.md:11: TS\d+: /);
  });
});

describe('the examples of src/, the guides and the README', () => {
  it('are found: TSDoc examples, guide blocks and the README quick start', () => {
    expect(snippets.filter((s) => s.file.startsWith('src/')).length).toBeGreaterThan(150);
    expect(snippets.filter((s) => s.file.startsWith('docs/guides/')).length).toBeGreaterThan(20);
    expect(snippets.filter((s) => s.file === 'README.md').length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`compile: ${file}`, () => {
      const broken = allErrors()
        .filter((e) => e.snippet.file === file && isKnownBroken(e.snippet) === undefined)
        .map((e) => e.text);
      expect(broken, `broken examples in ${file}:\n${broken.join('\n')}`).toEqual([]);
    });
  }

  it('warns of KNOWN_BROKEN entries that now compile (a warning, not a failure)', () => {
    // The owner of the file may fix a block before the list is updated: main stays green.
    const stale = KNOWN_BROKEN.filter(
      (known) =>
        !allErrors().some(
          (e) => isKnownBroken(e.snippet) === known && snippets.includes(e.snippet),
        ),
    );
    if (stale.length > 0) {
      console.warn(
        `KNOWN_BROKEN entries that now compile or match no block, to delete:\n${stale
          .map((k) => `${k.file} › ${k.anchor} (${k.startsWith})`)
          .join('\n')}`,
      );
    }
  });
});
