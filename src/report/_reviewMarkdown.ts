/**
 * Private to `toMarkdown`: the full end-of-cycle review page — the headline,
 * what to celebrate, the grades and every key result by objective, what to
 * carry over, the pillars, the alignment health at close and the
 * retrospective prompts.
 *
 * @module
 */
import { flaggedCountText, resultMarkdown } from './_reviewResult.js';
import { dayText } from './_formatDate.js';
import { mdFigures } from './_digest.js';
import { countsText, table } from './_markdownParts.js';
import { reviewScoreText } from './_movers.js';
import { escapeMarkdown as md } from './escape.js';
import {
  countText,
  cycleTimingText,
  fmtDelta,
  fmtScore,
  promptKindText,
  reviewLegend,
  statusLabel,
  valueHeading,
} from './format.js';
import type { CycleReview } from './types.js';

/** How the objectives of one commitment did: met of count, target, mean score. */
function commitmentText(r: CycleReview, c: 'committed' | 'aspirational'): string {
  const o = r.commitments[c];
  if (o.objectives === 0) return 'none';
  return `${o.met} of ${o.objectives} met their target (${fmtScore(o.target, r.scale)})${o.score === null ? '' : `, mean ${fmtScore(o.score, r.scale)}`}`;
}

/** The lines of the full review page under the top heading `title`. */
export function reviewMarkdown(r: CycleReview, title: string): string[] {
  const scale = r.scale;
  const krs = new Map(r.objectives.flatMap((o) => o.keyResults.map((k) => [k.id, k] as const)));
  const name = (id: string): string => md(krs.get(id)?.title ?? id);
  const out: string[] = [
    `# ${md(title)}`,
    '',
    `${md(r.cycle.name)} (${r.cycle.start} – ${r.cycle.end}) · as of ${r.asOf}${cycleTimingText(r)}`,
    '',
    r.overall.objectives === 0
      ? `**No objectives in ${md(r.cycle.name)}** · alignment health ${Math.round(r.alignment.health)}/100`
      : `**Cycle score: ${fmtScore(r.overall.score, scale)}** (${md(r.overall.band.label)}) · ${countText(r.overall.objectives, 'objective')} · ${countText(r.overall.keyResults, 'key result')} · ${flaggedCountText(r)} · alignment health ${Math.round(r.alignment.health)}/100`,
    '',
    `Committed: ${commitmentText(r, 'committed')} · Aspirational: ${commitmentText(r, 'aspirational')}`,
    '',
    `_${reviewLegend(scale, md)}_`,
    '',
    ...(r.overall.keyResults === 0
      ? []
      : [`Key results: ${countsText(r.overall.statusCounts)}`, '']),
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
        `- ${name(id)}${k === undefined ? '' : `: ${mdFigures(k.figures.text)} (${md(k.ownerName)}${k.achievedAt === null ? '' : `, ${dayText(r, k.achievedAt)}`}${k.achievedEarly ? ', early' : ''})`}`,
      );
    }
    out.push('');
  }
  if (c.improvements.length > 0) {
    out.push('**Biggest improvements**', '');
    for (const id of c.improvements) {
      const k = krs.get(id);
      out.push(
        `- ${name(id)}${k === undefined ? '' : `: ${fmtScore(k.firstScore ?? 0, scale)} → ${fmtScore(k.score, scale)} (${fmtDelta(k.improvement, scale)}) — ${mdFigures(k.figures.text)} (${md(k.ownerName)})`}`,
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
  if (r.objectives.length === 0) out.push('No objectives to grade in this cycle.', '');
  else
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
          resultMarkdown(r, o.flagged),
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
          valueHeading(r),
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
          (k.achievedAt === null ? '—' : dayText(r, k.achievedAt)) +
            (k.achievedEarly ? ' (early)' : ''),
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
          : ` — already continued${(co.carriedToCycle ?? null) === null ? '' : ` in ${md(co.carriedToCycle!)}`} by ${md(co.carriedToTitle ?? co.carriedTo)}`;
      // Each unfinished key result with where it ended: what the next cycle starts from.
      const ended = co.keyResults.map((id) => {
        const k = krs.get(id);
        return k === undefined ? name(id) : `${name(id)} (${mdFigures(k.figures.text)})`;
      });
      out.push(
        `- ${md(co.title)} (${co.commitment}, ${fmtScore(co.score, scale)})${to}: ${ended.join('; ')}`,
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
          p.score === null || p.band === null
            ? '— (no objectives this cycle)'
            : `${fmtScore(p.score, scale)} ${md(p.band.label)}`,
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
    `**${Math.round(a.health)}/100** · ${countText(a.errors, 'error')} · ${countText(a.warnings, 'warning')} · ${countText(a.infos, 'note')} · ${countText(a.homework.length, 'objective')} without a strategic anchor`,
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
