/**
 * The end-of-cycle review of one cycle (`cycleReview`): its options, the
 * graded objectives and the sections drawn from them — key results in
 * `_reviewKeyResult`, celebrate and carry over in `_reviewHighlights`,
 * pillars in `_pillarOutcomes`, prompts in `_reviewPrompts`.
 *
 * @module
 */
import type { AsOf } from '../model/AsOf.js';
import { DEFAULT_TIME_ZONE, zonedAsOf, zonedIsoDay } from '../_lib/zonedDay.js';
import { alignmentHealth, findingsOfCycle } from '../alignment/alignmentHealth.js';
import type { Policy, PolicyConfig } from '../alignment/types.js';
import { validate } from '../alignment/validate.js';
import { type CompiledOkrSet, compileForReading, graphOf, readingSet } from '../core/compile.js';
import { describeValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';
import type { Id, OkrSet } from '../model/types.js';
import {
  checkStatusPolicy,
  defaultStatusPolicy,
  type KeyResultStatus,
  type StatusPolicy,
} from '../progress/statusPolicy.js';
import { objectiveStatus } from '../progress/objectiveStatus.js';
import { rollup } from '../rollup/rollup.js';
import type { PendingPolicy, RollupOptions } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import { gradeObjective } from '../scale/gradeObjective.js';
import { googleScale } from '../scale/presets.js';
import type { Scale } from '../scale/Scale.js';
import {
  buildContext,
  checkIdOption,
  checkOptions,
  checkScoringOptions,
  instantOf,
  unknownRef,
} from './_context.js';
import { commitmentsOf } from './_commitments.js';
import { windowMemo } from './_history.js';
import { findingText } from './_findingText.js';
import { finalScoreOf } from './_movers.js';
import { pillarOutcomesOf } from './_pillarOutcomes.js';
import { carryOverOf, celebrateOf } from './_reviewHighlights.js';
import { type ReviewContext, reviewKeyResult } from './_reviewKeyResult.js';
import { promptLists, retroPrompts } from './_reviewPrompts.js';
import type { CycleReview, ReviewObjective } from './types.js';

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

/** The options `cycleReview` takes (any other name is a typo, refused). */
const CYCLE_REVIEW_OPTIONS: readonly string[] = [
  'cycleId',
  'asOf',
  'scale',
  'policy',
  'statusPolicy',
  'pending',
  'includeChildren',
  'clamp',
];

/**
 * Once the cycle is over every status is final, as a grade is: a key result
 * never checked in is `missed` (its window is over, it was not achieved), and
 * an objective whose key results are all final follows them (`achieved` or
 * `missed`, never "on track" after the end).
 */
function finalStatuses(entry: ReviewObjective): void {
  for (const k of entry.keyResults) if (k.status === 'pending') k.status = 'missed';
  if (entry.keyResults.length > 0 && entry.status !== 'achieved' && entry.status !== 'missed') {
    const status = objectiveStatus(entry.keyResults.map((k) => k.status));
    if (status === 'achieved' || status === 'missed') entry.status = status;
  }
}

/** Findings kept in the review. */
const MAX_FINDINGS = 20;

/**
 * Builds the end-of-cycle review of one cycle as plain data: every objective
 * and key result graded on the scale, objectives below their commitment's
 * target flagged (committed < 1.0, aspirational < 0.7), what to celebrate,
 * what to carry over, the outcome per strategic pillar, the alignment health
 * at close and retrospective prompts drawn from the data.
 *
 * Scores come from one `rollup` at `asOf`, grades from `grade` and
 * `gradeObjective`, series and forecasts from `progressSeries` and
 * `forecast`, alignment from `alignmentHealth(validate(set, { asOf, policy }), set, { cycleId })`
 * (the cycle’s own findings and those about what every cycle shares).
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
  checkOptions(options, 'cycleReview', CYCLE_REVIEW_OPTIONS);
  let asOfMs = instantOf(options.asOf, 'asOf');
  checkIdOption(options.cycleId, 'cycleId', true);
  checkScoringOptions(options);
  const compiled = compileForReading(input);
  const set = compiled.set;
  const ctx = buildContext(graphOf(compiled));
  // A calendar day or wall-clock asOf is read in the set's zone, as the set's own dates are.
  if (typeof options.asOf === 'string' && ctx.graph.timeZone !== DEFAULT_TIME_ZONE)
    asOfMs = zonedAsOf(options.asOf, ctx.graph.timeZone) ?? asOfMs;
  const windows = windowMemo(ctx.graph);
  const cycle = ctx.cycles.get(options.cycleId);
  if (cycle === undefined) throw unknownRef('cycleId', options.cycleId, 'cycle');
  const scale = options.scale ?? googleScale;
  const clamp = options.clamp !== false;
  const statusPolicy: StatusPolicy = {
    ...defaultStatusPolicy,
    ...checkStatusPolicy(options.statusPolicy, ['statusPolicy']),
  };
  const rollupOptions: RollupOptions = { asOf: asOfMs, scale, statusPolicy, clamp };
  if (options.pending !== undefined) rollupOptions.pending = options.pending;
  if (options.includeChildren !== undefined)
    rollupOptions.includeChildren = options.includeChildren;
  const card = rollup(compiled, rollupOptions);
  const cycleEndMs = ctx.graph.endInstant(cycle.end);
  const cycleEnd = Number.isNaN(cycleEndMs) ? asOfMs : cycleEndMs;

  const objectives: ReviewObjective[] = [];
  const over = asOfMs >= cycleEnd;
  const review: ReviewContext = {
    ctx,
    card,
    cycle,
    windows,
    asOfMs,
    clamp,
    scale,
    prompts: promptLists(),
  };
  for (let i = 0; i < set.objectives.length; i++) {
    const o = set.objectives[i]!;
    if (o.cycleId !== cycle.id) continue;
    const oc = card.objectives[o.id];
    const score = oc?.score ?? 0;
    // A set never parsed may carry another word: refused where it is, not graded as aspirational.
    if (o.commitment !== 'committed' && o.commitment !== 'aspirational') {
      throw new SokrError([
        {
          path: ['objectives', i, 'commitment'],
          code: 'invalid_value',
          message: `Expected "committed" or "aspirational", got ${describeValue(o.commitment)}.`,
        },
      ]);
    }
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
    for (let i = range.start[at]!; i < range.start[at + 1]!; i++)
      entry.keyResults.push(reviewKeyResult(review, range.list[i]!, o));
    if (over) finalStatuses(entry);
    objectives.push(entry);
  }

  const krs = objectives.flatMap((o) => o.keyResults);
  const flagged = objectives.filter((o) => o.flagged).map((o) => o.id);
  const celebrate = celebrateOf(objectives, ctx);
  const carryOver = carryOverOf(objectives, set, ctx);
  const pillars = pillarOutcomesOf(objectives, set, cycle, card, scale, ctx);

  // The health of this cycle: its own objectives' findings and what every cycle shares.
  const findings = findingsOfCycle(
    validate(
      compiled,
      options.policy === undefined ? { asOf: asOfMs } : { asOf: asOfMs, policy: options.policy },
    ),
    compiled,
    cycle.id,
  );
  const health = alignmentHealth(findings, compiled, { cycleId: cycle.id });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const startMs = ctx.graph.instant(cycle.start);
  const started = !(asOfMs < startMs);
  // Before the cycle starts there is nothing to look back on: no "never updated", no "below 1.0".
  const prompts = started ? retroPrompts(review.prompts, objectives, asOfMs >= cycleEnd) : [];

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
    asOfDay: zonedIsoDay(asOfMs, ctx.graph.timeZone),
    timeZone: ctx.graph.timeZone,
    closed: asOfMs >= cycleEnd,
    started,
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
    celebrate,
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
