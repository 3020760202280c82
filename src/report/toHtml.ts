import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { StatusCounts } from '../rollup/types.js';
import { formatScore } from '../scale/formatScore.js';
import type { Band, Scale } from '../scale/Scale.js';
import { checkRenderInput } from './_renderInput.js';
import { escapeXml as esc, safeColor } from './escape.js';
import {
  dependencyReasonText,
  fmtDelta,
  fmtScore,
  outlookText,
  promptKindText,
  STATUS_ORDER,
  statusColor,
  statusLabel,
} from './format.js';
import { burnUpSvg } from './svg/burnUpSvg.js';
import { progressBarSvg } from './svg/progressBarSvg.js';
import type {
  CycleReview,
  Report,
  ReportForecast,
  ReportPoint,
  ReviewKeyResult,
  WeeklyKeyResult,
  WeeklyObjective,
  WeeklyReport,
} from './types.js';

/** Options of {@link toHtml}. */
export interface ToHtmlOptions {
  /** The page title and top heading. Default: `Weekly check-in — <asOf>` or `Cycle review — <cycle name>`. */
  title?: string | undefined;
  /** The page language (`lang` attribute). Default `'en'`. */
  lang?: string | undefined;
  /**
   * Which key results get a burn-up chart: `'all'` (every one with a score
   * series or a forecast), `'attention'` (only those needing attention: at
   * risk, off track, missed or forecast to fall behind in a weekly report; not
   * achieved in a flagged objective in a review) or `'none'`. Default: `'all'`
   * up to {@link MAX_DEFAULT_CHARTS} key results; above, the
   * {@link MAX_DEFAULT_CHARTS} key results most in need of attention (missed,
   * then off track, then at risk, then falling behind; the widest gap to the
   * expected progress first), so that a report of thousands of key results
   * stays a page a browser opens quickly. The page says how many it shows.
   */
  charts?: 'all' | 'attention' | 'none' | undefined;
}

/**
 * Above this many key results, `toHtml` draws burn-up charts only for those
 * needing attention unless `charts` says otherwise.
 *
 * @example
 * ```ts
 * import { MAX_DEFAULT_CHARTS, toHtml, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const report = weeklyReport(set, { asOf: '2026-01-21' });
 * const all = report.overall.keyResults > MAX_DEFAULT_CHARTS ? toHtml(report, { charts: 'all' }) : toHtml(report);
 * ```
 */
export const MAX_DEFAULT_CHARTS = 1000;

type ChartFilter = (k: WeeklyKeyResult | ReviewKeyResult) => boolean;

