// The guides' code cannot rot: every block marked `<!-- file: … -->` in the
// CLI's guides is the file it names, and those files run here.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createScorer, formatScore, parseOkrSet, validate } from '../../src/index.js';
import {
  keyResultBadge,
  liveScorer,
  loadSet,
  objectiveTiles,
} from '../../examples/embedding/dashboard.js';
import { CLI, ROOT, requireCli, sokr, tempDir } from './run.js';

const GUIDES = ['getting-started.md', 'cli.md', 'embedding.md', 'ci.md'];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('guides: marked code blocks are the example files', () => {
  for (const guide of GUIDES) {
    it(`docs/guides/${guide}`, () => {
      const text = read(`docs/guides/${guide}`);
      const blocks = [...text.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
      expect(blocks.length).toBeGreaterThan(0);
      for (const [, file, code] of blocks) {
        expect(code, `${guide}: the block marked ${file}`).toBe(read(file!).replace(/\n$/, ''));
      }
    });
  }
});

describe('examples/getting-started.ts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('normalizes, validates and scores the YAML example: the lines a second path computes', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => lines.push(args.join(' ')));
    await import('../../examples/getting-started.js');
    // The same numbers from the flat JSON example, through parseOkrSet and the
    // incremental scorer's lean read path (not rollup's cards, as the example).
    const parsed = parseOkrSet(JSON.parse(read('examples/acme.okr.json')));
    if (!parsed.ok) throw new Error('the JSON example does not parse');
    const set = parsed.value;
    const asOf = '2026-02-15';
    const findings = validate(set, { asOf });
    const scorer = createScorer(set, { asOf });
    const shown = set.objectives.filter((o) => o.unitId === 'acme' && o.cycleId === '2026-q1');
    expect(shown.length).toBe(3);
    const expected = [
      `${findings.length} findings, 0 errors`,
      `company ${formatScore(scorer.snapshot().company.score ?? 0)}`,
      ...shown.map((o) => {
        const score = scorer.objectiveScore(o.id);
        const status = scorer.objective(o.id)!.status;
        return `${o.title}: ${score === null || score === undefined ? '—' : formatScore(score)} ${status}`;
      }),
    ];
    expect(lines).toEqual(expected);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('examples/embedding/dashboard.ts', () => {
  const set = loadSet(JSON.parse(read('examples/acme.okr.json')));

  it('rejects bad rows at the edge with the first issue', () => {
    expect(() => loadSet({ version: 1, units: 'nope' })).toThrow(/issues, first: /);
  });

  it('builds tiles with a score, a band, a status and an SVG bar per objective', () => {
    const scorer = liveScorer(set, '2026-02-15');
    const tiles = objectiveTiles(set, scorer, 'acme', '2026-q1');
    const expected = set.objectives.filter((o) => o.unitId === 'acme' && o.cycleId === '2026-q1');
    expect(tiles.map((t) => t.id)).toEqual(expected.map((o) => o.id));
    for (const tile of tiles) {
      expect(tile.score).toMatch(/^(\d+%|\d\.\d|—)$/);
      expect(tile.color).toMatch(/^#|^[a-z]/);
      expect(tile.bar.startsWith('<svg')).toBe(true);
    }
  });

  it('rescores a check-in along its path and the tiles follow', () => {
    const scorer = liveScorer(set, '2026-02-15');
    const kr = set.keyResults.find((k) => k.measure.kind === 'metric')!;
    const measure = kr.measure as { target: number };
    const changed = scorer.applyCheckIn({
      id: 'new',
      keyResultId: kr.id,
      at: '2026-02-14',
      value: measure.target,
    });
    expect(changed).toContain(kr.id);
    expect(changed).toContain(kr.objectiveId);
    expect(scorer.keyResult(kr.id)!.score).toBe(1);
  });

  it('scores a single key result for a small widget', () => {
    const parsed = parseOkrSet(JSON.parse(read('examples/acme.okr.json')));
    if (!parsed.ok) throw new Error('example does not parse');
    const kr = parsed.value.keyResults.find((k) => k.measure.kind === 'metric')!;
    const objective = parsed.value.objectives.find((o) => o.id === kr.objectiveId)!;
    const cycle = parsed.value.cycles.find((c) => c.id === objective.cycleId)!;
    const checkIns = parsed.value.checkIns.filter((c) => c.keyResultId === kr.id);
    expect(keyResultBadge(kr, cycle, checkIns, '2026-02-15')).toMatch(
      new RegExp(
        `^${kr.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (\\d+%|\\d\\.\\d) \\(\\w+, [a-z-]+(, stale)?\\)$`,
      ),
    );
  });
});

describe('examples/ci: the GitHub Actions workflow and problem matcher', () => {
  beforeAll(() => requireCli());

  for (const [workflowFile, steps] of [
    ['examples/ci/okrs.yml', 2],
    ['examples/ci/okrs-minimal.yml', 1],
  ] as const) {
    it(`runs the sokr steps of ${workflowFile} on an okrs/ folder: exit 0`, async () => {
      const workflow = parseYaml(read(workflowFile)) as {
        jobs: { validate: { steps: { run?: string }[] } };
      };
      const runs = workflow.jobs.validate.steps.flatMap((s) =>
        s.run?.includes('sokr validate') ? [s.run] : [],
      );
      expect(runs).toHaveLength(steps);
      const dir = tempDir();
      mkdirSync(join(dir, 'okrs'));
      copyFileSync(join(ROOT, 'examples/acme.okr.yaml'), join(dir, 'okrs/acme.okr.yaml'));
      copyFileSync(join(ROOT, 'examples/policies/custom-policy.mjs'), join(dir, 'okrs/policy.mjs'));
      copyFileSync(
        join(ROOT, 'examples/policies/kr-has-initiative.mjs'),
        join(dir, 'okrs/kr-has-initiative.mjs'),
      );
      for (const run of runs) {
        const command = run.replace(/npx --yes sokr(@\S+)?/g, `node ${JSON.stringify(CLI)}`);
        // execFile rejects on a non-zero exit code: every step must pass on the example.
        const { stdout } = await promisify(execFile)('bash', ['-c', command], { cwd: dir });
        if (run.includes('--policy')) {
          if (!run.includes('--format sarif'))
            expect(stdout).toMatch(/ warning team\/kr-has-initiative /);
        } else {
          // The findings depend on the day the job runs (--as-of today); the summary does not.
          expect(stdout).toMatch(/ in 1 file\n$/);
        }
      }
      if (steps === 2) {
        const sarif = JSON.parse(readFileSync(join(dir, 'sokr.sarif'), 'utf8')) as {
          version: string;
        };
        expect(sarif.version).toBe('2.1.0');
      }
    });
  }

  it('the problem matcher matches error and warning lines of the CLI, not infos', async () => {
    const matcher = JSON.parse(read('examples/ci/sokr-problem-matcher.json')) as {
      problemMatcher: { pattern: { regexp: string }[] }[];
    };
    const re = new RegExp(matcher.problemMatcher[0]!.pattern[0]!.regexp);
    const r = await sokr([
      'validate',
      'test/cli/fixtures/errors.okr.yaml',
      'test/cli/fixtures/small.okr.yaml',
    ]);
    const lines = r.stdout.split('\n');
    const error = lines.find((l) => l.includes(' error '))!;
    expect(re.exec(error)?.slice(1)).toEqual([
      'test/cli/fixtures/errors.okr.yaml',
      '26',
      '46',
      'error',
      'measure/quantifiable',
      expect.stringMatching(/^Key result “Keep revenue at 100k” \(Ana\) starts at its target/),
    ]);
    expect(re.test(lines.find((l) => l.includes(' info '))!)).toBe(false);
  });
});
