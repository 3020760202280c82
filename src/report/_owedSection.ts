/**
 * Private to the report layer: the weekly report's "owed this week" section
 * — its data (from `obligations`) and its Markdown and HTML renderings, one
 * function each so the report and the renderers call it in one line.
 *
 * @module
 */
import { instantFrom } from '../_lib/date.js';
import { type CompiledOkrSet, graphOf } from '../core/compile.js';
import type { Id } from '../model/types.js';
import type { StatusPolicy } from '../progress/statusPolicy.js';
import { obligations } from '../rhythm/obligations.js';
import type { Obligation, ObligationKind, ObligationsOptions } from '../rhythm/types.js';
import type { AsOf } from '../model/AsOf.js';
import { OBLIGATION_NOUNS, obligationNames, owedItemWriter } from './_obligationText.js';
import { countText } from './format.js';
import { escapeMarkdown, escapeXml } from './escape.js';
import { foldSection } from './html/parts.js';
import type { OwedItem, WeeklyReport } from './types.js';

/** Rows the renderers show at most; the data keeps every item (`sokr remind` lists them all). */
export const MAX_OWED_ROWS = 100;

/** The objective positions an obligation concerns, by kind (−1: none). */
function objectivesOf(e: Obligation, compiled: CompiledOkrSet): Id[] {
  const graph = graphOf(compiled);
  switch (e.kind) {
    case 'check-in':
      return [e.ids[1]!];
    case 'approval':
      return [e.ids[0]!];
    case 'dependency':
      return [e.ids[1]!, e.ids[2]!];
    case 'initiative': {
      const k = graph.keyResultOf.get(e.ids[1]!);
      const o = k === undefined ? -1 : graph.keyResultObjective[k]!;
      return o < 0 ? [] : [graph.set.objectives[o]!.id];
    }
    case 'review':
      return e.ids.slice(1);
  }
}

/**
 * The section's data: obligations at `asOf` (whose day in the set's zone is
 * `asOfDay`, for "due today") in the report's scope — the
 * person's own with `ownerId`; with `unitIds`, those about objectives of
 * those units — overdue first (most days late first), then by due date.
 */
export function owedThisWeek(
  compiled: CompiledOkrSet,
  asOf: AsOf,
  asOfDay: string,
  statusPolicy: Partial<StatusPolicy>,
  unitIds: ReadonlySet<Id> | undefined,
  ownerId: Id | undefined,
  escalation: Pick<ObligationsOptions, 'graceDays' | 'escalationLevels'> = {},
): OwedItem[] {
  const graph = graphOf(compiled);
  // obligations checks the escalation options (its paths are the report's: ['graceDays']).
  const result = obligations(compiled, {
    asOf,
    statusPolicy: { cadenceDays: statusPolicy.cadenceDays ?? 7 },
    ...(escalation.graceDays === undefined ? {} : { graceDays: escalation.graceDays }),
    ...(escalation.escalationLevels === undefined
      ? {}
      : { escalationLevels: escalation.escalationLevels }),
  });
  const names = obligationNames(graph);
  const inUnits = (e: Obligation): boolean =>
    objectivesOf(e, compiled).some((id) => {
      const o = graph.objectiveOf.get(id);
      return o !== undefined && unitIds!.has(graph.set.objectives[o]!.unitId);
    });
  const owedItem = owedItemWriter(names, asOfDay);
  const items: OwedItem[] = [];
  for (const e of result.entries) {
    if (ownerId !== undefined && e.personId !== ownerId) continue;
    if (unitIds !== undefined && !inUnits(e)) continue;
    // The entry itself becomes the item (the result is this function's own): a
    // copy of 100k entries would double what the report allocates.
    items.push(owedItem(e, e));
  }
  // Grouped by lateness, most days late first; then what is not yet late, by
  // due date. Each group keeps the order of `obligations` (person, due date).
  const buckets = new Map<number, OwedItem[]>();
  const upcoming: OwedItem[] = [];
  for (const item of items) {
    if (!item.overdue) {
      upcoming.push(item);
      continue;
    }
    const list = buckets.get(item.daysLate);
    if (list === undefined) buckets.set(item.daysLate, [item]);
    else list.push(item);
  }
  const keys = [...buckets.keys()].sort((x, y) => y - x);
  const sorted: OwedItem[] = [];
  for (const k of keys) for (const item of buckets.get(k)!) sorted.push(item);
  if (upcoming.length > 1) {
    // Array.prototype.sort is stable: equal due dates keep the person order.
    const ms = new Map<string, number>();
    const dueMs = (text: string): number => {
      let at = ms.get(text);
      if (at === undefined) {
        at = instantFrom(text) ?? Number.POSITIVE_INFINITY;
        ms.set(text, at);
      }
      return at;
    };
    upcoming.sort((a, b) => dueMs(a.dueAt) - dueMs(b.dueAt) || 0);
  }
  for (const item of upcoming) sorted.push(item);
  return sorted;
}

