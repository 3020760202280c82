/**
 * Private to `toHtml`: the lists of the review page a team reads in its
 * retrospective — what to celebrate, what to carry over, the retrospective
 * prompts — kept short: a long list folds under a line that counts it, the
 * carry-over is one compact row per objective, and the prompts are grouped
 * by kind (a `<details>` per kind of several prompts; printing opens them).
 *
 * @module
 */
import { dayText } from '../_formatDate.js';
import type { RetroPrompt, RetroPromptKind } from '../reviewTypes.js';
import { countText, fmtDelta, fmtScore, promptKindText, valueHeading } from '../format.js';
import type { CycleReview, ReviewKeyResult } from '../types.js';
import { LIST_LIMIT } from './_weeklyLists.js';
import { esc, foldSection, userText } from './parts.js';

type KeyResults = ReadonlyMap<string, ReviewKeyResult>;

/** The first {@link LIST_LIMIT} of `items` rendered, then one muted "and N more" item (`more`). */
function upTo<T>(items: readonly T[], render: (item: T) => string, more: (n: number) => string) {
  const out = items.slice(0, LIST_LIMIT).map(render);
  if (items.length > LIST_LIMIT) out.push(more(items.length - LIST_LIMIT));
  return out.join('');
}

const moreItem = (n: number) =>
  `<li class="muted">… and ${n} more (every key result is under “Key results by objective”)</li>`;

/** A sub-list that folds under its summary line; `open` with `expand`. */
function folded(summary: string, inner: string, expand: boolean, cls = 'sub'): string {
  return `<details class="${cls}"${expand ? ' open' : ''}><summary>${summary}</summary>${inner}</details>`;
}

function achievedItem(review: CycleReview, k: ReviewKeyResult | undefined, id: string): string {
  if (k === undefined) return `<li>${esc(id)}</li>`;
  return `<li><strong>${userText(k.title)}</strong> ${userText(k.figures.text)} <span class="muted">— ${userText(k.ownerName)}${k.achievedAt === null ? '' : `, ${esc(dayText(review, k.achievedAt))}`}</span>${k.achievedEarly ? ' <span class="tag">early</span>' : ''}</li>`;
}

/**
 * Writes the "Celebrate" section: the achieved key results fold under one
 * line that counts them (and the early ones), the biggest improvements and
 * the owners stay in view.
 */
export function celebrate(
  review: CycleReview,
  krs: KeyResults,
  parts: string[],
  expand: boolean,
): void {
  const scale = review.scale;
  const cel = review.celebrate;
  const inner: string[] = [];
  if (cel.achieved.length === 0 && cel.improvements.length === 0)
    inner.push('<p>No key result reached its target this cycle.</p>');
  if (cel.achieved.length > 0) {
    const early = cel.achieved.filter((id) => krs.get(id)?.achievedEarly === true).length;
    const owners =
      cel.owners.length === 0
        ? ''
        : ` <span class="muted">— by owner: ${cel.owners.map((o) => `${userText(o.name)} ${o.achieved}`).join(', ')}</span>`;
    inner.push(
      folded(
        `<h3>Achieved</h3> ${countText(cel.achieved.length, 'key result')} reached the target${early === 0 ? '' : `, ${early} early`}${owners}`,
        `<ul>${upTo(cel.achieved, (id) => achievedItem(review, krs.get(id), id), moreItem)}</ul>`,
        expand,
      ),
    );
  }
  if (cel.improvements.length > 0) {
    inner.push(
      `<h3>Biggest improvements</h3><ul>${cel.improvements
        .map((id) => {
          const k = krs.get(id);
          if (k === undefined) return `<li>${esc(id)}</li>`;
          return `<li><strong>${userText(k.title)}</strong> ${esc(fmtScore(k.firstScore ?? 0, scale))} → ${esc(fmtScore(k.score, scale))} (${esc(fmtDelta(k.improvement, scale))}) <span class="muted">— ${userText(k.figures.text)}, ${userText(k.ownerName)}</span></li>`;
        })
        .join('')}</ul>`,
    );
  }
  parts.push(foldSection('celebrate', 'Celebrate', cel.achieved.length, inner.join('')));
}

