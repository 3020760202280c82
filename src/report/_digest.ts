import { resultMarkdown } from './_reviewResult.js';
import { valueChange } from './_figures.js';
import { dayText } from './_formatDate.js';
import { keyResultCountText, trendText, unitsWithoutKeyResults } from './_markdownParts.js';
import { reachesText } from './_outlookText.js';
import { allKeyResults, listedKeyResults } from './_reportKeyResults.js';
import { escapeMarkdown as md } from './escape.js';
import {
  cycleTimingText,
  fmtDelta,
  fmtScore,
  scopeScoreLabel,
  statusLabel,
  statusScale,
} from './format.js';
import type { CycleReview, WeeklyKeyResult, WeeklyReport } from './types.js';
import type { Scale } from '../scale/Scale.js';

/** Rows of a digest's table (units or objectives); the rest are counted. */
export const DIGEST_ROWS = 12;
/** Items of each list of a digest; the rest are counted. */
export const DIGEST_ITEMS = 5;

/**
 * The figures' text escaped; its brackets are sokr's own, so they stay
 * readable (`[` stays escaped: no link can form). Figures always sit inside a
 * line (a table cell, after a title), never at its start, so the escapes that
 * keep a line from starting a list (`2\.4 %`, `\-3`) are dropped.
 */
export function mdFigures(text: string): string {
  return md(text)
    .replace(/\\([()])/g, '$1')
    .replace(/^(\d{1,9})\\([.)])/, '$1$2')
    .replace(/^\\([-=])/, '$1');
}

/** A list with a heading and its count (and a `note` after it), the first items, and how many more. */
function list(out: string[], heading: string, items: readonly string[], note = ''): void {
  out.push('', `**${heading} (${items.length})**${note === '' ? '' : `: ${note}`}`);
  if (items.length === 0) return;
  out.push(...items.slice(0, DIGEST_ITEMS).map((i) => `- ${i}`));
  if (items.length > DIGEST_ITEMS) out.push(`- … and ${items.length - DIGEST_ITEMS} more`);
}

/** A table of the first {@link DIGEST_ROWS} rows, and how many of `total` rows were left out. */
function table(
  out: string[],
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  what: string,
  total = rows.length,
): void {
  out.push('', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  const shown = rows.slice(0, DIGEST_ROWS);
  for (const r of shown) out.push(`| ${r.join(' | ')} |`);
  if (total > shown.length) out.push('', `… and ${total - shown.length} more ${what}`);
}

/**
 * The units of a digest's table, in the report's (tree) order: the top of the
 * tree first, level by level — the report's root, then the units below it
 * (the departments), then theirs — as many whole levels as
 * {@link DIGEST_ROWS} holds. A level that does not fit gives its remaining
 * rows to its lowest-scoring units (then the first in tree order). So at
 * scale the table shows the departments side by side, not the first
 * department's teams.
 */
export function digestUnits<U extends { depth: number; score: number }>(
  units: readonly U[],
): readonly U[] {
  if (units.length <= DIGEST_ROWS) return units;
  const levels = new Map<number, number[]>();
  units.forEach((u, i) => {
    const level = levels.get(u.depth);
    if (level === undefined) levels.set(u.depth, [i]);
    else level.push(i);
  });
  const chosen = new Set<number>();
  const score = (i: number) => {
    const s = units[i]!.score;
    return Number.isFinite(s) ? s : Infinity;
  };
  for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
    const level = levels.get(depth)!;
    const room = DIGEST_ROWS - chosen.size;
    if (level.length <= room) {
      for (const i of level) chosen.add(i);
      continue;
    }
    const neediest = [...level].sort((a, b) => score(a) - score(b) || a - b);
    for (const i of neediest.slice(0, room)) chosen.add(i);
    break;
  }
  return units.filter((_, i) => chosen.has(i));
}

