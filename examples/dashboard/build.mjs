// @ts-check
// `npm run example:dashboard -- --out DIR`: bundles the dashboard page
// (app.mjs + sokr, with esbuild) and the Acme example into one self-contained
// DIR/index.html — no network, no other file. The OKR set is parsed here, at
// build time (the edge), so the page ships sokr's scoring without the parser.
// Runs on the built package (`npm run build` first; the npm script does).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { formatPath, parseOkrSet } from 'sokr';

const here = dirname(fileURLToPath(import.meta.url));

/** The page's stylesheet (band colours come from the scale, per score). */
const CSS = `
:root { font: 15px/1.45 system-ui, sans-serif; color: #1f2328; background: #f6f8fa; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0 0; } h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
h3 { font-size: 1rem; margin: 0; flex: 1; }
.as-of { color: #57606a; margin: 0.25rem 0 1rem; }
main { display: grid; grid-template-columns: 18rem 1fr; gap: 1rem; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 1rem; }
.company { grid-column: 1 / -1; display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
.company h2 { margin: 0; }
.company .score { font-size: 2rem; min-width: 4.5rem; }
.status { color: #57606a; margin: 0; flex: 1; } .status[data-state="error"] { color: #cf222e; }
.score { display: inline-block; min-width: 3rem; text-align: center; font-weight: 600;
  border-radius: 6px; padding: 0.1rem 0.4rem; color: #fff; background: var(--band, #8c959f); }
.units { list-style: none; margin: 0; padding: 0; }
.units li { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.2rem 0;
  padding-left: calc(var(--depth, 0) * 1rem); }
.objective { border-top: 1px solid #d0d7de; padding: 0.75rem 0; }
.objective-head { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
.unit, .objective-status { color: #57606a; font-size: 0.85rem; }
.key-results { list-style: none; margin: 0.5rem 0 0; padding: 0; }
.key-results li { display: grid; grid-template-columns: 1fr 16rem 3.5rem; align-items: center; gap: 0.75rem; padding: 0.2rem 0; }
.what-if { display: flex; align-items: center; gap: 0.4rem; } .what-if input[type="range"] { flex: 1; }
.what-if input[type="number"] { width: 7rem; } .value { color: #57606a; font-size: 0.85rem; min-width: 4rem; }
.derived { color: #57606a; font-size: 0.85rem; font-style: italic; }
[aria-invalid="true"] { outline: 2px solid #cf222e; }
button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; cursor: pointer; }
@media (max-width: 48rem) { main { grid-template-columns: 1fr; } .key-results li { grid-template-columns: 1fr; } }
`.trim();

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text).digest('base64');
/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * Builds the page.
 * @param {{ outDir: string, input?: string, asOf?: string, title?: string }} options
 *   `input` an OKR set as JSON (examples/acme.okr.json); `asOf` the day scored (2026-02-15).
 * @returns {Promise<{ file: string, htmlBytes: number, scriptBytes: number, scriptGzipBytes: number, codeBytes: number, codeGzipBytes: number, inputs: Record<string, number> }>}
 *   the file written, its size, the script's size minified and gzipped (-9),
 *   the same for the code alone (sokr and app.mjs, without the OKR set), and
 *   the bytes each source contributes to the script (esbuild's metafile).
 */
export async function buildDashboard({
  outDir,
  input = join(here, '..', 'acme.okr.json'),
  asOf = '2026-02-15',
  title = 'Acme — OKR dashboard',
}) {
  const parsed = parseOkrSet(JSON.parse(readFileSync(input, 'utf8')));
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `${formatPath(i.path)}: ${i.code} — ${i.message}`);
    throw new Error(`${input} is not a valid OKR set:\n${lines.join('\n')}`);
  }
  const entry = [
    "import { mountDashboard } from './app.mjs';",
    `const set = ${JSON.stringify(parsed.value)};`,
    `mountDashboard(document.getElementById('app'), set, ${JSON.stringify({ asOf, title })});`,
  ].join('\n');
  /** @param {string} contents */
  const bundle = (contents) =>
    build({
      stdin: { contents, resolveDir: here, sourcefile: 'dashboard-entry.mjs', loader: 'js' },
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2020'],
      legalComments: 'none',
      write: false,
      metafile: true,
      logLevel: 'warning',
      // Resolve 'sokr' as a user's bundler does (the package, i.e. dist/), not
      // through this repository's tsconfig paths to the sources.
      tsconfigRaw: '{}',
    });
  const result = await bundle(entry);
  // The same code without the data, to tell the two apart in the figures.
  const code =
    (
      await bundle(
        "import { mountDashboard } from './app.mjs'; globalThis.mountDashboard = mountDashboard;",
      )
    ).outputFiles[0]?.text ?? '';
  // Inline script text must not close its element or open an HTML comment.
  const script = (result.outputFiles[0]?.text ?? '')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
  const csp = `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(CSS)}'`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<div id="app"><p>Loading the scores…</p></div>
<script>${script}</script>
</body>
</html>
`;
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, html);
  const output = Object.values(result.metafile.outputs)[0];
  /** @type {Record<string, number>} */ const inputs = {};
  for (const [path, info] of Object.entries(output?.inputs ?? {}))
    inputs[path] = info.bytesInOutput;
  return {
    file,
    htmlBytes: Buffer.byteLength(html),
    scriptBytes: Buffer.byteLength(script),
    scriptGzipBytes: gzipSync(script, { level: 9 }).length,
    codeBytes: Buffer.byteLength(code),
    codeGzipBytes: gzipSync(code, { level: 9 }).length,
    inputs,
  };
}

/** `--out DIR` from the command line. @param {string[]} argv */
function outOf(argv) {
  const at = argv.indexOf('--out');
  const value = at === -1 ? undefined : argv[at + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error('usage: npm run example:dashboard -- --out DIR');
    process.exit(2);
  }
  return resolve(value);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildDashboard({ outDir: outOf(process.argv.slice(2)) });
  const kB = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `wrote ${built.file} (${kB(built.htmlBytes)}; script ${kB(built.scriptBytes)} minified, ${kB(built.scriptGzipBytes)} gzipped; of which code ${kB(built.codeBytes)} minified, ${kB(built.codeGzipBytes)} gzipped)`,
  );
}
