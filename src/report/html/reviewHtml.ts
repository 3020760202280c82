/**
 * Private to `toHtml`: the end-of-cycle review page — the cycle's grade and
 * committed vs aspirational first, then the grades, what to celebrate, what
 * to carry over, the retrospective prompts, every key result with its final
 * value, the pillars and the alignment at close.
 *
 * @module
 */
import { flaggedCountText, resultWord } from '../_reviewResult.js';
import { dayText } from '../_formatDate.js';
import type { Commitment } from '../../model/types.js';
import type { Scale } from '../../scale/Scale.js';
import { safeColor } from '../escape.js';
import {
  countText,
  cycleTimingText,
  fmtDelta,
  fmtScore,
  reviewLegend,
  statusLabel,
  valueHeading,
} from '../format.js';
import type { CycleReview, ReviewKeyResult, ReviewObjective } from '../types.js';
import { carryOver, celebrate, prompts } from './_reviewLists.js';
import {
  bar,
  chart,
  contents,
  esc,
  foldSection,
  pushFoldSection,
  gradeText,
  statusBadge,
  countsWords,
  userText,
} from './parts.js';

type Drawn = (k: ReviewKeyResult) => boolean;

/** Rows a grades table of the headline shows before it counts the rest (a first screen, not a directory). */
export const GRADE_ROWS = 50;

const COMMITMENT_TITLE: Record<Commitment, string> = {
  committed: 'Committed',
  aspirational: 'Aspirational',
};

function commitmentLine(review: CycleReview, c: Commitment): string {
  const o = review.commitments[c];
  if (o.objectives === 0) return `<span>${COMMITMENT_TITLE[c]}: none</span>`;
  return `<span><strong>${COMMITMENT_TITLE[c]}</strong>: ${o.met} of ${o.objectives} met their target (${esc(fmtScore(o.target, review.scale))})${o.score === null ? '' : ` · mean ${esc(fmtScore(o.score, review.scale))}`}</span>`;
}

function headline(
  review: CycleReview,
  parts: string[],
  shown?: ReadonlySet<ReviewObjective>,
): void {
  const scale = review.scale;
  const o = review.overall;
  const a = review.alignment;
  const health = `alignment health ${Math.round(a.health)}/100`;
  // A cycle without objectives has no score to show (the rollup's 0 would read as a red grade).
  const score =
    o.objectives === 0
      ? `<div class="hero-score"><span class="hero-empty">No objectives in ${userText(review.cycle.name)}</span></div>`
      : `<div class="hero-score"><span class="hero-label">Cycle score</span><span class="hero-number">${esc(fmtScore(o.score, scale))}</span><span class="grade"><span class="swatch" style="background:${esc(safeColor(o.band.color))}" aria-hidden="true"></span>${userText(o.band.label)}</span></div>`;
  const counts =
    o.objectives === 0
      ? `<span>${health}</span>`
      : `<span>${countText(o.objectives, 'objective')} · ${flaggedCountText(review)} · ${health}</span>${o.keyResults === 0 ? '<span>No key results</span>' : `<span>${countText(o.keyResults, 'key result')}: ${esc(countsWords(o.statusCounts))}</span>`}`;
  parts.push(
    '<section id="headline" class="card" aria-labelledby="h-headline"><h2 id="h-headline" class="sr-only">Headline</h2>',
    `<div class="hero">${score}`,
    `<div class="hero-side">${commitmentLine(review, 'committed')}${commitmentLine(review, 'aspirational')}${counts}</div>`,
    '</div>',
  );
  for (const c of ['committed', 'aspirational'] as const) {
    const list = review.objectives.filter((ob) => ob.commitment === c);
    if (list.length === 0) continue;
    parts.push(
      `<table class="compact"><caption>${COMMITMENT_TITLE[c]} objectives (target ${esc(fmtScore(review.commitments[c].target, scale))})</caption><thead><tr><th scope="col">Objective</th><th scope="col">Unit</th><th scope="col">Owner</th><th scope="col">Grade</th><th scope="col">Result</th></tr></thead><tbody>${list
        .slice(0, GRADE_ROWS)
        .map((ob) => gradeRow(review, ob, scale, shown === undefined || shown.has(ob)))
        .join(
          '',
        )}${list.length > GRADE_ROWS ? `<tr><td colspan="5" class="muted">… and ${list.length - GRADE_ROWS} more ${c} objectives (every objective is under “Key results by objective”)</td></tr>` : ''}</tbody></table>`,
    );
  }
  parts.push(`<p class="legend">${reviewLegend(scale, userText, esc)}</p></section>`);
}

