/**
 * Private to `toHtml`: the lists of the weekly page a manager reads —
 * what needs attention, what is coming up next, what moved and what didn't —
 * each capped at a length someone reads, with a count of the rest.
 *
 * @module
 */
import { dayText } from '../_formatDate.js';
import { reachesText } from '../_outlookText.js';
import { valueChange } from '../_figures.js';
import {
  atRiskWords,
  dependencyReasonText,
  fmtDelta,
  fmtScore,
  outlookText,
  statusScale,
} from '../format.js';
import { listedKeyResults as listed, pickListed as pick } from '../_reportKeyResults.js';
import type { WeeklyKeyResult, WeeklyReport } from '../types.js';
import { esc, foldSection, statusBadge, userText } from './parts.js';

/**
 * Items a list of the page shows before it counts the rest (the key results
 * by unit always show every one): a list of thousands is read by nobody.
 */
export const LIST_LIMIT = 50;
/** Key results named per unit in "didn't move" before the rest are counted. */
const NAMES_PER_UNIT = 10;
/** Units the "didn't move" list names at most (then one line counts the rest). */
const MAX_STILL_UNITS = 50;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The first `limit` of `items` rendered, then one "and N more" entry. */
function capped<T>(
  items: readonly T[],
  render: (item: T) => string,
  more: (n: number) => string,
  limit = LIST_LIMIT,
): string[] {
  const out = items.slice(0, limit).map(render);
  if (items.length > limit) out.push(more(items.length - limit));
  return out;
}

const seeUnits = (n: number) =>
  `<li class="muted">… and ${n} more (every key result is under “Key results by unit”)</li>`;

/** A key result's notes after its entry (` — next: …`), or nothing without one. */
function notes(list: readonly string[], prefix = ''): string {
  return list.length === 0
    ? ''
    : ` — <span class="note">${esc(prefix)}${list.map(userText).join(' · ')}</span>`;
}

/**
 * Writes the "Needs attention" section into `parts`: key results at risk or
 * off track, without a check-in, with a stale one, and the dependencies to
 * resolve; returns how many items it counts.
 */
