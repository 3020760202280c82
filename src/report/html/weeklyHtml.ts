/**
 * Private to `toHtml`: the weekly check-in page — the headline first (the
 * score, its trend, the status counts and the units at a glance), then the
 * lists of `_weeklyLists` (what needs attention, what is coming up next, what
 * moved and what didn't), and every key result by unit with its real numbers.
 *
 * @module
 */
import { dayText } from '../_formatDate.js';
import type { Scale } from '../../scale/Scale.js';
import { unitsWithoutKeyResults } from '../_markdownParts.js';
import { owedHtml } from '../_owedSection.js';
import { allKeyResults } from '../_reportKeyResults.js';
import { PAGE_HINTS, type PageHints } from './hints.js';
import { atRiskWords, fmtDelta, fmtScore, scopeScoreLabel, statusScale } from '../format.js';
import type { WeeklyKeyResult, WeeklyObjective, WeeklyReport, WeeklyUnit } from '../types.js';
import { attention, comingUp, didNotMove, moved } from './_weeklyLists.js';
import {
  bar,
  chart,
  contents,
  countsCell,
  esc,
  pushFoldSection,
  statusBadge,
  statusChips,
  statusPaint,
  statusScore,
  trend,
  userText,
} from './parts.js';

type Drawn = (k: WeeklyKeyResult) => boolean;

/** The legend: what the colours and numbers mean during a cycle. */
export const WEEKLY_LEGEND =
  'Colours follow the status: the colour and the word next to a score say whether the key result is on track, at risk or off track against the progress expected by now (the black tick on a bar). Grade bands (Google’s red, yellow, green) are for the end-of-cycle review. Values are the latest check-in, in the key result’s unit; scores run from 0 to 1 (1 = target met).';

function headline(
  report: WeeklyReport,
  parts: string[],
  shown: ReadonlySet<WeeklyUnit> | undefined,
  hints: PageHints,
): void {
  const scale = statusScale(report.scale);
  const o = report.overall;
  const scopeName = scopeScoreLabel(report, userText) ?? 'Company score';
  const counts =
    o.keyResults === 0
      ? 'No key results in this report'
      : `${o.keyResults} key result${o.keyResults === 1 ? '' : 's'} · ${report.summary.atRisk} ${atRiskWords(o.statusCounts)} · ${report.summary.missing} without a check-in`;
  parts.push(
    '<section id="headline" class="card" aria-labelledby="h-headline"><h2 id="h-headline" class="sr-only">Headline</h2>',
    `<div class="hero"><div class="hero-score"><span class="hero-label">${scopeName}</span><span class="hero-number">${esc(fmtScore(o.score, scale))}</span></div>`,
    `<div class="hero-side"><span>${trend(o.delta, scale, ' vs last week')} <span class="muted">(${esc(fmtScore(o.previousScore, scale))} on ${esc(report.previous)})</span></span><span>${counts}</span></div>`,
    statusChips(o.statusCounts),
    '</div>',
  );
  const units = report.units.filter((u) => u.keyResults > 0);
  const rows = glanceUnits(units);
  if (rows.length > 0) {
    const more = units.length - rows.length;
    parts.push(
      `<table class="glance"><caption>Units at a glance</caption><thead><tr><th scope="col">Unit</th><th scope="col" class="num">Score</th><th scope="col">Trend</th><th scope="col">Key results by status</th><th scope="col">Needs attention most</th></tr></thead><tbody>${rows.map((u) => glanceRow(u, scale, shown === undefined || shown.has(u))).join('')}</tbody></table>`,
      more === 0
        ? ''
        : `<p class="muted">The table shows ${rows.length} of ${units.length} units, the top levels first; each row counts the units below it. For the ${more} others, open ${hints.unitPage}.</p>`,
    );
  }
  const empty = unitsWithoutKeyResults(report, userText);
  if (empty !== '') parts.push(`<p class="muted">${empty}</p>`);
  parts.push(`<p class="legend">${esc(WEEKLY_LEGEND)}</p></section>`);
}

/** Rows of the glance table at most (a first screen, not a directory). */
export const MAX_GLANCE_UNITS = 100;

