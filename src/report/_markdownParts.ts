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

/** A score change with its arrow: `▲ +0.05`, `▶ ±0`. */
export function trendText(delta: number, scale: Scale): string {
  const text = fmtDelta(delta, scale);
  return `${text === '±0' ? '▶' : delta > 0 ? '▲' : '▼'} ${text}`;
}
