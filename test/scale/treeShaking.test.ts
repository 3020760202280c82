// Scoring alone must not pull in zod or immer (DESIGN §8): bundle an import of the
// scale and progress functions from the package entry and look at what went in.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SCORING = [
  'measureProgress',
  'safeMeasureProgress',
  'latestCheckIn',
  'keyResultWindow',
  'expectedProgress',
  'defaultStatusPolicy',
  'keyResultStatus',
  'isStale',
  'objectiveStatus',
  'scoreKeyResult',
  'forecast',
  'progressSeries',
  'googleScale',
  'zonesScale',
  'percentScale',
  'trafficScale',
  'scales',
  'defineScale',
  'grade',
  'formatScore',
  'commitmentTarget',
  'gradeObjective',
];

async function bundledInputs(names: readonly string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from './src/index.ts';\nconsole.log(${names.join(', ')});`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
  });
  // Files that contribute bytes to the output (loaded-but-dropped modules are not counted).
  const inputs: string[] = [];
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, info] of Object.entries(output.inputs))
      if (info.bytesInOutput > 0) inputs.push(path);
  }
  return inputs;
}

describe('tree-shaking of the scoring functions', () => {
  it('bundles every scale and progress function without zod, immer or yaml', async () => {
    const inputs = await bundledInputs(SCORING);
    expect(inputs.some((p) => p.includes('src/progress/measureProgress.ts'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/(zod|immer|yaml)\//.test(p))).toEqual([]);
  }, 60_000);

  it('bundles measureProgress alone without zod, immer or yaml', async () => {
    const inputs = await bundledInputs(['measureProgress']);
    expect(inputs.filter((p) => /node_modules\/(zod|immer|yaml)\//.test(p))).toEqual([]);
  }, 60_000);
});
