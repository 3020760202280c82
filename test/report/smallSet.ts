// A small OKR set whose report figures are worked out by hand in the tests.
import type { OkrSet } from '../../src/index.js';

/**
 * Q1 2026 (90 days, window end 2026-04-01). Company `co` ⊃ `eng`.
 * o1 (co, committed, pillar p1): k1 metric 0→100 (ada), k2 milestone (bob).
 * o2 (eng, aspirational, parent k1): k3 metric 200→100 (bob), k4 threshold ≥ 50 (bob), k5 milestone (ada).
 */
export function smallSet(): OkrSet {
  return {
    version: 1,
    strategy: {
      pillars: [
        { id: 'p1', title: 'Growth' },
        { id: 'p2', title: 'Efficiency' },
      ],
    },
    units: [
      { id: 'co', name: 'Company' },
      { id: 'eng', name: 'Engineering', parentId: 'co' },
    ],
    people: [
      { id: 'ada', name: 'Ada', unitId: 'co' },
      { id: 'bob', name: 'Bob', unitId: 'eng' },
    ],
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      {
        id: 'o1',
        title: 'Grow revenue',
        unitId: 'co',
        cycleId: 'q1',
        ownerId: 'ada',
        links: [{ kind: 'pillar', pillarId: 'p1' }],
        commitment: 'committed',
        state: 'active',
      },
      {
        id: 'o2',
        title: 'Faster platform',
        unitId: 'eng',
        cycleId: 'q1',
        ownerId: 'bob',
        parent: { keyResultId: 'k1' },
        links: [],
        commitment: 'aspirational',
        state: 'active',
      },
    ],
    keyResults: [
      {
        id: 'k1',
        objectiveId: 'o1',
        title: 'Reach 100 deals',
        ownerId: 'ada',
        measure: { kind: 'metric', start: 0, target: 100 },
      },
      {
        id: 'k2',
        objectiveId: 'o1',
        title: 'Launch pricing',
        ownerId: 'bob',
        measure: { kind: 'milestone' },
      },
      {
        id: 'k3',
        objectiveId: 'o2',
        title: 'Cut p95 to 100 ms',
        ownerId: 'bob',
        measure: { kind: 'metric', start: 200, target: 100 },
      },
      {
        id: 'k4',
        objectiveId: 'o2',
        title: 'Keep uptime ≥ 50',
        ownerId: 'bob',
        measure: { kind: 'threshold', mode: 'atLeast', value: 50 },
      },
      {
        id: 'k5',
        objectiveId: 'o2',
        title: 'Ship the cache',
        ownerId: 'ada',
        measure: { kind: 'milestone' },
      },
    ],
    checkIns: [
      { id: 'c1', keyResultId: 'k1', at: '2026-01-07', value: 10, confidence: 8 },
      { id: 'c2', keyResultId: 'k1', at: '2026-01-14', value: 15, confidence: 8 },
      {
        id: 'c3',
        keyResultId: 'k1',
        at: '2026-01-20',
        value: 25,
        confidence: 6,
        moved: 'Closed two deals',
        next: 'Hire an SDR',
      },
      { id: 'c4', keyResultId: 'k3', at: '2026-01-07', value: 200 },
      {
        id: 'c5',
        keyResultId: 'k3',
        at: '2026-01-10',
        value: 190,
        blocked: 'Waiting on the vendor',
      },
      { id: 'c6', keyResultId: 'k4', at: '2026-01-18', value: 40, confidence: 2 },
      { id: 'c7', keyResultId: 'k5', at: '2026-01-28', value: true, moved: 'Cache live' },
    ],
    initiatives: [],
    dependencies: [
      {
        id: 'd1',
        from: { objectiveId: 'o1' },
        on: { objectiveId: 'o2' },
        state: 'proposed',
        note: 'Needs speed',
      },
      { id: 'd2', from: { keyResultId: 'k1' }, on: { keyResultId: 'k4' }, state: 'accepted' },
    ],
    risks: [],
  };
}