/** The weekly digest, as lines. */
export function weeklyDigest(report: WeeklyReport, title: string): string[] {
  const scale = statusScale(report.scale);
  const o = report.overall;
  const all = allKeyResults(report.units);
  const cycles = report.cycles.map((c) => md(c.name)).join(', ');
  const out: string[] = [
    `**${md(title)}**${cycles === '' ? '' : ` · ${cycles}`} · compared with ${report.previous}`,
    '',
    `**${scopeScoreLabel(report, md) ?? 'Score'} ${fmtScore(o.score, scale)}** ${trendText(o.delta, scale)} vs last week · ${keyResultCountText(o.keyResults, o.statusCounts)}`,
  ];
  const units = report.units.filter((u) => u.keyResults > 0);
  if (units.length > 0) {
    table(
      out,
      ['Unit', 'Score', 'Trend', 'Needs attention most'],
      digestUnits(units).map((u) => [
        `${'· '.repeat(Math.min(u.depth, 4))}${md(u.name)}`,
        fmtScore(u.score, scale),
        trendText(u.score - u.previousScore, scale),
        u.worst === null
          ? '—'
          : `${statusLabel(u.worst.status)}: ${md(u.worst.title)} · ${mdFigures(u.worst.figures.text)} (${md(u.worst.ownerName)})`,
      ]),
      'units',
      units.length,
    );
  }
  const empty = unitsWithoutKeyResults(report, md, 8);
  if (empty !== '') out.push('', empty);
  const atRisk = listedKeyResults(report.units, (ob) => ob.atRisk);
  const attention = [
    ...atRisk.map(
      (k) =>
        `${statusLabel(k.status)}: ${md(k.title)} · ${mdFigures(k.figures.text)} (${md(k.ownerName)})`,
    ),
    ...listedKeyResults(report.units, (ob) => ob.missing).map(
      (k) => `No check-in yet: ${md(k.title)} (${md(k.ownerName)})`,
    ),
    ...all
      .filter((k) => k.stale && k.status !== 'pending')
      .map(
        (k) =>
          `Stale since ${k.lastCheckInAt === null ? '—' : dayText(report, k.lastCheckInAt)}: ${md(k.title)} (${md(k.ownerName)})`,
      ),
    ...report.dependencies.map(
      (d) => `Dependency ${d.state}: ${md(d.from.title)} needs ${md(d.on.title)}`,
    ),
  ];
  list(out, 'Needs attention', attention);
  // Who owes what, overdue first (the report's order), as the full page's table; its
  // lines are report data (`OwedItem.text`, ISO days), as there.
  const late = report.owed.filter((e) => e.overdue).length;
  list(
    out,
    'Owed this week',
    report.owed.map((e) => `${md(e.personName)}: ${md(e.text)}`),
    late === 0 ? '' : `${late} overdue`,
  );
  const rank = (k: WeeklyKeyResult) =>
    k.outlook === 'falls-behind' ? 0 : k.outlook === 'reaches-target' ? 2 : 1;
  const next = listedKeyResults(report.units, (ob) => ob.aboutTo).sort((a, b) => rank(a) - rank(b));
  list(
    out,
    'Coming up next',
    next.map((k) => {
      const what =
        k.outlook === 'falls-behind'
          ? 'forecast falls behind'
          : k.outlook === 'reaches-target'
            ? reachesText(k, report)
            : 'next step';
      const note = k.notes.next.length > 0 ? `: ${k.notes.next.map(md).join(' · ')}` : '';
      return `${md(k.title)} — ${what}${note}`;
    }),
  );
  list(
    out,
    'Moved',
    all
      .filter((k) => k.movement === 'up')
      .map(
        (k) => `${md(k.title)}: ${mdFigures(valueChange(k.figures))} (${fmtDelta(k.delta, scale)})`,
      ),
  );
  const still = report.units
    .map((u, i) => ({ u, i, n: u.objectives.reduce((n, ob) => n + ob.didNotMove.length, 0) }))
    .filter((x) => x.n > 0);
  // Too many to name: the units with the most first, then the top of the tree (not the first department's teams).
  if (still.length > DIGEST_ROWS)
    still.sort((a, b) => b.n - a.n || a.u.depth - b.u.depth || a.i - b.i);
  out.push(
    '',
    `**Didn’t move (${report.summary.didNotMove})**${
      still.length === 0
        ? ''
        : `: ${still
            .slice(0, DIGEST_ROWS)
            .map((x) => `${md(x.u.name)} ${x.n}`)
            .join(
              ', ',
            )}${still.length > DIGEST_ROWS ? `, … and ${still.length - DIGEST_ROWS} more units` : ''}`
    }`,
  );
  return out;
}

/** The review digest, as lines. */
export function reviewDigest(review: CycleReview, title: string): string[] {
  const scale = review.scale;
  const o = review.overall;
  const c = review.commitments;
  const krs = new Map(
    review.objectives.flatMap((ob) => ob.keyResults.map((k) => [k.id, k] as const)),
  );
  const out: string[] = [
    `**${md(title)}** · ${md(review.cycle.name)} (${review.cycle.start} – ${review.cycle.end}) · as of ${review.asOf}${cycleTimingText(review)}`,
    '',
    o.objectives === 0
      ? `**No objectives in ${md(review.cycle.name)}** · alignment health ${Math.round(review.alignment.health)}/100`
      : `**Cycle score ${fmtScore(o.score, scale)}** (${md(o.band.label)}) · committed: ${metText(c.committed, scale)} · aspirational: ${metText(c.aspirational, scale)} · alignment health ${Math.round(review.alignment.health)}/100`,
  ];
  if (review.objectives.length > 0)
    table(
      out,
      ['Objective', 'Commitment', 'Grade', 'Result'],
      review.objectives.map((ob) => [
        md(ob.title),
        ob.commitment,
        `${fmtScore(ob.score, scale)} ${md(ob.band.label)}`,
        resultMarkdown(review, ob.flagged),
      ]),
      'objectives',
    );
  list(
    out,
    'Achieved',
    review.celebrate.achieved.map((id) => {
      const k = krs.get(id);
      return k === undefined
        ? md(id)
        : `${md(k.title)}: ${mdFigures(k.figures.text)} (${md(k.ownerName)})`;
    }),
  );
  list(
    out,
    'Carry over',
    review.carryOver.map(
      (co) =>
        `${md(co.title)} (${co.commitment}, ${fmtScore(co.score, scale)})${co.carriedTo === null ? '' : ' — already continued'}`,
    ),
  );
  list(
    out,
    'Retrospective prompts',
    review.prompts.map((p) => md(p.message)),
  );
  return out;
}

/** How the objectives of one commitment did, for the digest: `3 of 8 met 1.0`, or `none`. */
function metText(o: { met: number; objectives: number; target: number }, scale: Scale): string {
  return o.objectives === 0
    ? 'none'
    : `${o.met} of ${o.objectives} met ${fmtScore(o.target, scale)}`;
}
