// Packs the package with `npm pack`, installs the tarball into a temporary
// project (offline: the runtime dependencies are symlinked from this repo's
// node_modules) and imports it from an ES module and from a CommonJS module.
// It also runs the README's quick start there, as the README shows it: the
// code block is read from README.md, type-checked with `tsc --strict`,
// compiled once as an ES module and once as CommonJS, run, and its output
// compared with the output block the README shows.
// Needs a build: `npm run build` (CI builds before testing).
// SOKR_PACK_ROOT=<dir> packs another checkout (used to try a fresh build).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeQuickStart } from '../examples/_readme.js';

const root = process.env['SOKR_PACK_ROOT'] ?? fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist', 'index.js'));

const tinySet = {
  units: [{ id: 'acme', name: 'Acme' }],
  people: [{ id: 'ada', name: 'Ada', unitId: 'acme' }],
  cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'o1', title: 'Delight customers', unitId: 'acme', cycleId: 'q1' }],
  keyResults: [
    {
      id: 'kr1',
      objectiveId: 'o1',
      title: 'NPS 20 → 40',
      ownerId: 'ada',
      measure: { kind: 'metric', start: 20, target: 40 },
    },
  ],
  checkIns: [{ id: 'c1', keyResultId: 'kr1', at: '2026-01-08', value: 25 }],
};

// Prints what the consumer sees: a valid set parses, a broken one gives issues.
const consumerBody = `
const good = parseOkrSet(${JSON.stringify(tinySet)});
const bad = parseOkrSet({ units: [{ id: 'u', name: 'U', parentId: 'nope' }] });
console.log(JSON.stringify({
  good: good.ok && good.value.objectives[0].state,
  bad: bad.ok ? null : bad.issues[0].code,
  error: typeof SokrError === 'function' && new SokrError([]).name,
}));
`;

let dir = '';

describe('the packed package', () => {
  beforeAll(() => {
    if (!built) return;
    dir = mkdtempSync(join(tmpdir(), 'sokr-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [info] = JSON.parse(out) as Array<{ filename: string }>;
    const project = join(dir, 'project');
    const modules = join(project, 'node_modules');
    mkdirSync(modules, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, info!.filename), '-C', modules]);
    renameSync(join(modules, 'package'), join(modules, 'sokr'));
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      const target = join(modules, dependency);
      mkdirSync(dirname(target), { recursive: true }); // a scoped package (@date-fns/tz) sits in its scope's folder
      symlinkSync(join(root, 'node_modules', dependency), target, 'dir');
    }
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true }),
    );
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { parseOkrSet, SokrError } from 'sokr';\n${consumerBody}`,
    );
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { parseOkrSet, SokrError } = require('sokr');\n${consumerBody}`,
    );
    // The README quick start, in a bare TypeScript project per module system: nothing but sokr installed
    // (no @types/node: the code needs only TypeScript's default libraries).
    for (const type of ['module', 'commonjs'] as const) {
      const folder = join(project, type);
      mkdirSync(folder);
      writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify({ name: `consumer-${type}`, private: true, type }),
      );
      writeFileSync(join(folder, 'quickstart.ts'), readmeQuickStart().code);
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            skipLibCheck: false, // sokr's own .d.ts / .d.cts are checked under --strict too
            outDir: 'out',
          },
          files: ['quickstart.ts'],
        }),
      );
    }
  }, 120_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('has a build to pack', () => {
    if (!built) throw new Error(`dist/index.js is missing in ${root}: run npm run build first`);
  });

  for (const file of ['esm.mjs', 'cjs.cjs']) {
    it.runIf(built)(
      `parses a tiny set from ${file === 'esm.mjs' ? 'an ES module (import)' : 'a CommonJS module (require)'}`,
      () => {
        let stdout: string;
        try {
          stdout = execFileSync(process.execPath, [file], {
            cwd: join(dir, 'project'),
            encoding: 'utf8',
            stdio: 'pipe',
          });
        } catch (error) {
          const stderr = String((error as { stderr?: unknown }).stderr ?? '');
          throw new Error(`${file} failed (is dist/ stale? run npm run build first):\n${stderr}`);
        }
        expect(JSON.parse(stdout)).toEqual({
          good: 'draft',
          bad: 'dangling_reference',
          error: 'SokrError',
        });
      },
    );
  }

  for (const type of ['module', 'commonjs'] as const) {
    it.runIf(built)(
      `runs the README quick start unchanged as ${type === 'module' ? 'an ES module' : 'CommonJS'}, type-checked by tsc --strict`,
      () => {
        const folder = join(dir, 'project', type);
        const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
        try {
          execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
            cwd: folder,
            encoding: 'utf8',
            stdio: 'pipe',
          });
        } catch (error) {
          const out = String((error as { stdout?: unknown }).stdout ?? '');
          throw new Error(
            `the README quick start does not type-check (tsc --strict, ${type}):\n${out}`,
          );
        }
        const compiled = readFileSync(join(folder, 'out', 'quickstart.js'), 'utf8');
        // It really is the module system it claims: imports stay imports in ESM, become require() in CommonJS.
        expect(compiled.includes('require("sokr/testing")')).toBe(type === 'commonjs');
        expect(/^import .* from 'sokr\/testing';$/m.test(compiled)).toBe(type === 'module');
        let stdout: string;
        try {
          stdout = execFileSync(process.execPath, [join('out', 'quickstart.js')], {
            cwd: folder,
            encoding: 'utf8',
            stdio: 'pipe',
          });
        } catch (error) {
          const stderr = String((error as { stderr?: unknown }).stderr ?? '');
          throw new Error(
            `the README quick start fails (${type}; is dist/ stale? run npm run build first):\n${stderr}`,
          );
        }
        expect(stdout.trimEnd().split('\n')).toEqual(readmeQuickStart().output);
      },
    );
  }

  it.runIf(built)('ships only what users need', () => {
    const files = execFileSync('tar', ['-tzf', join(dir, readdirTgz(dir))], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files).toContain('package/package.json');
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    for (const entry of ['testing.js', 'testing.cjs', 'testing.d.ts', 'testing.d.cts'])
      expect(files).toContain(`package/dist/${entry}`);
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(
      false,
    );
    // No source maps: they would add megabytes of embedded sources for little use (dist/ is not minified).
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it.runIf(built)('ships the example data inside the bundle, for import and for require', () => {
    const modules = join(dir, 'project', 'node_modules', 'sokr', 'dist');
    for (const file of ['testing.js', 'testing.cjs'])
      expect(readFileSync(join(modules, file), 'utf8')).toContain('acme-strategy-2026');
  });
});

describe('package.json', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('says where the code, the docs and the issues are, with one repository URL', () => {
    expect(manifest['repository']).toEqual({
      type: 'git',
      url: 'git+https://github.com/sokr-dev/sokr.git',
    });
    expect(manifest['homepage']).toBe('https://github.com/sokr-dev/sokr#readme');
    expect(manifest['bugs']).toEqual({ url: 'https://github.com/sokr-dev/sokr/issues' });
  });

  it('builds quietly before the tests', () => {
    expect((manifest['scripts'] as Record<string, string>)['pretest']).toBe('tsup --silent');
  });
});

function readdirTgz(folder: string): string {
  const tarball = readdirSync(folder).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('no tarball');
  return tarball;
}
