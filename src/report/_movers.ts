// Private to the report layer: "the key results that move the score most",
// from the analysis (contributions), and their Markdown section.
import { largestHeadroom } from '../analysis/contributions.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import type { AnalysisScope } from '../analysis/types.js';
import type { Id } from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { Scorer } from '../rollup/types.js';
import { escapeMarkdown } from './escape.js';
import { fmtDelta, fmtScore, fmtShare, statusScale } from './format.js';
import type { Scale } from '../scale/Scale.js';
import type { ReportMover, WeeklyReport } from './types.js';

/** How many movers a weekly report names. */
export const MOVERS = 2;

/** A key result of the report, for the movers of a report filtered to one person. */
export interface MoverCandidate {
  id: Id;
  title: string;
  /** The key result's weight (the person's score is the weighted mean of their key results). */
  weight: number;
  score: number;
  status: KeyResultStatus;
}

/**
 * The key results with the most headroom (`weight × (1 − score)`) in the
 * report's score, among those the report shows and that can still move (not
 * missed: a window that is over adds nothing): in the company's score, the
 * unit subtree's when the report is filtered to a unit, the cycle's when it
 * names a cycle. `inReport` says whether the report shows a key result;
 * `missed` is how many it shows as missed (the scorer is asked for as many
 * more).
 */
export function topMovers(
  scorer: Scorer,
  scope: { unitId: Id | undefined; cycleId: Id | undefined },
  inReport: (id: Id) => boolean,
  missed: number,
): ReportMover[] {
  const graph = stateOf(scorer).graph;
  const keyResults = graph.set.keyResults;
  const analysisScope: AnalysisScope =
    scope.unitId !== undefined
      ? { unitId: scope.unitId }
      : scope.cycleId !== undefined
        ? { cycleId: scope.cycleId }
        : 'company';
  return largestHeadroom(scorer, analysisScope, MOVERS + missed)
    .filter((c) => inReport(c.keyResultId))
    .slice(0, MOVERS)
    .map((c) => ({
      keyResultId: c.keyResultId,
      title: keyResults[graph.keyResultOf.get(c.keyResultId) ?? -1]?.title ?? c.keyResultId,
      weight: c.weight,
      score: c.score,
      headroom: c.headroom,
    }));
}

/**
 * The movers of a report filtered to one person, whose score is the
 * weighted mean (key result weights) of their key results: each one's share
 * is its weight over theirs; missed ones are left out, as in {@link topMovers}.
 */
export function ownerMovers(candidates: readonly MoverCandidate[]): ReportMover[] {
  let total = 0;
  for (const c of candidates) total += c.weight;
  if (!(total > 0)) return [];
  return candidates
    .filter((c) => c.status !== 'missed' && c.score < 1 && c.weight > 0)
    .map((c) => {
      const weight = c.weight / total;
      return {
        keyResultId: c.id,
        title: c.title,
        weight,
        score: c.score,
        headroom: weight * (1 - c.score),
      };
    })
    .sort(
      (a, b) =>
        b.headroom - a.headroom ||
        b.weight - a.weight ||
        (a.keyResultId < b.keyResultId ? -1 : a.keyResultId > b.keyResultId ? 1 : 0),
    )
    .slice(0, MOVERS);
}

/**
 * What reaching a target adds to the score, as precise as a week's change
 * (`0.05`, `5%`): on the scale's own rounding 0.051 and 0.045 read 0.1 and 0.0
 * beside the same "5% of the score".
 */
export function gainText(gain: number, scale: Scale): string {
  const text = fmtDelta(gain, scale);
  return text === '±0' ? (scale.format === 'percent' ? '0%' : '0.00') : text.replace(/^\+/, '');
}

/** The "Moves the score most" section of the weekly Markdown (nothing without movers). */
export function moversMarkdown(report: WeeklyReport): string[] {
  const movers = report.movers;
  if (movers.length === 0) return [];
  const out = ['## Moves the score most', ''];
  for (const m of movers) {
    out.push(
      `- ${escapeMarkdown(m.title)}: ${fmtShare(m.weight)} of the score, at ${fmtScore(m.score, statusScale(report.scale))} — reaching its target adds ${gainText(m.headroom, report.scale)}`,
    );
  }
  out.push('');
  return out;
}

/** The final score an objective was closed with, and why, for the review (issue 17); `null`s without one. */
export function finalScoreOf(objective: { finalScore?: number; finalScoreReason?: string }): {
  finalScore: number | null;
  finalScoreReason: string | null;
} {
  return typeof objective.finalScore === 'number'
    ? { finalScore: objective.finalScore, finalScoreReason: objective.finalScoreReason ?? '' }
    : { finalScore: null, finalScoreReason: null };
}

/** The review's score cell: the computed score, and the final one with its reason when they differ. */
export function reviewScoreText(
  computed: string,
  objective: { finalScore: number | null; finalScoreReason: string | null },
  format: (score: number) => string,
): string {
  return objective.finalScore === null
    ? computed
    : `${computed}; closed at ${format(objective.finalScore)}: ${escapeMarkdown(objective.finalScoreReason ?? '')}`;
}
