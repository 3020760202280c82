// The manager's view of the report data (issue 19): real numbers per key result,
// the units at a glance, findings in titles and names, committed vs aspirational.
// Worked values from the Acme example's check-ins (examples/acme.okr.json).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile,
  cycleReview,
  describeFinding,
  describeFix,
  policies,
  type KeyResultStatus,
  type Measure,
  toHtml,
  toMarkdown,
  type WeeklyKeyResult,
  validate,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const set = acmeExample();
const Q1 = '2026-q1';
const report = weeklyReport(set, { asOf: '2026-01-21' });
const all = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
const find = (suffix: string): WeeklyKeyResult => {
  const k = all.find((x) => x.id === `${Q1}.${suffix}`);
  if (k === undefined) throw new Error(`no key result ${suffix}`);
  return k;
};

describe('real numbers of the Acme week-3 report (2026-01-21)', () => {
  it('gives ARR as €4.2M of €5.0M: the 2026-01-21 check-in, last week’s 4.05 and the series values', () => {
    const arr = find('acme.grow-recurring-revenue-profitably.kr1');
    expect(arr.figures).toEqual({
      kind: 'metric',
      unit: 'M€',
      current: 4.2,
      previous: 4.05,
      start: 4,
      target: 5,
      min: null,
      max: null,
      mode: 'atLeast',
      text: '€4.2M of €5.0M (from €4.0M)',
    });
    expect(arr.series.map((p) => p.value)).toEqual([4.05, 4.2]);
    // the score is still the value's place between start and target
    expect(arr.score).toBeCloseTo((4.2 - 4) / (5 - 4), 12);
  });

  it('writes a threshold as value and the rule to keep (CSAT 89 % — keep ≥ 90 %)', () => {
    const csat = find('support.resolve-customer-issues-faster.kr2');
    expect(csat.figures.text).toBe('89 % — keep ≥ 90 %');
    expect(csat.figures.current).toBe(89);
    expect(csat.figures.previous).toBe(88);
    expect(csat.figures.mode).toBe('atLeast');
    expect(find('acme.run-on-a-platform-that-scales.kr2').figures.text).toBe('€44 — keep ≤ €40');
  });

  it('writes decreasing metrics, ranges, checklists, milestones, derived and pending key results', () => {
    expect(find('product.harden-the-platform-for-ten-times-the-load.kr1').figures.text).toBe(
      '770 ms, target 300 ms (from 800 ms)',
    );
    expect(find('acme.grow-recurring-revenue-profitably.kr3').figures.text).toBe(
      '74 % — keep 70 %–80 %',
    );
    expect(find('growth.turn-trials-into-paying-customers.kr2').figures.text).toBe(
      '€480 — keep €300–€450',
    );
    expect(find('product.ship-self-serve-onboarding-for-the-mid-market.kr1').figures.text).toBe(
      '12 of 200 signups/month (from 0)',
    );
    expect(find('product.ship-self-serve-onboarding-for-the-mid-market.kr2').figures).toMatchObject(
      { current: 1, target: 5, text: '1 of 5 done' },
    );
    expect(find('platform.make-the-platform-enterprise-ready.kr1').figures.text).toBe(
      'not done yet',
    );
    expect(find('acme.grow-recurring-revenue-profitably.kr2').figures).toMatchObject({
      kind: 'derived',
      current: null,
      text: 'scored from its child objectives',
    });
    expect(find('growth.turn-trials-into-paying-customers.kr3').figures).toMatchObject({
      current: null,
      text: 'no check-in yet · target 50 signups (from 0)',
    });
    expect(find('success.expand-revenue-from-our-existing-customers.kr1').figures.text).toBe(
      '€35k of €300k (from €0)',
    );
  });

  it('gives every series point the check-in’s own value', () => {
    const byKr = new Map<string, number[]>();
    for (const c of set.checkIns) {
      if (c.at > '2026-01-21' || typeof c.value !== 'number') continue;
      byKr.set(c.keyResultId, [...(byKr.get(c.keyResultId) ?? []), c.value]);
    }
    for (const k of all) {
      const m = set.keyResults.find((x) => x.id === k.id)!.measure;
      if (m.kind === 'metric' || m.kind === 'threshold' || m.kind === 'range')
        expect(
          k.series.map((p) => p.value),
          k.id,
        ).toEqual(byKr.get(k.id) ?? []);
    }
  });
});

