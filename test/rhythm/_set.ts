import { assertOkrSet, type OkrSet } from '../../src/index.js';

/**
 * A small team for the rhythm tests: acme (lead ceo) ⊃ eng (lead cto) ⊃ web
 * (lead lea); Q1 2026. See obligations.test.ts for what each person owes.
 */
export function rhythmSet(overrides: Partial<Record<keyof OkrSet, unknown>> = {}): OkrSet {
  return assertOkrSet({
    strategy: { pillars: [{ id: 'p', title: 'Pillar' }] },
    units: [
      { id: 'acme', name: 'Acme', leadId: 'ceo' },
      { id: 'eng', name: 'Engineering', parentId: 'acme', leadId: 'cto' },
      { id: 'web', name: 'Web', parentId: 'eng', leadId: 'lea' },
    ],
    people: [
      { id: 'ceo', name: 'Cleo', unitId: 'acme' },
      { id: 'cto', name: 'Theo', unitId: 'eng' },
      { id: 'lea', name: 'Lea', unitId: 'web' },
      { id: 'ana', name: 'Ana', unitId: 'web' },
      { id: 'bob', name: 'Bob', unitId: 'web' },
    ],
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      {
        id: 'o-web',
        title: 'Make the web shop a joy to use',
        unitId: 'web',
        cycleId: 'q1',
        ownerId: 'lea',
        state: 'active',
        approvedBy: 'cto',
        links: [{ kind: 'pillar', pillarId: 'p' }],
      },
      {
        id: 'o-api',
        title: 'Open the catalogue to partners',
        unitId: 'web',
        cycleId: 'q1',
        ownerId: 'ana',
        state: 'proposed',
      },
      {
        id: 'o-eng',
        title: 'Ship with confidence',
        unitId: 'eng',
        cycleId: 'q1',
        ownerId: 'cto',
        state: 'active',
      },
      {
        id: 'o-root',
        title: 'Delight small shops',
        unitId: 'acme',
        cycleId: 'q1',
        ownerId: 'ceo',
        state: 'proposed',
      },
    ],
    keyResults: [
      {
        id: 'kr-a',
        objectiveId: 'o-web',
        title: 'Checkout conversion from 2% to 4%',
        ownerId: 'ana',
        measure: { kind: 'metric', start: 2, target: 4, unit: '%' },
      },
      {
        id: 'kr-b',
        objectiveId: 'o-web',
        title: 'Page load under 1 s',
        ownerId: 'bob',
        measure: { kind: 'threshold', mode: 'atMost', value: 1, unit: 's' },
      },
      {
        id: 'kr-c',
        objectiveId: 'o-eng',
        title: 'Deploys per week from 2 to 10',
        ownerId: 'cto',
        measure: { kind: 'metric', start: 2, target: 10 },
      },
    ],
    checkIns: [
      { id: 'c1', keyResultId: 'kr-a', at: '2026-01-26', value: 2.4 },
      { id: 'c2', keyResultId: 'kr-a', at: '2026-02-02', value: 2.6 },
      { id: 'c3', keyResultId: 'kr-c', at: '2026-02-10', value: 4 },
    ],
    initiatives: [
      {
        id: 'i1',
        keyResultId: 'kr-a',
        title: 'One-page checkout',
        ownerId: 'bob',
        state: 'doing',
        due: '2026-02-12',
      },
      {
        id: 'i2',
        keyResultId: 'kr-a',
        title: 'Guest checkout',
        ownerId: 'bob',
        state: 'done',
        due: '2026-02-01',
      },
      { id: 'i3', keyResultId: 'kr-a', title: 'Apple Pay', state: 'todo', due: '2026-02-20' },
    ],
    dependencies: [
      { id: 'd1', from: { objectiveId: 'o-web' }, on: { objectiveId: 'o-eng' }, state: 'proposed' },
    ],
    ...overrides,
  });
}
