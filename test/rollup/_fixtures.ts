// Hand-built OKR sets for the rollup tests (no parser needed).
import type {
  CheckIn,
  Cycle,
  KeyResult,
  Measure,
  Objective,
  OkrSet,
  Unit,
} from '../../src/index.js';

export const Q1: Cycle = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
export const AS_OF = '2026-02-15';
export const PERCENT: Measure = { kind: 'metric', start: 0, target: 100 };

export function objective(id: string, extra: Partial<Objective> = {}): Objective {
  return {
    id,
    title: id,
    unitId: 'co',
    cycleId: 'q1',
    links: [],
    commitment: 'aspirational',
    state: 'active',
    ...extra,
  };
}

export function keyResult(
  id: string,
  objectiveId: string,
  extra: Partial<KeyResult> = {},
): KeyResult {
  return { id, objectiveId, title: id, ownerId: 'ann', measure: PERCENT, ...extra };
}

export function checkIn(
  id: string,
  keyResultId: string,
  value: number,
  at = '2026-02-14',
): CheckIn {
  return { id, keyResultId, at, value };
}

export function okrSet(parts: Partial<OkrSet> = {}): OkrSet {
  const units: Unit[] = [{ id: 'co', name: 'Company' }];
  return {
    version: 1,
    strategy: { pillars: [] },
    units,
    people: [{ id: 'ann', name: 'Ann' }],
    cycles: [Q1],
    objectives: [],
    keyResults: [],
    checkIns: [],
    initiatives: [],
    dependencies: [],
    risks: [],
    ...parts,
  };
}

/**
 * One objective `o` whose key results score the given values (metric 0→100,
 * value = score × 100) with the given weights.
 */
export function weighted(scores: number[], weights: (number | undefined)[] = []): OkrSet {
  const keyResults = scores.map((_, i) => {
    const w = weights[i];
    return keyResult(`k${i}`, 'o', w === undefined ? {} : { weight: w });
  });
  const checkIns = scores.map((s, i) => checkIn(`c${i}`, `k${i}`, s * 100));
  return okrSet({ objectives: [objective('o')], keyResults, checkIns });
}
