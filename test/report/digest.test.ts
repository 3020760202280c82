// The digest (toMarkdown's format: 'digest') at scale: the units table shows the
// top of the tree, not one department's teams, and stays within its line budget.
// And small percentages: a non-zero value never prints as "0 %" (figures, scores, shares).
import { describe, expect, it } from 'vitest';
import { cycleReview, percentScale, toMarkdown, weeklyReport } from '../../src/index.js';
import { formatNumber, withUnit } from '../../src/report/_figures.js';
import { DIGEST_ROWS, digestUnits } from '../../src/report/_digest.js';
import { fmtScore, fmtShare } from '../../src/report/format.js';
import { googleScale } from '../../src/scale/presets.js';
import { acmeExample, buildSet, generateEnterprise } from '../../src/testing/index.js';
import { smallSet } from './smallSet.js';

const ASOF = '2026-02-11';

/** The unit names in the digest's units table, without the depth dots. */
function tableUnits(digest: string): string[] {
  const lines = digest.split('\n');
  const head = lines.indexOf('| Unit | Score | Trend | Needs attention most |');
  const rows: string[] = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line.slice(2, line.indexOf(' | ')).replace(/^(?:· )+/, ''));
  }
  return rows;
}

describe('the weekly digest of a large organisation', () => {
  // 60 units in 3 levels: Synthetic Corp, 8 departments, 51 teams (7 or 6 per department).
  const set = generateEnterprise({ seed: 1, units: 60 });
  const departments = set.units.filter((u) => u.parentId === 'u0').map((u) => u.name);
  const digest = toMarkdown(weeklyReport(set, { asOf: ASOF }), { format: 'digest' });
  const shown = tableUnits(digest);

  it('shows the company and every department, not the first department’s teams', () => {
    expect(departments).toHaveLength(8);
    expect(shown).toHaveLength(DIGEST_ROWS);
    expect(shown[0]).toBe('Synthetic Corp');
    for (const d of departments) expect(shown).toContain(d);
    // The three rows left go to the lowest-scoring teams, each under its department.
    expect(shown.filter((n) => n.startsWith('Team '))).toHaveLength(3);
  });

  it('says how many units were left out and stays under 60 lines', () => {
    expect(digest).toContain(`\n… and ${60 - DIGEST_ROWS} more units\n`);
    expect(digest.split('\n').length - 1).toBeLessThanOrEqual(60);
  });

  it('names the departments before the teams in the didn’t-move line', () => {
    const line = digest.split('\n').find((l) => l.startsWith('**Didn’t move'))!;
    expect(line).toContain(departments.map((d) => `${d} 9`).join(', '));
    expect(line).toMatch(/, … and 48 more units$/);
  });

  it('with more departments than rows: the company and the 11 lowest-scoring departments', () => {
    // 60 units in 2 levels: the company and 59 departments.
    const flat = generateEnterprise({ seed: 1, units: 60, depth: 2 });
    const report = weeklyReport(flat, { asOf: ASOF });
    const text = toMarkdown(report, { format: 'digest' });
    const neediest = report.units
      .filter((u) => u.depth === 1)
      .sort((a, b) => a.score - b.score)
      .slice(0, DIGEST_ROWS - 1)
      .map((u) => u.name);
    const rows = tableUnits(text);
    expect(rows[0]).toBe('Synthetic Corp');
    expect([...rows.slice(1)].sort()).toEqual([...neediest].sort());
    expect(text).toContain('\n… and 48 more units\n');
    expect(text.split('\n').length - 1).toBeLessThanOrEqual(60);
  });

  it('stays under 60 lines at 500 units', () => {
    const big = toMarkdown(
      weeklyReport(generateEnterprise({ seed: 2, units: 500 }), { asOf: ASOF }),
      {
        format: 'digest',
      },
    );
    expect(big.split('\n').length - 1).toBeLessThanOrEqual(60);
    expect(big).toContain(`\n… and ${500 - DIGEST_ROWS} more units\n`);
  });

  it('keeps the tree order of a report that fits (one department and its teams)', () => {
    const report = weeklyReport(set, { asOf: ASOF, unitId: 'u1' });
    const rows = tableUnits(toMarkdown(report, { format: 'digest' }));
    expect(rows).toEqual(report.units.map((u) => u.name));
  });
});

