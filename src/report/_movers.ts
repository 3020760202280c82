// Private to the report layer: "the key results that move the score most",
// from the analysis (contributions), and their Markdown section.
import { largestHeadroom } from '../analysis/contributions.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import type { Id } from '../model/types.js';
import type { Scorer } from '../rollup/types.js';
import { escapeMarkdown } from './escape.js';
import { fmtDelta, fmtScore, fmtShare } from './format.js';
import type { Scale } from '../scale/Scale.js';
import type { ReportMover, WeeklyReport } from './types.js';

/** How many movers a weekly report names. */
export const MOVERS = 2;

/**
 * The key results with the most headroom (`weight × (1 − score)`) in the
 * company's score, or the unit subtree's when the report is filtered to a
 * unit: reaching their targets would move that score most.
 */
export function topMovers(scorer: Scorer, unitId: Id | undefined): ReportMover[] {
  const graph = stateOf(scorer).graph;
  const keyResults = graph.set.keyResults;
  return largestHeadroom(scorer, unitId === undefined ? 'company' : { unitId }, MOVERS).map(
    (c) => ({
      keyResultId: c.keyResultId,
      title: keyResults[graph.keyResultOf.get(c.keyResultId) ?? -1]?.title ?? c.keyResultId,
      weight: c.weight,
      score: c.score,
      headroom: c.headroom,
    }),
  );
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
      `- ${escapeMarkdown(m.title)}: ${fmtShare(m.weight)} of the score, at ${fmtScore(m.score, report.scale)} — reaching its target adds ${gainText(m.headroom, report.scale)}`,
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
