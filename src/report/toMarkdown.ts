import { SokrError } from '../model/SokrError.js';
import { withShownDates } from './_formatDate.js';
import type { Scale } from '../scale/Scale.js';
import { mdFigures, reachesText, reviewDigest, weeklyDigest } from './_digest.js';
import { owedMarkdown } from './_owedSection.js';
import { moversMarkdown, reviewScoreText } from './_movers.js';
import { checkRenderInput } from './_renderInput.js';
import { escapeMarkdown as md } from './escape.js';
import {
  dependencyReasonText,
  fmtDelta,
  fmtScore,
  outlookText,
  promptKindText,
  reviewLegend,
  STATUS_ORDER,
  statusLabel,
} from './format.js';
import type {
  CycleReview,
  Report,
  WeeklyKeyResult,
  WeeklyObjective,
  WeeklyReport,
} from './types.js';

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function weeklyObjective(o: WeeklyObjective, scale: Scale): string[] {
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
          k.lastCheckInAt ?? '—',
        ]),
      ),
      '',
    );
  }
  return out;
}

function trendText(delta: number, scale: Scale): string {
  const text = fmtDelta(delta, scale);
  return `${text === '±0' ? '▶' : delta > 0 ? '▲' : '▼'} ${text}`;
}

function countsText(counts: WeeklyReport['overall']['statusCounts']): string {
  const parts: string[] = [];
  for (const s of STATUS_ORDER) {
    const n = counts[s] ?? 0;
    if (n > 0) parts.push(`${n} ${statusLabel(s).toLowerCase()}`);
  }
  return parts.join(', ');
}

/** The weekly legend in Markdown. */
const WEEKLY_MD_LEGEND =
  '_Scores run from 0 to 1 (1 = target met); the word next to a score is its status against the progress expected by now. Grade bands (red, yellow, green) are for the end-of-cycle review._';

function weekly(report: WeeklyReport, title: string): string[] {
  const scale = report.scale;
  const o = report.overall;
  const all = report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.keyResults));
  const byId = new Map(all.map((k) => [k.id, k]));
  const out: string[] = [
    `# ${md(title)}`,
    '',
    `As of ${report.asOf}, compared with ${report.previous}${report.cycles.length > 0 ? ` · ${report.cycles.map((c) => md(c.name)).join(', ')}` : ''}`,
    '',
    `**Score: ${fmtScore(o.score, scale)}** ${trendText(o.delta, scale)} vs last week (${fmtScore(o.previousScore, scale)}) · ${o.keyResults} key results: ${countsText(o.statusCounts)}`,
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
            : `${statusLabel(u.worst.status)}: ${md(u.worst.title)} — ${mdFigures(u.worst.figures.text)} (${md(u.worst.ownerName)})`,
        ]),
      ),
      '',
    );
  }
  out.push(WEEKLY_MD_LEGEND, '', '## Needs attention', '');
  const attention = report.units
    .flatMap((u) => u.objectives.flatMap((ob) => ob.atRisk))
    .map((id) => byId.get(id))
    .filter((k): k is WeeklyKeyResult => k !== undefined);
  const missing = all.filter((k) => k.status === 'pending');
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
      `**Stale check-ins:** ${stale.map((k) => `${md(k.title)} (${md(k.ownerName)}, last ${k.lastCheckInAt ?? '—'})`).join('; ')}`,
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
  const next = report.units
    .flatMap((u) => u.objectives.flatMap((ob) => ob.aboutTo))
    .map((id) => byId.get(id))
    .filter((k): k is WeeklyKeyResult => k !== undefined);
  out.push('## Coming up next', '');
  if (next.length === 0) out.push('No forecast or next step this week.', '');
  for (const k of next) {
    const outlook =
      k.outlook === null
        ? ''
        : k.outlook === 'reaches-target'
          ? ` — ${reachesText(k, report.asOf)}`
          : ` — ${outlookText(k.outlook)}${k.forecast === null ? '' : ` (${fmtScore(k.forecast.score, scale)} by ${k.forecast.at})`}`;
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
      `- ${md(k.title)}: ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)} (${fmtDelta(k.delta, scale)}), ${mdFigures(k.figures.text)}${notes}`,
    );
  }
  if (up.length > 0) out.push('');
  out.push('## Didn’t move', '');
  let still = 0;
  for (const u of report.units) {
    const items = u.objectives.flatMap((ob) => {
      const ids = new Set(ob.didNotMove);
      return ob.keyResults.filter((k) => ids.has(k.id));
    });
    if (items.length === 0) continue;
    still += items.length;
    const text = items.map((k) => {
      const what =
        k.movement === 'down'
          ? ` fell ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)}`
          : '';
      const notes =
        k.notes.blocked.length > 0 ? ` — blocked: ${k.notes.blocked.map(md).join(' · ')}` : '';
      return `${md(k.title)}${what}${notes}`;
    });
    out.push(`- **${md(u.name)}** (${items.length}): ${text.join('; ')}`);
  }
  out.push(...(still === 0 ? ['Every key result moved.', ''] : ['']));
  out.push('## Key results by unit', '');
  for (const u of report.units) {
    if (u.objectives.length === 0) continue;
    out.push(
      `### ${md(u.name)} — ${fmtScore(u.score, scale)} (${fmtDelta(u.score - u.previousScore, scale)})`,
      '',
    );
    for (const ob of u.objectives) out.push(...weeklyObjective(ob, scale));
  }
  return out;
}

