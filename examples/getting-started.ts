// docs/guides/getting-started.md, step 4: sokr as a library. A test runs this
// file, so the guide cannot rot. Run it yourself with `npx tsx examples/getting-started.ts`.
import { readFileSync } from 'node:fs';
import { formatPath, formatScore, normalizeOkrSet, rollup, validate } from 'sokr';
import { parse } from 'yaml';

// 1. Read an OKR file (nested authoring format, YAML or JSON) and normalize it to a flat OKR set.
const result = normalizeOkrSet(parse(readFileSync('examples/acme.okr.yaml', 'utf8')));
if (!result.ok) {
  const lines = result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new Error(`not a valid OKR set:\n${lines.join('\n')}`);
}
const set = result.value;
const asOf = '2026-02-15'; // sokr never reads the clock: every date is an argument

// 2. Lint it like the CLI does: anchors, cascade, limits, owners, measures, check-ins.
const findings = validate(set, { asOf });
const errors = findings.filter((finding) => finding.severity === 'error');
console.log(`${findings.length} findings, ${errors.length} errors`);

// 3. Score it: key results → objectives → units → company, weighted.
const card = rollup(set, { asOf });
console.log(`company ${formatScore(card.company.score ?? 0)}`);
for (const objective of set.objectives) {
  if (objective.unitId !== 'acme' || objective.cycleId !== '2026-q1') continue;
  const { score, status } = card.objectives[objective.id]!;
  console.log(`${objective.title}: ${score === null ? '—' : formatScore(score)} ${status}`);
}
