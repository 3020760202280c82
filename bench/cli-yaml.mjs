// What the YAML path of the CLI costs per MB: generates N MB of OKR YAML (the
// nested authoring format, every id given) and times `node dist/cli.js
// validate` on it, whole process, with its peak memory.
//
//   npm run build && node bench/cli-yaml.mjs 1 4 16        # sizes in MB
//   node bench/cli-yaml.mjs --json 8                        # the same data as JSON (indented: about twice the bytes)
//
// Wall time and peak RSS come from /usr/bin/time -v when it exists (Linux),
// else from the child's process.resourceUsage() via a preload.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// SOKR_CLI=<path> measures another build (e.g. an older one, for a before/after).
const CLI = resolve(ROOT, process.env.SOKR_CLI ?? 'dist/cli.js');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
if (sizes.length === 0) sizes.push(1, 2, 4, 8);
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');

/** One objective with four key results and eight check-ins each, as YAML. */
function objectiveYaml(i) {
  const kr = (k) => {
    const checkIns = Array.from(
      { length: 8 },
      (_, c) =>
        `          - { id: c${i}-${k}-${c}, at: 2026-0${1 + (c % 3)}-${String(10 + c).padStart(2, '0')}, value: ${c * 10}, confidence: 7 }`,
    ).join('\n');
    return `      - id: kr${i}-${k}
        title: Key result ${k} of objective ${i}, measured weekly
        ownerId: p${i % 50}
        measure: { kind: metric, start: 0, target: 100, unit: '%' }
        checkIns:
${checkIns}`;
  };
  return `  - id: o${i}
    title: Objective number ${i} of the generated plan
    unitId: u${i % 20}
    cycleId: q1
    ownerId: p${i % 50}
    state: active
    links:
      - { kind: pillar, pillarId: growth }
    keyResults:
${[0, 1, 2, 3].map(kr).join('\n')}
`;
}

function header() {
  const units = Array.from(
    { length: 20 },
    (_, u) => `  - id: u${u}\n    name: Unit ${u}${u === 0 ? '' : '\n    parentId: u0'}`,
  );
  const people = Array.from(
    { length: 50 },
    (_, p) => `  - id: p${p}\n    name: Person ${p}\n    unitId: u${p % 20}`,
  );
  return `version: 1
strategy:
  pillars:
    - { id: growth, title: Profitable growth }
    - { id: product, title: A product people recommend }
    - { id: people, title: A team that learns }
units:
${units.join('\n')}
people:
${people.join('\n')}
cycles:
  - { id: q1, name: Q1 2026, start: 2026-01-01, end: 2026-03-31 }
objectives:
`;
}

function generate(megabytes) {
  const target = megabytes * 1024 * 1024;
  const parts = [header()];
  let size = parts[0].length;
  for (let i = 0; size < target; i++) {
    const part = objectiveYaml(i);
    parts.push(part);
    size += part.length;
  }
  return { text: parts.join(''), objectives: parts.length - 1 };
}

// Builds before the input size limit have no --max-input-size.
const help = spawnSync(process.execPath, [CLI, 'validate', '--help'], { encoding: 'utf8' }).stdout;
const raise = help.includes('--max-input-size') ? ['--max-input-size', '4GB'] : [];

function measure(file) {
  const cli = [CLI, 'validate', file, ...raise];
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    const seconds =
      wall === null ? NaN : Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
    return {
      code: r.status,
      seconds,
      peakMb: rss === null ? NaN : Number(rss[1]) / 1024,
      tail: r.stderr.split('\n').slice(0, 3).join(' | '),
    };
  }
  const start = performance.now();
  const r = spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return {
    code: r.status,
    seconds: (performance.now() - start) / 1000,
    peakMb: NaN,
    tail: r.stderr.slice(0, 200),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sokr-bench-'));
try {
  console.log(`format  size MB  objectives  exit  wall s  s/MB   peak RSS MB  MB RSS/MB`);
  for (const mb of sizes) {
    const { text, objectives } = generate(mb);
    let file = join(dir, `gen.okr.yaml`);
    if (asJson) {
      const { parse } = await import('yaml');
      file = join(dir, 'gen.okr.json');
      writeFileSync(file, JSON.stringify(parse(text), null, 2));
    } else {
      writeFileSync(file, text);
    }
    const actual = statSync(file).size / 1024 / 1024;
    const m = measure(file);
    console.log(
      `${asJson ? 'json' : 'yaml'}    ${actual.toFixed(1).padStart(7)}  ${String(objectives).padStart(10)}  ${String(m.code).padStart(4)}  ${m.seconds.toFixed(2).padStart(6)}  ${(m.seconds / actual).toFixed(2).padStart(5)}  ${m.peakMb.toFixed(0).padStart(11)}  ${(m.peakMb / actual).toFixed(0).padStart(9)}`,
    );
    if (m.code !== 0 && m.code !== 1) console.log(`  stderr: ${m.tail}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
