/**
 * Private to `cycleReview`: one key result's entry — its final score and
 * grade from the rollup, its history off the graph's timeline (series,
 * forecast, first score and improvement, when it reached its target), its
 * confidence over the cycle, and what it adds to the prompts.
 *
 * @module
 */
import type { Cycle, Objective } from '../model/types.js';
import type { Scorecard } from '../rollup/types.js';
import { grade } from '../scale/grade.js';
import type { Scale } from '../scale/Scale.js';
import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import { type ReportContext, reportForecast, scoreSeries, type WindowDays } from './_context.js';
import { figuresOf } from './_figures.js';
import { keyResultHistory, noteText } from './_history.js';
import {
  blockedPrompt,
  CONFIDENCE_DROP,
  confidenceDropPrompt,
  type ReviewPromptLists,
} from './_reviewPrompts.js';
import type { ReviewKeyResult } from './types.js';

/** What every key result entry of one review reads, and the prompt lists it adds to. */
export interface ReviewContext {
  readonly ctx: ReportContext;
  /** The rollup at `asOfMs`. */
  readonly card: Scorecard;
  readonly cycle: Cycle;
  /** Window days by the graph's window, shared by its key results (`windowMemo`). */
  readonly windows: (WindowDays | undefined)[];
  readonly asOfMs: number;
  readonly clamp: boolean;
  readonly scale: Scale;
  readonly prompts: ReviewPromptLists;
}

/**
 * The entry of key result `p` (a position in `set.keyResults`) of objective
 * `o`: the first check-in of the final run at or above the target is when it
 * was achieved (early with more than a quarter of the window left; never for
 * a threshold or range, which is held rather than reached); its
 * confidence and `blocked` notes are those of its check-ins up to `asOfMs`.
 */
export function reviewKeyResult(review: ReviewContext, p: number, o: Objective): ReviewKeyResult {
  const { ctx, card, cycle, windows, asOfMs, clamp, scale, prompts } = review;
  const graph = ctx.graph;
  const kr = graph.set.keyResults[p]!;
  const kc = card.keyResults[kr.id];
  const krScore = kc?.score ?? 0;
  const {
    checkIns: all,
    window: w,
    measure,
    history,
  } = keyResultHistory(graph, p, cycle, windows, graph.timeZone);
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
    forecast: reportForecast(history, w, asOfMs, clamp, graph.timeZone),
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
    const reachedMs = graph.instant(reached.at); // reached is set here
    const at = Number.isNaN(reachedMs) ? w.endMs : reachedMs;
    // A kept measure (threshold, range) is held, not reached: it is never "achieved early"
    // (quality/early-achievement does not count it either).
    const kept = kr.measure.kind === 'threshold' || kr.measure.kind === 'range';
    k.achievedEarly = !kept && at < w.startMs + 0.75 * (w.endMs - w.startMs);
  }
  // The check-ins up to asOf in the timeline's order (time, ties in set order; no undated one).
  const from = graph.checkIns.byKeyResult.start[p]!;
  const list = graph.checkIns.byKeyResult.list;
  const times = graph.checkIns.at;
  // The first, last and highest confidence in one pass (a spread of every confidence into
  // Math.max overflows the call stack for a key result with very many check-ins).
  let firstConf: number | undefined;
  let lastConf: number | undefined;
  let highest = Number.NEGATIVE_INFINITY;
  const notes: string[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!(times[list[from + i]!]! <= asOfMs)) continue;
    const c = all[i]!;
    if (c.confidence !== undefined) {
      firstConf ??= c.confidence;
      lastConf = c.confidence;
      highest = Math.max(highest, c.confidence);
    }
    const blocked = noteText(c.blocked);
    if (blocked !== undefined) notes.push(blocked);
  }
  if (firstConf !== undefined && lastConf !== undefined) {
    k.confidence = { first: firstConf, last: lastConf };
    if (highest - lastConf >= CONFIDENCE_DROP)
      prompts.drops.push(confidenceDropPrompt(kr, highest, lastConf));
  }
  if (notes.length > 0) prompts.blocked.push(blockedPrompt(kr, notes));
  if (kr.measure.kind !== 'derived' && series.length === 0) prompts.neverUpdated.push(k);
  if (k.achievedEarly) prompts.early.push(k);
  return k;
}
