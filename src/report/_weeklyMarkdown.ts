/**
 * Private to `toMarkdown`: the full weekly check-in page — the headline and
 * the units at a glance, what needs attention, who owes what, the movers,
 * what is coming up next, what moved and what didn't, and every key result by
 * unit with its real numbers.
 *
 * @module
 */
import { dayText } from './_formatDate.js';
import type { Scale } from '../scale/Scale.js';
import { mdFigures } from './_digest.js';
import { reachesText } from './_outlookText.js';
import { valueChange } from './_figures.js';
import {
  countsText,
  keyResultCountText,
  table,
  trendText,
  unitsWithoutKeyResults,
} from './_markdownParts.js';
import { moversMarkdown } from './_movers.js';
import { owedMarkdown } from './_owedSection.js';
import { allKeyResults, listedKeyResults, pickListed } from './_reportKeyResults.js';
import { escapeMarkdown as md } from './escape.js';
import {
  dependencyReasonText,
  fmtDelta,
  fmtScore,
  outlookText,
  scopeScoreLabel,
  statusLabel,
  statusScale,
} from './format.js';
import type { WeeklyKeyResult, WeeklyObjective, WeeklyReport } from './types.js';

/** An objective's line and the table of its key results. */
function weeklyObjective(o: WeeklyObjective, scale: Scale, report: WeeklyReport): string[] {
  const out: string[] = [
    `**${md(o.title)}** — ${fmtScore(o.score, scale)} ${statusLabel(o.status)} · expected ${fmtScore(o.expected, scale)} · ${fmtDelta(o.delta, scale)} this week · ${o.commitment}${o.ownerName === null ? '' : ` · ${md(o.ownerName)}`}`,
    '',
  ];
  if (o.keyResults.length > 0) {
    out.push(
      ...table(
        ['Key result', 'Owner', 'Now', 'Score', 'Status', 'Expected', 'Δ week', 'Last check-in'],
        o.keyResults.map((k) => [
          md(k.title) + (k.stale && k.status !== 'pending' ? ' (stale)' : ''),
          md(k.ownerName),
          mdFigures(k.figures.text),
          fmtScore(k.score, scale),
          statusLabel(k.status),
          fmtScore(k.expected, scale),
          fmtDelta(k.delta, scale),
          k.lastCheckInAt === null ? '—' : dayText(report, k.lastCheckInAt),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** The weekly legend in Markdown. */
const WEEKLY_MD_LEGEND =
  '_Scores run from 0 to 1 (1 = target met); the word next to a score is its status against the progress expected by now. Grade bands (red, yellow, green) are for the end-of-cycle review._';

/** The lines of the full weekly page under the top heading `title`. */
export function weeklyMarkdown(report: WeeklyReport, title: string): string[] {
  const scale = statusScale(report.scale);
  const o = report.overall;
  const all = allKeyResults(report.units);
  const out: string[] = [
    `# ${md(title)}`,
    '',
    `As of ${report.asOf}, compared with ${report.previous}${report.cycles.length > 0 ? ` · ${report.cycles.map((c) => md(c.name)).join(', ')}` : ''}`,
    '',
    `**${scopeScoreLabel(report, md) ?? 'Score'}: ${fmtScore(o.score, scale)}** ${trendText(o.delta, scale)} vs last week (${fmtScore(o.previousScore, scale)}) · ${keyResultCountText(o.keyResults, o.statusCounts)}`,
    '',
  ];
  const glance = report.units.filter((u) => u.keyResults > 0);
  if (glance.length > 0) {
    out.push(
      ...table(
        ['Unit', 'Score', 'Trend', 'Key results', 'Needs attention most'],
        glance.map((u) => [
          `${'· '.repeat(Math.min(u.depth, 6))}${md(u.name)}`,
          fmtScore(u.score, scale),
          trendText(u.score - u.previousScore, scale),
          countsText(u.statusCounts),
          u.worst === null
            ? '—'
            : `${statusLabel(u.worst.status)}: ${md(u.worst.title)} · ${mdFigures(u.worst.figures.text)} (${md(u.worst.ownerName)})`,
        ]),
      ),
      '',
    );
  }
  const empty = unitsWithoutKeyResults(report, md);
  if (empty !== '') out.push(empty, '');
  out.push(WEEKLY_MD_LEGEND, '', '## Needs attention', '');
  const attention = listedKeyResults(report.units, (ob) => ob.atRisk);
  // A derived key result takes no check-in: the report's `missing` lists leave it out.
  const missing = listedKeyResults(report.units, (ob) => ob.missing);
  const stale = all.filter((k) => k.stale && k.status !== 'pending');
  if (
    attention.length === 0 &&
    missing.length === 0 &&
    stale.length === 0 &&
    report.dependencies.length === 0
  ) {
    out.push('Nothing needs attention this week.', '');
  }
  if (attention.length > 0) {
    out.push(
      ...table(
        ['Status', 'Key result', 'Owner', 'Now', 'Score', 'Expected'],
        attention.map((k) => [
          statusLabel(k.status),
          md(k.title) +
            (k.notes.blocked.length > 0
              ? ` — blocked: ${k.notes.blocked.map(md).join(' · ')}`
              : ''),
          md(k.ownerName),
          mdFigures(k.figures.text),
          fmtScore(k.score, scale),
          fmtScore(k.expected, scale),
        ]),
      ),
      '',
    );
  }
  if (missing.length > 0) {
    out.push(
      `**No check-in yet:** ${missing.map((k) => `${md(k.title)} (${md(k.ownerName)})`).join('; ')}`,
      '',
    );
  }
  if (stale.length > 0) {
    out.push(
      `**Stale check-ins:** ${stale.map((k) => `${md(k.title)} (${md(k.ownerName)}, last ${k.lastCheckInAt === null ? '—' : dayText(report, k.lastCheckInAt)})`).join('; ')}`,
      '',
    );
  }
  if (report.dependencies.length > 0) {
    out.push(
      ...table(
        ['Needs', 'Depends on', 'State', 'Why listed'],
        report.dependencies.map((d) => [
          md(d.from.title),
          md(d.on.title) + (d.on.status === null ? '' : ` (${statusLabel(d.on.status)})`),
          d.state,
          dependencyReasonText(d.reason) + (d.note === null ? '' : ` — ${md(d.note)}`),
        ]),
      ),
      '',
    );
  }
  out.push(...owedMarkdown(report));
  out.push(...moversMarkdown(report));
  const next = listedKeyResults(report.units, (ob) => ob.aboutTo);
  out.push('## Coming up next', '');
  if (next.length === 0) out.push('No forecast or next step this week.', '');
  for (const k of next) {
    const outlook =
      k.outlook === null
        ? ''
        : k.outlook === 'reaches-target'
          ? ` — ${reachesText(k, report)}`
          : ` — ${outlookText(k.outlook)}${k.forecast === null ? '' : ` (${fmtScore(k.forecast.score, scale)} by ${dayText(report, k.forecast.at)})`}`;
    const notes = k.notes.next.length > 0 ? `: next ${k.notes.next.map(md).join(' · ')}` : '';
    out.push(`- ${md(k.title)} (${mdFigures(k.figures.text)})${outlook}${notes}`);
  }
  if (next.length > 0) out.push('');
  const up = all.filter((k) => k.movement === 'up');
  out.push('## Moved this week', '');
  if (up.length === 0) out.push('No key result moved this week.', '');
  for (const k of up) {
    const notes = k.notes.moved.length > 0 ? `: ${k.notes.moved.map(md).join(' · ')}` : '';
    out.push(
      `- ${md(k.title)}: ${mdFigures(valueChange(k.figures))} · score ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)} (${fmtDelta(k.delta, scale)})${notes}`,
    );
  }
  if (up.length > 0) out.push('');
  out.push('## Didn’t move', '');
  let still = 0;
  for (const u of report.units) {
    const items: WeeklyKeyResult[] = [];
    for (const ob of u.objectives) pickListed(ob.keyResults, ob.didNotMove, items);
    if (items.length === 0) continue;
    still += items.length;
    const text = items.map((k) => {
      const what =
        k.movement === 'down'
          ? ` (fell: ${mdFigures(valueChange(k.figures))} · score ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)})`
          : '';
      const notes =
        k.notes.blocked.length > 0 ? ` — blocked: ${k.notes.blocked.map(md).join(' · ')}` : '';
      return `${md(k.title)}${what}${notes}`;
    });
    out.push(`- **${md(u.name)}** (${items.length}): ${text.join('; ')}`);
  }
  if (still > 0) out.push('');
  else if (all.length === 0) out.push('No key results in this report.', '');
  else out.push('Every key result moved.', '');
  out.push('## Key results by unit', '');
  if (report.units.every((u) => u.objectives.length === 0))
    out.push('No key results in this report.', '');
  for (const u of report.units) {
    if (u.objectives.length === 0) continue;
    out.push(
      `### ${md(u.name)} — ${fmtScore(u.score, scale)} (${fmtDelta(u.score - u.previousScore, scale)})`,
      '',
    );
    for (const ob of u.objectives) out.push(...weeklyObjective(ob, scale, report));
  }
  return out;
}