/** An objective's grade row; its title links to its table when the page has it (`linked`). */
function gradeRow(review: CycleReview, o: ReviewObjective, scale: Scale, linked: boolean): string {
  const name = linked ? `<a href="#o-${esc(o.id)}">${esc(o.title)}</a>` : esc(o.title);
  return `<tr><th scope="row">${name}</th><td class="name">${esc(o.unitName)}</td><td class="name">${esc(o.ownerName ?? '—')}</td><td>${gradeText(o.score, o.band, scale)}</td><td>${resultCell(review, o.flagged)}</td></tr>`;
}

function keyResultRow(k: ReviewKeyResult, scale: Scale, review: CycleReview): string {
  return `<tr><th scope="row">${esc(k.title)}</th><td class="name">${esc(k.ownerName)}</td><td class="value">${esc(k.figures.text)}</td><td>${gradeText(k.score, k.band, scale)}</td><td>${statusBadge(k.status)}</td><td class="num">${k.checkIns}</td><td class="num">${k.firstScore === null ? '—' : esc(fmtDelta(k.improvement, scale))}</td><td class="date">${esc(k.achievedAt === null ? '—' : dayText(review, k.achievedAt))}${k.achievedEarly ? ' <span class="tag">early</span>' : ''}</td></tr>`;
}

function objectives(
  review: CycleReview,
  drawn: Drawn,
  note: string,
  parts: string[],
  expand: boolean,
  shown: ReadonlySet<ReviewObjective> | undefined,
): void {
  const scale = review.scale;
  const inner: string[] = [note];
  if (!expand && review.objectives.length > 0)
    inner.push(
      `<p class="legend">Open an objective for its key results with their ${review.closed ? 'final values' : 'values so far'}, grades and charts; printing shows them all.</p>`,
    );
  if (review.objectives.length === 0)
    inner.push(`<p>No objectives in ${userText(review.cycle.name)}.</p>`);
  for (const o of review.objectives) {
    if (shown !== undefined && !shown.has(o)) continue;
    inner.push(
      `<details${expand ? ' open' : ''} class="unit" id="o-${esc(o.id)}"><summary><h3>${userText(o.title)}</h3> ${gradeText(o.score, o.band, scale)} <span class="muted">${esc(o.commitment)}, ${resultWord(review, o.flagged)} · ${o.keyResults.length} key result${o.keyResults.length === 1 ? '' : 's'}</span></summary><div class="objective">${bar(o.title, o.score, o.band, scale, o.target, 'target')}${statusBadge(o.status)}<span class="tag">${esc(o.commitment)}</span>${o.flagged && review.started ? '<span class="tag">below target</span>' : ''}<span class="muted">${userText(o.unitName)}${o.ownerName === null ? '' : ` · ${userText(o.ownerName)}`}</span></div>`,
    );
    if (o.keyResults.length > 0) {
      inner.push(
        `<table><caption class="sr-only">Key results of “${userText(o.title)}”</caption><thead><tr><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">${valueHeading(review)}</th><th scope="col">Grade</th><th scope="col">Status</th><th scope="col" class="num">Check-ins</th><th scope="col" class="num">Improvement</th><th scope="col">Achieved</th></tr></thead><tbody>${o.keyResults.map((k) => keyResultRow(k, scale, review)).join('')}</tbody></table>`,
      );
      const charted = o.keyResults.filter(drawn);
      if (charted.length > 0) {
        inner.push(
          `<details class="charts-box"><summary>Burn-up charts (${charted.length})</summary><div class="charts">`,
        );
        for (const k of charted) {
          inner.push(
            chart(
              k,
              review.asOfDay,
              scale,
              `${k.figures.text}; ${fmtScore(k.score, scale)} (${k.band.label}), ${statusLabel(k.status).toLowerCase()}`,
              true,
              (day) => dayText(review, day),
            ),
          );
        }
        inner.push('</div></details>');
      }
    }
    inner.push('</details>');
  }
  pushFoldSection(parts, 'objectives', 'Key results by objective', review.objectives.length, inner);
}