const RANK: Partial<Record<KeyResultStatus, number>> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  pending: 3,
};

describe('units at a glance', () => {
  const byId = new Map(report.units.map((u) => [u.id, u]));
  const below = (id: string): string[] => {
    const out = [id];
    for (const u of set.units) if (u.parentId === id) out.push(...below(u.id));
    return out;
  };
  const subtree = (id: string) => all.filter((k) => below(id).includes(k.unitId));

  it('counts the key results of each unit’s subtree: 26 in all, Sales 2 + Enterprise 2, Product 10', () => {
    expect(byId.get('acme')!.keyResults).toBe(26);
    expect(byId.get('sales')!.keyResults).toBe(4);
    expect(byId.get('enterprise')!.keyResults).toBe(2);
    expect(byId.get('product')!.keyResults).toBe(10);
    expect(byId.get('success')!.keyResults).toBe(5);
    expect(byId.get('acme')!.statusCounts).toEqual(report.overall.statusCounts);
  });

  it('has per unit the status counts of its subtree and the worst of its key results', () => {
    for (const u of report.units) {
      const krs = subtree(u.id);
      expect(u.keyResults, u.id).toBe(krs.length);
      for (const s of Object.keys(u.statusCounts) as KeyResultStatus[])
        expect(u.statusCounts[s], `${u.id} ${s}`).toBe(krs.filter((k) => k.status === s).length);
      const needing = krs.filter((k) => RANK[k.status] !== undefined);
      if (needing.length === 0) {
        expect(u.worst, u.id).toBeNull();
        continue;
      }
      const best = Math.min(...needing.map((k) => RANK[k.status]!));
      expect(RANK[u.worst!.status], u.id).toBe(best);
      const gap = Math.max(
        ...needing.filter((k) => RANK[k.status] === best).map((k) => k.expected - k.score),
      );
      expect(u.worst!.expected - u.worst!.score).toBeCloseTo(gap, 12);
      const k = all.find((x) => x.id === u.worst!.keyResultId)!;
      expect(u.worst!.title).toBe(k.title);
      expect(u.worst!.ownerName).toBe(k.ownerName);
      expect(u.worst!.figures).toEqual(k.figures);
    }
  });

  it('names the key result and its unit: unitId is its objective’s', () => {
    for (const u of report.units)
      for (const o of u.objectives) for (const k of o.keyResults) expect(k.unitId).toBe(u.id);
  });
});

describe('the Q1 review (2026-04-07)', () => {
  const review = cycleReview(set, { cycleId: Q1, asOf: '2026-04-07' });

  it('sets committed and aspirational apart: 8 committed, 3 aspirational, met = not flagged', () => {
    for (const c of ['committed', 'aspirational'] as const) {
      const list = review.objectives.filter((o) => o.commitment === c);
      const outcome = review.commitments[c];
      expect(outcome.objectives).toBe(list.length);
      expect(outcome.met).toBe(list.filter((o) => !o.flagged).length);
      expect(outcome.target).toBe(c === 'committed' ? 1 : 0.7);
      const mean = list.reduce((s, o) => s + o.score, 0) / list.length; // weights are all 1 in Q1
      expect(outcome.score).toBeCloseTo(mean, 12);
    }
    expect(review.commitments.committed.objectives).toBe(8);
    expect(review.commitments.aspirational.objectives).toBe(3);
  });

  it('writes findings with titles and owners’ names instead of derived ids, keeping the ids for tools', () => {
    const missing = review.alignment.findings.find((f) => f.rule === 'deliver/missing-check-in')!;
    expect(missing.message).toContain(`${Q1}.growth.turn-trials-into-paying-customers.kr3`);
    expect(missing.ids).toContain(`${Q1}.growth.turn-trials-into-paying-customers.kr3`);
    expect(missing.text).toContain('“Get 50 signups from the referral programme” (Noah Kim)');
    for (const f of review.alignment.findings) {
      expect(f.text).not.toMatch(/2026-q1\.[a-z-]+\.[a-z-]+/);
    }
  });

  it('gives the final value of each key result: ARR €4.8M of €5.0M', () => {
    const arr = review.objectives
      .flatMap((o) => o.keyResults)
      .find((k) => k.id === `${Q1}.acme.grow-recurring-revenue-profitably.kr1`)!;
    expect(arr.figures.text).toBe('€4.8M of €5.0M (from €4.0M)');
    expect(arr.figures.previous).toBeNull();
  });
});

