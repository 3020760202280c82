/**
 * Private to `toMarkdown`: the pieces both full pages are made of — a
 * GitHub-flavoured table, the status counts in words and a score's trend
 * (the digest uses the last two too).
 *
 * @module
 */
import type { Scale } from '../scale/Scale.js';
import { fmtDelta, STATUS_ORDER, statusLabel } from './format.js';
import type { WeeklyReport } from './types.js';

/** A table's lines: the head, its rule and one line per row (cells already escaped). */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** The status counts above zero in status order, in words: `2 on track, 1 at risk`. */
export function countsText(counts: WeeklyReport['overall']['statusCounts']): string {
  const parts: string[] = [];
  for (const s of STATUS_ORDER) {
    const n = counts[s] ?? 0;
    if (n > 0) parts.push(`${n} ${statusLabel(s).toLowerCase()}`);
  }
  return parts.join(', ');
}

/** `26 key results: 3 on track, 1 at risk`, `1 key result: 1 pending`, `no key results`. */
export function keyResultCountText(
  n: number,
  counts: WeeklyReport['overall']['statusCounts'],
): string {
  if (n === 0) return 'no key results';
  const text = countsText(counts);
  return `${n} key result${n === 1 ? '' : 's'}${text === '' ? '' : `: ${text}`}`;
}

/**
 * The line under a glance table for the units it leaves out because nothing
 * of the report's cycles is theirs (a team without OKRs this cycle is news
 * too): `No key results in this report: Legal, Facilities.`; `''` when none,
 * and in a report filtered to one person (`filter.ownerId`), where a unit
 * without their key results may well have OKRs: naming it would say it has none.
 */
export function unitsWithoutKeyResults(
  report: WeeklyReport,
  esc: (text: string) => string,
  max = 20,
): string {
  // A report stored before `filter` existed has none: it was not filtered to a person.
  if ((report.filter?.ownerId ?? null) !== null) return '';
  const names = report.units.filter((u) => u.keyResults === 0).map((u) => esc(u.name));
  if (names.length === 0) return '';
  const shown =
    names.length > max ? [...names.slice(0, max), `… and ${names.length - max} more`] : names;
  return `No key results in this report: ${shown.join(', ')}.`;
}

/** A score change with its arrow: `▲ +0.05`, `▶ ±0`. */
export function trendText(delta: number, scale: Scale): string {
  const text = fmtDelta(delta, scale);
  return `${text === '±0' ? '▶' : delta > 0 ? '▲' : '▼'} ${text}`;
}
