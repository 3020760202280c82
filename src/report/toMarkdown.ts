/**
 * Markdown rendering of a report (`toMarkdown`): the options, and the full
 * page (`_weeklyMarkdown`, `_reviewMarkdown`) or the digest (`_digest`).
 *
 * @module
 */
import { SokrError } from '../model/SokrError.js';
import { reviewDigest, weeklyDigest } from './_digest.js';
import { withShownDates } from './_formatDate.js';
import { checkRenderInput, renderingReport } from './_renderInput.js';
import { reviewMarkdown } from './_reviewMarkdown.js';
import { weeklyMarkdown } from './_weeklyMarkdown.js';
import type { Report } from './types.js';

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
   * A BCP 47 locale (`'en-GB'`, `'de-DE'`) for the days shown: `asOf` (its
   * calendar day in the set's zone, `asOfDay`, for an instant), the previous
   * date, the cycles' days, and the key results' last check-ins, forecast and
   * target days, as "15 Feb 2026" (`'en-GB'` when not given); or `'iso'` to
   * print the report's ISO dates as they are. The "owed" lines are data
   * (`OwedItem.text`) and keep ISO days.
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
 *   `invalid_value` at `['options', 'format']` for an unknown format, at `['options', 'locale']` for a locale this runtime cannot format with (nor `'iso'`).
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
  return renderingReport('toMarkdown', () => {
    checkRenderInput(report, options, 'toMarkdown');
    return markdownOf(report, options);
  });
}

function markdownOf(report: Report, options: ToMarkdownOptions): string {
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
        ? weeklyMarkdown(report, title)
        : reviewMarkdown(report, title);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
