import type { CommandResult, Issue, OkrSet } from '../../src/index.js';

/** A small hand-built set: company → sales, eng; Q1/Q2 inside 2026. */
export function sampleSet(): OkrSet {
  return {
    version: 1,
    strategy: {
      mission: 'Make OKRs honest',
      pillars: [{ id: 'p1', title: 'Growth' }],
      swot: [{ id: 's1', kind: 'strength', title: 'Brand' }],
    },
    units: [
      { id: 'company', name: 'Company' },
      { id: 'sales', name: 'Sales', parentId: 'company' },
      { id: 'eng', name: 'Engineering', parentId: 'company' },
    ],
    people: [
      { id: 'ceo', name: 'Cleo', unitId: 'company' },
      { id: 'ana', name: 'Ana', unitId: 'sales' },
      { id: 'ben', name: 'Ben', unitId: 'eng' },
    ],
    cycles: [
      { id: 'y2026', name: '2026', start: '2026-01-01', end: '2026-12-31' },
      { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', parentId: 'y2026' },
      { id: 'q2', name: 'Q2', start: '2026-04-01', end: '2026-06-30', parentId: 'y2026' },
    ],
    objectives: [
      {
        id: 'oy',
        title: 'Win the year',
        unitId: 'company',
        cycleId: 'y2026',
        links: [{ kind: 'pillar', pillarId: 'p1' }],
        commitment: 'aspirational',
        state: 'active',
      },
      {
        id: 'o1',
        title: 'Grow revenue',
        unitId: 'company',
        cycleId: 'q1',
        ownerId: 'ceo',
        parent: { objectiveId: 'oy' },
        links: [{ kind: 'pillar', pillarId: 'p1' }],
        commitment: 'committed',
        state: 'active',
        approvedBy: 'ceo',
      },
      {
        id: 'o2',
        title: 'Sell more',
        unitId: 'sales',
        cycleId: 'q1',
        ownerId: 'ana',
        parent: { keyResultId: 'kr1' },
        links: [],
        commitment: 'aspirational',
        state: 'draft',
      },
      {
        id: 'o3',
        title: 'Ship faster',
        unitId: 'eng',
        cycleId: 'q1',
        ownerId: 'ben',
        parent: { objectiveId: 'o1' },
        links: [{ kind: 'strength', swotId: 's1' }],
        commitment: 'aspirational',
        state: 'proposed',
      },
    ],
    keyResults: [
      {
        id: 'kr1',
        objectiveId: 'o1',
        title: 'Revenue 0 → 100',
        ownerId: 'ana',
        measure: { kind: 'metric', start: 0, target: 100 },
      },
      {
        id: 'kr2',
        objectiveId: 'o1',
        title: 'Launch checklist',
        ownerId: 'ben',
        due: '2026-02-28',
        measure: {
          kind: 'checklist',
          items: [
            { id: 'a', title: 'A' },
            { id: 'b', title: 'B' },
            { id: 'c', title: 'C' },
          ],
        },
      },
      {
        id: 'kr3',
        objectiveId: 'o2',
        title: 'Sign the partner',
        ownerId: 'ana',
        measure: { kind: 'milestone' },
      },
      {
        id: 'kr4',
        objectiveId: 'o3',
        title: 'Deploys per week ≥ 10',
        ownerId: 'ben',
        measure: { kind: 'threshold', mode: 'atLeast', value: 10 },
      },
      {
        id: 'kr5',
        objectiveId: 'oy',
        title: 'Quarterly goals met',
        ownerId: 'ceo',
        measure: { kind: 'derived' },
      },
    ],
    checkIns: [
      { id: 'ci1', keyResultId: 'kr1', at: '2026-01-10', value: 20, confidence: 7 },
      { id: 'ci2', keyResultId: 'kr1', at: '2026-02-01', value: 40 },
      { id: 'ci3', keyResultId: 'kr2', at: '2026-01-15', value: ['a'] },
    ],
    initiatives: [{ id: 'i1', keyResultId: 'kr1', title: 'Outbound campaign', state: 'todo' }],
    dependencies: [
      { id: 'd1', from: { keyResultId: 'kr3' }, on: { objectiveId: 'o3' }, state: 'proposed' },
    ],
    risks: [
      { id: 'r1', keyResultId: 'kr1', title: 'Market dip', likelihood: 'low', impact: 'high' },
    ],
  };
}

/** The issues of a refused command (fails the test when it succeeded). */
export function issuesOf(result: CommandResult): Issue[] {
  if (result.ok) throw new Error(`expected a refusal, got success of ${result.command}`);
  return result.issues;
}

/** The first issue's code and path, for compact assertions. */
export function firstIssue(result: CommandResult): {
  code: string;
  path: readonly (string | number)[];
} {
  const [first] = issuesOf(result);
  if (first === undefined) throw new Error('no issue');
  return { code: first.code, path: first.path };
}