function commitmentText(r: CycleReview, c: 'committed' | 'aspirational'): string {
  const o = r.commitments[c];
  if (o.objectives === 0) return 'none';
  return `${o.met} of ${o.objectives} met their target (${fmtScore(o.target, r.scale)})${o.score === null ? '' : `, mean ${fmtScore(o.score, r.scale)}`}`;
}

function review(r: CycleReview, title: string): string[] {
  const scale = r.scale;
  const krs = new Map(r.objectives.flatMap((o) => o.keyResults.map((k) => [k.id, k] as const)));
  const name = (id: string): string => md(krs.get(id)?.title ?? id);
  const out: string[] = [
    `# ${md(title)}`,
    '',
    `${md(r.cycle.name)} (${r.cycle.start} – ${r.cycle.end}) · as of ${r.asOf}${r.closed ? '' : ' · the cycle is still running'}`,
    '',
    `**Cycle score: ${fmtScore(r.overall.score, scale)}** (${md(r.overall.band.label)}) · ${r.overall.objectives} objectives · ${r.overall.keyResults} key results · ${r.flagged.length} below target · alignment health ${Math.round(r.alignment.health)}/100`,
    '',
    `Committed: ${commitmentText(r, 'committed')} · Aspirational: ${commitmentText(r, 'aspirational')}`,
    '',
    `_${reviewLegend(scale)}_`,
    '',
    `Key results: ${countsText(r.overall.statusCounts)}`,
    '',
    '## Celebrate',
    '',
  ];
  const c = r.celebrate;
  if (c.achieved.length === 0 && c.improvements.length === 0)
    out.push('No key result reached its target this cycle.', '');
  if (c.achieved.length > 0) {
    out.push('**Achieved**', '');
    for (const id of c.achieved) {
      const k = krs.get(id);
      out.push(
        `- ${name(id)}${k === undefined ? '' : ` (${md(k.ownerName)}${k.achievedAt === null ? '' : `, ${k.achievedAt}`}${k.achievedEarly ? ', early' : ''})`}`,
      );
    }
    out.push('');
  }
  if (c.improvements.length > 0) {
    out.push('**Biggest improvements**', '');
    for (const id of c.improvements) {
      const k = krs.get(id);
      out.push(
        `- ${name(id)}${k === undefined ? '' : `: ${fmtScore(k.firstScore ?? 0, scale)} → ${fmtScore(k.score, scale)} (${fmtDelta(k.improvement, scale)})`}`,
      );
    }
    out.push('');
  }
  if (c.owners.length > 0) {
    out.push(
      '**Owners**',
      '',
      ...c.owners.map((o) => `- ${md(o.name)}: ${o.achieved} achieved`),
      '',
    );
  }
  out.push('## Grades', '');
  out.push(
    ...table(
      ['Objective', 'Unit', 'Commitment', 'Score', 'Target', 'Result'],
      r.objectives.map((o) => [
        md(o.title),
        md(o.unitName),
        o.commitment,
        reviewScoreText(`${fmtScore(o.score, scale)} ${md(o.band.label)}`, o, (s) =>
          fmtScore(s, scale),
        ),
        fmtScore(o.target, scale),
        o.flagged ? '**Below target**' : 'Met',
      ]),
    ),
    '',
  );
  for (const o of r.objectives) {
    if (o.keyResults.length === 0) continue;
    out.push(`### ${md(o.title)}`, '');
    out.push(
      ...table(
        [
          'Key result',
          'Owner',
          'Final value',
          'Score',
          'Status',
          'Check-ins',
          'Improvement',
          'Achieved',
        ],
        o.keyResults.map((k) => [
          md(k.title),
          md(k.ownerName),
          mdFigures(k.figures.text),
          `${fmtScore(k.score, scale)} ${md(k.band.label)}`,
          statusLabel(k.status),
          String(k.checkIns),
          k.firstScore === null ? '—' : fmtDelta(k.improvement, scale),
          (k.achievedAt ?? '—') + (k.achievedEarly ? ' (early)' : ''),
        ]),
      ),
      '',
    );
  }
  out.push('## Carry over', '');
  if (r.carryOver.length === 0) out.push('Nothing to carry over.', '');
  else {
    for (const co of r.carryOver) {
      const to =
        co.carriedTo === null
          ? ''
          : ` — already continued by ${md(co.carriedToTitle ?? co.carriedTo)}`;
      out.push(
        `- ${md(co.title)} (${co.commitment}, ${fmtScore(co.score, scale)})${to}: ${co.keyResults.map(name).join('; ')}`,
      );
    }
    out.push('');
  }
  out.push('## Pillars', '');
  if (r.pillars.length === 0) out.push('The strategy has no pillars.', '');
  else {
    out.push(
      ...table(
        ['Pillar', 'Score', 'Objectives', 'Met target'],
        r.pillars.map((p) => [
          md(p.title),
          `${fmtScore(p.score, scale)} ${md(p.band.label)}`,
          String(p.objectives),
          String(p.met),
        ]),
      ),
      '',
    );
  }
  const a = r.alignment;
  out.push(
    '## Alignment health at close',
    '',
    `**${Math.round(a.health)}/100** · ${a.errors} errors · ${a.warnings} warnings · ${a.infos} notes · ${a.homework.length} objectives without a strategic anchor`,
    '',
  );
  if (a.findings.length > 0) {
    out.push(...a.findings.map((f) => `- ${f.severity} \`${f.rule}\`: ${md(f.text)}`), '');
  }
  out.push('## Retrospective prompts', '');
  if (r.prompts.length === 0) out.push('No prompts from the data.', '');
  else out.push(...r.prompts.map((p) => `- **${promptKindText(p.kind)}**: ${md(p.message)}`), '');
  return out;
}

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /** Replaces the default top heading (`Weekly check-in — <asOf>`, `Cycle review — <cycle>`). */
  title?: string | undefined;
  /**
   * `'full'` (default): every section and a table of every key result.
   * `'digest'`: a short message for a pull-request comment or a chat post —
   * the headline, the units at a glance (a review: the grades) and the first
   * five items of each list with a count of the rest; at most 12 table rows,
   * so it stays under about 60 lines whatever the size of the report.
   */
  format?: 'full' | 'digest' | undefined;
  /**
   * A BCP 47 locale (`'en-GB'`, `'de-DE'`) for the dates shown: `asOf`, the
   * previous date and the cycles' days as "15 Feb 2026" (`'en-GB'` when not
   * given), or `'iso'` to print the report's ISO dates as they are.
   */
  locale?: string | undefined;
}

