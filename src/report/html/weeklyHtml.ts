/**
 * Private to `toHtml`: the weekly check-in page — the headline first (the
 * score, its trend, the status counts and the units at a glance), then what
 * needs attention, what is coming up next, what moved and what didn't, and
 * every key result by unit with its real numbers.
 *
 * @module
 */
import type { Scale } from '../../scale/Scale.js';
import { reachesText } from '../_digest.js';
import { withUnit } from '../_figures.js';
import { owedHtml } from '../_owedSection.js';
import { dependencyReasonText, fmtDelta, fmtScore, outlookText } from '../format.js';
import type { WeeklyKeyResult, WeeklyObjective, WeeklyReport, WeeklyUnit } from '../types.js';
import {
  bar,
  chart,
  contents,
  countsCell,
  esc,
  foldSection,
  pushFoldSection,
  statusBadge,
  statusChips,
  statusPaint,
  statusScore,
  trend,
} from './parts.js';

type Drawn = (k: WeeklyKeyResult) => boolean;

/**
 * Items a list of the page shows before it counts the rest (the key results
 * by unit always show every one): a list of thousands is read by nobody.
 */
export const LIST_LIMIT = 50;
/** Key results named per unit in "didn't move" before the rest are counted. */
const NAMES_PER_UNIT = 10;
/** Units the "didn't move" list names at most (then one line counts the rest). */
const MAX_STILL_UNITS = 50;

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

/**
 * The key results of each objective listed in one of its id lists
 * (`atRisk`, `aboutTo`, `didNotMove`, …), in the order of `keyResults`, for
 * every objective of `units` — without a lookup of every key result of the
 * report.
 */
function listed(
  units: readonly WeeklyUnit[],
  ids: (o: WeeklyObjective) => readonly string[],
): WeeklyKeyResult[] {
  const out: WeeklyKeyResult[] = [];
  for (const u of units) for (const o of u.objectives) pick(o.keyResults, ids(o), out);
  return out;
}

/** Appends to `out` the items of `keyResults` whose id is in `ids` (in `keyResults` order). */
function pick(
  keyResults: readonly WeeklyKeyResult[],
  ids: readonly string[],
  out: WeeklyKeyResult[],
): WeeklyKeyResult[] {
  if (ids.length === 0) return out;
  if (ids.length <= 8) {
    for (const k of keyResults) if (ids.includes(k.id)) out.push(k);
    return out;
  }
  const set = new Set(ids);
  for (const k of keyResults) if (set.has(k.id)) out.push(k);
  return out;
}

const seeUnits = (n: number) =>
  `<li class="muted">… and ${n} more (every key result is under “Key results by unit”)</li>`;

/** The legend: what the colours and numbers mean during a cycle. */
export const WEEKLY_LEGEND =
  'Colours follow the status: the colour and the word next to a score say whether the key result is on track, at risk or off track against the progress expected by now (the black tick on a bar). Grade bands (Google’s red, yellow, green) are for the end-of-cycle review. Values are the latest check-in, in the key result’s unit; scores run from 0 to 1 (1 = target met).';

/** The latest value, and last week's when it changed: `€4.2M → €4.35M`. */
function valueChange(k: WeeklyKeyResult): string {
  const f = k.figures;
  if (f.current === null || f.kind === 'milestone' || f.kind === 'derived') return f.text;
  const now =
    f.kind === 'checklist' ? `${f.current} of ${f.target ?? 0} done` : withUnit(f.current, f.unit);
  if (f.previous === null) return `${now} (first check-in)`;
  if (f.previous === f.current) return now;
  const before = f.kind === 'checklist' ? `${f.previous}` : withUnit(f.previous, f.unit);
  return `${before} → ${now}`;
}

function notes(list: readonly string[], prefix = ''): string {
  return list.length === 0
    ? ''
    : ` — <span class="note">${esc(prefix)}${esc(list.join(' · '))}</span>`;
}

