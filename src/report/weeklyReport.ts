import {
  DEFAULT_TIME_ZONE,
  instantToWall,
  wallToInstant,
  zonedAsOf,
  zonedIsoDay,
} from '../_lib/zonedDay.js';
import { reportWeek } from './_week.js';
import { type CompiledOkrSet, compileForReading, graphOf, readingSet } from '../core/compile.js';
import type { Cycle, Id, Objective, OkrSet } from '../model/types.js';

export type { WeeklyReportOptions } from './_weeklyOptions.js';
import {
  defaultStatusPolicy,
  type KeyResultStatus,
  type StatusPolicy,
} from '../progress/statusPolicy.js';
import { buildScorer } from '../rollup/createScorer.js';
import { objectiveCard } from '../rollup/_scorecard.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import { PositionMarks, windowMemo } from './_history.js';
import { type MoverCandidate, ownerMovers, topMovers } from './_movers.js';
import type { RollupOptions, Scorer } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import { googleScale } from '../scale/presets.js';
import { buildContext, shiftText, unitsInTreeOrder, unknownRef } from './_context.js';
import { type Cards, coveredCycles, dependencyAlerts, WEEK_MS } from './_weekly.js';
import { glanceOfUnits } from './_glance.js';
import { owedThisWeek } from './_owedSection.js';
import { type WeekContext, weeklyKeyResult } from './_weeklyKeyResult.js';
import { checkWeeklyOptions, type WeeklyReportOptions } from './_weeklyOptions.js';
import { type ScopeSums, subtreeScores, topScores } from './_weeklyScores.js';
import { SectionLists } from './_sectionLists.js';
import type {
  ReportCycle,
  WeeklyKeyResult,
  WeeklyObjective,
  WeeklyReport,
  WeeklyUnit,
} from './types.js';

const EMPTY_COUNTS: Record<KeyResultStatus, number> = {
  pending: 0,
  'on-track': 0,
  'at-risk': 0,
  'off-track': 0,
  achieved: 0,
  missed: 0,
};

/**
 * Builds the weekly check-in report at `asOf` as plain data: the overall
 * score now and a week earlier, and per unit (tree order) and objective what
 * moved, what didn't, what's about to, what is at risk, which check-ins are
 * missing or stale, and which dependencies need attention.
 *
 * Scores come from two `rollup`s of the set, at `asOf` and at `asOf − 7 days`
 * (`previous`); forecasts and score series from `forecast` and
 * `progressSeries`. Definitions:
 * - **moved**: the score rose since `previous`; **didn't move**: unchanged or
 *   fell (pending key results included). Notes are taken from the check-ins
 *   in `(previous, asOf]`: `moved` and `blocked` notes, `next` notes.
 * - **about to**: a `next` note this week, or an outlook — the forecast line
 *   reaches the target by the window's last day (`reaches-target`; not yet
 *   achieved), or the key result is on track today but its projected score at
 *   the window end is below `1 − atRiskGap` (`falls-behind`).
 * - **at risk**: status `at-risk`, `off-track` or `missed`.
 * - **missing**: no check-in yet (`pending`; never a derived key result,
 *   which takes no check-ins); **stale**: a latest check-in
 *   older than the cadence (pending key results, which the rollup also marks
 *   stale once their window is a cadence old, are listed as missing only).
 * - **dependencies** touching the scope that are `proposed`, `declined`, or
 *   accepted while their `on` side is off track or missed.
 * - **overall** and **unit** scores: the weighted mean (objective weights) of
 *   the rollup's objective scores over the objectives in the report (a unit:
 *   its subtree), objectives without a score skipped — the mean rollup uses
 *   for its aggregates, restricted to the covered cycles so that last or next
 *   quarter's objectives do not dilute this week's figure; with `ownerId`,
 *   the weighted mean (key result weights) of the owner's key results.
 *   Status counts are those of the key results in the report.
 *
 * Objectives shown are those of the covered cycles (`cycleId`, else the
 * cycles running at `asOf`, else the latest started one) in the scoped units;
 * with `ownerId`, only that person's key results and the objectives holding
 * them. A `null` rollup score (nothing carries weight) shows as 0.
 *
 * @param input - a structurally valid OKR set, or a compiled set (`compile`) to share its index.
 * @param options - `asOf` (required), filters and scoring options.
 * @returns the {@link WeeklyReport} (JSON-serializable).
 * @throws {@link SokrError} `invalid_date` at `['asOf']`, `dangling_reference`
 *   at `['unitId']`, `['ownerId']` or `['cycleId']` for unknown ids, and the
 *   errors of `rollup` for sets it cannot score.
 * @example
 * ```ts
 * import { toMarkdown, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const report = weeklyReport(set, { asOf: '2026-01-21' });
 * console.log(report.overall.score, report.summary.moved);
 * console.log(toMarkdown(report));
 * ```
 */