describe('digestUnits', () => {
  const u = (id: string, depth: number, score: number) => ({ id, depth, score });

  it('returns a list that fits as it is', () => {
    const units = [u('a', 0, 0.5), u('b', 1, 0.1), u('c', 2, 0.2)];
    expect(digestUnits(units)).toBe(units);
  });

  it('fills whole levels, then the lowest scores of the next level, in tree order', () => {
    // Root, 3 departments with 5 teams each (19 units): root + 3 + the 8 lowest teams.
    const units = [u('root', 0, 0.5)];
    for (let d = 0; d < 3; d++) {
      units.push(u(`d${d}`, 1, 0.5));
      for (let t = 0; t < 5; t++) units.push(u(`d${d}t${t}`, 2, (d * 5 + t) / 100));
    }
    const ids = digestUnits(units).map((x) => x.id);
    expect(ids).toEqual([
      'root',
      'd0',
      'd0t0',
      'd0t1',
      'd0t2',
      'd0t3',
      'd0t4',
      'd1',
      'd1t0',
      'd1t1',
      'd1t2',
      'd2',
    ]);
  });
});

describe('small percentages never print as 0 %', () => {
  it('formatNumber keeps one significant digit below 0.005 (worked values)', () => {
    expect(formatNumber(0.004)).toBe('0.004');
    expect(formatNumber(0.0037)).toBe('0.004');
    expect(formatNumber(0.00096)).toBe('0.001');
    expect(formatNumber(0.0003)).toBe('0.0003');
    expect(formatNumber(-0.002)).toBe('−0.002');
    expect(formatNumber(4e-7)).toBe('< 0.000001');
    expect(formatNumber(-4e-7)).toBe('> −0.000001');
    // Ordinary values as before.
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.3)).toBe('0.3');
    expect(formatNumber(0.04)).toBe('0.04');
    expect(formatNumber(0.005)).toBe('0.01');
    expect(formatNumber(27.74)).toBe('27.74');
    expect(formatNumber(2264.4)).toBe('2264');
  });

  it('withUnit: 0.004 % is "0.004 %", 0.3 % stays "0.3 %", a currency too', () => {
    expect(withUnit(0.004, '%')).toBe('0.004 %');
    expect(withUnit(0.3, '%')).toBe('0.3 %');
    expect(withUnit(0, '%')).toBe('0 %');
    expect(withUnit(0.002, 'M€')).toBe('€0.002M');
    expect(withUnit(3e-7, '€')).toBe('< €0.000001');
  });

  it('fmtScore on the percent scale: 0.003 is "0.3%", 0.0004 "< 0.1%"; 0 and 0.25 as before', () => {
    expect(fmtScore(0.003, percentScale)).toBe('0.3%');
    expect(fmtScore(0.0049, percentScale)).toBe('0.5%');
    expect(fmtScore(0.0004, percentScale)).toBe('< 0.1%');
    expect(fmtScore(0, percentScale)).toBe('0%');
    expect(fmtScore(0.25, percentScale)).toBe('25%');
    expect(fmtScore(0.005, percentScale)).toBe('1%');
    // A decimal scale keeps Google's 0.0.
    expect(fmtScore(0.003, googleScale)).toBe('0.0');
  });

  it('fmtShare: a share of 0.004 is "0.4%", 0.0004 "< 0.1%"; 0.2 and 0.005 as whole points', () => {
    expect(fmtShare(0.004)).toBe('0.4%');
    expect(fmtShare(0.0004)).toBe('< 0.1%');
    expect(fmtShare(0.2)).toBe('20%');
    expect(fmtShare(0.005)).toBe('1%');
    expect(fmtShare(0)).toBe('0%');
    expect(fmtShare(-0.003)).toBe('−0.3%');
  });

  it('a key result at 0.003 % of 1 % reads so in the report, its score 0.3% on the percent scale', () => {
    const set = smallSet();
    set.keyResults[0] = {
      ...set.keyResults[0]!,
      measure: { kind: 'metric', start: 0, target: 1, unit: '%' },
    };
    set.checkIns = set.checkIns.map((c) =>
      c.keyResultId === 'k1' ? { ...c, value: c.id === 'c3' ? 0.003 : 0.001 } : c,
    );
    const report = weeklyReport(set, { asOf: '2026-01-21', scale: percentScale });
    const k1 = report.units[0]!.objectives[0]!.keyResults.find((k) => k.id === 'k1')!;
    expect(k1.figures.text).toBe('0.003 % of 1 % (from 0 %)');
    const md = toMarkdown(report);
    expect(md).toContain('| Reach 100 deals | Ada | 0.003 % of 1 % (from 0 %) | 0.3% | At risk |');
    expect(md).not.toMatch(/(?<![\d.])0 % of 1 %/);
  });
});

