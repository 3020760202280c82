// Dependency findings name objectives by their titles, never the dependency by
// its id (issue 19.4): the ids stay in `ids`, and describeFinding reads each
// objective once, as `“title”`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFinding, type OkrSet, parseOkrSet, policies, validate } from '../../src/index.js';
import { buildSet } from '../../src/testing/index.js';

function acme(): OkrSet {
  const parsed = parseOkrSet(JSON.parse(readFileSync('examples/acme.okr.json', 'utf8')));
  if (!parsed.ok) throw new Error('examples/acme.okr.json does not parse');
  return parsed.value;
}

describe('align/dependency-accepted on the bundled example', () => {
  const set = acme();
  const findings = validate(set, { policy: policies.recommended, asOf: '2026-01-21' }).filter(
    (f) => f.rule === 'align/dependency-accepted',
  );

  it('keeps ids and path for tools', () => {
    expect(findings.map((f) => [f.ids, f.path])).toEqual([
      [
        [
          'trials-need-chat-support',
          '2026-q1.growth.turn-trials-into-paying-customers',
          '2026-q1.support.resolve-customer-issues-faster',
        ],
        ['dependencies', 1, 'state'],
      ],
    ]);
  });

  it('says which objectives in titles, and no dependency id', () => {
    const finding = findings[0]!;
    expect(finding.message).not.toContain('trials-need-chat-support');
    expect(finding.message).toContain('"Turn trials into paying customers"');
    expect(describeFinding(finding, set)).toBe(
      'The dependency of objective “Turn trials into paying customers” on “Resolve customer issues faster” is still proposed, though cycle Q1 2026 started 2026-01-01.',
    );
  });
});

describe('every align/dependency-* finding', () => {
  const set = buildSet({
    units: { acme: null, sales: 'acme', web: 'acme' },
    objectives: [
      { id: 'o-sales', title: 'Sell to the mid-market', unitId: 'sales' },
      { id: 'o-web', title: 'Make the web shop a joy', unitId: 'web' },
      { id: 'o-web-2', title: 'Ship with confidence', unitId: 'web' },
    ],
    dependencies: [
      { id: 'dep-proposed', from: 'o-sales', on: 'o-web', state: 'proposed' },
      { id: 'dep-declined', from: 'o-sales', on: 'o-web', state: 'declined' },
      { id: 'dep-same-unit', from: 'o-web', on: 'o-web-2', state: 'accepted' },
      { id: 'dep-self', from: 'o-web', on: { keyResultId: 'o-web.kr1' }, state: 'accepted' },
      { id: 'dep-dangling', from: 'o-sales', on: 'o-gone', state: 'accepted' },
    ],
  });
  const findings = validate(set, { policy: policies.recommended, asOf: '2026-01-20' }).filter((f) =>
    f.rule.startsWith('align/dependency-'),
  );

  it('reports each of the four rules', () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([
      'align/dependency-accepted',
      'align/dependency-cross-unit',
      'align/dependency-declined',
      'align/dependency-exists',
    ]);
    for (const f of findings) expect(f.ids[0]).toMatch(/^dep-/);
  });

  it('names no dependency id in its message or its text, and titles instead', () => {
    for (const f of findings) {
      expect(f.message).not.toMatch(/dep-/);
      const text = describeFinding(f, set);
      expect(text).not.toMatch(/dep-|"o-sales"|"o-web"/);
      expect(text).toMatch(/“(Sell to the mid-market|Make the web shop a joy)”/);
    }
  });
});
