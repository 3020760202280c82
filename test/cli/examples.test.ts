// The bundled examples: the YAML authoring example equals the JSON one, and
// the commands the README and the guides show run cleanly on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeOkrSet, parseOkrSet } from '../../src/index.js';
import { ROOT, requireCli, sokr } from './run.js';

const read = (file: string) => readFileSync(join(ROOT, 'examples', file), 'utf8');

describe('examples/acme.okr.yaml', () => {
  it('normalizes to the same OKR set as acme.authoring.json and acme.okr.json', () => {
    const fromYaml = normalizeOkrSet(parseYaml(read('acme.okr.yaml')));
    const fromAuthoringJson = normalizeOkrSet(JSON.parse(read('acme.authoring.json')));
    const flat = parseOkrSet(JSON.parse(read('acme.okr.json')));
    expect(fromYaml.ok).toBe(true);
    expect(fromYaml).toEqual(fromAuthoringJson);
    expect(fromYaml).toEqual(flat);
  });
});

describe('the CLI on the examples', () => {
  beforeAll(() => requireCli());

  it('validates every example file without errors (exit 0)', async () => {
    const r = await sokr(['validate', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/ error /);
    expect(r.stdout).toMatch(/in 2 files\n$/); // acme.okr.json and acme.okr.yaml
  });

  it('validates the YAML example at a date with the custom policy: warnings only, pointing into the YAML', async () => {
    const r = await sokr([
      'validate',
      'examples/acme.okr.yaml',
      '--as-of',
      '2026-02-15',
      '--policy',
      'examples/policies/custom-policy.mjs',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^examples\/acme\.okr\.yaml:\d+:\d+ warning team\/kr-has-initiative Key result "Grow ARR from €4\.0M to €5\.0M"/m,
    );
    expect(r.stdout).toMatch(
      /^examples\/acme\.okr\.yaml:\d+:\d+ warning deliver\/stale-check-in /m,
    );
  });

  it('scores and reports on the YAML example', async () => {
    const score = await sokr([
      'score',
      'examples/acme.okr.yaml',
      '--as-of',
      '2026-02-15',
      '--cycle',
      '2026-q1',
    ]);
    expect(score.code).toBe(0);
    expect(score.stdout).toMatch(/^Cycle: \d\.\d — 11 objectives, 26 key results/m);
    const weekly = await sokr([
      'report',
      'weekly',
      'examples/acme.okr.yaml',
      '--as-of',
      '2026-02-15',
    ]);
    expect(weekly.code).toBe(0);
    expect(weekly.stdout.split('\n')[0]).toBe('# Weekly check-in — 15 Feb 2026');
    const review = await sokr([
      'report',
      'review',
      'examples/acme.okr.yaml',
      '--as-of',
      '2026-04-01',
      '--cycle',
      '2026-q1',
    ]);
    expect(review.code).toBe(0);
    expect(review.stdout.split('\n')[0]).toBe('# Cycle review — Q1 2026');
  });
});
