/**
 * Private: `checkIntegrity`'s checks of the structure the OKRs hang on —
 * strategy pillars and SWOT items, the unit tree and the people in it, the
 * cycle tree — with their spans, parents, roots and loops.
 *
 * @module
 */
import { DAY_MS, isDateOnly, parseIsoDate } from '../_lib/date.js';
import { findLoops } from '../_lib/findLoops.js';
import { quote } from '../_lib/quote.js';
import { type Ids, Resolver } from './_integrityIndex.js';
import { dangling, issue } from './_integrityIssues.js';
import type { Issue, Path } from './issue.js';
import type { Horizon, OkrSet } from './types.js';

/** Pillar horizons; SWOT items' units. */
export function checkStrategy(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const pillars = set.strategy.pillars;
  for (let i = 0; i < pillars.length; i++) {
    const horizon = pillars[i]!.horizon;
    if (horizon !== undefined) checkSpan(horizon, ['strategy', 'pillars', i, 'horizon'], issues);
  }
  const swot = set.strategy.swot ?? [];
  for (let i = 0; i < swot.length; i++) {
    const unitId = swot[i]!.unitId;
    if (unitId !== undefined && !ids.units.has(unitId)) {
      dangling(issues, ['strategy', 'swot', i, 'unitId'], 'unit', unitId);
    }
  }
}

/** Parents, one root, no loops, leads; and people's units. */
export function checkUnits(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const units = set.units;
  const parents = new Resolver(ids.units);
  const unitParent = new Int32Array(units.length);
  let firstRoot = -1;
  for (let i = 0; i < units.length; i++) {
    const parentId = units[i]!.parentId;
    unitParent[i] = -1;
    if (parentId === undefined) {
      if (firstRoot < 0) firstRoot = i;
      else {
        issue(
          issues,
          ['units', i],
          'unit_tree',
          `unit ${quote(units[i]!.id)} is a second root (the root is ${quote(units[firstRoot]!.id)}): give it a parentId`,
        );
      }
      continue;
    }
    const parent = parents.find(parentId);
    if (parent < 0) dangling(issues, ['units', i, 'parentId'], 'unit', parentId);
    else unitParent[i] = parent;
  }
  if (units.length > 0 && firstRoot < 0) {
    issue(
      issues,
      ['units'],
      'unit_tree',
      'no unit is the root: exactly one unit must have no parentId',
    );
  }
  for (const loop of findLoops(unitParent)) {
    issue(
      issues,
      ['units', loop[0]!, 'parentId'],
      'unit_tree',
      `units form a loop: ${describeLoop(loop, units)}`,
    );
  }

  const leads = new Resolver(ids.people);
  for (let i = 0; i < units.length; i++) {
    const leadId = units[i]!.leadId;
    if (leadId !== undefined && leads.find(leadId) < 0) {
      dangling(issues, ['units', i, 'leadId'], 'person', leadId);
    }
  }

  const people = set.people;
  const personUnits = new Resolver(ids.units);
  for (let i = 0; i < people.length; i++) {
    const unitId = people[i]!.unitId;
    if (unitId !== undefined && personUnits.find(unitId) < 0) {
      dangling(issues, ['people', i, 'unitId'], 'unit', unitId);
    }
  }
}

/** Dates, parents, loops. */
export function checkCycles(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const cycles = set.cycles;
  const cycleParent = new Int32Array(cycles.length);
  for (let i = 0; i < cycles.length; i++) {
    const cycle = cycles[i]!;
    checkSpan(cycle, ['cycles', i], issues);
    cycleParent[i] = -1;
    if (cycle.parentId !== undefined) {
      const parent = ids.cycles.get(cycle.parentId);
      if (parent < 0) dangling(issues, ['cycles', i, 'parentId'], 'cycle', cycle.parentId);
      else cycleParent[i] = parent;
    }
  }
  for (const loop of findLoops(cycleParent)) {
    issue(
      issues,
      ['cycles', loop[0]!, 'parentId'],
      'reference_loop',
      `cycles form a loop: ${describeLoop(loop, cycles)}`,
    );
  }
}

/** A span must not start after it ends (the end day is inclusive). */
function checkSpan(span: Horizon, base: Path, issues: Issue[]): void {
  const start = parseIsoDate(span.start);
  const end = parseIsoDate(span.end);
  if (start === undefined || end === undefined) return;
  const after = isDateOnly(span.end) ? start >= end + DAY_MS : start > end;
  if (after) {
    issue(
      issues,
      [...base, 'end'],
      'date_order',
      `ends (${span.end}) before it starts (${span.start})`,
    );
  }
}

/** `"a" → "b" → "a"`, at most 5 steps shown. */
function describeLoop(loop: readonly number[], items: readonly { id: string }[]): string {
  const shown = loop.slice(0, 5).map((i) => quote(items[i]!.id, 30));
  if (loop.length > 5) shown.push(`… (${loop.length} in all)`);
  shown.push(quote(items[loop[0]!]!.id, 30));
  return shown.join(' → ');
}
