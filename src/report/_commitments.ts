/**
 * Private to `cycleReview`: committed and aspirational objectives apart.
 *
 * @module
 */
import type { Commitment } from '../model/types.js';
import { commitmentTarget } from '../scale/commitmentTarget.js';
import type { ReportContext } from './_context.js';
import type { CommitmentOutcome, ReviewObjective } from './types.js';

/** How many objectives of each commitment, how many met their target, and their weighted mean score. */
export function commitmentsOf(
  objectives: readonly ReviewObjective[],
  ctx: ReportContext,
): Record<Commitment, CommitmentOutcome> {
  const out = {} as Record<Commitment, CommitmentOutcome>;
  for (const c of ['committed', 'aspirational'] as const) {
    let n = 0;
    let met = 0;
    let sum = 0;
    let weight = 0;
    for (const o of objectives) {
      if (o.commitment !== c) continue;
      n += 1;
      if (!o.flagged) met += 1;
      const w = ctx.objectives.get(o.id)?.weight ?? 1;
      sum += w * o.score;
      weight += w;
    }
    out[c] = {
      target: commitmentTarget(c),
      objectives: n,
      met,
      score: n === 0 ? null : weight > 0 ? sum / weight : 0,
    };
  }
  return out;
}