describe('figures of any metric (property)', () => {
  it('always give a finite-free, one-line text that holds the unit, and current = the value', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.constantFrom('%', 'M€', '€', 'ms', 'signups', 'k$'),
        (start, target, value, unit) => {
          const measure: Measure = { kind: 'metric', start, target, unit };
          const k = weeklyReport(
            {
              ...set,
              keyResults: set.keyResults.map((x) =>
                x.id === `${Q1}.acme.grow-recurring-revenue-profitably.kr1` ? { ...x, measure } : x,
              ),
              checkIns: set.checkIns.map((c) =>
                c.keyResultId === `${Q1}.acme.grow-recurring-revenue-profitably.kr1`
                  ? { ...c, value }
                  : c,
              ),
            },
            { asOf: '2026-01-21' },
          )
            .units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
            .find((x) => x.id === `${Q1}.acme.grow-recurring-revenue-profitably.kr1`)!;
          expect(k.figures.current).toBe(value);
          expect(k.figures.text).not.toMatch(/NaN|Infinity|undefined|\n/);
          const symbol = unit.replace(/[kM]/g, '');
          expect(k.figures.text).toContain(symbol);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('describeFinding', () => {
  const findings = validate(set, { asOf: '2026-04-07' });

  it('writes every finding of the Acme set at close with titles and names, as the review does', () => {
    const review = cycleReview(set, { cycleId: Q1, asOf: '2026-04-07' });
    for (const f of review.alignment.findings) expect(describeFinding(f, set)).toBe(f.text);
    const compiled = compile(set);
    for (const f of findings) {
      const text = describeFinding(f, compiled);
      for (const k of set.keyResults) expect(text, f.rule).not.toContain(`"${k.id}"`);
      for (const o of set.objectives) expect(text, f.rule).not.toContain(`"${o.id}"`);
    }
  });

  it('keeps quoted text that is no id of the set, and the finding itself', () => {
    const f = {
      rule: 'x/y',
      severity: 'warning' as const,
      path: [],
      ids: ['maya'],
      message: 'Owner "maya" and "nobody" of \'sales\'.',
    };
    expect(describeFinding(f, set)).toBe('Owner Maya Chen and "nobody" of Sales.');
    expect(f.message).toBe('Owner "maya" and "nobody" of \'sales\'.');
  });

  it('names an entity once when the rule quotes its title after its id (the quality rules)', () => {
    const quality = validate(set, { policy: policies.quality, asOf: '2026-01-21' }).filter((f) =>
      f.rule.startsWith('quality/'),
    );
    expect(quality.length).toBeGreaterThan(0);
    for (const f of quality) {
      const text = describeFinding(f, set);
      for (const o of [...set.objectives, ...set.keyResults]) {
        const title = o.title ?? '';
        if (title.length < 8) continue;
        const at = text.indexOf(title);
        if (at >= 0) expect(text.indexOf(title, at + 1), `${f.rule}: ${text}`).toBe(-1);
      }
    }
    const kr = set.keyResults[0]!;
    const made = {
      rule: 'x/y',
      severity: 'info' as const,
      path: [],
      ids: [kr.id],
      message: `Key result "${kr.id}" ${JSON.stringify(kr.title)} is long; "${kr.id}" "not its title".`,
    };
    const owner = set.people.find((p) => p.id === kr.ownerId)!.name;
    expect(describeFinding(made, set)).toBe(
      `Key result “${kr.title}” (${owner}) is long; “${kr.title}” (${owner}) "not its title".`,
    );
  });
});

describe('describeFinding: words a rule quotes are not ids', () => {
  it('a unit whose id is an activity verb does not replace the verb in the message', () => {
    const named = { ...set, units: [...set.units, { id: 'complete', name: 'Completion Team' }] };
    const f = validate(named, { policy: policies.quality, asOf: '2026-01-21' }).find(
      (x) => x.rule === 'quality/kr-activity' && x.message.includes('“complete”'),
    )!;
    expect(describeFinding(f, named)).toContain('(“complete”)');
    expect(describeFinding(f, named)).not.toContain('Completion Team');
  });
});

describe('describeFix', () => {
  it('writes the owner’s name in the deliver rules’ fixes; code in single quotes stays', () => {
    const findings = validate(set, { asOf: '2026-02-25' });
    const stale = findings.find(
      (f) => f.rule === 'deliver/stale-check-in' || f.rule === 'deliver/missing-check-in',
    );
    expect(stale).toBeDefined();
    const kr = set.keyResults.find((k) => k.id === stale!.ids[0])!;
    const owner = set.people.find((p) => p.id === kr.ownerId)!;
    expect(stale!.fix).toContain(`Ask "${owner.id}"`);
    expect(describeFix(stale!, set)).toMatch(new RegExp(`^Ask ${owner.name} for `));
    const code = {
      rule: 'x/y',
      severity: 'error' as const,
      path: [],
      ids: [],
      message: '',
      fix: `Replace the parent by { objectiveId: '${set.objectives[0]!.id}' } for "${owner.id}".`,
    };
    expect(describeFix(code, set)).toBe(
      `Replace the parent by { objectiveId: '${set.objectives[0]!.id}' } for ${owner.name}.`,
    );
    expect(describeFix({ ...code, fix: undefined } as never, set)).toBeUndefined();
    for (const bad of [null, undefined, 'x', 42, []]) {
      expect(() => describeFix(bad as never, set)).toThrow(/finding/);
      expect(() => describeFinding(bad as never, set)).toThrow(/finding/);
    }
  });
});

describe('what is coming up next says what the forecast says (issue 19)', () => {
  it('a breached keep-below key result is not "on course for the target"', () => {
    const late = weeklyReport(set, { asOf: '2026-03-25' });
    const churn = late.units
      .flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
      .find((k) => k.title === 'Keep logo churn at or below 2%')!;
    expect(churn.status).toBe('off-track');
    expect(churn.outlook).toBeNull();
    expect(churn.forecast?.reachesTargetAt).toBeNull();
    expect(toHtml(late)).not.toMatch(/On course for the target[^<]*<\/strong>[^<]*Keep logo churn/);
  });

  it('no week of the Acme quarter says "at the target" of a key result below it', () => {
    for (const asOf of ['2026-01-14', '2026-01-21', '2026-02-18', '2026-03-11', '2026-03-25']) {
      const r = weeklyReport(set, { asOf });
      for (const k of r.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))) {
        if (k.outlook !== 'reaches-target') continue;
        expect(k.score, `${asOf} ${k.title}`).toBeLessThan(1);
        expect(k.forecast!.reachesTargetAt! >= asOf, `${asOf} ${k.title}`).toBe(true);
      }
      const text = `${toMarkdown(r)}${toMarkdown(r, { format: 'digest' })}${toHtml(r)}`;
      expect(text, asOf).not.toContain('keep it there');
    }
  });
});

describe('a value never reads as the limit it misses', () => {
  /** The weekly report of one key result with this measure and a check-in of `value` (and `previous` a week before). */
  const reportOf = (measure: Measure, value: number, previous?: number) => {
    const base = acmeExample();
    const kr = base.keyResults.find((k) => k.measure.kind === 'metric')!;
    const checkIns = [
      ...(previous === undefined
        ? []
        : [{ id: 'before', keyResultId: kr.id, at: '2026-01-12', value: previous }]),
      { id: 'now', keyResultId: kr.id, at: '2026-01-20', value },
    ];
    return weeklyReport(
      { ...base, keyResults: [{ ...kr, measure }], checkIns, initiatives: [], dependencies: [] },
      { asOf: '2026-01-21' },
    );
  };
  const figures = (measure: Measure, value: number, previous?: number) =>
    reportOf(measure, value, previous).units.flatMap((u) =>
      u.objectives.flatMap((o) => o.keyResults),
    )[0]!;

  it('shows the decimals that tell a broken threshold or range from its limit', () => {
    const csat = figures({ kind: 'threshold', mode: 'atLeast', value: 90, unit: '%' }, 89.996);
    expect(csat.figures.text).toBe('89.996 % — keep ≥ 90 %');
    expect(csat.status).toBe('off-track');
    expect(
      figures({ kind: 'threshold', mode: 'atLeast', value: 99.9, unit: '%' }, 99.8999).figures.text,
    ).toBe('99.8999 % — keep ≥ 99.9 %');
    expect(figures({ kind: 'range', min: 300, max: 450, unit: '€' }, 450.004).figures.text).toBe(
      '€450.004 — keep €300–€450',
    );
  });

  it('shows a metric just short of its target as short of it', () => {
    expect(figures({ kind: 'metric', start: 4, target: 5, unit: 'M€' }, 4.996).figures.text).toBe(
      '€4.996M of €5.0M (from €4.0M)',
    );
    expect(figures({ kind: 'metric', start: 0.001, target: 0.002 }, 0.0015).figures.text).toBe(
      '0.0015 of 0.002 (from 0.001)',
    );
    expect(
      figures({ kind: 'metric', start: 0, target: 1000, unit: 'ms' }, 1000.4).figures.text,
    ).toBe('1000.4 ms of 1000 ms (from 0 ms)');
  });

  it('writes an amount of a million or more in millions or billions, as `M€` does', () => {
    // #19: "€4.35M of €5.0M", whether the set counts in euros or in millions of euros
    expect(
      figures({ kind: 'metric', start: 4_000_000, target: 5_000_000, unit: '€' }, 4_350_000).figures
        .text,
    ).toBe('€4.35M of €5.0M (from €4.0M)');
    expect(
      figures({ kind: 'metric', start: 0, target: 1e12, unit: '$' }, 2.5e11).figures.text,
    ).toBe('$250.0bn of $1000bn (from $0)');
    expect(figures({ kind: 'range', min: 1e6, max: 2e6, unit: '¥' }, 1_500_000).figures.text).toBe(
      '¥1.5M — keep ¥1.0M–¥2.0M',
    );
    // below a million, and for a unit that is not a currency, every digit
    expect(
      figures({ kind: 'metric', start: 0, target: 900_000, unit: '€' }, 450_000).figures.text,
    ).toBe('€450,000 of €900,000 (from €0)');
    expect(
      figures({ kind: 'metric', start: 0, target: 5e6, unit: 'users' }, 1_250_000).figures.text,
    ).toBe('1,250,000 of 5,000,000 users (from 0)');
    // a value just short of its target still reads short of it
    expect(
      figures({ kind: 'threshold', mode: 'atLeast', value: 5e6, unit: '€' }, 4_999_999).figures
        .text,
    ).toBe('€4.999999M — keep ≥ €5.0M');
  });

  it('never writes a small value as 0 to tell it from its limits', () => {
    // Its usual text (one significant digit, 0.0001) is the start's: more decimals, not fewer.
    expect(figures({ kind: 'metric', start: 0.0001, target: 0.0002 }, 0.00015).figures.text).toBe(
      '0.00015 of 0.0002 (from 0.0001)',
    );
    expect(
      figures({ kind: 'threshold', mode: 'atMost', value: 0.00004, unit: '%' }, 0.000041).figures
        .text,
    ).toBe('0.000041 % — keep ≤ 0.00004 %');
  });

  it('keeps the usual precision when it already tells them apart, and a value on its limit as it is', () => {
    expect(figures({ kind: 'metric', start: 4, target: 5, unit: 'M€' }, 4.35).figures.text).toBe(
      '€4.35M of €5.0M (from €4.0M)',
    );
    expect(
      figures({ kind: 'threshold', mode: 'atLeast', value: 90, unit: '%' }, 90).figures.text,
    ).toBe('90 % — keep ≥ 90 %');
  });

  it('writes no change smaller than the value shows (€4.2M, not €4.2M → €4.2M)', () => {
    const metric: Measure = { kind: 'metric', start: 4, target: 5, unit: 'M€' };
    const tiny = figures(metric, 4.2, 4.1999999);
    expect(tiny.figures.previous).toBe(4.1999999);
    const report = reportOf(metric, 4.2, 4.1999999);
    const page = toMarkdown(report);
    expect(page).toContain('€4.2M');
    expect(page).not.toContain('€4.2M → €4.2M');
    // A change it can show is written as one.
    expect(toMarkdown(reportOf(metric, 4.2, 4.05))).toContain('€4.05M → €4.2M');
  });

  it('holds for any value near a threshold: its text is not the threshold text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.double({ min: 1e-6, max: 0.01, noNaN: true }),
        fc.boolean(),
        (limit, gap, below) => {
          const v = below ? limit - gap : limit + gap;
          fc.pre(v !== limit);
          const f = figures({ kind: 'threshold', mode: 'atLeast', value: limit, unit: '%' }, v);
          const [shown, keep] = f.figures.text.split(' — ');
          return shown !== keep!.replace('keep ≥ ', '');
        },
      ),
      { numRuns: 60 },
    );
  });
});
