// `npm run demo`: the weekly check-in report of the bundled Acme example at a
// fixed date, printed as Markdown, with the validation summary; the same
// report is written as a standalone HTML page (inline SVG charts).
// Runs on the built package: `npm run build` first (npm run demo does).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  alignmentHealth,
  compile,
  describeFinding,
  formatPath,
  parseOkrSet,
  toHtml,
  toMarkdown,
  validate,
  weeklyReport,
} from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const asOf = '2026-01-21'; // week 3 of Q1 2026: nothing here reads the clock

const parsed = parseOkrSet(JSON.parse(readFileSync(join(here, 'acme.okr.json'), 'utf8')));
if (!parsed.ok) {
  for (const issue of parsed.issues)
    console.error(`${formatPath(issue.path)}: ${issue.code} — ${issue.message}`);
  process.exit(1);
}
// One graph for every call below (the report, validation and each finding's text).
const set = compile(parsed.value);

const report = weeklyReport(set, { asOf });
console.log(toMarkdown(report, { title: `Acme — weekly check-in, ${asOf}` }));

const findings = validate(set, { asOf });
const health = alignmentHealth(findings, set);
const count = (severity) => findings.filter((f) => f.severity === severity).length;
console.log('## Validation\n');
console.log(
  `${count('error')} errors · ${count('warning')} warnings · ${count('info')} notes · alignment health ${Math.round(health.score)}/100\n`,
);
// Titles and names for people first; the rule and the place in the file come after, for
// whoever fixes it (f.message keeps the ids, for tools).
for (const f of findings.slice(0, 20))
  console.log(
    `- ${f.severity}: ${describeFinding(f, set)} (\`${f.rule}\`, at ${formatPath(f.path)})`,
  );
if (findings.length > 20) console.log(`- … and ${findings.length - 20} more`);

const outDir = join(here, '..', 'demo-output');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, 'weekly-report.html');
writeFileSync(outFile, toHtml(report, { title: `Acme — weekly check-in, ${asOf}` }));
console.log(`\nHTML report written to ${relative(process.cwd(), outFile) || outFile}`);