function chartNote(
  shown: number,
  total: number,
  mode: 'attention' | 'none',
  capped: boolean,
): string {
  const which =
    mode === 'none'
      ? 'No burn-up charts are drawn'
      : `Burn-up charts are drawn for the ${shown} key results ${capped ? 'most in need of attention' : 'that need attention'}`;
  return `<p class="legend"><strong>${which} (of ${total} key results).</strong> Render with <code>{ charts: 'all' }</code> for every chart.</p>`;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#111827;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.7rem;margin:0 0 4px}
h2{font-size:1.3rem;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid #d1d5db}
h3{font-size:1.08rem;margin:0 0 6px}
h4{font-size:.95rem;margin:14px 0 6px}
.meta{color:#374151;margin:0 0 8px}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:16px 18px;margin:0 0 16px}
.score-line{display:flex;flex-wrap:wrap;align-items:center;gap:12px;margin:6px 0 10px}
.status{display:inline-block;padding:1px 9px;border-radius:999px;color:#fff;font-size:.8rem;font-weight:600;white-space:nowrap}
.band{display:inline-flex;align-items:center;gap:5px;white-space:nowrap}
.swatch{display:inline-block;width:11px;height:11px;border-radius:3px;border:1px solid rgba(0,0,0,.25)}
.tag{display:inline-block;padding:0 7px;border-radius:4px;background:#e5e7eb;font-size:.8rem;color:#1f2937}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;background:#fff}
caption{text-align:left;font-weight:600;padding:4px 0;color:#374151}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top}
thead th{background:#f9fafb;font-size:.85rem;color:#374151;white-space:nowrap}
tbody th{font-weight:600}
table.sokr-counts{width:auto;min-width:260px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
ul{margin:4px 0 8px;padding-left:20px}
.counts{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 0;padding:0;list-style:none}
.counts li{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:6px 12px}
.counts b{font-size:1.15rem;margin-right:4px}
.charts{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px}
figure{margin:0;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:8px}
figcaption{font-size:.82rem;color:#374151;max-width:320px;margin-top:2px}
.legend{font-size:.8rem;color:#4b5563;margin:6px 0 0}
.muted{color:#6b7280}
svg{display:block;max-width:100%;height:auto}
.sokr-status-pending{background:#4b5563}
.sokr-status-on-track{background:#166534}
.sokr-status-at-risk{background:#92400e}
.sokr-status-off-track{background:#b91c1c}
.sokr-status-achieved{background:#1e40af}
.sokr-status-missed{background:#6b21a8}
.sokr-track{fill:#e5e7eb}
.sokr-expected{stroke:#111827;stroke-width:2}
.sokr-bar-value{dominant-baseline:central;font-size:12px;font-family:system-ui,sans-serif;fill:#111827}
.sokr-plot{fill:#fff;stroke:#d1d5db}
.sokr-grid{stroke:#e5e7eb}
.sokr-axis{font-size:10px;font-family:system-ui,sans-serif;fill:#4b5563}
.sokr-ideal{stroke:#9ca3af;stroke-dasharray:2 3}
.sokr-target{stroke:#15803d;stroke-width:1.5}
.sokr-asof{stroke:#6b7280;stroke-dasharray:4 2}
.sokr-series{fill:none;stroke-width:2}
.sokr-forecast{stroke-width:1.5;stroke-dasharray:6 4}
.sokr-empty{font-size:12px;font-family:system-ui,sans-serif;fill:#4b5563}
`;

/** The badge of a status; its colour comes from the page's `.sokr-status-*` rule (an unknown status keeps an inline colour). */
function statusBadge(status: KeyResultStatus): string {
  const known = STATUS_ORDER.includes(status);
  return `<span class="status sokr-status-${esc(status)}"${known ? '' : ` style="background:${statusColor(status)}"`}>${esc(statusLabel(status))}</span>`;
}

function bandText(score: number, band: Band, scale: Scale): string {
  return `<span class="band"><span class="swatch" style="background:${esc(safeColor(band.color))}" aria-hidden="true"></span>${esc(fmtScore(score, scale))} · ${esc(band.label)}</span>`;
}

function bar(
  label: string,
  score: number,
  band: Band,
  scale: Scale,
  expected: number | undefined,
  expectedName = 'expected',
): string {
  return progressBarSvg({
    score,
    expected,
    band,
    label,
    valueText: fmtScore(score, scale),
    expectedText: expected === undefined ? undefined : `${fmtScore(expected, scale)}`,
    width: 260,
    inlineStyle: false,
  }).replace(', expected ', `, ${expectedName} `);
}

function chart(
  title: string,
  points: readonly ReportPoint[],
  window: { start: string; end: string },
  forecast: ReportForecast | undefined,
  asOf: string,
  scale: Scale,
  description: string,
): string {
  const last = points[points.length - 1];
  const svg = burnUpSvg({
    label: title,
    description,
    points,
    window,
    asOf,
    forecast:
      last !== undefined && forecast !== undefined
        ? { from: last, to: { at: forecast.at, score: forecast.score } }
        : undefined,
    formatY: (s) => formatScore(s, scale),
    inlineStyle: false,
  });
  return `<figure>${svg}<figcaption>${esc(title)} — ${esc(description)}</figcaption></figure>`;
}

function countsTable(counts: StatusCounts): string {
  const rows = STATUS_ORDER.map(
    (s) => `<tr><th scope="row">${statusBadge(s)}</th><td class="num">${counts[s] ?? 0}</td></tr>`,
  ).join('');
  return `<table class="sokr-counts"><caption>Key results by status</caption><thead><tr><th scope="col">Status</th><th scope="col" class="num">Key results</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function legend(): string {
  return '<p class="legend">Bars: score, coloured by band, with the band written next to it; the black tick is the expected progress. Charts: dots are check-ins, the dotted diagonal is the expected progress, the green line the target, the dashed line the forecast.</p>';
}

function weeklyKrRow(kr: WeeklyKeyResult, scale: Scale): string {
  const flags: string[] = [];
  if (kr.stale && kr.status !== 'pending') flags.push('<span class="tag">stale</span>');
  if (kr.outlook !== undefined)
    flags.push(`<span class="tag">${esc(outlookText(kr.outlook))}</span>`);
  return `<tr><th scope="row">${esc(kr.title)}${flags.length > 0 ? ` ${flags.join(' ')}` : ''}</th><td>${esc(kr.ownerName)}</td><td>${bandText(kr.score, kr.band, scale)}</td><td class="num">${esc(fmtDelta(kr.delta, scale))}</td><td class="num">${esc(fmtScore(kr.expected, scale))}</td><td>${statusBadge(kr.status)}</td><td class="date">${esc(kr.lastCheckInAt ?? '—')}</td><td class="num">${kr.confidence === undefined ? '—' : kr.confidence}</td></tr>`;
}

function weeklyObjective(
  o: WeeklyObjective,
  report: WeeklyReport,
  parts: string[],
  drawn: ChartFilter,
): void {
  const scale = report.scale;
  const byId = new Map(o.keyResults.map((k) => [k.id, k]));
  const pick = (ids: readonly string[]): WeeklyKeyResult[] =>
    ids.map((id) => byId.get(id)).filter((k): k is WeeklyKeyResult => k !== undefined);
  const moved = pick(o.moved);
  const still = pick(o.didNotMove);
  const about = pick(o.aboutTo);
  parts.push(
    `<article class="card sokr-objective" aria-labelledby="o-${esc(o.id)}">`,
    `<h3 id="o-${esc(o.id)}">${esc(o.title)}</h3>`,
    `<div class="score-line">${bar(o.title, o.score, o.band, scale, o.expected)}${statusBadge(o.status)}<span class="tag">${esc(o.commitment)}</span>${o.ownerName === undefined ? '' : `<span class="muted">Owner: ${esc(o.ownerName)}</span>`}<span class="muted">Last week ${esc(fmtScore(o.previousScore, scale))} (${esc(fmtDelta(o.delta, scale))})</span></div>`,
  );
  if (o.keyResults.length > 0) {
    parts.push(
      `<table><caption>Key results of “${esc(o.title)}”</caption><thead><tr><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Score</th><th scope="col" class="num">Δ week</th><th scope="col" class="num">Expected</th><th scope="col">Status</th><th scope="col">Last check-in</th><th scope="col" class="num">Confidence</th></tr></thead><tbody>${o.keyResults.map((k) => weeklyKrRow(k, scale)).join('')}</tbody></table>`,
    );
  }
  if (moved.length > 0) {
    parts.push(
      `<h4>Moved</h4><ul>${moved.map((k) => `<li><strong>${esc(k.title)}</strong> ${esc(fmtScore(k.previousScore, scale))} → ${esc(fmtScore(k.score, scale))} (${esc(fmtDelta(k.delta, scale))})${k.notes.moved.length > 0 ? `: ${esc(k.notes.moved.join(' · '))}` : ''}</li>`).join('')}</ul>`,
    );
  }
  if (still.length > 0) {
    parts.push(
      `<h4>Didn’t move</h4><ul>${still.map((k) => `<li><strong>${esc(k.title)}</strong> ${k.movement === 'down' ? `fell ${esc(fmtScore(k.previousScore, scale))} → ${esc(fmtScore(k.score, scale))}` : `still ${esc(fmtScore(k.score, scale))}`}${k.notes.blocked.length > 0 ? ` — blocked: ${esc(k.notes.blocked.join(' · '))}` : ''}</li>`).join('')}</ul>`,
    );
  }
  if (about.length > 0) {
    parts.push(
      `<h4>About to</h4><ul>${about.map((k) => `<li><strong>${esc(k.title)}</strong>${k.outlook === undefined ? '' : ` — ${esc(outlookText(k.outlook))}${k.forecast === undefined ? '' : ` (${esc(fmtScore(k.forecast.score, scale))} by ${esc(k.forecast.at)})`}`}${k.notes.next.length > 0 ? `: next ${esc(k.notes.next.join(' · '))}` : ''}</li>`).join('')}</ul>`,
    );
  }
  const charted = o.keyResults.filter(drawn);
  if (charted.length > 0) {
    parts.push('<div class="charts">');
    for (const k of charted) {
      parts.push(
        chart(
          k.title,
          k.series,
          k.window,
          k.forecast,
          report.asOf,
          scale,
          `${fmtScore(k.score, scale)} (${k.band.label}), ${statusLabel(k.status)}`,
        ),
      );
    }
    parts.push('</div>');
  }
  parts.push('</article>');
}

function weeklyBody(
  report: WeeklyReport,
  title: string,
  parts: string[],
  drawn: ChartFilter,
  note: string,
): void {
  const scale = report.scale;
  const o = report.overall;
  const s = report.summary;
  const cycles = report.cycles.map((c) => `${c.name} (${c.start} – ${c.end})`).join(', ');
  const all = report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.keyResults));
  const krTitle = new Map(all.map((k) => [k.id, k]));
  const attention = report.units
    .flatMap((u) => u.objectives.flatMap((ob) => ob.atRisk.map((id) => krTitle.get(id))))
    .filter((k): k is WeeklyKeyResult => k !== undefined);
  const missing = all.filter((k) => k.status === 'pending');
  const stale = all.filter((k) => k.stale && k.status !== 'pending');
  parts.push(
    `<header><h1>${esc(title)}</h1><p class="meta">As of ${esc(report.asOf)}, compared with ${esc(report.previous)}${cycles === '' ? '' : ` · ${esc(cycles)}`} · Scale: ${esc(scale.name)}${report.filter.unitId === undefined ? '' : ` · Unit: ${esc(report.units[0]?.name ?? report.filter.unitId)}`}${report.filter.ownerId === undefined ? '' : ` · Owner: ${esc(report.filter.ownerId)}`}</p></header>`,
    '<section aria-labelledby="summary"><h2 id="summary">Summary</h2><div class="card">',
    `<div class="score-line">${bar('Overall score', o.score, o.band, scale, undefined)}<span>Last week ${esc(fmtScore(o.previousScore, scale))} (${esc(fmtDelta(o.delta, scale))}) · ${o.keyResults} key results</span></div>`,
    `<ul class="counts"><li><b>${s.moved}</b>moved</li><li><b>${s.didNotMove}</b>didn’t move</li><li><b>${s.aboutTo}</b>about to</li><li><b>${s.atRisk}</b>at risk or off track</li><li><b>${s.missing}</b>without check-ins</li><li><b>${s.stale}</b>stale</li><li><b>${s.dependencies}</b>dependencies to resolve</li></ul>`,
    countsTable(o.statusCounts),
    legend(),
    note,
    '</div></section>',
    '<section aria-labelledby="attention"><h2 id="attention">Needs attention</h2><div class="card">',
  );
  if (
    attention.length === 0 &&
    missing.length === 0 &&
    stale.length === 0 &&
    report.dependencies.length === 0
  ) {
    parts.push('<p>Nothing needs attention this week.</p>');
  }
  if (attention.length > 0) {
    parts.push(
      `<h3>At risk or off track</h3><ul>${attention.map((k) => `<li>${statusBadge(k.status)} <strong>${esc(k.title)}</strong> — ${esc(k.ownerName)}, ${esc(fmtScore(k.score, scale))} vs expected ${esc(fmtScore(k.expected, scale))}${k.notes.blocked.length > 0 ? `; blocked: ${esc(k.notes.blocked.join(' · '))}` : ''}</li>`).join('')}</ul>`,
    );
  }
  if (missing.length > 0) {
    parts.push(
      `<h3>No check-in yet</h3><ul>${missing.map((k) => `<li><strong>${esc(k.title)}</strong> — ${esc(k.ownerName)}</li>`).join('')}</ul>`,
    );
  }
  if (stale.length > 0) {
    parts.push(
      `<h3>Stale check-ins</h3><ul>${stale.map((k) => `<li><strong>${esc(k.title)}</strong> — ${esc(k.ownerName)}, last ${esc(k.lastCheckInAt ?? '—')}</li>`).join('')}</ul>`,
    );
  }
  if (report.dependencies.length > 0) {
    parts.push(
      `<table><caption>Dependencies to resolve</caption><thead><tr><th scope="col">Needs</th><th scope="col">Depends on</th><th scope="col">State</th><th scope="col">Why listed</th></tr></thead><tbody>${report.dependencies.map((d) => `<tr><th scope="row">${esc(d.from.title)}</th><td>${esc(d.on.title)}${d.on.status === undefined ? '' : ` ${statusBadge(d.on.status)}`}</td><td>${esc(d.state)}</td><td>${esc(dependencyReasonText(d.reason))}${d.note === undefined ? '' : ` — ${esc(d.note)}`}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  parts.push('</div></section>');
  for (const u of report.units) {
    if (u.objectives.length === 0) continue;
    const hid = `u-${esc(u.id)}`;
    parts.push(
      `<section aria-labelledby="${hid}"><h2 id="${hid}">${esc(u.name)} <span class="muted">${esc(fmtScore(u.score, scale))} (${esc(fmtDelta(u.score - u.previousScore, scale))})</span></h2>`,
    );
    for (const ob of u.objectives) weeklyObjective(ob, report, parts, drawn);
    parts.push('</section>');
  }
}

function reviewKrRow(kr: ReviewKeyResult, scale: Scale): string {
  return `<tr><th scope="row">${esc(kr.title)}</th><td>${esc(kr.ownerName)}</td><td>${bandText(kr.score, kr.band, scale)}</td><td>${statusBadge(kr.status)}</td><td class="num">${kr.checkIns}</td><td class="num">${kr.firstScore === undefined ? '—' : esc(fmtDelta(kr.improvement, scale))}</td><td class="date">${esc(kr.achievedAt ?? '—')}${kr.achievedEarly ? ' <span class="tag">early</span>' : ''}</td></tr>`;
}

function reviewBody(
  review: CycleReview,
  title: string,
  parts: string[],
  drawn: ChartFilter,
  note: string,
): void {
  const scale = review.scale;
  const krs = new Map(
    review.objectives.flatMap((o) => o.keyResults.map((k) => [k.id, k] as const)),
  );
  const krName = (id: string): string => krs.get(id)?.title ?? id;
  const c = review.cycle;
  const a = review.alignment;
  parts.push(
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(c.name)} (${esc(c.start)} – ${esc(c.end)}) · as of ${esc(review.asOf)}${review.closed ? '' : ' · the cycle is still running'} · Scale: ${esc(scale.name)}</p></header>`,
    '<section aria-labelledby="summary"><h2 id="summary">Summary</h2><div class="card">',
    `<div class="score-line">${bar('Cycle score', review.overall.score, review.overall.band, scale, undefined)}<span>${review.overall.objectives} objectives · ${review.overall.keyResults} key results · ${review.flagged.length} below target · alignment health ${Math.round(a.health)}/100</span></div>`,
    countsTable(review.overall.statusCounts),
    legend().replace(
      'the expected progress',
      'the target of the commitment (1.0 committed, 0.7 aspirational)',
    ),
    note,
    '</div></section>',
    '<section aria-labelledby="celebrate"><h2 id="celebrate">Celebrate</h2><div class="card">',
  );
  const cel = review.celebrate;
  if (cel.achieved.length === 0 && cel.improvements.length === 0)
    parts.push('<p>No key result reached its target this cycle.</p>');
  if (cel.achieved.length > 0) {
    parts.push(
      `<h3>Achieved</h3><ul>${cel.achieved.map((id) => `<li>${statusBadge('achieved')} <strong>${esc(krName(id))}</strong> — ${esc(krs.get(id)?.ownerName ?? '')}${krs.get(id)?.achievedAt === undefined ? '' : `, ${esc(krs.get(id)?.achievedAt ?? '')}`}</li>`).join('')}</ul>`,
    );
  }
  if (cel.improvements.length > 0) {
    parts.push(
      `<h3>Biggest improvements</h3><ul>${cel.improvements
        .map((id) => {
          const k = krs.get(id);
          return `<li><strong>${esc(krName(id))}</strong> ${k === undefined ? '' : `${esc(fmtScore(k.firstScore ?? 0, scale))} → ${esc(fmtScore(k.score, scale))} (${esc(fmtDelta(k.improvement, scale))})`}</li>`;
        })
        .join('')}</ul>`,
    );
  }
  if (cel.owners.length > 0) {
    parts.push(
      `<h3>Owners</h3><ul>${cel.owners.map((o) => `<li><strong>${esc(o.name)}</strong>: ${o.achieved} achieved</li>`).join('')}</ul>`,
    );
  }
  parts.push('</div></section>');
  parts.push(
    '<section aria-labelledby="grades"><h2 id="grades">Grades</h2>',
    `<div class="card"><table><caption>Objectives graded against their commitment</caption><thead><tr><th scope="col">Objective</th><th scope="col">Unit</th><th scope="col">Commitment</th><th scope="col">Score</th><th scope="col" class="num">Target</th><th scope="col">Result</th></tr></thead><tbody>${review.objectives.map((o) => `<tr><th scope="row">${esc(o.title)}</th><td>${esc(o.unitName)}</td><td>${esc(o.commitment)}</td><td>${bandText(o.score, o.band, scale)}</td><td class="num">${esc(fmtScore(o.target, scale))}</td><td>${o.flagged ? '<strong>Below target</strong>' : 'Met'}</td></tr>`).join('')}</tbody></table></div>`,
  );
  for (const o of review.objectives) {
    const hid = `o-${esc(o.id)}`;
    parts.push(
      `<article class="card sokr-objective" aria-labelledby="${hid}"><h3 id="${hid}">${esc(o.title)}</h3>`,
      `<div class="score-line">${bar(o.title, o.score, o.band, scale, o.target, 'target')}${statusBadge(o.status)}<span class="tag">${esc(o.commitment)}</span>${o.flagged ? '<span class="tag">below target</span>' : ''}<span class="muted">${esc(o.unitName)}${o.ownerName === undefined ? '' : ` · ${esc(o.ownerName)}`}</span></div>`,
    );
    if (o.keyResults.length > 0) {
      parts.push(
        `<table><caption>Key results of “${esc(o.title)}”</caption><thead><tr><th scope="col">Key result</th><th scope="col">Owner</th><th scope="col">Score</th><th scope="col">Status</th><th scope="col" class="num">Check-ins</th><th scope="col" class="num">Improvement</th><th scope="col">Achieved</th></tr></thead><tbody>${o.keyResults.map((k) => reviewKrRow(k, scale)).join('')}</tbody></table>`,
      );
      const charted = o.keyResults.filter(drawn);
      if (charted.length > 0) {
        parts.push('<div class="charts">');
        for (const k of charted) {
          parts.push(
            chart(
              k.title,
              k.series,
              k.window,
              k.forecast,
              review.asOf,
              scale,
              `${fmtScore(k.score, scale)} (${k.band.label}), ${statusLabel(k.status)}`,
            ),
          );
        }
        parts.push('</div>');
      }
    }
    parts.push('</article>');
  }
  parts.push('</section>');
  parts.push('<section aria-labelledby="carry"><h2 id="carry">Carry over</h2><div class="card">');
  if (review.carryOver.length === 0) parts.push('<p>Nothing to carry over.</p>');
  else {
    parts.push(
      `<ul>${review.carryOver.map((co) => `<li><strong>${esc(co.title)}</strong> (${esc(co.commitment)}, ${esc(fmtScore(co.score, scale))})${co.carriedTo === undefined ? '' : ` — already continued by ${esc(co.carriedToTitle ?? co.carriedTo)}`}: ${esc(co.keyResults.map(krName).join('; '))}</li>`).join('')}</ul>`,
    );
  }
  parts.push('</div></section>');
  parts.push('<section aria-labelledby="pillars"><h2 id="pillars">Pillars</h2><div class="card">');
  if (review.pillars.length === 0) parts.push('<p>The strategy has no pillars.</p>');
  else {
    parts.push(
      `<table><caption>Outcome per strategic pillar</caption><thead><tr><th scope="col">Pillar</th><th scope="col">Score</th><th scope="col" class="num">Objectives</th><th scope="col" class="num">Met target</th></tr></thead><tbody>${review.pillars.map((p) => `<tr><th scope="row">${esc(p.title)}</th><td>${bandText(p.score, p.band, scale)}</td><td class="num">${p.objectives}</td><td class="num">${p.met}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  parts.push('</div></section>');
  parts.push(
    `<section aria-labelledby="alignment"><h2 id="alignment">Alignment health at close</h2><div class="card"><p><strong>${Math.round(a.health)}/100</strong> · ${a.errors} errors · ${a.warnings} warnings · ${a.infos} notes · ${a.homework.length} objectives without a strategic anchor</p>`,
  );
  if (a.findings.length > 0) {
    parts.push(
      `<ul>${a.findings.map((f) => `<li><span class="tag">${esc(f.severity)}</span> <code>${esc(f.rule)}</code> ${esc(f.message)}</li>`).join('')}</ul>`,
    );
  }
  parts.push('</div></section>');
  parts.push(
    '<section aria-labelledby="retro"><h2 id="retro">Retrospective prompts</h2><div class="card">',
  );
  if (review.prompts.length === 0) parts.push('<p>No prompts from the data.</p>');
  else
    parts.push(
      `<ul>${review.prompts.map((p) => `<li><span class="tag">${esc(promptKindText(p.kind))}</span> ${esc(p.message)}</li>`).join('')}</ul>`,
    );
  parts.push('</div></section>');
}

/**
 * Renders a report as one standalone, accessible HTML page: inline CSS, no
 * scripts, no external assets. The page has `lang`, one `<h1>`, a section
 * per part with an `<h2>`, tables with captions and header cells, and
 * inline SVG charts with `role="img"` and an accessible name.
 *
 * Charts (stable, for tests): a weekly report has one progress bar
 * (`rect.sokr-bar`) for the overall score plus one per objective (with the
 * expected-progress marker), a review one for the cycle score plus one per
 * objective (the marker is the commitment's target); each key result with a
 * score series or a forecast gets a burn-up chart (`svg.sokr-burnup`) with one
 * `circle.sokr-point` per series point — for reports above
 * {@link MAX_DEFAULT_CHARTS} key results only those needing attention, unless
 * `charts` says otherwise. Every status appears as a text badge
 * (`.sokr-status-<status>`) and every band by its label, never by colour alone.
 *
 * @param report - a {@link WeeklyReport} or a {@link CycleReview}.
 * @param options - page title, language and which charts to draw.
 * @returns the HTML document as a string.
 * @example
 * ```ts
 * import { toHtml, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const html = toHtml(weeklyReport(set, { asOf: '2026-01-21' }), { title: 'Week 3' });
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function toHtml(report: Report, options: ToHtmlOptions = {}): string {
  checkRenderInput(report, options, 'toHtml');
  const title =
    options.title ??
    (report.kind === 'weekly'
      ? `Weekly check-in — ${report.asOf}`
      : `Cycle review — ${report.cycle.name}`);
  const parts: string[] = [
    `<!doctype html>\n<html lang="${esc(options.lang ?? 'en')}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n`,
  ];
  // One array for the whole page, joined once: no intermediate copies of a page that can weigh megabytes.
  const krs: Array<WeeklyKeyResult | ReviewKeyResult> =
    report.kind === 'weekly'
      ? report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))
      : report.objectives.flatMap((o) => o.keyResults);
  const mode = options.charts ?? (krs.length > MAX_DEFAULT_CHARTS ? 'attention' : 'all');
  const hasChart = (k: WeeklyKeyResult | ReviewKeyResult) =>
    k.series.length > 0 || k.forecast !== undefined;
  const flagged = new Set(report.kind === 'review' ? report.flagged : []);
  const needsAttention = (k: WeeklyKeyResult | ReviewKeyResult): boolean =>
    'movement' in k
      ? k.status === 'at-risk' ||
        k.status === 'off-track' ||
        k.status === 'missed' ||
        k.outlook === 'falls-behind'
      : k.status !== 'achieved' && flagged.has(k.objectiveId);
  let drawn: ChartFilter =
    mode === 'all'
      ? hasChart
      : mode === 'none'
        ? () => false
        : (k) => hasChart(k) && needsAttention(k);
  if (options.charts === undefined && mode === 'attention') {
    // Default for a large report: at most MAX_DEFAULT_CHARTS charts, the worst first.
    const rank: Record<string, number> = { missed: 0, 'off-track': 1, 'at-risk': 2 };
    const gap = (k: WeeklyKeyResult | ReviewKeyResult) =>
      ('expected' in k ? k.expected : 1) - k.score;
    const chosen = new Set(
      krs
        .filter(drawn)
        .sort((a, b) => (rank[a.status] ?? 3) - (rank[b.status] ?? 3) || gap(b) - gap(a))
        .slice(0, MAX_DEFAULT_CHARTS),
    );
    drawn = (k) => chosen.has(k);
  }
  const note =
    mode === 'all'
      ? ''
      : chartNote(krs.filter(drawn).length, krs.length, mode, options.charts === undefined);
  if (report.kind === 'weekly') weeklyBody(report, title, parts, drawn, note);
  else reviewBody(report, title, parts, drawn, note);
  parts.push('\n</main>\n</body>\n</html>\n');
  return parts.join('');
}