/**
 * The units of the glance table: every unit when they fit in
 * {@link MAX_GLANCE_UNITS} rows; else the top levels first — every unit of
 * the levels that fit, then the first units (in tree order) of the next
 * level — shown in tree order. A unit's row counts the units below it.
 */
function glanceUnits(units: readonly WeeklyUnit[]): WeeklyUnit[] {
  if (units.length <= MAX_GLANCE_UNITS) return [...units];
  const byDepth = [...units].sort((a, b) => a.depth - b.depth); // stable: tree order within a level
  const chosen = new Set(byDepth.slice(0, MAX_GLANCE_UNITS));
  return units.filter((u) => chosen.has(u));
}

/** A unit's glance row; its name links to its table when the page has it (`linked`). */
function glanceRow(u: WeeklyUnit, scale: Scale, linked: boolean): string {
  const w = u.worst;
  const worst =
    w === null
      ? '<span class="muted">nothing: all on track or achieved</span>'
      : `${statusBadge(w.status)} ${userText(w.title)} <span class="muted">· <span class="nowrap">${userText(w.figures.text)}</span> <span class="nowrap">(${userText(w.ownerName)})</span></span>`;
  return `<tr><th scope="row" style="padding-left:${8 + 16 * Math.min(u.depth, 6)}px">${linked && u.objectives.length > 0 ? `<a href="#u-${esc(u.id)}">${esc(u.name)}</a>` : esc(u.name)}</th><td class="num score">${esc(fmtScore(u.score, scale))}</td><td>${trend(u.score - u.previousScore, scale)}</td><td>${countsCell(u.statusCounts)}</td><td class="worst">${worst}</td></tr>`;
}

function keyResultRow(k: WeeklyKeyResult, scale: Scale, report: WeeklyReport): string {
  const flags: string[] = [];
  if (k.stale && k.status !== 'pending') flags.push('<span class="tag">stale</span>');
  if (k.outlook === 'falls-behind') flags.push('<span class="tag">falls behind</span>');
  return `<tr><th scope="row">${esc(k.title)}${flags.length > 0 ? ` ${flags.join(' ')}` : ''}</th><td>${esc(k.ownerName)}</td><td class="value">${esc(k.figures.text)}</td><td class="num">${statusScore(k.score, k.status, scale)}</td><td class="num">${esc(fmtScore(k.expected, scale))}</td><td class="num">${esc(fmtDelta(k.delta, scale))}</td><td class="num">${k.confidence === null ? '—' : k.confidence}</td><td class="date">${esc(k.lastCheckInAt === null ? '—' : dayText(report, k.lastCheckInAt))}</td></tr>`;
}

function objectiveRows(o: WeeklyObjective, scale: Scale, report: WeeklyReport): string {
  // The objective heads its rows as a group header, not a heading: a table cell holds no heading content.
  const head = `<tr class="objective-row"><th scope="colgroup" colspan="8" id="o-${esc(o.id)}"><span class="objective"><span class="objective-title">${userText(o.title)}</span>${bar(o.title, o.score, statusPaint(o.status), scale, o.expected)}${trend(o.delta, scale)}<span class="tag">${esc(o.commitment)}</span>${o.ownerName === null ? '' : `<span class="muted">${userText(o.ownerName)}</span>`}</span></th></tr>`;
  return `<tbody>${head}${o.keyResults.map((k) => keyResultRow(k, scale, report)).join('')}</tbody>`;
}