export function attention(
  report: WeeklyReport,
  all: readonly WeeklyKeyResult[],
  parts: string[],
): number {
  const scale = statusScale(report.scale);
  const atRisk = listed(report.units, (o) => o.atRisk);
  const missing = listed(report.units, (o) => o.missing);
  const stale = all.filter((k) => k.stale && k.status !== 'pending');
  const inner: string[] = [];
  const total = atRisk.length + missing.length + stale.length + report.dependencies.length;
  if (total === 0) inner.push('<p>Nothing needs attention this week.</p>');
  if (atRisk.length > 0) {
    inner.push(
      `<table><caption>${capitalized(atRiskWords(report.overall.statusCounts))}</caption><thead><tr><th scope="col">Status</th><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Now</th><th scope="col" class="num">Score</th><th scope="col" class="num">Expected</th></tr></thead><tbody>${capped(
        atRisk,
        (k) =>
          `<tr><td>${statusBadge(k.status)}</td><th scope="row">${userText(k.title)}${notes(k.notes.blocked, 'blocked: ')}</th><td class="who">${esc(k.ownerName)}</td><td class="value">${esc(k.figures.text)}</td><td class="num score">${esc(fmtScore(k.score, scale))}</td><td class="num">${esc(fmtScore(k.expected, scale))}</td></tr>`,
        (n) =>
          `<tr><td colspan="6" class="muted">… and ${n} more ${atRiskWords(report.overall.statusCounts)} (every key result is under “Key results by unit”)</td></tr>`,
        2 * LIST_LIMIT,
      ).join('')}</tbody></table>`,
    );
  }
  if (missing.length > 0) {
    inner.push(
      `<p><strong>No check-in yet:</strong> ${capped(
        missing,
        (k) => `${userText(k.title)} <span class="muted">(${userText(k.ownerName)})</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</p>`,
    );
  }
  if (stale.length > 0) {
    inner.push(
      `<p><strong>Stale check-ins:</strong> ${capped(
        stale,
        (k) =>
          `${userText(k.title)} <span class="muted">(${userText(k.ownerName)}, last ${esc(k.lastCheckInAt === null ? '—' : dayText(report, k.lastCheckInAt))})</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</p>`,
    );
  }
  if (report.dependencies.length > 0) {
    inner.push(
      `<table><caption>Dependencies to resolve</caption><thead><tr><th scope="col">Needs</th><th scope="col">Depends on</th><th scope="col">State</th><th scope="col">Why listed</th></tr></thead><tbody>${report.dependencies.map((d) => `<tr><th scope="row">${esc(d.from.title)}</th><td>${userText(d.on.title)}${d.on.status === null ? '' : ` ${statusBadge(d.on.status)}`}</td><td>${esc(d.state)}</td><td>${esc(dependencyReasonText(d.reason))}${d.note === null ? '' : ` — ${userText(d.note)}`}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  parts.push(foldSection('attention', 'Needs attention', total, inner.join('')));
  return total;
}

/** Writes the "Coming up next" section into `parts`: forecasts and next steps. */
export function comingUp(report: WeeklyReport, parts: string[]): void {
  const scale = statusScale(report.scale);
  const next = listed(report.units, (o) => o.aboutTo);
  // On course without a note: one line for all of them; the rest one line each.
  const onCourse = next.filter((k) => k.outlook === 'reaches-target' && k.notes.next.length === 0);
  const course = new Set(onCourse);
  const rest = next.filter((k) => !course.has(k));
  const items = capped(
    rest,
    (k) => {
      const outlook =
        k.outlook === null
          ? ''
          : k.outlook === 'reaches-target'
            ? ` — ${esc(reachesText(k, report))}`
            : ` — ${esc(outlookText(k.outlook))}${k.forecast === null ? '' : ` (${esc(fmtScore(k.forecast.score, scale))} by ${esc(dayText(report, k.forecast.at))})`}`;
      return `<li><strong>${userText(k.title)}</strong> <span class="muted">(${userText(k.figures.text)}; ${userText(k.ownerName)})</span>${outlook}${notes(k.notes.next, 'next: ')}</li>`;
    },
    seeUnits,
  );
  if (onCourse.length > 0) {
    items.push(
      `<li><strong>On course for the target</strong> (forecast): ${capped(
        onCourse,
        (k) =>
          `${userText(k.title)} <span class="muted">${esc(reachesText(k, report).replace('on course for the target ', ''))}</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</li>`,
    );
  }
  const inner =
    next.length === 0 ? '<p>No forecast or next step this week.</p>' : `<ul>${items.join('')}</ul>`;
  parts.push(foldSection('next', 'Coming up next', next.length, inner));
}

/** Writes the "Moved this week" section into `parts`: the key results whose score went up. */
export function moved(
  report: WeeklyReport,
  all: readonly WeeklyKeyResult[],
  parts: string[],
): void {
  const scale = statusScale(report.scale);
  const up = all.filter((k) => k.movement === 'up');
  const inner =
    up.length === 0
      ? '<p>No key result moved this week.</p>'
      : `<ul>${capped(
          up,
          (k) =>
            `<li><strong>${userText(k.title)}</strong> ${userText(valueChange(k.figures))} <span class="muted">(${esc(fmtDelta(k.delta, scale))}, ${userText(k.ownerName)})</span>${notes(k.notes.moved)}</li>`,
          seeUnits,
        ).join('')}</ul>`;
  parts.push(foldSection('moved', 'Moved this week', up.length, inner));
}

/**
 * Writes the "Didn’t move" section into `parts`: the key results that did not
 * move, by unit (the ones that fell first), with their blocked notes.
 */
export function didNotMove(report: WeeklyReport, parts: string[]): void {
  const scale = statusScale(report.scale);
  const groups: string[] = [];
  let total = 0;
  let hidden = 0;
  let hiddenUnits = 0;
  for (const u of report.units) {
    if (groups.length >= MAX_STILL_UNITS) {
      // Past the shown units only the count is needed.
      let n = 0;
      for (const o of u.objectives) n += o.didNotMove.length;
      if (n > 0) {
        total += n;
        hidden += n;
        hiddenUnits += 1;
      }
      continue;
    }
    const still: WeeklyKeyResult[] = [];
    for (const o of u.objectives) pick(o.keyResults, o.didNotMove, still);
    if (still.length === 0) continue;
    total += still.length;
    const fell = still.filter((k) => k.movement === 'down');
    const flat = still.filter((k) => k.movement !== 'down');
    const items = capped(
      [...fell, ...flat],
      (k) =>
        k.movement === 'down'
          ? `${userText(k.title)} <span class="trend trend-down">fell ${esc(fmtDelta(k.delta, scale))}</span> <span class="muted">(${userText(valueChange(k.figures))})</span>${notes(k.notes.blocked, 'blocked: ')}`
          : `${userText(k.title)}${notes(k.notes.blocked, 'blocked: ')}`,
      (n) => `… and ${n} more`,
      NAMES_PER_UNIT,
    );
    groups.push(
      `<li><strong>${userText(u.name)}</strong> (${still.length}): ${items.join('; ')}</li>`,
    );
  }
  if (hiddenUnits > 0)
    groups.push(
      `<li class="muted">… and ${hidden} more in ${hiddenUnits} more units (see each unit’s key results below, or its own page with <code>weeklyReport(set, { unitId })</code>)</li>`,
    );
  const inner =
    total > 0
      ? `<ul>${groups.join('')}</ul>`
      : report.overall.keyResults === 0
        ? '<p>No key results in this report.</p>'
        : '<p>Every key result moved.</p>';
  parts.push(foldSection('still', 'Didn’t move', total, inner));
}