/** Writes the "Carry over" section: one row per unfinished objective, its open key results listed in it. */
export function carryOver(review: CycleReview, krs: KeyResults, parts: string[]): void {
  const scale = review.scale;
  const rows = review.carryOver.slice(0, LIST_LIMIT).map((co) => {
    const continued =
      co.carriedTo === null
        ? ''
        : `<div class="small">continued${(co.carriedToCycle ?? null) === null ? '' : ` in ${userText(co.carriedToCycle!)}`}: ${userText(co.carriedToTitle ?? co.carriedTo)}</div>`;
    const list = co.keyResults
      .map((id) => {
        const k = krs.get(id);
        return k === undefined
          ? `<li>${esc(id)}</li>`
          : `<li>${userText(k.title)} <span class="muted">(${userText(k.figures.text)}; ${userText(k.ownerName)})</span></li>`;
      })
      .join('');
    return `<tr><th scope="row">${userText(co.title)}${continued}</th><td class="num"><span class="score">${esc(fmtScore(co.score, scale))}</span><div class="small">${esc(co.commitment)}</div></td><td><ul class="flat">${list}</ul></td></tr>`;
  });
  const inner =
    rows.length === 0
      ? '<p>Nothing to carry over.</p>'
      : `<table class="compact"><caption>Unfinished objectives, committed ones below target first; ${continuedText(review)}</caption><thead><tr><th scope="col">Objective</th><th scope="col" class="num">Score</th><th scope="col">Unfinished key results (${valueHeading(review).toLowerCase()}; owner)</th></tr></thead><tbody>${rows.join('')}${review.carryOver.length > LIST_LIMIT ? `<tr><td colspan="3" class="muted">… and ${review.carryOver.length - LIST_LIMIT} more unfinished objectives (every objective is under “Key results by objective”)</td></tr>` : ''}</tbody></table>`;
  parts.push(foldSection('carry', 'Carry over', review.carryOver.length, inner));
}

/** How many of the carry-over candidates a later cycle already continues. */
function continuedText(review: CycleReview): string {
  const n = review.carryOver.filter((co) => co.carriedTo !== null).length;
  const of = review.carryOver.length;
  if (n === 0) return 'none is continued in a later cycle yet';
  if (n === of)
    return of === 1 ? 'it is continued in a later cycle' : 'all are continued in a later cycle';
  return `${n} of ${of} are continued in a later cycle, the others not yet`;
}

/** The prompts of each kind, in the order of their first prompt. */
function byKind(prompts: readonly RetroPrompt[]): Map<RetroPromptKind, RetroPrompt[]> {
  const groups = new Map<RetroPromptKind, RetroPrompt[]>();
  for (const p of prompts) {
    const list = groups.get(p.kind);
    if (list === undefined) groups.set(p.kind, [p]);
    else list.push(p);
  }
  return groups;
}

/** The question a group of several prompts of one kind asks, counted. */
function groupQuestion(review: CycleReview, kind: RetroPromptKind, n: number): string {
  const target = fmtScore(review.commitments.committed.target, review.scale);
  switch (kind) {
    case 'blocked':
      return `${n} key results were blocked in check-ins: what would have unblocked them sooner?`;
    case 'confidence-drop':
      return `Confidence fell in ${n} key results: what changed, and when did the team first know?`;
    case 'committed-missed':
      return review.closed
        ? `${n} committed objectives ended below ${target}: what got in the way, and should they have been aspirational?`
        : `${n} committed objectives are below ${target} so far: what is in the way, and should they have been aspirational?`;
    default:
      return `${countText(n, 'prompt')}`;
  }
}

/**
 * Writes the "Retrospective prompts" section: one line per kind; a kind of
 * several prompts folds them under its question, counted.
 */
export function prompts(review: CycleReview, parts: string[], expand: boolean): void {
  const items = [...byKind(review.prompts)].map(([kind, list]) => {
    const tag = `<span class="tag">${esc(promptKindText(kind))}</span>`;
    if (list.length === 1) return `<li>${tag} ${esc(list[0]!.message)}</li>`;
    return `<li>${folded(
      `${tag} ${esc(groupQuestion(review, kind, list.length))}`,
      `<ul>${upTo(
        list,
        (p) => `<li>${esc(p.message)}</li>`,
        (n) => `<li class="muted">… and ${n} more</li>`,
      )}</ul>`,
      expand,
    )}</li>`;
  });
  const inner =
    items.length === 0 ? '<p>No prompts from the data.</p>' : `<ul>${items.join('')}</ul>`;
  parts.push(foldSection('retro', 'Retrospective prompts', review.prompts.length, inner));
}