function pillars(review: CycleReview, parts: string[]): void {
  const scale = review.scale;
  const inner =
    review.pillars.length === 0
      ? '<p>The strategy has no pillars.</p>'
      : `<table><caption>Outcome per strategic pillar</caption><thead><tr><th scope="col">Pillar</th><th scope="col">Grade</th><th scope="col" class="num">Objectives</th><th scope="col" class="num">Met target</th></tr></thead><tbody>${review.pillars.map((p) => `<tr><th scope="row">${esc(p.title)}</th><td>${p.score === null || p.band === null ? '<span class="muted">— no objectives this cycle</span>' : gradeText(p.score, p.band, scale)}</td><td class="num">${p.objectives}</td><td class="num">${p.met}</td></tr>`).join('')}</tbody></table>`;
  parts.push(foldSection('pillars', 'Pillars', review.pillars.length, inner));
}

function alignment(review: CycleReview, parts: string[]): void {
  const a = review.alignment;
  const inner = [
    `<p><strong>${Math.round(a.health)}/100</strong> · ${countText(a.errors, 'error')} · ${countText(a.warnings, 'warning')} · ${countText(a.infos, 'note')} · ${countText(a.homework.length, 'objective')} without a strategic anchor</p>`,
  ];
  if (a.findings.length > 0) {
    inner.push(
      `<ul>${a.findings.map((f) => `<li><span class="tag">${esc(f.severity)}</span> ${esc(f.text)} <code class="muted">${esc(f.rule)}</code></li>`).join('')}</ul>`,
    );
  }
  parts.push(foldSection('alignment', 'Alignment health at close', undefined, inner.join('')));
}

/** Writes the review page's body into `parts`. */
export function reviewBody(
  review: CycleReview,
  title: string,
  parts: string[],
  drawn: Drawn,
  note: string,
  expand = false,
  shown?: ReadonlySet<ReviewObjective>,
): void {
  const krs = new Map(
    review.objectives.flatMap((o) => o.keyResults.map((k) => [k.id, k] as const)),
  );
  const c = review.cycle;
  parts.push(
    `<header class="top"><h1>${esc(title)}</h1><p class="meta">${userText(c.name)} (${esc(c.start)} – ${esc(c.end)}) · as of ${esc(review.asOf)}${cycleTimingText(review, esc)}</p></header>`,
    contents([
      // Without objectives the headline holds no grades.
      { id: 'headline', label: review.objectives.length === 0 ? 'Headline' : 'Grades' },
      { id: 'celebrate', label: 'Celebrate', count: review.celebrate.achieved.length },
      { id: 'carry', label: 'Carry over', count: review.carryOver.length },
      { id: 'retro', label: 'Retrospective prompts', count: review.prompts.length },
      { id: 'objectives', label: 'Key results by objective' },
      { id: 'pillars', label: 'Pillars' },
      { id: 'alignment', label: 'Alignment health' },
    ]),
  );
  headline(review, parts, shown);
  celebrate(review, krs, parts, expand);
  carryOver(review, krs, parts);
  prompts(review, parts, expand);
  objectives(review, drawn, note, parts, expand, shown);
  // Two short sections side by side (one above the other on a narrow screen and in print).
  parts.push('<div class="pair">');
  pillars(review, parts);
  alignment(review, parts);
  parts.push('</div>');
}

/** The Result cell: `Met`, **Below target** (strong), or `Not started`. */
function resultCell(review: CycleReview, flagged: boolean): string {
  const word = resultWord(review, flagged);
  const text = word.charAt(0).toUpperCase() + word.slice(1);
  return word === 'below target' ? `<strong>${text}</strong>` : text;
}
