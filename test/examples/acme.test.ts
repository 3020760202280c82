import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type KeyResult,
  normalizeOkrSet,
  type OkrSet,
  parseOkrSet,
  rollup,
  validate,
} from '../../src/index.js';

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
}

const raw = readJson('acme.okr.json');
const parsed = parseOkrSet(raw);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
const acme: OkrSet = parsed.value;

const Q1 = '2026-q1';
const kr = (objective: string, n: number): string => `${objective}.kr${n}`;
const O = {
  revenue: '2026-q1.acme.grow-recurring-revenue-profitably',
  customers: '2026-q1.acme.customers-succeed-without-hand-holding',
  platform: '2026-q1.acme.run-on-a-platform-that-scales',
  pipeline: '2026-q1.sales.build-a-predictable-enterprise-pipeline',
  selfServe: '2026-q1.product.ship-self-serve-onboarding-for-the-mid-market',
  harden: '2026-q1.product.harden-the-platform-for-ten-times-the-load',
  expand: '2026-q1.success.expand-revenue-from-our-existing-customers',
  logos: '2026-q1.enterprise.land-five-new-enterprise-logos',
  enterpriseReady: '2026-q1.platform.make-the-platform-enterprise-ready',
  trials: '2026-q1.growth.turn-trials-into-paying-customers',
  support: '2026-q1.support.resolve-customer-issues-faster',
} as const;

