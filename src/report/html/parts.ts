/**
 * Private to `toHtml`: the pieces both report pages are made of — status
 * badges, grades, trends, bars, burn-up charts, collapsible sections and the
 * contents list. Every piece escapes the text it writes.
 *
 * @module
 */
import type { KeyResultStatus } from '../../progress/statusPolicy.js';
import type { StatusCounts } from '../../rollup/types.js';
import { formatScore } from '../../scale/formatScore.js';
import type { Band, Scale } from '../../scale/Scale.js';
import { placesApart, unitStyle, withUnit } from '../_figures.js';
import { escapeXml as esc, safeColor } from '../escape.js';
import { fmtDelta, fmtScore, STATUS_ORDER, statusColor, statusLabel } from '../format.js';
import { type BurnUpValueAxis, burnUpSvg } from '../svg/burnUpSvg.js';
import { progressBarSvg } from '../svg/progressBarSvg.js';
import type { ReportFigures, ReportForecast, ReportPoint } from '../types.js';

export { esc };

/**
 * A piece of user text (a title, a name, a note, a unit) for element
 * content: escaped, in a `<bdi>` that isolates it, so a right-to-left title
 * reads in its own direction without pulling the report's figures next to
 * it into its run (the bidi controls it may hold are already gone: see
 * `escapeXml`).
 */
export function userText(text: string): string {
  return `<bdi>${esc(text)}</bdi>`;
}

/** The badge of a status; its colour comes from the page's `.sokr-status-*` rule (an unknown status keeps an inline colour). */
export function statusBadge(status: KeyResultStatus): string {
  const known = STATUS_ORDER.includes(status);
  return `<span class="status sokr-status-${esc(status)}"${known ? '' : ` style="background:${statusColor(status)}"`}>${esc(statusLabel(status))}</span>`;
}

/** A score with its grade band (the review): swatch, score, band label. */
export function gradeText(score: number, band: Band, scale: Scale): string {
  return `<span class="grade"><span class="swatch" style="background:${esc(safeColor(band.color))}" aria-hidden="true"></span><span class="score">${esc(fmtScore(score, scale))}</span> · ${userText(band.label)}</span>`;
}

/** A score with its status (the weekly report): the number, then the status badge. */
export function statusScore(score: number, status: KeyResultStatus, scale: Scale): string {
  return `<span class="score">${esc(fmtScore(score, scale))}</span> ${statusBadge(status)}`;
}

/** A week's change as an arrow and a signed number (`▲ +0.09`); the number carries the sign, the arrow is decoration. */
export function trend(delta: number, scale: Scale, suffix = ''): string {
  const text = fmtDelta(delta, scale);
  const dir = text === '±0' ? 'flat' : delta > 0 ? 'up' : 'down';
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▶';
  return `<span class="trend trend-${dir}"><span aria-hidden="true">${arrow}</span> ${esc(text)}${esc(suffix)}</span>`;
}

/** A progress bar: the fill and the word are the status (weekly) or the grade band (review). */
export function bar(
  label: string,
  score: number,
  paint: { label: string; color: string },
  scale: Scale,
  expected: number | undefined,
  expectedName = 'expected',
  width = 200,
): string {
  const expectedText = expected === undefined ? undefined : `${fmtScore(expected, scale)}`;
  const svg = progressBarSvg({
    score,
    expected,
    band: paint,
    label,
    valueText: fmtScore(score, scale),
    expectedText,
    width,
    inlineStyle: false,
  });
  if (expectedText === undefined || expectedName === 'expected') return svg;
  // The name ends with ", expected 0.7" in the aria-label and the <title>: both say the other
  // word (a label of the user's that holds ", expected " stays as it is).
  const from = `, expected ${expectedText}`;
  const to = `, ${expectedName} ${expectedText}`;
  return svg.replace(`${from}"`, `${to}"`).replace(`${from}</title>`, `${to}</title>`);
}

/** The colour and word of a status, for a bar. */
export function statusPaint(status: KeyResultStatus): { label: string; color: string } {
  return { label: statusLabel(status), color: statusColor(status) };
}

/** The value axis of a key result's chart from its figures; `undefined` keeps the score axis (milestones, no numbers). */
function valueAxis(f: ReportFigures, linear: boolean): BurnUpValueAxis | undefined {
  // A value between two limits that its usual text would round onto (0.00015 between
  // 0.0001 and 0.0002) gets the decimals that tell it apart, as in the figures' text.
  const style = unitStyle(f.unit);
  const limits = [f.start, f.target, f.min, f.max];
  const format = (v: number) => withUnit(v, style, placesApart(v, limits, style));
  if (f.kind === 'metric' && f.start !== null && f.target !== null)
    return { format, metric: { start: f.start, target: f.target, scoreAxis: linear } };
  if (f.kind === 'checklist' && f.target !== null && f.target > 0)
    return { format, metric: { start: 0, target: f.target, scoreAxis: true } };
  if (f.kind === 'threshold' && f.target !== null && f.mode !== null)
    return { format, threshold: { value: f.target, mode: f.mode } };
  if (f.kind === 'range' && f.min !== null && f.max !== null)
    return { format, range: { min: f.min, max: f.max } };
  return undefined;
}

