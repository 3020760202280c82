import { countsText, trendText } from './_markdownParts.js';
import { escapeMarkdown as md } from './escape.js';
import { fmtDelta, fmtScore, statusLabel } from './format.js';
import type { CycleReview, WeeklyKeyResult, WeeklyReport } from './types.js';

/** Rows of a digest's table (units or objectives); the rest are counted. */
export const DIGEST_ROWS = 12;
/** Items of each list of a digest; the rest are counted. */
export const DIGEST_ITEMS = 5;

/** The figures' text escaped; its brackets are sokr's own, so they stay readable (`[` stays escaped: no link can form). */
export function mdFigures(text: string): string {
  return md(text).replace(/\\([()])/g, '$1');
}

/** A list with a heading and its count, the first items, and how many more. */
function list(out: string[], heading: string, items: readonly string[]): void {
  out.push('', `**${heading} (${items.length})**`);
  if (items.length === 0) return;
  out.push(...items.slice(0, DIGEST_ITEMS).map((i) => `- ${i}`));
  if (items.length > DIGEST_ITEMS) out.push(`- … and ${items.length - DIGEST_ITEMS} more`);
}

function table(
  out: string[],
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  what: string,
): void {
  out.push('', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows.slice(0, DIGEST_ROWS)) out.push(`| ${r.join(' | ')} |`);
  if (rows.length > DIGEST_ROWS) out.push('', `… and ${rows.length - DIGEST_ROWS} more ${what}`);
}

/** Words for a forecast that reaches the target: by a day to come, or held already. */
export function reachesText(k: WeeklyKeyResult, asOf: string): string {
  const at = k.forecast?.reachesTargetAt ?? null;
  if (at === null) return 'on course for the target';
  return at <= asOf.slice(0, 10)
    ? 'at the target: keep it there'
    : `on course for the target by ${at}`;
}

/** The weekly digest, as lines. */
export function weeklyDigest(report: WeeklyReport, title: string): string[] {
  const scale = report.scale;
  const o = report.overall;
  const all = report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.keyResults));
  const byId = new Map(all.map((k) => [k.id, k]));
  const cycles = report.cycles.map((c) => md(c.name)).join(', ');
  const out: string[] = [
    `**${md(title)}**${cycles === '' ? '' : ` · ${cycles}`} · compared with ${report.previous}`,
    '',
    `**Score ${fmtScore(o.score, scale)}** ${trendText(o.delta, scale)} vs last week · ${o.keyResults} key results: ${countsText(o.statusCounts)}`,
  ];
  const units = report.units.filter((u) => u.keyResults > 0);
  if (units.length > 0) {
    table(
      out,
      ['Unit', 'Score', 'Trend', 'Needs attention most'],
      units.map((u) => [
        `${'· '.repeat(Math.min(u.depth, 4))}${md(u.name)}`,
        fmtScore(u.score, scale),
        trendText(u.score - u.previousScore, scale),
        u.worst === null
          ? '—'
          : `${statusLabel(u.worst.status)}: ${md(u.worst.title)} (${mdFigures(u.worst.figures.text)})`,
      ]),
      'units',
    );
  }
  const pick = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((k): k is WeeklyKeyResult => k !== undefined);
  const atRisk = pick(report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.atRisk)));
  const attention = [
    ...atRisk.map(
      (k) =>
        `${statusLabel(k.status)}: ${md(k.title)} — ${mdFigures(k.figures.text)} (${md(k.ownerName)})`,
    ),
    ...all
      .filter((k) => k.status === 'pending')
      .map((k) => `No check-in yet: ${md(k.title)} (${md(k.ownerName)})`),
    ...all
      .filter((k) => k.stale && k.status !== 'pending')
      .map((k) => `Stale since ${k.lastCheckInAt ?? '—'}: ${md(k.title)} (${md(k.ownerName)})`),
    ...report.dependencies.map(
      (d) => `Dependency ${d.state}: ${md(d.from.title)} needs ${md(d.on.title)}`,
    ),
  ];
  list(out, 'Needs attention', attention);
  const rank = (k: WeeklyKeyResult) =>
    k.outlook === 'falls-behind' ? 0 : k.outlook === 'reaches-target' ? 2 : 1;
  const next = pick(report.units.flatMap((u) => u.objectives.flatMap((ob) => ob.aboutTo))).sort(
    (a, b) => rank(a) - rank(b),
  );
  list(
    out,
    'Coming up next',
    next.map((k) => {
      const what =
        k.outlook === 'falls-behind'
          ? 'forecast falls behind'
          : k.outlook === 'reaches-target'
            ? reachesText(k, report.asOf)
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
      .map((k) => `${md(k.title)}: ${mdFigures(k.figures.text)} (${fmtDelta(k.delta, scale)})`),
  );
  const still = report.units
    .map((u) => ({ u, n: u.objectives.reduce((n, ob) => n + ob.didNotMove.length, 0) }))
    .filter((x) => x.n > 0);
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
    `**${md(title)}** · ${md(review.cycle.name)} (${review.cycle.start} – ${review.cycle.end}) · as of ${review.asOf}`,
    '',
    `**Cycle score ${fmtScore(o.score, scale)}** (${md(o.band.label)}) · committed: ${c.committed.met} of ${c.committed.objectives} met ${fmtScore(c.committed.target, scale)} · aspirational: ${c.aspirational.met} of ${c.aspirational.objectives} met ${fmtScore(c.aspirational.target, scale)} · alignment health ${Math.round(review.alignment.health)}/100`,
  ];
  table(
    out,
    ['Objective', 'Commitment', 'Grade', 'Result'],
    review.objectives.map((ob) => [
      md(ob.title),
      ob.commitment,
      `${fmtScore(ob.score, scale)} ${md(ob.band.label)}`,
      ob.flagged ? '**Below target**' : 'Met',
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
