import type { AsOf } from '../model/AsOf.js';
import { DEFAULT_TIME_ZONE, zonedAsOf } from '../_lib/zonedDay.js';
import { alignmentHealth } from '../alignment/alignmentHealth.js';
import type { Policy, PolicyConfig } from '../alignment/types.js';
import { validate } from '../alignment/validate.js';
import { type CompiledOkrSet, compile, graphOf, readingSet } from '../core/compile.js';
import type { Id, Objective, OkrSet } from '../model/types.js';
import {
  defaultStatusPolicy,
  type KeyResultStatus,
  type StatusPolicy,
} from '../progress/statusPolicy.js';
import { rollup } from '../rollup/rollup.js';
import type { PendingPolicy, RollupOptions } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import { gradeObjective } from '../scale/gradeObjective.js';
import { googleScale } from '../scale/presets.js';
import type { Scale } from '../scale/Scale.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import {
  buildContext,
  checkIdOption,
  checkOptions,
  instantOf,
  type ReportContext,
  reportForecast,
  scoreSeries,
  unknownRef,
  type WindowDays,
} from './_context.js';
import { keyResultHistory } from './_history.js';
import { findingText } from './_findingText.js';
import { figuresOf } from './_figures.js';
import { commitmentsOf } from './_commitments.js';
import { finalScoreOf } from './_movers.js';
import type {
  CarryOverCandidate,
  CycleReview,
  PillarOutcome,
  RetroPrompt,
  ReviewKeyResult,
  ReviewObjective,
} from './types.js';

/** Options of {@link cycleReview}. */
export interface CycleReviewOptions {
  /** The cycle to review. */
  cycleId: Id;
  /** The review date (ISO date/date-time or epoch ms), usually just after the cycle's end. */
  asOf: AsOf;
  /** The scale for grades (`googleScale` when absent). */
  scale?: Scale | undefined;
  /** The alignment policy for the health at close (`recommended` when absent). */
  policy?: Policy | PolicyConfig | undefined;
  /** Thresholds of the statuses (merged over `defaultStatusPolicy`). */
  statusPolicy?: Partial<StatusPolicy> | undefined;
  /** Passed to `rollup`: how pending key results count (default `'zero'`). */
  pending?: PendingPolicy | undefined;
  /** Passed to `rollup`: count child objectives as items of their parent (default `false`). */
  includeChildren?: boolean | undefined;
  /** Passed to `rollup`: clamp progress to 0–1 (default `true`). */
  clamp?: boolean | undefined;
}

/** A confidence fall of this many points (0–10) from its highest to its latest value is a prompt. */
const CONFIDENCE_DROP = 3;
/** Improvements listed under "celebrate". */
const TOP_IMPROVEMENTS = 5;
/** Findings kept in the review. */
const MAX_FINDINGS = 20;

function quote(title: string): string {
  return `“${title}”`;
}

function listTitles(titles: readonly string[]): string {
  const shown = titles.slice(0, 5).map(quote).join(', ');
  return titles.length > 5 ? `${shown} and ${titles.length - 5} more` : shown;
}

/** Pillars an objective reaches through its own links and its parent chain. */
function pillarsReached(o: Objective, ctx: ReportContext): Set<Id> {
  const out = new Set<Id>();
  const seen = new Set<Id>();
  let cur: Objective | undefined = o;
  while (cur !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    for (const l of cur.links) if (l.kind === 'pillar') out.add(l.pillarId);
    const parent: Objective['parent'] = cur.parent;
    if (parent === undefined) break;
    const parentId: Id | undefined =
      'objectiveId' in parent
        ? parent.objectiveId
        : ctx.keyResultsById.get(parent.keyResultId)?.objectiveId;
    cur = parentId === undefined ? undefined : ctx.objectives.get(parentId);
  }
  return out;
}

