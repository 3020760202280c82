// The README's quick start, kept as a file that a test runs so it cannot rot.
import { readFileSync } from 'node:fs';
import { alignmentHealth, assertOkrSet, formatScore, grade, recordCheckIn, rollup, validate } from 'sokr';

const set = assertOkrSet(JSON.parse(readFileSync('examples/acme.okr.json', 'utf8')));
const asOf = '2026-02-15';

const card = rollup(set, { asOf }); // KR → objective → unit → pillar → company
console.log('company', formatScore(card.company.score ?? 0), grade(card.company.score ?? 0).label);

const findings = validate(set, { asOf }); // the alignment & cascade linter
console.log('alignment health', alignmentHealth(findings, set).score, `${findings.length} findings`);

const kr = set.keyResults[0]!;
const next = recordCheckIn(set, { keyResultId: kr.id, at: asOf, value: 42, confidence: 7 });
if (next.ok) console.log('patches', next.patches.length, '→', rollup(next.set, { asOf }).keyResults[kr.id]?.score);