/** The Markdown lines of the section. */
export function owedMarkdown(report: WeeklyReport): string[] {
  const owed = report.owed;
  const out = ['## Owed this week', ''];
  if (owed.length === 0) return [...out, 'Nothing owed this week.', ''];
  const late = owed.filter((e) => e.overdue).length;
  out.push(`${owed.length} owed, ${late} overdue.`, '');
  out.push('| Who | What | Escalated to |', '|---|---|---|');
  for (const e of owed.slice(0, MAX_OWED_ROWS)) {
    // escapeMarkdown escapes `|` too, so a cell cannot break the table.
    const cells = [e.personName, e.text, e.escalatedToNames.join(', ') || '—'].map(escapeMarkdown);
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (owed.length > MAX_OWED_ROWS)
    out.push('', `… and ${owed.length - MAX_OWED_ROWS} more (\`sokr remind\` lists every one).`);
  out.push('');
  return out;
}

/** The rows of the section's tables, at most {@link MAX_OWED_ROWS} in all. */
function owedRows(items: readonly OwedItem[]): string {
  let out = '';
  for (let i = 0; i < items.length && i < MAX_OWED_ROWS; i++) {
    const e = items[i]!;
    out += `<tr${e.overdue ? ' class="late"' : ''}><th scope="row">${escapeXml(e.personName)}</th><td>${escapeXml(e.text)}</td><td>${escapeXml(e.escalatedToNames.join(', ') || '—')}</td></tr>`;
  }
  return out;
}

const OWED_HEAD =
  '<thead><tr><th scope="col">Who</th><th scope="col">What</th><th scope="col">Escalated to</th></tr></thead>';

/** `7 check-ins, 2 approvals`: what the items are, by kind, in the order they first come. */
function kindsText(items: readonly OwedItem[]): string {
  const counts = new Map<ObligationKind, number>();
  for (const e of items) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => countText(n, ...OBLIGATION_NOUNS[kind])).join(', ');
}

/**
 * The HTML of the section: what is overdue in a table (the list a manager
 * acts on), then what is not late yet folded under one line that counts it
 * by kind (open it for the table), so a week with many check-ins due today
 * stays a few lines tall.
 */
export function owedHtml(report: WeeklyReport): string {
  const owed = report.owed;
  if (owed.length === 0)
    return foldSection('owed', 'Owed this week', 0, '<p>Nothing owed this week.</p>');
  const late = owed.filter((e) => e.overdue);
  const upcoming = owed.filter((e) => !e.overdue);
  const parts: string[] = [`<p>${owed.length} owed, ${late.length} overdue.</p>`];
  if (late.length > 0)
    parts.push(
      `<table><caption>Overdue</caption>${OWED_HEAD}<tbody>${owedRows(late)}</tbody></table>`,
    );
  if (upcoming.length > 0 && late.length < MAX_OWED_ROWS)
    parts.push(
      `<details class="owed-upcoming"><summary>Not late yet: ${escapeXml(kindsText(upcoming))}</summary><table><caption>Not late yet</caption>${OWED_HEAD}<tbody>${owedRows(upcoming.slice(0, MAX_OWED_ROWS - late.length))}</tbody></table></details>`,
    );
  if (owed.length > MAX_OWED_ROWS)
    parts.push(
      `<p class="muted">… and ${owed.length - MAX_OWED_ROWS} more (<code>sokr remind</code> lists every one).</p>`,
    );
  // A section that folds, like the page's other lists (`<details>`, open).
  return foldSection('owed', 'Owed this week', owed.length, parts.join(''));
}