function unitDetails(
  report: WeeklyReport,
  u: WeeklyUnit,
  drawn: Drawn,
  parts: string[],
  expand: boolean,
): void {
  const scale = statusScale(report.scale);
  const own = u.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  parts.push(
    `<details${expand ? ' open' : ''} class="unit" id="u-${esc(u.id)}"><summary><h3>${userText(u.name)}</h3> <span class="score">${esc(fmtScore(u.score, scale))}</span> ${trend(u.score - u.previousScore, scale)} <span class="muted">${u.objectives.length} objective${u.objectives.length === 1 ? '' : 's'}, ${own} key result${own === 1 ? '' : 's'}:</span> ${countsCell(ownCounts(u))}</summary>`,
    `<table class="krs"><caption class="sr-only">Key results of ${userText(u.name)}</caption><thead><tr><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Now</th><th scope="col" class="num">Score · status</th><th scope="col" class="num">Expected</th><th scope="col" class="num">Δ week</th><th scope="col" class="num">Confidence</th><th scope="col">Last check-in</th></tr></thead>`,
  );
  for (const o of u.objectives) parts.push(objectiveRows(o, scale, report));
  parts.push('</table>');
  const charted = u.objectives.flatMap((o) => o.keyResults.filter(drawn));
  if (charted.length > 0) {
    parts.push(
      `<details class="charts-box"><summary>Burn-up charts of ${userText(u.name)} (${charted.length})</summary><div class="charts">`,
    );
    for (const k of charted) {
      parts.push(
        chart(
          k,
          report.asOfDay,
          scale,
          `${k.figures.text}; score ${fmtScore(k.score, scale)}, ${statusLabelOf(k)}`,
          true,
          (day) => dayText(report, day),
        ),
      );
    }
    parts.push('</div></details>');
  }
  parts.push('</details>');
}

/** The statuses of the unit's own key results (the glance table's counts include the units below). */
function ownCounts(u: WeeklyUnit): WeeklyUnit['statusCounts'] {
  const counts = { ...u.statusCounts };
  for (const s of Object.keys(counts) as Array<keyof typeof counts>) counts[s] = 0;
  for (const o of u.objectives)
    for (const k of o.keyResults) counts[k.status] = (counts[k.status] ?? 0) + 1;
  return counts;
}

function statusLabelOf(k: WeeklyKeyResult): string {
  return statusPaint(k.status).label.toLowerCase();
}

/** Writes the weekly page's body into `parts`. */
export function weeklyBody(
  report: WeeklyReport,
  title: string,
  parts: string[],
  drawn: Drawn,
  note: string,
  expand = false,
  shown?: ReadonlySet<WeeklyUnit>,
  hints: PageHints = PAGE_HINTS.api,
): void {
  const all = allKeyResults(report.units);
  const cycles = report.cycles
    .map((c) => `${userText(c.name)} (${esc(c.start)} – ${esc(c.end)})`)
    .join(', ');
  const s = report.summary;
  const withObjectives = report.units.filter((u) => u.objectives.length > 0);
  parts.push(
    `<header class="top"><h1>${esc(title)}</h1><p class="meta">As of ${esc(report.asOf)}, compared with ${esc(report.previous)}${cycles === '' ? '' : ` · ${cycles}`}</p></header>`,
    contents([
      { id: 'headline', label: 'Headline' },
      {
        id: 'attention',
        label: 'Needs attention',
        count: s.atRisk + s.missing + s.stale + s.dependencies,
      },
      { id: 'next', label: 'Coming up next', count: s.aboutTo },
      { id: 'moved', label: 'Moved', count: s.moved },
      { id: 'still', label: 'Didn’t move', count: s.didNotMove },
      { id: 'owed', label: 'Owed this week', count: report.owed.length },
      { id: 'units', label: 'Key results by unit', count: all.length },
    ]),
  );
  headline(report, parts, shown, hints);
  attention(report, all, parts);
  comingUp(report, parts);
  moved(report, all, parts);
  didNotMove(report, parts);
  parts.push(owedHtml(report));
  // Sections of other features (who owes what this week, the key results that move the score
  // most) go here: after the lists a manager reads, before the full tables.
  const body: string[] = [note];
  if (!expand && withObjectives.length > 0)
    body.push(
      '<p class="legend">Open a unit for each key result with its value, score, status and chart; printing shows them all.</p>',
    );
  if (withObjectives.length === 0) body.push('<p>No key results in this report.</p>');
  for (const u of withObjectives) {
    if (shown === undefined || shown.has(u)) unitDetails(report, u, drawn, body, expand);
  }
  pushFoldSection(parts, 'units', 'Key results by unit', all.length, body);
}