/**
 * Builds the end-of-cycle review of one cycle as plain data: every objective
 * and key result graded on the scale, objectives below their commitment's
 * target flagged (committed < 1.0, aspirational < 0.7), what to celebrate,
 * what to carry over, the outcome per strategic pillar, the alignment health
 * at close and retrospective prompts drawn from the data.
 *
 * Scores come from one `rollup` at `asOf`, grades from `grade` and
 * `gradeObjective`, series and forecasts from `progressSeries` and
 * `forecast`, alignment from `alignmentHealth(validate(set, { asOf, policy }), set)`.
 * Definitions:
 * - **improvement** of a key result: final score − score at its first check-in.
 * - **achieved at**: the first check-in of the final run of check-ins at or
 *   above the target (only for key results at their target at `asOf`);
 *   **achieved early**: that came with more than a quarter of the window left.
 * - **celebrate**: achieved key results (earliest first), the five largest
 *   positive improvements among the key results not achieved (progress worth
 *   naming even short of the target), and the owners of achieved key results.
 * - **carry over**: objectives below 1.0, with their unfinished key results
 *   (worst first), flagged committed ones first, then by score (closest to done
 *   first); `carriedTo` names a later objective whose `carriedFrom` is it.
 * - **pillar outcome**: weighted mean (objective weights) of the scores of the
 *   cycle's objectives that reach the pillar through their links or their
 *   parent chain; 0 with no such objective.
 * - **prompts**: key results never updated, confidence that fell by 3 points
 *   or more from its highest value, key results achieved early, `blocked`
 *   notes, committed objectives below 1.0.
 *
 * @param input - a structurally valid OKR set, or a compiled set (`compile`) to share its index.
 * @param options - `cycleId` and `asOf` (required), `scale`, `policy` and scoring options.
 * @returns the {@link CycleReview} (JSON-serializable).
 * @throws {@link SokrError} `dangling_reference` at `['cycleId']` for an
 *   unknown cycle, `invalid_date` at `['asOf']`, and the errors of `rollup`.
 * @example
 * ```ts
 * import { cycleReview, toMarkdown } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const review = cycleReview(set, { cycleId: 'q1-2026', asOf: '2026-04-07' });
 * console.log(review.flagged, review.celebrate.achieved);
 * console.log(toMarkdown(review));
 * ```
 */
export function cycleReview(
  input: OkrSet | CompiledOkrSet,
  options: CycleReviewOptions,
): CycleReview {
  return readingSet('cycleReview', () => cycleReviewOf(input, options));
}

