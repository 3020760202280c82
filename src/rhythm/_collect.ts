/**
 * Private to the rhythm layer: the collectors of `obligations`, one per kind,
 * each one linear pass over the graph's arrays.
 *
 * @module
 */
import { latestAt } from '../core/checkInTimeline.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Id, OkrRef } from '../model/types.js';
import {
  type Collected,
  type Due,
  dueAfter,
  dueOf,
  leadAtOrAbove,
  type ZonedSettings,
  withinHorizon,
} from './_context.js';

/**
 * The next check-in of every key result of an active objective whose window
 * is open at `asOf` (derived key results take none): due one cadence after
 * the latest check-in in the window at or before `asOf`, or after the window
 * start when there is none — the moment `deliver/stale-check-in` and
 * `deliver/missing-check-in` would report it — and at the latest on the
 * window's last day (its `due`, or the cycle's end). A key result whose window
 * closed before its cycle's end (an earlier `due`) without any check-in still
 * owes one, late, while its cycle runs (a check-in dated up to the cycle's end
 * counts; `deliver/missing-check-in` keeps reporting it).
 */
export function checkInObligations(graph: OkrGraph, settings: ZonedSettings, out: Collected): void {
  const { set, checkIns, windows, keyResultWindow, cycleEnd } = graph;
  const { start, end } = windows;
  const keyResults = set.keyResults;
  const objectives = set.objectives;
  const all = set.checkIns;
  const { asOfMs, cadenceDays } = settings;
  const dup = graph.keyResultOf.hasDuplicates;
  const next = new Map<string, Due | undefined>();
  const nextOf = (text: string): Due | undefined => {
    let due = next.get(text);
    if (due === undefined && !next.has(text)) {
      const base = dueOf(graph, text);
      due = base === undefined ? undefined : dueAfter(graph, base, cadenceDays);
      next.set(text, due);
    }
    return due;
  };
  // The last day of each window (the key result's `due`, or its cycle's end), made once per window.
  const lastDays = new Array<Due | null | undefined>(start.length);
  for (let k = 0; k < keyResults.length; k++) {
    const o = graph.keyResultObjective[k]!;
    if (o < 0) continue;
    const objective = objectives[o]!;
    if (objective.state !== 'active') continue;
    const kr = keyResults[k]!;
    if (kr.measure?.kind === 'derived' || (dup && !graph.keyResultOf.isFirst(k))) continue;
    const w = keyResultWindow[k]!;
    if (w < 0) continue;
    const c = windows.cycle[w]!;
    if (!(asOfMs >= start[w]!)) continue; // not begun, or a date that does not parse
    // A check-in dated before the window (a baseline measured last quarter) does not count,
    // as the scorer and the deliver rules read it: the first check-in is due after the start.
    const latest = latestAt(checkIns, k, asOfMs);
    const inWindow = latest >= 0 && checkIns.at[latest]! >= start[w]!;
    if (!(asOfMs < end[w]!)) {
      // Closed: owed only without any check-in in it, before its cycle ends.
      if (inWindow || !(asOfMs < cycleEnd[c]!) || !(end[w]! < cycleEnd[c]!)) continue;
    }
    let due = nextOf(inWindow ? all[latest]!.at : set.cycles[c]!.start);
    if (due === undefined) continue;
    let last = lastDays[w];
    if (last === undefined) last = lastDays[w] = dueOf(graph, kr.due ?? set.cycles[c]!.end) ?? null;
    if (last !== null && due.ms > last.ms) {
      // The last check-in of the window is due on its last day; one made that day is it.
      if (inWindow && checkIns.at[latest]! >= last.ms) continue;
      due = last;
    }
    if (!withinHorizon(settings, due)) continue;
    out.add(
      'check-in',
      kr.ownerId,
      [kr.id, objective.id],
      ['keyResults', k],
      due,
      graph.objectiveUnit[o]!,
    );
  }
}

/**
 * Every `proposed` objective of a cycle not yet over waits for its approver:
 * the lead of the nearest unit above the objective's unit that has a lead
 * other than the objective's owner (an objective of the root unit: the
 * root's lead), due by its cycle's start.
 */
export function approvalObligations(
  graph: OkrGraph,
  settings: ZonedSettings,
  out: Collected,
): void {
  const { set } = graph;
  const objectives = set.objectives;
  const dup = graph.objectiveOf.hasDuplicates;
  for (let o = 0; o < objectives.length; o++) {
    const objective = objectives[o]!;
    if (objective.state !== 'proposed' || (dup && !graph.objectiveOf.isFirst(o))) continue;
    const c = graph.objectiveCycle[o]!;
    if (c < 0 || !(settings.asOfMs < graph.cycleEnd[c]!)) continue;
    const due = dueOf(graph, set.cycles[c]!.start);
    if (due === undefined) continue;
    const u = graph.objectiveUnit[o]!;
    let approver: Id | null = null;
    if (u >= 0) {
      const up = graph.units.parent[u]!;
      // Nobody approves their own objective: a lead who owns it is passed over for the next one up.
      approver =
        up >= 0 ? leadAtOrAbove(graph, up, objective.ownerId) : (set.units[u]!.leadId ?? null);
    }
    out.add('approval', approver, [objective.id], ['objectives', o, 'state'], due, up(graph, u));
  }
}

/** The unit above `u` (escalation of an approval starts above the approver), or `u` at a root. */
function up(graph: OkrGraph, u: number): number {
  if (u < 0) return u;
  const parent = graph.units.parent[u]!;
  return parent >= 0 ? parent : u;
}