/**
 * Renders a report as Markdown (GitHub-flavoured: headings, tables, lists).
 * User text (titles, names, notes, units) is escaped so it cannot break the
 * layout. Statuses and bands are always written as words, and every key
 * result with its real numbers (current value, start and target in its unit).
 * `format: 'digest'` gives the short form for chat and pull requests.
 *
 * @param report - a {@link WeeklyReport} or a {@link CycleReview}.
 * @param options - `title` replaces the default top heading; `format` picks the full page or the digest.
 * @returns the Markdown text, ending with a newline.
 * @throws {@link SokrError} `invalid_type` for a report that is not one or options that are not an object,
 *   `invalid_value` at `['options', 'format']` for an unknown format.
 * @example
 * ```ts
 * import { toMarkdown, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const report = weeklyReport(set, { asOf: '2026-01-21' });
 * console.log(toMarkdown(report));
 * console.log(toMarkdown(report, { format: 'digest' })); // ≤ about 60 lines
 * ```
 */
export function toMarkdown(report: Report, options: ToMarkdownOptions = {}): string {
  checkRenderInput(report, options, 'toMarkdown');
  report = withShownDates(report, options.locale);
  const format = (options as { format?: unknown }).format;
  if (format !== undefined && format !== 'full' && format !== 'digest') {
    throw new SokrError([
      {
        path: ['options', 'format'],
        code: 'invalid_value',
        message: "The format of toMarkdown is 'full' or 'digest'.",
      },
    ]);
  }
  const title =
    options.title ??
    (report.kind === 'weekly'
      ? `Weekly check-in — ${report.asOf}`
      : `Cycle review — ${report.cycle.name}`);
  const lines =
    format === 'digest'
      ? report.kind === 'weekly'
        ? weeklyDigest(report, title)
        : reviewDigest(report, title)
      : report.kind === 'weekly'
        ? weekly(report, title)
        : review(report, title);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
