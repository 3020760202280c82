// The layout DESIGN.md and issue 13 ask of src/: one concept per file (no file over about 400
// lines), and each layer reads only itself and the layers before it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The layers, first to last (`_lib` is shared by all). */
const LAYERS = [
  '_lib',
  'model',
  'core',
  'scale',
  'progress',
  'rollup',
  'analysis',
  'rhythm',
  'alignment',
  'ops',
  'report',
  'testing',
  'cli',
];

/** "About 400 lines": a little room for a long TSDoc example, none for a second concept. */
const MAX_LINES = 430;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file under src/ (`undefined` for src/index.ts and what lies outside src/). */
function layerOf(path: string): string | undefined {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

const files = sourceFiles(SRC);

describe('the layout of src/', () => {
  it('finds the layers', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(new Set(files.map(layerOf).filter((l) => l !== undefined))).toEqual(new Set(LAYERS));
  });

  it(`holds no source file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ file: relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('lets each layer import only itself, _lib and the layers before it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (layer === undefined) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bfrom '(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), match[1]!);
        const to = layerOf(target);
        // JSON the package ships (package.json, the bundled example) is data, not a layer.
        if (to === undefined || to === layer) continue;
        if (LAYERS.indexOf(to) > LAYERS.indexOf(layer)) {
          wrong.push(`${relative(SRC, file)} imports ${match[1]}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