/** The objective position a reference resolves to (a key result's objective), or −1. */
function refObjective(graph: OkrGraph, ref: OkrRef | undefined): number {
  if (typeof ref !== 'object' || ref === null) return -1;
  if ('keyResultId' in ref) {
    const k = graph.keyResultOf.get(ref.keyResultId);
    return k === undefined ? -1 : graph.keyResultObjective[k]!;
  }
  if ('objectiveId' in ref) return graph.objectiveOf.get(ref.objectiveId) ?? -1;
  return -1;
}

/**
 * Every `proposed` dependency waits for the answer of its `on` side: the
 * owner of the key result (or of the objective) it is on, else the lead of
 * that objective's unit; due by the start of the dependent (`from`)
 * objective's cycle (`align/dependency-accepted`), listed until that cycle is over.
 */
export function dependencyObligations(
  graph: OkrGraph,
  settings: ZonedSettings,
  out: Collected,
): void {
  const { set } = graph;
  const dependencies = set.dependencies;
  const dup = graph.dependencyOf.hasDuplicates;
  for (let i = 0; i < dependencies.length; i++) {
    const d = dependencies[i]!;
    if (d.state !== 'proposed' || (dup && !graph.dependencyOf.isFirst(i))) continue;
    const from = refObjective(graph, d.from);
    const on = refObjective(graph, d.on);
    if (from < 0 || on < 0) continue; // `align/dependency-exists` reports it
    const c = graph.objectiveCycle[from]!;
    if (c < 0 || !(settings.asOfMs < graph.cycleEnd[c]!)) continue;
    const due = dueOf(graph, set.cycles[c]!.start);
    if (due === undefined) continue;
    const onObjective = set.objectives[on]!;
    const u = graph.objectiveUnit[on]!;
    let answer: Id | null = null;
    if ('keyResultId' in d.on) {
      const k = graph.keyResultOf.get(d.on.keyResultId)!;
      answer = set.keyResults[k]!.ownerId;
    } else if (onObjective.ownerId !== undefined) answer = onObjective.ownerId;
    else if (u >= 0) answer = leadAtOrAbove(graph, u);
    out.add(
      'dependency',
      answer,
      [d.id, set.objectives[from]!.id, onObjective.id],
      ['dependencies', i, 'state'],
      due,
      u,
    );
  }
}

/**
 * Every initiative not `done` with a `due` day before the horizon, owed by
 * its owner (the key result's owner when it has none).
 */
export function initiativeObligations(
  graph: OkrGraph,
  settings: ZonedSettings,
  out: Collected,
): void {
  const { set } = graph;
  const initiatives = set.initiatives;
  for (let i = 0; i < initiatives.length; i++) {
    const x = initiatives[i]!;
    if (x.state === 'done' || x.due === undefined) continue;
    const k = graph.keyResultOf.get(x.keyResultId);
    if (k === undefined) continue;
    const due = dueOf(graph, x.due);
    if (due === undefined || !withinHorizon(settings, due)) continue;
    const kr = set.keyResults[k]!;
    const o = graph.keyResultObjective[k]!;
    // The work of a closed objective is over: its open initiatives are owed no more
    // (the review of its cycle is where they are carried over or dropped).
    if (o >= 0 && set.objectives[o]!.state === 'closed') continue;
    out.add(
      'initiative',
      x.ownerId ?? kr.ownerId,
      [x.id, kr.id],
      ['initiatives', i],
      due,
      o < 0 ? -1 : graph.objectiveUnit[o]!,
    );
  }
}

/**
 * The end-of-cycle review: per cycle whose last day is before the horizon,
 * each person owes the review (grading and closing) of the objectives they
 * own there that are still `approved` or `active` — an objective without an
 * owner falls to its unit's lead. Due on the cycle's last day; listed until
 * the objectives are closed.
 */
export function reviewObligations(graph: OkrGraph, settings: ZonedSettings, out: Collected): void {
  const { set } = graph;
  const cycles = set.cycles;
  const objectives = set.objectives;
  const dueByCycle: Array<Due | null | undefined> = new Array(cycles.length);
  const groups = new Map<string, { c: number; personId: Id | null; unit: number; ids: Id[] }>();
  const dup = graph.objectiveOf.hasDuplicates;
  for (let o = 0; o < objectives.length; o++) {
    const objective = objectives[o]!;
    if (objective.state !== 'active' && objective.state !== 'approved') continue;
    if (dup && !graph.objectiveOf.isFirst(o)) continue;
    const c = graph.objectiveCycle[o]!;
    if (c < 0) continue;
    let due = dueByCycle[c];
    if (due === undefined) {
      const end = dueOf(graph, cycles[c]!.end);
      due = end !== undefined && withinHorizon(settings, end) ? end : null;
      dueByCycle[c] = due;
    }
    if (due === null) continue;
    const u = graph.objectiveUnit[o]!;
    const personId = objective.ownerId ?? (u >= 0 ? leadAtOrAbove(graph, u) : null);
    const key = `${c}\u0000${personId ?? ''}\u0000${personId === null ? 1 : 0}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { c, personId, unit: u, ids: [objective.id] });
    else group.ids.push(objective.id);
  }
  for (const { c, personId, unit, ids } of groups.values()) {
    out.add('review', personId, [cycles[c]!.id, ...ids], ['cycles', c], dueByCycle[c]!, unit);
  }
}
