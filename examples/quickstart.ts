import {
  alignmentHealth,
  formatScore,
  grade,
  parseOkrSet,
  recordCheckIn,
  rollup,
  validate,
} from 'sokr';
import { acmeExample } from 'sokr/testing';

// Your OKRs are plain JSON (a file, a database, an API); here, the example shipped with sokr.
const parsed = parseOkrSet(acmeExample());
if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
const set = parsed.value;
const asOf = '2026-02-15'; // sokr never reads the clock: time is passed in

// Scores roll up: key result → objective → unit → pillar → company.
const card = rollup(set, { asOf });
const company = card.company.score ?? 0;
console.log('company', formatScore(company), grade(company).label);

// The alignment and cascade linter, with the recommended policy.
const findings = validate(set, { asOf });
const health = alignmentHealth(findings, set).score;
console.log('alignment health', Math.round(health), `(${findings.length} findings)`);

// Edits are pure commands: a new set, plus patches to undo, audit or sync.
const kr = set.keyResults[0]!; // Grow ARR from €4.0M to €5.0M
const next = recordCheckIn(set, { keyResultId: kr.id, at: asOf, value: 4.5, confidence: 7 });
if (!next.ok) throw new Error(next.issues[0]?.message);
const before = card.keyResults[kr.id]?.score ?? 0;
const after = rollup(next.set, { asOf }).keyResults[kr.id]?.score ?? 0;
console.log('ARR', formatScore(before), '→', formatScore(after), 'patches:', next.patches.length);