/** A key result's burn-up chart in a figure, on a value axis where its measure has numbers. */
export function chart(
  k: {
    title: string;
    series: readonly ReportPoint[];
    window: { start: string; end: string };
    forecast: ReportForecast | null;
    figures: ReportFigures;
  },
  asOf: string,
  scale: Scale,
  description: string,
  linear = true,
  formatDay?: (day: string) => string,
): string {
  const last = k.series[k.series.length - 1];
  const values = valueAxis(k.figures, linear);
  const svg = burnUpSvg({
    label: k.title,
    description,
    points: k.series,
    window: k.window,
    asOf,
    forecast:
      last !== undefined && k.forecast !== null
        ? { from: last, to: { at: k.forecast.at, score: k.forecast.score } }
        : undefined,
    formatY: (s) => formatScore(s, scale),
    values,
    inlineStyle: false,
    formatDay,
  });
  return `<figure>${svg}<figcaption>${userText(k.title)} — ${userText(description)}</figcaption></figure>`;
}

/** A section that folds: `<section id>` holding `<details open>` with the `<h2>` in its summary. */
export function foldSection(
  id: string,
  title: string,
  count: number | undefined,
  inner: string,
  open = true,
): string {
  return `${foldSectionHead(id, title, count, open)}${inner}${FOLD_SECTION_END}`;
}

/**
 * The same section written into `parts` around `inner`'s pieces, so a large
 * body (every key result of every unit) is joined once, with the page,
 * instead of once for the section and again for the page.
 */
export function pushFoldSection(
  parts: string[],
  id: string,
  title: string,
  count: number | undefined,
  inner: readonly string[],
  open = true,
): void {
  parts.push(foldSectionHead(id, title, count, open));
  for (let i = 0; i < inner.length; i++) parts.push(inner[i]!);
  parts.push(FOLD_SECTION_END);
}

const FOLD_SECTION_END = '</details></section>';

function foldSectionHead(id: string, title: string, count: number | undefined, open: boolean) {
  const badge = count === undefined ? '' : ` <span class="count">${count}</span>`;
  return `<section id="${esc(id)}" aria-labelledby="h-${esc(id)}"><details${open ? ' open' : ''}><summary><h2 id="h-${esc(id)}">${esc(title)}${badge}</h2></summary>`;
}

/** The contents list: in-page links to the sections. */
export function contents(
  items: ReadonlyArray<{ id: string; label: string; count?: number }>,
): string {
  return `<nav class="contents" aria-label="Contents"><strong>Contents:</strong> <ol>${items.map((i) => `<li><a href="#${esc(i.id)}">${esc(i.label)}</a>${i.count === undefined ? '' : ` (${i.count})`}</li>`).join('')}</ol></nav>`;
}

/** Status counts as coloured chips, each with its number and its word. */
export function statusChips(counts: StatusCounts): string {
  const order: KeyResultStatus[] = [
    'on-track',
    'at-risk',
    'off-track',
    'pending',
    'achieved',
    'missed',
  ];
  return `<ul class="chips" aria-label="Key results by status">${order
    .map((s) => {
      const n = counts[s] ?? 0;
      return `<li class="${n === 0 ? 'zero' : `sokr-status-${s}`}"><b>${n}</b>${esc(statusLabel(s))}</li>`;
    })
    .join('')}</ul>`;
}

/** The non-zero status counts, worst first, as short text with badges (a table cell). */
export function countsCell(counts: StatusCounts): string {
  const parts: string[] = [];
  for (const s of STATUS_ORDER) {
    const n = counts[s] ?? 0;
    if (n > 0) parts.push(`<span class="nowrap">${n} ${statusBadge(s)}</span>`);
  }
  return parts.length === 0 ? '—' : parts.join(' ');
}

/** The counts as words, for a sentence: `13 on track, 7 at risk, 1 pending`. */
export function countsWords(counts: StatusCounts): string {
  const parts: string[] = [];
  for (const s of STATUS_ORDER) {
    const n = counts[s] ?? 0;
    if (n > 0) parts.push(`${n} ${statusLabel(s).toLowerCase()}`);
  }
  return parts.join(', ');
}
