/**
 * Private to the report layer: what a cycle review says of an objective's
 * result against its commitment's target — `met`, `below target`, or, in a
 * review asked for before its cycle starts, `not started` (nothing could be
 * met yet: every objective is at 0) — one wording for the three renderings.
 *
 * @module
 */
import type { CycleReview } from './reviewTypes.js';

/** An objective's result: `'met'`, `'below target'`, or `'not started'` before the cycle starts. */
export function resultWord(review: CycleReview, flagged: boolean): string {
  if (!review.started) return 'not started';
  return flagged ? 'below target' : 'met';
}

/** The headline's count: `11 below target`, or `not started yet` before the cycle starts. */
export function flaggedCountText(review: CycleReview): string {
  return review.started ? `${review.flagged.length} below target` : 'not started yet';
}

/** The Result cell in Markdown: `Met`, `**Below target**`, or `Not started`. */
export function resultMarkdown(review: CycleReview, flagged: boolean): string {
  const word = resultWord(review, flagged);
  const text = word.charAt(0).toUpperCase() + word.slice(1);
  return word === 'below target' ? `**${text}**` : text;
}
