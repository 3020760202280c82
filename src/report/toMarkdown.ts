import type { Scale } from '../scale/Scale.js';
import { checkRenderInput } from './_renderInput.js';
import { escapeMarkdown as md } from './escape.js';
import {
  dependencyReasonText,
  fmtDelta,
  fmtScore,
  outlookText,
  promptKindText,
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
  const byId = new Map(o.keyResults.map((k) => [k.id, k]));
  const pick = (ids: readonly string[]): WeeklyKeyResult[] =>
    ids.map((id) => byId.get(id)).filter((k): k is WeeklyKeyResult => k !== undefined);
  const out: string[] = [
    `### ${md(o.title)}`,
    '',
    `**${fmtScore(o.score, scale)}** (${md(o.band.label)}) · ${statusLabel(o.status)} · expected ${fmtScore(o.expected, scale)} · last week ${fmtScore(o.previousScore, scale)} (${fmtDelta(o.delta, scale)}) · ${o.commitment}${o.ownerName === undefined ? '' : ` · owner ${md(o.ownerName)}`}`,
    '',
  ];
  if (o.keyResults.length > 0) {
    out.push(
      ...table(
        ['Key result', 'Owner', 'Score', 'Δ week', 'Expected', 'Status', 'Last check-in'],
        o.keyResults.map((k) => [
          md(k.title) + (k.stale && k.status !== 'pending' ? ' (stale)' : ''),
          md(k.ownerName),
          `${fmtScore(k.score, scale)} ${md(k.band.label)}`,
          fmtDelta(k.delta, scale),
          fmtScore(k.expected, scale),
          statusLabel(k.status),
          k.lastCheckInAt ?? '—',
        ]),
      ),
      '',
    );
  }
  const moved = pick(o.moved);
  if (moved.length > 0) {
    out.push('**Moved**', '');
    for (const k of moved) {
      const notes = k.notes.moved.length > 0 ? `: ${k.notes.moved.map(md).join(' · ')}` : '';
      out.push(
        `- ${md(k.title)}: ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)} (${fmtDelta(k.delta, scale)})${notes}`,
      );
    }
    out.push('');
  }
  const still = pick(o.didNotMove);
  if (still.length > 0) {
    out.push('**Didn’t move**', '');
    for (const k of still) {
      const what =
        k.movement === 'down'
          ? `fell ${fmtScore(k.previousScore, scale)} → ${fmtScore(k.score, scale)}`
          : `still ${fmtScore(k.score, scale)}`;
      const notes =
        k.notes.blocked.length > 0 ? ` — blocked: ${k.notes.blocked.map(md).join(' · ')}` : '';
      out.push(`- ${md(k.title)}: ${what}${notes}`);
    }
    out.push('');
  }
  const about = pick(o.aboutTo);
  if (about.length > 0) {
    out.push('**About to**', '');
    for (const k of about) {
      const outlook =
        k.outlook === undefined
          ? ''
          : ` — ${outlookText(k.outlook)}${k.forecast === undefined ? '' : ` (${fmtScore(k.forecast.score, scale)} by ${k.forecast.at})`}`;
      const notes = k.notes.next.length > 0 ? `: next ${k.notes.next.map(md).join(' · ')}` : '';
      out.push(`- ${md(k.title)}${outlook}${notes}`);
    }
    out.push('');
  }
  return out;
}