describe('examples/acme.okr.json', () => {
  it('parses cleanly, to exactly the file (every default written out)', () => {
    expect(acme).toEqual(raw);
  });

  it('is the nested examples/acme.authoring.json, normalized', () => {
    const normalized = normalizeOkrSet(readJson('acme.authoring.json'));
    expect(normalized.ok ? normalized.value : normalized.issues).toEqual(raw);
  });

  it('has the documented shape', () => {
    expect(acme.strategy.pillars.map((p) => p.id)).toEqual([
      'customers',
      'growth',
      'platform',
      'people',
    ]);
    expect(new Set(acme.strategy.swot?.map((s) => s.kind))).toEqual(
      new Set(['strength', 'weakness', 'opportunity', 'threat']),
    );
    expect(acme.units).toHaveLength(8);
    expect(acme.units.filter((u) => u.parentId === 'acme')).toHaveLength(3);
    expect(acme.people).toHaveLength(13);
    expect(acme.cycles.map((c) => c.id)).toEqual(['2026', '2026-q1', '2026-q2']);
    expect(acme.objectives).toHaveLength(14);
    expect(acme.objectives.filter((o) => o.cycleId === Q1)).toHaveLength(11);
    expect(acme.keyResults).toHaveLength(32);
    expect(acme.checkIns).toHaveLength(114);
    expect(acme.initiatives).toHaveLength(8);
    expect(acme.dependencies.map((d) => d.state)).toEqual(['accepted', 'proposed']);
    expect(acme.risks).toHaveLength(2);
    expect(new Set(acme.objectives.map((o) => o.commitment))).toEqual(
      new Set(['committed', 'aspirational']),
    );
    const anchors = new Set(acme.objectives.flatMap((o) => o.links.map((l) => l.kind)));
    expect(anchors).toEqual(
      new Set(['pillar', 'supports', 'strength', 'weakness', 'opportunity', 'threat']),
    );
  });

  it('uses every measure kind: metrics up and down, both threshold modes, range, milestone, checklist, derived', () => {
    const kinds = new Set(
      acme.keyResults.map((k) => {
        const m = k.measure;
        if (m.kind === 'metric')
          return m.target > (m.start ?? 0) ? 'metric-increase' : 'metric-decrease';
        if (m.kind === 'threshold') return `threshold-${m.mode}`;
        return m.kind;
      }),
    );
    expect(kinds).toEqual(
      new Set([
        'metric-increase',
        'metric-decrease',
        'threshold-atLeast',
        'threshold-atMost',
        'range',
        'milestone',
        'checklist',
        'derived',
      ]),
    );
    const derived = acme.keyResults.filter((k) => k.measure.kind === 'derived').map((k) => k.id);
    expect(derived).toEqual([kr(O.revenue, 2)]);
    const children = acme.objectives.filter(
      (o) => o.parent && 'keyResultId' in o.parent && o.parent.keyResultId === derived[0],
    );
    expect(children.map((o) => o.id)).toEqual([O.pipeline, O.expand]);
  });

  it('keeps owners inside their unit and has active objectives approved from an ancestor unit', () => {
    const unitOf = new Map(acme.people.map((p) => [p.id, p.unitId]));
    const parentOf = new Map(acme.units.map((u) => [u.id, u.parentId]));
    const objectives = new Map(acme.objectives.map((o) => [o.id, o]));
    const ancestors = (unit: string): string[] => {
      const out: string[] = [];
      for (let p = parentOf.get(unit); p !== undefined; p = parentOf.get(p)) out.push(p);
      return out;
    };
    for (const o of acme.objectives) {
      expect(unitOf.get(o.ownerId ?? '')).toBe(o.unitId);
      if (o.state === 'active' && o.unitId !== 'acme') {
        expect(ancestors(o.unitId)).toContain(unitOf.get(o.approvedBy ?? ''));
      }
    }
    for (const k of acme.keyResults)
      expect(unitOf.get(k.ownerId)).toBe(objectives.get(k.objectiveId)?.unitId);
  });

  it('has no errors under the recommended policy, before, during and after Q1', () => {
    for (const asOf of [undefined, '2026-01-21', '2026-02-15', '2026-04-02']) {
      const findings = validate(acme, asOf === undefined ? {} : { asOf });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('tells a story at week 3 (asOf 2026-01-21): a confidence drop, a KR never updated, a proposed dependency', () => {
    const findings = validate(acme, { asOf: '2026-01-21' });
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.ids[0]);
    expect(byRule('deliver/confidence-drop')).toEqual([kr(O.harden, 1)]);
    expect(byRule('deliver/missing-check-in')).toEqual([kr(O.trials, 3)]);
    expect(byRule('align/dependency-accepted')).toEqual(['trials-need-chat-support']);
    const card = rollup(acme, { asOf: '2026-01-21' });
    const statusOf = (id: string) => card.keyResults[id]?.status;
    expect(statusOf(kr(O.trials, 3))).toBe('pending');
    expect(statusOf(kr(O.harden, 1))).toBe('at-risk'); // confidence 3
    expect(statusOf(kr(O.platform, 2))).toBe('off-track'); // cloud cost 44 > 40: a broken keep-below KR is off track at once
    expect(statusOf(kr(O.pipeline, 1))).toBe('on-track');
  });

  it('tells a story at the Q1 review (asOf 2026-04-01): achieved, missed and never-updated key results', () => {
    const card = rollup(acme, { asOf: '2026-04-01' });
    const q1 = acme.keyResults.filter((k: KeyResult) => k.id.startsWith(Q1));
    const withStatus = (status: string) =>
      q1.filter((k) => card.keyResults[k.id]?.status === status).map((k) => k.id);
    expect(withStatus('achieved')).toEqual([
      kr(O.revenue, 3),
      kr(O.platform, 1),
      kr(O.platform, 2),
      kr(O.pipeline, 1),
      kr(O.pipeline, 2),
      kr(O.harden, 2),
      kr(O.expand, 1),
      kr(O.logos, 1),
      kr(O.logos, 2),
      kr(O.enterpriseReady, 1),
      kr(O.enterpriseReady, 2),
      kr(O.trials, 2),
      kr(O.support, 2),
    ]);
    expect(withStatus('pending')).toEqual([kr(O.trials, 3)]);
    expect(card.keyResults[kr(O.revenue, 1)]?.score).toBeCloseTo(0.8, 10); // ARR 4.0 → 4.8 of 5.0
    expect(card.keyResults[kr(O.customers, 2)]?.score).toBeCloseTo(11 / 14, 10); // onboarding 21 → 10 days of 7
    expect(card.keyResults[kr(O.selfServe, 1)]?.score).toBeCloseTo(0.7, 10); // aspirational sweet spot
    expect(card.objectives[O.pipeline]?.score).toBe(1);
  });
});