function cycleReviewOf(input: OkrSet | CompiledOkrSet, options: CycleReviewOptions): CycleReview {
  checkOptions(options, 'cycleReview');
  let asOfMs = instantOf(options.asOf, 'asOf');
  checkIdOption(options.cycleId, 'cycleId', true);
  const compiled = compile(input);
  const set = compiled.set;
  const ctx = buildContext(graphOf(compiled));
  // A calendar day or wall-clock asOf is read in the set's zone, as the set's own dates are.
  if (typeof options.asOf === 'string' && ctx.graph.timeZone !== DEFAULT_TIME_ZONE)
    asOfMs = zonedAsOf(options.asOf, ctx.graph.timeZone) ?? asOfMs;
  const windows = new Map<string, WindowDays>();
  const cycle = ctx.cycles.get(options.cycleId);
  if (cycle === undefined) throw unknownRef('cycleId', options.cycleId, 'cycle');
  const scale = options.scale ?? googleScale;
  const clamp = options.clamp !== false;
  const statusPolicy: StatusPolicy = { ...defaultStatusPolicy, ...options.statusPolicy };
  const rollupOptions: RollupOptions = { asOf: asOfMs, scale, statusPolicy, clamp };
  if (options.pending !== undefined) rollupOptions.pending = options.pending;
  if (options.includeChildren !== undefined)
    rollupOptions.includeChildren = options.includeChildren;
  const card = rollup(compiled, rollupOptions);
  const cycleEndMs = ctx.graph.endInstant(cycle.end);
  const cycleEnd = Number.isNaN(cycleEndMs) ? asOfMs : cycleEndMs;

  const objectives: ReviewObjective[] = [];
  const prompts: RetroPrompt[] = [];
  const neverUpdated: ReviewKeyResult[] = [];
  const early: ReviewKeyResult[] = [];
  const blocked: RetroPrompt[] = [];
  const drops: RetroPrompt[] = [];
  for (const o of set.objectives) {
    if (o.cycleId !== cycle.id) continue;
    const oc = card.objectives[o.id];
    const score = oc?.score ?? 0;
    const g = gradeObjective(score, o.commitment, scale);
    const entry: ReviewObjective = {
      id: o.id,
      title: o.title,
      unitId: o.unitId,
      unitName: ctx.units.get(o.unitId)?.name ?? o.unitId,
      ownerId: o.ownerId ?? null,
      ownerName: o.ownerId === undefined ? null : (ctx.people.get(o.ownerId) ?? o.ownerId),
      commitment: o.commitment,
      state: o.state,
      score,
      band: g.band,
      status: oc?.status ?? 'pending',
      target: g.target,
      flagged: !g.met,
      keyResults: [],
      ...finalScoreOf(o),
    };
    // The key results the graph lists under this objective's id (its first objective's).
    const range = ctx.graph.keyResultsOf;
    const at = ctx.graph.objectiveOf.get(o.id)!;
    for (let i = range.start[at]!; i < range.start[at + 1]!; i++) {
      const p = range.list[i]!;
      const kr = set.keyResults[p]!;
      const kc = card.keyResults[kr.id];
      const krScore = kc?.score ?? 0;
      const {
        checkIns: all,
        window: w,
        measure,
        history,
      } = keyResultHistory(ctx.graph, p, cycle, windows, ctx.graph.timeZone);
      const series = scoreSeries(history, w, asOfMs, clamp, kr.measure);
      const k: ReviewKeyResult = {
        id: kr.id,
        title: kr.title,
        objectiveId: o.id,
        ownerId: kr.ownerId,
        ownerName: ctx.people.get(kr.ownerId) ?? kr.ownerId,
        score: krScore,
        band: grade(krScore, scale),
        status: kc?.status ?? 'pending',
        checkIns: series.length,
        firstScore: null,
        improvement: 0,
        achievedAt: null,
        achievedEarly: false,
        confidence: null,
        window: { start: w.start, end: w.end },
        series,
        forecast: reportForecast(history, w, asOfMs, clamp),
        figures: figuresOf(measure, kc?.value ?? undefined, measure !== kr.measure),
      };
      const first = series[0];
      if (first !== undefined) {
        k.firstScore = first.score;
        k.improvement = krScore - first.score;
      }
      // The first check-in of the final run at or above the target (a threshold can be broken again).
      let reached: (typeof series)[number] | undefined;
      for (let i = series.length - 1; i >= 0 && series[i]!.score + SCORE_EPSILON >= 1; i--)
        reached = series[i];
      if (reached !== undefined && krScore + SCORE_EPSILON >= 1) {
        k.achievedAt = reached.at.slice(0, 10);
        const reachedMs = ctx.graph.instant(reached.at); // reached is set here
        const at = Number.isNaN(reachedMs) ? w.endMs : reachedMs;
        k.achievedEarly = at < w.startMs + 0.75 * (w.endMs - w.startMs);
      }
      const inCycle = all
        .map((c, i) => ({ c, i, at: ctx.graph.instant(c.at) }))
        .filter((x) => x.at <= asOfMs)
        .sort((a, b) => a.at - b.at || a.i - b.i);
      const confidences = inCycle
        .map((x) => x.c.confidence)
        .filter((c): c is number => c !== undefined);
      const firstConf = confidences[0];
      const lastConf = confidences[confidences.length - 1];
      if (firstConf !== undefined && lastConf !== undefined) {
        k.confidence = { first: firstConf, last: lastConf };
        const highest = Math.max(...confidences);
        if (highest - lastConf >= CONFIDENCE_DROP) {
          drops.push({
            kind: 'confidence-drop',
            message: `Confidence in ${quote(kr.title)} fell from ${highest} to ${lastConf}: what changed, and when did the team first know?`,
            ids: [kr.id],
          });
        }
      }
      const notes = inCycle
        .map((x) => x.c.blocked)
        .filter((b): b is string => b !== undefined && b.trim() !== '');
      if (notes.length > 0) {
        const latest = notes[notes.length - 1] ?? '';
        blocked.push({
          kind: 'blocked',
          message: `${quote(kr.title)} was blocked in ${notes.length} check-in${notes.length === 1 ? '' : 's'} (latest: ${quote(latest)}): what would have unblocked it sooner?`,
          ids: [kr.id],
        });
      }
      if (kr.measure.kind !== 'derived' && series.length === 0) neverUpdated.push(k);
      if (k.achievedEarly) early.push(k);
      entry.keyResults.push(k);
    }
    objectives.push(entry);
  }

  const krs = objectives.flatMap((o) => o.keyResults);
  const flagged = objectives.filter((o) => o.flagged).map((o) => o.id);
  const achieved = krs
    .filter((k) => k.status === 'achieved')
    .sort((a, b) => (a.achievedAt ?? '\uffff').localeCompare(b.achievedAt ?? '\uffff'));
  const improvements = krs
    .filter(
      (k) => k.status !== 'achieved' && k.firstScore !== null && k.improvement > SCORE_EPSILON,
    )
    .sort((a, b) => b.improvement - a.improvement)
    .slice(0, TOP_IMPROVEMENTS);
  const ownerCounts = new Map<Id, number>();
  for (const k of achieved) ownerCounts.set(k.ownerId, (ownerCounts.get(k.ownerId) ?? 0) + 1);
  const owners = [...ownerCounts]
    .map(([ownerId, n]) => ({ ownerId, name: ctx.people.get(ownerId) ?? ownerId, achieved: n }))
    .sort((a, b) => b.achieved - a.achieved || a.name.localeCompare(b.name));

  const carriedTo = new Map<Id, Id>();
  for (const o of set.objectives) {
    if (o.carriedFrom !== undefined && !carriedTo.has(o.carriedFrom))
      carriedTo.set(o.carriedFrom, o.id);
  }
  const carryOver: CarryOverCandidate[] = objectives
    .filter(
      (o) => o.score + SCORE_EPSILON < 1 && o.keyResults.some((k) => k.score + SCORE_EPSILON < 1),
    )
    .sort(
      (a, b) =>
        Number(b.flagged && b.commitment === 'committed') -
          Number(a.flagged && a.commitment === 'committed') || b.score - a.score,
    )
    .map((o) => {
      const to = carriedTo.get(o.id);
      const c: CarryOverCandidate = {
        objectiveId: o.id,
        title: o.title,
        score: o.score,
        commitment: o.commitment,
        keyResults: o.keyResults
          .filter((k) => k.score + SCORE_EPSILON < 1)
          .sort((a, b) => a.score - b.score)
          .map((k) => k.id),
        carriedTo: to ?? null,
        carriedToTitle: to === undefined ? null : (ctx.objectives.get(to)?.title ?? to),
      };
      return c;
    });

  const pillars: PillarOutcome[] = [];
  const reach = new Map<Id, Set<Id>>();
  for (const o of set.objectives)
    if (o.cycleId === cycle.id) reach.set(o.id, pillarsReached(o, ctx));
  for (const p of set.strategy.pillars) {
    let sum = 0;
    let weight = 0;
    let count = 0;
    let met = 0;
    for (const o of objectives) {
      if (!reach.get(o.id)?.has(p.id)) continue;
      count += 1;
      if (!o.flagged) met += 1;
      const oc = card.objectives[o.id];
      if (oc?.score === null || oc === undefined) continue;
      const wgt = ctx.objectives.get(o.id)?.weight ?? 1;
      sum += wgt * oc.score;
      weight += wgt;
    }
    const score = weight > 0 ? sum / weight : 0;
    pillars.push({
      pillarId: p.id,
      title: p.title,
      score,
      band: grade(score, scale),
      objectives: count,
      met,
    });
  }

  const findings = validate(
    compiled,
    options.policy === undefined ? { asOf: asOfMs } : { asOf: asOfMs, policy: options.policy },
  );
  const health = alignmentHealth(findings, compiled);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;

  if (neverUpdated.length > 0) {
    prompts.push({
      kind: 'never-updated',
      message: `${neverUpdated.length} key result${neverUpdated.length === 1 ? ' was' : 's were'} never updated (${listTitles(neverUpdated.map((k) => k.title))}): were they the right measures, and who was meant to check in?`,
      ids: neverUpdated.map((k) => k.id),
    });
  }
  prompts.push(...drops);
  if (early.length > 0) {
    prompts.push({
      kind: 'achieved-early',
      message: `${listTitles(early.map((k) => k.title))} reached the target with more than a quarter of the cycle left: was the target ambitious enough?`,
      ids: early.map((k) => k.id),
    });
  }
  prompts.push(...blocked);
  for (const o of objectives) {
    if (o.flagged && o.commitment === 'committed') {
      prompts.push({
        kind: 'committed-missed',
        message: `Committed objective ${quote(o.title)} ended below 1.0: what got in the way, and should it have been aspirational?`,
        ids: [o.id],
      });
    }
  }

  const counts: Record<KeyResultStatus, number> = {
    pending: 0,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    achieved: 0,
    missed: 0,
  };
  for (const k of krs) counts[k.status] += 1;
  const cycleAgg = card.cycles[cycle.id];
  const overallScore = cycleAgg?.score ?? 0;
  return {
    kind: 'review',
    cycle: { id: cycle.id, name: cycle.name, start: cycle.start, end: cycle.end },
    asOf: typeof options.asOf === 'string' ? options.asOf : new Date(asOfMs).toISOString(),
    closed: asOfMs >= cycleEnd,
    scale,
    overall: {
      score: overallScore,
      band: grade(overallScore, scale),
      objectives: objectives.length,
      keyResults: krs.length,
      statusCounts: counts,
    },
    objectives,
    flagged,
    celebrate: {
      achieved: achieved.map((k) => k.id),
      improvements: improvements.map((k) => k.id),
      owners,
    },
    carryOver,
    pillars,
    alignment: {
      health: health.score,
      homework: health.homework,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      findings: findings
        .filter((f) => f.severity !== 'info')
        .slice(0, MAX_FINDINGS)
        .map((f) => ({ ...f, text: findingText(f, ctx) })),
    },
    prompts,
    commitments: commitmentsOf(objectives, ctx),
  };
}