describe('the weekly digest’s "owed this week" (issue 19)', () => {
  const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
  const digest = toMarkdown(report, { format: 'digest' });
  const lines = digest.split('\n');

  it('lists the first five items owed, overdue first, counts the rest and how many are overdue', () => {
    expect(report.owed).toHaveLength(11);
    const head = lines.indexOf('**Owed this week (11)**: 2 overdue');
    expect(head).toBeGreaterThan(lines.findIndex((l) => l.startsWith('**Needs attention')));
    expect(lines.slice(head + 1, head + 7)).toEqual([
      '- Omar Haddad: Answer to a dependency 20 days late \\(due 2026-01-01\\): "Turn trials into paying customers" depends on "Resolve customer issues faster"',
      '- Noah Kim: Check-in 13 days late \\(due 2026-01-08\\): key result "Get 50 signups from the referral programme"',
      '- Maya Chen: Check-in due today: key result "Raise net revenue retention from 104% to 112%"',
      '- Maya Chen: Check-in due today: key result "Keep cloud cost per customer at or below €40 a month"',
      '- Daniel Okafor: Check-in due today: key result "Keep gross margin between 70% and 80%"',
      '- … and 6 more',
    ]);
    expect(lines[head + 7]).toBe('');
  });

  it('keeps the Acme week at 48 lines and says when nothing is owed', () => {
    expect(lines.length - 1).toBe(48);
    const none = toMarkdown({ ...report, owed: [] }, { format: 'digest' });
    expect(none).toContain('\n**Owed this week (0)**\n\n**Coming up next (9)**\n');
    expect(none).not.toContain('overdue');
  });

  it('stays under 60 lines with every list over five items and the units table full', () => {
    const units = [...report.units];
    for (let i = 0; i < 300; i++)
      units.push({ ...report.units[1]!, id: `copy${i}`, name: `Copy ${i}`, depth: 2 });
    for (let i = 0; i < 30; i++)
      units.push({
        ...report.units[2]!,
        id: `empty${i}`,
        name: `Empty ${i}`,
        objectives: [],
        keyResults: 0,
      });
    const dependencies = Array.from({ length: 20 }, () => report.dependencies[0]!);
    const owed = Array.from({ length: 40 }, (_, i) => report.owed[i % report.owed.length]!);
    const big = toMarkdown({ ...report, units, dependencies, owed }, { format: 'digest' });
    for (const list of ['Needs attention', 'Owed this week', 'Coming up next', 'Moved'])
      expect(big).toMatch(
        new RegExp(`\\*\\*${list} \\(\\d+\\)\\*\\*[^\\n]*\\n(- [^\\n]*\\n){5}- … and \\d+ more\\n`),
      );
    expect(big).toContain('No key results in this report: Empty 0,');
    expect(big.split('\n').length - 1).toBeLessThanOrEqual(60);
  });
});

describe('the weekly digest’s units table', () => {
  it('names the owner of what needs attention most, as the full Markdown does', () => {
    const report = weeklyReport(acmeExample(), { asOf: '2026-01-21' });
    const worst = report.units.find((u) => u.worst !== null)!.worst!;
    const row = toMarkdown(report, { format: 'digest' })
      .split('\n')
      .find((line) => line.includes(worst.title));
    expect(row).toContain(`(${worst.ownerName})`);
  });
});

describe('the review digest’s headline', () => {
  it('says "none" for a commitment without objectives, as the full review does ("0 of 0 met 1.0" before)', () => {
    const set = buildSet({
      objectives: [{ keyResults: [{ checkIns: [{ at: '2026-02-10', value: 4 }] }] }],
    });
    const review = cycleReview(set, { cycleId: 'q1', asOf: '2026-04-07' });
    const digest = toMarkdown(review, { format: 'digest' });
    expect(digest).toContain('· committed: none · aspirational: 0 of 1 met 0.7 ·');
    expect(toMarkdown(review)).toContain('Committed: none · Aspirational: 0 of 1 met');
    const acme = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-04-07' });
    expect(toMarkdown(acme, { format: 'digest' })).toContain(
      '· committed: 3 of 8 met 1.0 · aspirational: 2 of 3 met 0.7 ·',
    );
  });
});
