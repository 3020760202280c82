/**
 * Private to `generateEnterprise`: the synthetic organisation around the
 * OKRs — the unit tree (levels filled breadth-first with an even fan-out),
 * the people of each unit and the strategy with its pillars and SWOT items.
 *
 * @module
 */
import type { Person, Strategy, SwotItem, Unit } from '../model/types.js';
import {
  DEPARTMENTS,
  FIRST_NAMES,
  LAST_NAMES,
  PILLARS,
  SWOT_KINDS,
  SWOT_TITLES,
} from './_enterpriseVocabulary.js';

/** The units, and per unit index its id, its parent's index and whether it has children. */
export interface UnitTree {
  units: Unit[];
  unitIds: string[];
  /** The parent's index of each unit, -1 for the root. */
  unitParent: Int32Array;
  /** 1 for a unit with children, 0 for a leaf. */
  hasChild: Uint8Array;
}

/**
 * Builds the unit tree: `u0` is the root, the levels below fill breadth-first.
 *
 * @param unitCount - Number of units (≥ 1).
 * @param requestedDepth - Levels asked for, clamped to `unitCount` and to at least 2 when there is more than one unit.
 * @returns The units with their index tables.
 */
export function buildUnitTree(unitCount: number, requestedDepth: number): UnitTree {
  const depth = unitCount === 1 ? 1 : Math.max(2, Math.min(requestedDepth, unitCount));
  const sizes = levelSizes(unitCount, depth);
  const units: Unit[] = new Array(unitCount);
  const unitParent = new Int32Array(unitCount).fill(-1);
  const hasChild = new Uint8Array(unitCount);
  const unitIds: string[] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) unitIds[u] = `u${u}`;
  units[0] = { id: 'u0', name: 'Synthetic Corp' };
  let levelStart = 0;
  let u = 1;
  for (let level = 1; level < sizes.length; level++) {
    const prevSize = sizes[level - 1] as number;
    const size = sizes[level] as number;
    for (let k = 0; k < size; k++, u++) {
      const parent = levelStart + Math.floor((k * prevSize) / size);
      unitParent[u] = parent;
      hasChild[parent] = 1;
      const name =
        level === 1
          ? `${DEPARTMENTS[k % DEPARTMENTS.length]}${k >= DEPARTMENTS.length ? ` ${Math.floor(k / DEPARTMENTS.length) + 1}` : ''}`
          : `Team ${u}`;
      units[u] = { id: unitIds[u] as string, name, parentId: unitIds[parent] as string };
    }
    levelStart += prevSize;
  }
  return { units, unitIds, unitParent, hasChild };
}

/**
 * Sizes of the tree's levels: the smallest even fan-out `b` with
 * `1 + b + … + b^(depth−1) ≥ units`, each level capped so that every later
 * level keeps at least one unit; the last level takes the rest.
 */
function levelSizes(units: number, depth: number): number[] {
  if (depth <= 1) return [units];
  let b = 1;
  for (;;) {
    let total = 0;
    let width = 1;
    for (let l = 0; l < depth && total < units; l++, width *= b) total += width;
    if (total >= units) break;
    b++;
  }
  const sizes = [1];
  let used = 1;
  for (let l = 1; l < depth - 1; l++) {
    const n = Math.max(1, Math.min(b ** l, units - used - (depth - 1 - l)));
    sizes.push(n);
    used += n;
  }
  sizes.push(units - used);
  return sizes;
}

/**
 * Builds `peoplePerUnit` people per unit, `p0`, `p1`, … in unit order (the
 * first of each unit is its lead), with names drawn first name then last name.
 *
 * @param unitIds - The unit ids, by unit index.
 * @param peoplePerUnit - People per unit (≥ 1).
 * @param pick - The seeded integer source (two draws per person).
 * @returns The people and their ids, by person index.
 */
export function buildPeople(
  unitIds: readonly string[],
  peoplePerUnit: number,
  pick: (n: number) => number,
): { people: Person[]; personIds: string[] } {
  const people: Person[] = new Array(unitIds.length * peoplePerUnit);
  const personIds: string[] = new Array(unitIds.length * peoplePerUnit);
  for (let p = 0; p < people.length; p++) {
    const id = `p${p}`;
    personIds[p] = id;
    people[p] = {
      id,
      name: `${FIRST_NAMES[pick(FIRST_NAMES.length)]} ${LAST_NAMES[pick(LAST_NAMES.length)]}`,
      unitId: unitIds[Math.floor(p / peoplePerUnit)] as string,
    };
  }
  return { people, personIds };
}

/**
 * Builds the strategy: mission, vision, values, the 4 pillars over three
 * years from `year`, and 2 SWOT items of each kind (no random draws).
 *
 * @param year - The calendar year of the cycles.
 * @returns A fresh strategy.
 */
export function buildStrategy(year: number): Strategy & { swot: SwotItem[] } {
  const swot: SwotItem[] = [];
  for (const kind of SWOT_KINDS) {
    const titles = SWOT_TITLES[kind];
    swot.push({ id: `sw-${kind}-1`, kind, title: titles[0] });
    swot.push({ id: `sw-${kind}-2`, kind, title: titles[1] });
  }
  const horizon = { start: `${year}-01-01`, end: `${year + 2}-12-31` };
  return {
    id: 'strategy',
    mission: 'Help every team turn strategy into results.',
    vision: 'The operating system companies run their strategy on.',
    values: ['Customers first', 'Own the outcome', 'Default to open'],
    pillars: PILLARS.map(([id, title]) => ({ id, title, horizon: { ...horizon } })),
    swot,
  };
}
