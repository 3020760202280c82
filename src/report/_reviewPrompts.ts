/**
 * Private to `cycleReview`: the retrospective prompts drawn from the data —
 * key results never updated, confidence that fell, key results achieved
 * early, `blocked` notes, committed objectives below 1.0 — and their messages.
 *
 * @module
 */
import type { KeyResult } from '../model/types.js';
import type { RetroPrompt, ReviewKeyResult, ReviewObjective } from './types.js';

/** A confidence fall of this many points (0–10) from its highest to its latest value is a prompt. */
export const CONFIDENCE_DROP = 3;

/** What the key result entries collect for the prompts, in key result order. */
export interface ReviewPromptLists {
  /** Key results (not derived) without a check-in in their series. */
  readonly neverUpdated: ReviewKeyResult[];
  /** Key results that reached the target with more than a quarter of the window left. */
  readonly early: ReviewKeyResult[];
  /** A `confidence-drop` prompt per key result whose confidence fell. */
  readonly drops: RetroPrompt[];
  /** A `blocked` prompt per key result with `blocked` notes. */
  readonly blocked: RetroPrompt[];
}

/** Empty prompt lists, one per review. */
export function promptLists(): ReviewPromptLists {
  return { neverUpdated: [], early: [], drops: [], blocked: [] };
}

/** A title in curly quotes. */
export function quote(title: string): string {
  return `“${title}”`;
}

/** Up to five quoted titles, then how many more. */
function listTitles(titles: readonly string[]): string {
  const shown = titles.slice(0, 5).map(quote).join(', ');
  return titles.length > 5 ? `${shown} and ${titles.length - 5} more` : shown;
}

/** The `confidence-drop` prompt of `kr`, whose confidence fell from `highest` to `last`. */
export function confidenceDropPrompt(kr: KeyResult, highest: number, last: number): RetroPrompt {
  return {
    kind: 'confidence-drop',
    message: `Confidence in ${quote(kr.title)} fell from ${highest} to ${last}: what changed, and when did the team first know?`,
    ids: [kr.id],
  };
}

/** The `blocked` prompt of `kr`, from its `blocked` notes in time order (at least one). */
export function blockedPrompt(kr: KeyResult, notes: readonly string[]): RetroPrompt {
  const latest = notes[notes.length - 1] ?? '';
  return {
    kind: 'blocked',
    message: `${quote(kr.title)} was blocked in ${notes.length} check-in${notes.length === 1 ? '' : 's'} (latest: ${quote(latest)}): what would have unblocked it sooner?`,
    ids: [kr.id],
  };
}

/**
 * The review's prompts in their order: never updated, confidence drops,
 * achieved early, blocked, then a `committed-missed` prompt per flagged
 * committed objective ("ended below" once the cycle is over, `closed`; "is
 * below … so far" before).
 */
export function retroPrompts(
  lists: ReviewPromptLists,
  objectives: readonly ReviewObjective[],
  closed: boolean,
): RetroPrompt[] {
  const { neverUpdated, early } = lists;
  const prompts: RetroPrompt[] = [];
  if (neverUpdated.length > 0) {
    prompts.push({
      kind: 'never-updated',
      message:
        neverUpdated.length === 1
          ? `1 key result was never updated (${listTitles(neverUpdated.map((k) => k.title))}): was it the right measure, and who was meant to check in?`
          : `${neverUpdated.length} key results were never updated (${listTitles(neverUpdated.map((k) => k.title))}): were they the right measures, and who was meant to check in?`,
      ids: neverUpdated.map((k) => k.id),
    });
  }
  prompts.push(...lists.drops);
  if (early.length > 0) {
    prompts.push({
      kind: 'achieved-early',
      message: `${listTitles(early.map((k) => k.title))} reached the target with more than a quarter of the cycle left: was the target ambitious enough?`,
      ids: early.map((k) => k.id),
    });
  }
  prompts.push(...lists.blocked);
  for (const o of objectives) {
    if (o.flagged && o.commitment === 'committed') {
      prompts.push({
        kind: 'committed-missed',
        message: closed
          ? `Committed objective ${quote(o.title)} ended below 1.0: what got in the way, and should it have been aspirational?`
          : `Committed objective ${quote(o.title)} is below 1.0 so far: what is in the way, and should it have been aspirational?`,
        ids: [o.id],
      });
    }
  }
  return prompts;
}
