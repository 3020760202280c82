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

const HEAVY = /node_modules\/(zod|immer|yaml)\//;

describe('tree-shaking of the scoring functions', () => {
  // Positive controls: the same bundling and the same check DO see zod and immer when they are
  // pulled in, so an empty list below means "not bundled", not "not detected".
  it('detects zod in a bundle of parseOkrSet (positive control)', async () => {
    const inputs = await bundledInputs(['parseOkrSet']);
    expect(inputs.filter((p) => HEAVY.test(p)).some((p) => p.includes('node_modules/zod/'))).toBe(
      true,
    );
  }, 60_000);

  it('detects immer in a bundle of recordCheckIn (positive control)', async () => {
    const inputs = await bundledInputs(['recordCheckIn']);
    expect(inputs.filter((p) => HEAVY.test(p)).some((p) => p.includes('node_modules/immer/'))).toBe(
      true,
    );
  }, 60_000);

  it('bundles every scale and progress function without zod, immer or yaml', async () => {
    const inputs = await bundledInputs(SCORING);
    expect(inputs.some((p) => p.includes('src/progress/measureProgress.ts'))).toBe(true);
    expect(inputs.filter((p) => HEAVY.test(p))).toEqual([]);
  }, 60_000);

  it('bundles measureProgress alone without zod, immer or yaml', async () => {
    const inputs = await bundledInputs(['measureProgress']);
    expect(inputs.filter((p) => HEAVY.test(p))).toEqual([]);
  }, 60_000);
});