function weekly(report: WeeklyReport, title: string): string[] {
  const scale = report.scale;
  const o = report.overall;
  const s = report.summary;
  const all = report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.keyResults));
  const byId = new Map(all.map((k) => [k.id, k]));
  const out: string[] = [
    `# ${md(title)}`,
    '',
    `As of ${report.asOf}, compared with ${report.previous}${report.cycles.length > 0 ? ` · ${report.cycles.map((c) => md(c.name)).join(', ')}` : ''}`,
    '',
    `**Overall: ${fmtScore(o.score, scale)}** (${md(o.band.label)}) · last week ${fmtScore(o.previousScore, scale)} (${fmtDelta(o.delta, scale)}) · ${o.keyResults} key results`,
    '',
    `Moved ${s.moved} · didn’t move ${s.didNotMove} · about to ${s.aboutTo} · at risk or off track ${s.atRisk} · without check-ins ${s.missing} · stale ${s.stale} · dependencies ${s.dependencies}`,
    '',
    ...table(
      ['Status', 'Key results'],
      STATUS_ORDER.map((st) => [statusLabel(st), String(o.statusCounts[st] ?? 0)]),
    ),
    '',
    '## Needs attention',
    '',
  ];
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
    out.push('**At risk or off track**', '');
    for (const k of attention) {
      const notes =
        k.notes.blocked.length > 0 ? `; blocked: ${k.notes.blocked.map(md).join(' · ')}` : '';
      out.push(
        `- ${statusLabel(k.status)}: ${md(k.title)} (${md(k.ownerName)}), ${fmtScore(k.score, scale)} vs expected ${fmtScore(k.expected, scale)}${notes}`,
      );
    }
    out.push('');
  }
  if (missing.length > 0) {
    out.push(
      '**No check-in yet**',
      '',
      ...missing.map((k) => `- ${md(k.title)} (${md(k.ownerName)})`),
      '',
    );
  }
  if (stale.length > 0) {
    out.push(
      '**Stale check-ins**',
      '',
      ...stale.map((k) => `- ${md(k.title)} (${md(k.ownerName)}), last ${k.lastCheckInAt ?? '—'}`),
      '',
    );
  }
  if (report.dependencies.length > 0) {
    out.push(
      ...table(
        ['Needs', 'Depends on', 'State', 'Why listed'],
        report.dependencies.map((d) => [
          md(d.from.title),
          md(d.on.title) + (d.on.status === undefined ? '' : ` (${statusLabel(d.on.status)})`),
          d.state,
          dependencyReasonText(d.reason) + (d.note === undefined ? '' : ` — ${md(d.note)}`),
        ]),
      ),
      '',
    );
  }
  for (const u of report.units) {
    if (u.objectives.length === 0) continue;
    out.push(
      `## ${md(u.name)} — ${fmtScore(u.score, scale)} (${fmtDelta(u.score - u.previousScore, scale)})`,
      '',
    );
    for (const ob of u.objectives) out.push(...weeklyObjective(ob, scale));
  }
  return out;
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
    ...table(
      ['Status', 'Key results'],
      STATUS_ORDER.map((st) => [statusLabel(st), String(r.overall.statusCounts[st] ?? 0)]),
    ),
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
        `- ${name(id)}${k === undefined ? '' : ` (${md(k.ownerName)}${k.achievedAt === undefined ? '' : `, ${k.achievedAt}`}${k.achievedEarly ? ', early' : ''})`}`,
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
        `${fmtScore(o.score, scale)} ${md(o.band.label)}`,
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
        ['Key result', 'Owner', 'Score', 'Status', 'Check-ins', 'Improvement', 'Achieved'],
        o.keyResults.map((k) => [
          md(k.title),
          md(k.ownerName),
          `${fmtScore(k.score, scale)} ${md(k.band.label)}`,
          statusLabel(k.status),
          String(k.checkIns),
          k.firstScore === undefined ? '—' : fmtDelta(k.improvement, scale),
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
        co.carriedTo === undefined
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
    out.push(...a.findings.map((f) => `- ${f.severity} \`${f.rule}\`: ${md(f.message)}`), '');
  }
  out.push('## Retrospective prompts', '');
  if (r.prompts.length === 0) out.push('No prompts from the data.', '');
  else out.push(...r.prompts.map((p) => `- **${promptKindText(p.kind)}**: ${md(p.message)}`), '');
  return out;
}

/**
 * Renders a report as Markdown (GitHub-flavoured: headings, tables, lists).
 * User text (titles, names, notes) is escaped so it cannot break the layout.
 * Statuses and bands are always written as words.
 *
 * @param report - a {@link WeeklyReport} or a {@link CycleReview}.
 * @param options - `title` replaces the default top heading.
 * @returns the Markdown text, ending with a newline.
 * @example
 * ```ts
 * import { toMarkdown, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * console.log(toMarkdown(weeklyReport(set, { asOf: '2026-01-21' })));
 * ```
 */
export function toMarkdown(report: Report, options: { title?: string | undefined } = {}): string {
  checkRenderInput(report, options, 'toMarkdown');
  const title =
    options.title ??
    (report.kind === 'weekly'
      ? `Weekly check-in — ${report.asOf}`
      : `Cycle review — ${report.cycle.name}`);
  const lines = report.kind === 'weekly' ? weekly(report, title) : review(report, title);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