function headline(report: WeeklyReport, parts: string[]): void {
  const scale = report.scale;
  const o = report.overall;
  const scopeName =
    report.filter.ownerId !== null
      ? `${ownerNameOf(report) ?? report.filter.ownerId}’s score`
      : report.filter.unitId !== null
        ? `${report.units[0]?.name ?? report.filter.unitId} score`
        : 'Company score';
  parts.push(
    '<section id="headline" class="card" aria-labelledby="h-headline"><h2 id="h-headline" class="sr-only">Headline</h2>',
    `<div class="hero"><div class="hero-score"><span class="hero-label">${esc(scopeName)}</span><span class="hero-number">${esc(fmtScore(o.score, scale))}</span></div>`,
    `<div class="hero-side"><span>${trend(o.delta, scale, ' vs last week')} <span class="muted">(${esc(fmtScore(o.previousScore, scale))} on ${esc(report.previous)})</span></span><span>${o.keyResults} key results · ${report.summary.atRisk} at risk or off track · ${report.summary.missing} without a check-in</span></div>`,
    statusChips(o.statusCounts),
    '</div>',
  );
  const units = report.units.filter((u) => u.keyResults > 0);
  const rows = glanceUnits(units);
  if (rows.length > 0) {
    const more = units.length - rows.length;
    parts.push(
      `<table class="glance"><caption>Units at a glance</caption><thead><tr><th scope="col">Unit</th><th scope="col" class="num">Score</th><th scope="col">Trend</th><th scope="col">Key results by status</th><th scope="col">Needs attention most</th></tr></thead><tbody>${rows.map((u) => glanceRow(u, scale)).join('')}</tbody></table>`,
      more === 0
        ? ''
        : `<p class="muted">The table shows ${rows.length} of ${units.length} units, the top levels first; each row counts the units below it. For the ${more} others, open one unit’s page with <code>weeklyReport(set, { unitId })</code>.</p>`,
    );
  }
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

function ownerNameOf(report: WeeklyReport): string | undefined {
  for (const u of report.units)
    for (const o of u.objectives)
      for (const k of o.keyResults) if (k.ownerId === report.filter.ownerId) return k.ownerName;
  return undefined;
}

function glanceRow(u: WeeklyUnit, scale: Scale): string {
  const w = u.worst;
  const worst =
    w === null
      ? '<span class="muted">nothing: all on track or achieved</span>'
      : `${statusBadge(w.status)} ${esc(w.title)} <span class="muted">— ${esc(w.figures.text)}</span>`;
  return `<tr><th scope="row" style="padding-left:${8 + 16 * Math.min(u.depth, 6)}px">${u.objectives.length > 0 ? `<a href="#u-${esc(u.id)}">${esc(u.name)}</a>` : esc(u.name)}</th><td class="num score">${esc(fmtScore(u.score, scale))}</td><td>${trend(u.score - u.previousScore, scale)}</td><td>${countsCell(u.statusCounts)}</td><td class="worst">${worst}</td></tr>`;
}

function attention(report: WeeklyReport, all: readonly WeeklyKeyResult[], parts: string[]): number {
  const scale = report.scale;
  const atRisk = listed(report.units, (o) => o.atRisk);
  const missing = all.filter((k) => k.status === 'pending');
  const stale = all.filter((k) => k.stale && k.status !== 'pending');
  const inner: string[] = [];
  const total = atRisk.length + missing.length + stale.length + report.dependencies.length;
  if (total === 0) inner.push('<p>Nothing needs attention this week.</p>');
  if (atRisk.length > 0) {
    inner.push(
      `<table><caption>At risk or off track</caption><thead><tr><th scope="col">Status</th><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Now</th><th scope="col" class="num">Score</th><th scope="col" class="num">Expected</th></tr></thead><tbody>${capped(
        atRisk,
        (k) =>
          `<tr><td>${statusBadge(k.status)}</td><th scope="row">${esc(k.title)}${notes(k.notes.blocked, 'blocked: ')}</th><td class="who">${esc(k.ownerName)}</td><td class="value">${esc(k.figures.text)}</td><td class="num score">${esc(fmtScore(k.score, scale))}</td><td class="num">${esc(fmtScore(k.expected, scale))}</td></tr>`,
        (n) =>
          `<tr><td colspan="6" class="muted">… and ${n} more at risk or off track (every key result is under “Key results by unit”)</td></tr>`,
        2 * LIST_LIMIT,
      ).join('')}</tbody></table>`,
    );
  }
  if (missing.length > 0) {
    inner.push(
      `<p><strong>No check-in yet:</strong> ${capped(
        missing,
        (k) => `${esc(k.title)} <span class="muted">(${esc(k.ownerName)})</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</p>`,
    );
  }
  if (stale.length > 0) {
    inner.push(
      `<p><strong>Stale check-ins:</strong> ${capped(
        stale,
        (k) =>
          `${esc(k.title)} <span class="muted">(${esc(k.ownerName)}, last ${esc(k.lastCheckInAt ?? '—')})</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</p>`,
    );
  }
  if (report.dependencies.length > 0) {
    inner.push(
      `<table><caption>Dependencies to resolve</caption><thead><tr><th scope="col">Needs</th><th scope="col">Depends on</th><th scope="col">State</th><th scope="col">Why listed</th></tr></thead><tbody>${report.dependencies.map((d) => `<tr><th scope="row">${esc(d.from.title)}</th><td>${esc(d.on.title)}${d.on.status === null ? '' : ` ${statusBadge(d.on.status)}`}</td><td>${esc(d.state)}</td><td>${esc(dependencyReasonText(d.reason))}${d.note === null ? '' : ` — ${esc(d.note)}`}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  parts.push(foldSection('attention', 'Needs attention', total, inner.join('')));
  return total;
}

function comingUp(report: WeeklyReport, parts: string[]): void {
  const scale = report.scale;
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
            ? ` — ${esc(reachesText(k, report.asOf))}`
            : ` — ${esc(outlookText(k.outlook))}${k.forecast === null ? '' : ` (${esc(fmtScore(k.forecast.score, scale))} by ${esc(k.forecast.at)})`}`;
      return `<li><strong>${esc(k.title)}</strong> <span class="muted">(${esc(k.figures.text)}; ${esc(k.ownerName)})</span>${outlook}${notes(k.notes.next, 'next: ')}</li>`;
    },
    seeUnits,
  );
  if (onCourse.length > 0) {
    items.push(
      `<li><strong>On course for the target</strong> (forecast): ${capped(
        onCourse,
        (k) =>
          `${esc(k.title)} <span class="muted">${esc(reachesText(k, report.asOf).replace('on course for the target ', ''))}</span>`,
        (n) => `… and ${n} more`,
      ).join('; ')}</li>`,
    );
  }
  const inner =
    next.length === 0 ? '<p>No forecast or next step this week.</p>' : `<ul>${items.join('')}</ul>`;
  parts.push(foldSection('next', 'Coming up next', next.length, inner));
}

function moved(report: WeeklyReport, all: readonly WeeklyKeyResult[], parts: string[]): void {
  const scale = report.scale;
  const up = all.filter((k) => k.movement === 'up');
  const inner =
    up.length === 0
      ? '<p>No key result moved this week.</p>'
      : `<ul>${capped(
          up,
          (k) =>
            `<li><strong>${esc(k.title)}</strong> ${esc(valueChange(k))} <span class="muted">(${esc(fmtDelta(k.delta, scale))}, ${esc(k.ownerName)})</span>${notes(k.notes.moved)}</li>`,
          seeUnits,
        ).join('')}</ul>`;
  parts.push(foldSection('moved', 'Moved this week', up.length, inner));
}

function didNotMove(report: WeeklyReport, parts: string[]): void {
  const scale = report.scale;
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
          ? `${esc(k.title)} <span class="trend trend-down">fell ${esc(fmtDelta(k.delta, scale))}</span>${notes(k.notes.blocked, 'blocked: ')}`
          : `${esc(k.title)}${notes(k.notes.blocked, 'blocked: ')}`,
      (n) => `… and ${n} more`,
      NAMES_PER_UNIT,
    );
    groups.push(`<li><strong>${esc(u.name)}</strong> (${still.length}): ${items.join('; ')}</li>`);
  }
  if (hiddenUnits > 0)
    groups.push(
      `<li class="muted">… and ${hidden} more in ${hiddenUnits} more units (see each unit’s key results below, or its own page with <code>weeklyReport(set, { unitId })</code>)</li>`,
    );
  const inner = total === 0 ? '<p>Every key result moved.</p>' : `<ul>${groups.join('')}</ul>`;
  parts.push(foldSection('still', 'Didn’t move', total, inner));
}

function keyResultRow(k: WeeklyKeyResult, scale: Scale): string {
  const flags: string[] = [];
  if (k.stale && k.status !== 'pending') flags.push('<span class="tag">stale</span>');
  if (k.outlook === 'falls-behind') flags.push('<span class="tag">falls behind</span>');
  return `<tr><th scope="row">${esc(k.title)}${flags.length > 0 ? ` ${flags.join(' ')}` : ''}</th><td>${esc(k.ownerName)}</td><td class="value">${esc(k.figures.text)}</td><td class="num">${statusScore(k.score, k.status, scale)}</td><td class="num">${esc(fmtScore(k.expected, scale))}</td><td class="num">${esc(fmtDelta(k.delta, scale))}</td><td class="num">${k.confidence === null ? '—' : k.confidence}</td><td class="date">${esc(k.lastCheckInAt ?? '—')}</td></tr>`;
}

function objectiveRows(o: WeeklyObjective, scale: Scale): string {
  const head = `<tr class="objective-row"><th scope="colgroup" colspan="8"><span class="objective"><h4 id="o-${esc(o.id)}">${esc(o.title)}</h4>${bar(o.title, o.score, statusPaint(o.status), scale, o.expected)}${trend(o.delta, scale)}<span class="tag">${esc(o.commitment)}</span>${o.ownerName === null ? '' : `<span class="muted">${esc(o.ownerName)}</span>`}</span></th></tr>`;
  return `<tbody>${head}${o.keyResults.map((k) => keyResultRow(k, scale)).join('')}</tbody>`;
}

function unitDetails(
  report: WeeklyReport,
  u: WeeklyUnit,
  drawn: Drawn,
  parts: string[],
  expand: boolean,
): void {
  const scale = report.scale;
  const own = u.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  parts.push(
    `<details${expand ? ' open' : ''} class="unit" id="u-${esc(u.id)}"><summary><h3>${esc(u.name)}</h3> <span class="score">${esc(fmtScore(u.score, scale))}</span> ${trend(u.score - u.previousScore, scale)} <span class="muted">${u.objectives.length} objective${u.objectives.length === 1 ? '' : 's'}, ${own} key result${own === 1 ? '' : 's'}:</span> ${countsCell(ownCounts(u))}</summary>`,
    `<table class="krs"><caption class="sr-only">Key results of ${esc(u.name)}</caption><thead><tr><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Now</th><th scope="col" class="num">Score · status</th><th scope="col" class="num">Expected</th><th scope="col" class="num">Δ week</th><th scope="col" class="num">Confidence</th><th scope="col">Last check-in</th></tr></thead>`,
  );
  for (const o of u.objectives) parts.push(objectiveRows(o, scale));
  parts.push('</table>');
  const charted = u.objectives.flatMap((o) => o.keyResults.filter(drawn));
  if (charted.length > 0) {
    parts.push(
      `<details class="charts-box"><summary>Burn-up charts of ${esc(u.name)} (${charted.length})</summary><div class="charts">`,
    );
    for (const k of charted) {
      parts.push(
        chart(
          k,
          report.asOf,
          scale,
          `${k.figures.text}; score ${fmtScore(k.score, scale)}, ${statusLabelOf(k)}`,
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
): void {
  const all = report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.keyResults));
  const cycles = report.cycles.map((c) => `${c.name} (${c.start} – ${c.end})`).join(', ');
  const s = report.summary;
  const withObjectives = report.units.filter((u) => u.objectives.length > 0);
  parts.push(
    `<header class="top"><h1>${esc(title)}</h1><p class="meta">As of ${esc(report.asOf)}, compared with ${esc(report.previous)}${cycles === '' ? '' : ` · ${esc(cycles)}`}</p></header>`,
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
  headline(report, parts);
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
  for (const u of withObjectives) {
    if (shown === undefined || shown.has(u)) unitDetails(report, u, drawn, body, expand);
  }
  pushFoldSection(parts, 'units', 'Key results by unit', all.length, body);
}