export function weeklyReport(
  input: OkrSet | CompiledOkrSet,
  options: WeeklyReportOptions,
): WeeklyReport {
  return readingSet('weeklyReport', () => weeklyReportOf(input, options));
}

function weeklyReportOf(
  input: OkrSet | CompiledOkrSet,
  options: WeeklyReportOptions,
): WeeklyReport {
  const checked = checkWeeklyOptions(options);
  const { weekStartsOn } = checked;
  let asOfMs = checked.asOfMs;
  // One graph for both instants and every lookup.
  const compiled = compileForReading(input);
  const set = compiled.set;
  const graph = graphOf(compiled);
  const zone = graph.timeZone;
  // A calendar day or wall-clock asOf is read in the set's zone; a week earlier is the same local time.
  if (typeof options.asOf === 'string' && zone !== DEFAULT_TIME_ZONE)
    asOfMs = zonedAsOf(options.asOf, zone) ?? asOfMs;
  const prevMs =
    zone === DEFAULT_TIME_ZONE
      ? asOfMs - WEEK_MS
      : wallToInstant(instantToWall(asOfMs, zone) - WEEK_MS, zone);
  const ctx = buildContext(graph);
  const windows = windowMemo(graph);
  const { unitId, ownerId } = options;
  if (unitId !== undefined && !ctx.units.has(unitId)) throw unknownRef('unitId', unitId, 'unit');
  if (
    ownerId !== undefined &&
    !ctx.people.has(ownerId) &&
    !set.keyResults.some((k) => k.ownerId === ownerId)
  ) {
    throw unknownRef('ownerId', ownerId, 'person');
  }
  const scale = options.scale ?? googleScale;
  const policy: StatusPolicy = { ...defaultStatusPolicy, ...checked.statusPolicy };
  const clamp = options.clamp !== false;
  const rollupOptions = (asOf: number): RollupOptions => {
    const o: RollupOptions = { asOf, scale, statusPolicy: policy, clamp };
    if (options.pending !== undefined) o.pending = options.pending;
    if (options.includeChildren !== undefined) o.includeChildren = options.includeChildren;
    return o;
  };
  // Two read-only scorers over one graph and one scoring index; cards are made
  // only for what the report shows (no full scorecard at either instant).
  const now: Cards = buildScorer(compiled, rollupOptions(asOfMs), false);
  const before: Cards = buildScorer(compiled, rollupOptions(prevMs), false);
  const cycles = coveredCycles(ctx, asOfMs, options.cycleId);
  const cycleIds = new Set(cycles.map((c) => c.id));
  const tree = unitsInTreeOrder(ctx, unitId);
  const unitIds = new Set(tree.map((t) => t.unit.id));
  // Objectives by position, per unit; the scorers' positions are the graph's.
  const objectivesOfUnit = new Map<Id, number[]>();
  for (let p = 0; p < set.objectives.length; p++) {
    const o = set.objectives[p]!;
    if (!cycleIds.has(o.cycleId) || !unitIds.has(o.unitId)) continue;
    const list = objectivesOfUnit.get(o.unitId);
    if (list === undefined) objectivesOfUnit.set(o.unitId, [p]);
    else list.push(p);
  }
  const nowState = stateOf(now);
  const beforeState = stateOf(before);
  const inScopeObjectives = new PositionMarks(graph.objectiveOf, set.objectives.length);
  const inScopeKeyResults = new PositionMarks(graph.keyResultOf, set.keyResults.length);
  // The key results of the report (tree order), counted as their entries are made.
  const statusCounts = { ...EMPTY_COUNTS };
  let krCount = 0;
  let krNow = 0;
  let krBefore = 0;
  let krWeight = 0;
  // For the movers: how many key results of the report are missed, and (filtered to a person) theirs.
  const missedIds = new Set<Id>();
  const candidates: MoverCandidate[] = [];
  const summary = {
    moved: 0,
    didNotMove: 0,
    aboutTo: 0,
    atRisk: 0,
    missing: 0,
    stale: 0,
    dependencies: 0,
  };

  const week: WeekContext = {
    graph,
    ctx,
    now: nowState,
    before: beforeState,
    windows,
    zone,
    asOfMs,
    prevMs,
    clamp,
    scale,
    policy,
  };
  const lists = new SectionLists();
  const keyResultEntry = (k: number, cycle: Cycle, o: Objective) =>
    weeklyKeyResult(week, k, cycle, o);

  // With `ownerId`, `mine` sums the owner's key results of the objective (key result weights).
  const objectiveEntry = (p: number, mine: ScopeSums): WeeklyObjective | undefined => {
    const o = set.objectives[p]!;
    const cycle = ctx.cycles.get(o.cycleId);
    if (cycle === undefined) return undefined;
    // The key results the graph lists under this objective's id (a later duplicate lists none).
    const at = graph.objectiveOf.hasDuplicates ? (graph.objectiveOf.get(o.id) ?? p) : p;
    const range = graph.keyResultsOf;
    const krs: number[] = [];
    for (let i = range.start[at]!; i < range.start[at + 1]!; i++) {
      const k = range.list[i]!;
      if (ownerId === undefined || set.keyResults[k]!.ownerId === ownerId) krs.push(k);
    }
    if (ownerId !== undefined && krs.length === 0) return undefined;
    const card = objectiveCard(nowState, at);
    const prev = objectiveCard(beforeState, at);
    const score = card.score ?? 0;
    const previousScore = prev.score ?? 0;
    const entry: WeeklyObjective = {
      id: o.id,
      title: o.title,
      unitId: o.unitId,
      cycleId: o.cycleId,
      ownerId: o.ownerId ?? null,
      ownerName: o.ownerId === undefined ? null : (ctx.people.get(o.ownerId) ?? o.ownerId),
      commitment: o.commitment,
      state: o.state,
      score,
      previousScore,
      delta: score - previousScore,
      expected: card.expected ?? 0,
      status: card.status,
      band: grade(score, scale),
      keyResults: new Array<WeeklyKeyResult>(krs.length),
      moved: [],
      didNotMove: [],
      aboutTo: [],
      atRisk: [],
      missing: [],
      stale: [],
    };
    inScopeObjectives.mark(at);
    // The id lists are filled in scratch arrays and copied at their exact length
    // (an array grown by push keeps room for 16 more: ~0.5 kB an objective at 100k).
    lists.reset();
    for (let i = 0; i < krs.length; i++) {
      const kr = krs[i]!;
      const k = keyResultEntry(kr, cycle, o);
      inScopeKeyResults.mark(kr);
      krCount += 1;
      statusCounts[k.status] += 1;
      const w = set.keyResults[kr]!.weight ?? 1;
      krNow += w * k.score;
      krBefore += w * k.previousScore;
      krWeight += w;
      mine.now += w * k.score;
      mine.before += w * k.previousScore;
      mine.weight += w;
      mine.weightBefore += w;
      entry.keyResults[i] = k;
      if (k.status === 'missed') missedIds.add(k.id);
      if (ownerId !== undefined)
        candidates.push({ id: k.id, title: k.title, weight: w, score: k.score, status: k.status });
      if (k.movement === 'up') lists.moved.push(k.id);
      else lists.didNotMove.push(k.id);
      if (k.outlook !== null || k.notes.next.length > 0) lists.aboutTo.push(k.id);
      if (k.status === 'at-risk' || k.status === 'off-track' || k.status === 'missed')
        lists.atRisk.push(k.id);
      // A derived key result takes no check-in: it is pending until its child objectives score.
      if (k.status === 'pending' && k.figures.kind !== 'derived') lists.missing.push(k.id);
      if (k.stale && k.status !== 'pending') lists.stale.push(k.id);
    }
    lists.copyInto(entry);
    summary.moved += entry.moved.length;
    summary.didNotMove += entry.didNotMove.length;
    summary.aboutTo += entry.aboutTo.length;
    summary.atRisk += entry.atRisk.length;
    summary.missing += entry.missing.length;
    summary.stale += entry.stale.length;
    return entry;
  };

  // Scores of the scope: the weighted mean (objective weights) of the rollup's
  // objective scores over the objectives in the report, as rollup aggregates do;
  // with `ownerId`, the weighted mean (key result weights) of the owner's key results.
  const sums = new Map<Id, ScopeSums>();
  const units: WeeklyUnit[] = [];
  for (const { unit, depth } of tree) {
    const objectives: WeeklyObjective[] = [];
    const acc = { now: 0, before: 0, weight: 0, weightBefore: 0 };
    const mine = { now: 0, before: 0, weight: 0, weightBefore: 0 };
    for (const p of objectivesOfUnit.get(unit.id) ?? []) {
      const e = objectiveEntry(p, mine);
      if (e === undefined) continue;
      objectives.push(e);
      if (ownerId !== undefined) continue;
      const o = set.objectives[p]!;
      const w = o.weight ?? 1;
      const at = graph.objectiveOf.hasDuplicates ? (graph.objectiveOf.get(o.id) ?? p) : p;
      const sNow = nowState.objScore[at]!;
      const sBefore = beforeState.objScore[at]!;
      if (!Number.isNaN(sNow)) {
        acc.now += w * sNow;
        acc.weight += w;
      }
      if (!Number.isNaN(sBefore)) {
        acc.before += w * sBefore;
        acc.weightBefore += w;
      }
    }
    sums.set(unit.id, ownerId === undefined ? acc : mine);
    units.push({
      id: unit.id,
      name: unit.name,
      depth,
      score: 0,
      previousScore: 0,
      objectives,
      keyResults: 0,
      statusCounts: { ...EMPTY_COUNTS },
      worst: null,
    });
  }
  glanceOfUnits(units, tree, unitId);
  subtreeScores(units, tree, sums, unitId);
  const dependencies = dependencyAlerts(
    set.dependencies,
    ctx,
    now,
    inScopeObjectives,
    inScopeKeyResults,
  );
  summary.dependencies = dependencies.length;
  const { score, previousScore } =
    ownerId !== undefined
      ? {
          score: krWeight > 0 ? krNow / krWeight : 0,
          previousScore: krWeight > 0 ? krBefore / krWeight : 0,
        }
      : topScores(tree, sums);
  const asOfDay = zonedIsoDay(asOfMs, zone);
  const filter: WeeklyReport['filter'] = { unitId: unitId ?? null, ownerId: ownerId ?? null };
  return {
    kind: 'weekly',
    asOf: typeof options.asOf === 'string' ? options.asOf : new Date(asOfMs).toISOString(),
    asOfDay,
    timeZone: zone,
    previous:
      zone === DEFAULT_TIME_ZONE || typeof options.asOf !== 'string' || options.asOf.length !== 10
        ? shiftText(options.asOf, prevMs)
        : zonedIsoDay(prevMs, zone),
    week: reportWeek(asOfMs, zone, weekStartsOn, options.locale),
    previousWeek: reportWeek(prevMs, zone, weekStartsOn, options.locale),
    filter,
    scale,
    cycles: cycles.map(
      (c): ReportCycle => ({ id: c.id, name: c.name, start: c.start, end: c.end }),
    ),
    overall: {
      score,
      previousScore,
      delta: score - previousScore,
      band: grade(score, scale),
      keyResults: krCount,
      statusCounts,
    },
    units,
    dependencies,
    owed: owedThisWeek(
      compiled,
      options.asOf,
      asOfDay,
      policy,
      unitId === undefined ? undefined : unitIds,
      ownerId,
      { graceDays: options.graceDays, escalationLevels: options.escalationLevels },
    ),
    summary,
    movers:
      ownerId !== undefined
        ? ownerMovers(candidates)
        : topMovers(
            now as Scorer,
            { unitId, cycleId: options.cycleId },
            (id) => inScopeKeyResults.has(id) && !missedIds.has(id),
            missedIds.size,
          ),
  };
}
