import { checkChoice, checkRenderInput, renderingReport } from './_renderInput.js';
import { PAGE_HINTS, type PageHints } from './html/hints.js';
import { withShownDates } from './_formatDate.js';
import { escapeXml as esc } from './escape.js';
import { CSS } from './html/css.js';
import { reviewBody } from './html/reviewHtml.js';
import { weeklyBody } from './html/weeklyHtml.js';
import { SokrError } from '../model/SokrError.js';
import type {
  Report,
  ReviewKeyResult,
  ReviewObjective,
  WeeklyKeyResult,
  WeeklyUnit,
} from './types.js';

/** Options of {@link toHtml}. */
export interface ToHtmlOptions {
  /** The page title and top heading. Default: `Weekly check-in — <asOf>` or `Cycle review — <cycle name>`. */
  title?: string | undefined;
  /** The page language (`lang` attribute). Default `'en'`. */
  lang?: string | undefined;
  /**
   * A BCP 47 locale (`'en-GB'`, `'de-DE'`) for the days shown: `asOf` (its
   * calendar day in the set's zone, `asOfDay`, for an instant), the previous
   * date, the cycles' days, and the key results' last check-ins, forecast and
   * target days, as "15 Feb 2026" (`'en-GB'` when not given); or `'iso'` to
   * print the report's ISO dates as they are. The "owed" lines are data
   * (`OwedItem.text`) and keep ISO days.
   */
  locale?: string | undefined;
  /**
   * Which key results get a burn-up chart: `'all'` (every one with a score
   * series or a forecast), `'attention'` (only those needing attention: at
   * risk, off track, missed or forecast to fall behind in a weekly report; not
   * achieved in a flagged objective in a review) or `'none'`. Default: `'all'`
   * up to {@link MAX_DEFAULT_CHARTS} key results; above, the
   * {@link MAX_DEFAULT_CHARTS} key results most in need of attention (missed,
   * then off track, then at risk, then falling behind; the widest gap to the
   * expected progress first), so that a report of thousands of key results
   * stays a page a browser opens quickly. The page says how many it shows.
   */
  charts?: 'all' | 'attention' | 'none' | undefined;
  /**
   * Open every unit's (weekly report) or objective's (review) key result
   * table when the page loads.
   * Default `false`: the page shows the headline, what needs attention, what
   * is coming up next, what moved and what didn't, with each unit's key
   * results one click away (a `<details>` element; printing opens them).
   */
  expand?: boolean | undefined;
  /**
   * How the page words its hints for what it leaves out: `'api'` (default)
   * names the options of this library (`{ rows: 'all' }`,
   * `weeklyReport(set, { unitId })`); `'cli'` names the flags of
   * `sokr report` (`--rows all`, `--unit <id>`). `sokr report` passes `'cli'`.
   */
  hints?: 'api' | 'cli' | undefined;
  /**
   * How many key-result rows the detail tables hold ("Key results by unit" of
   * a weekly report, "Key results by objective" of a review): `'all'`, or at
   * most this many, taken as whole units (objectives) in the report's order,
   * at least one. Default: `'all'` up to {@link MAX_DEFAULT_ROWS} key
   * results; above, the first units (objectives) up to that many rows — a
   * page of 100,000 rows (about 90 MB) is one no browser opens and nobody
   * reads, while the headline, the units-at-a-glance table and the lists
   * above the tables still cover every key result. The page says how many
   * rows it shows; the report data (and `toMarkdown`) keep every one, and
   * `weeklyReport(set, { unitId })` gives one unit's page. Burn-up charts are
   * drawn for the key results whose rows are shown.
   */
  rows?: 'all' | number | undefined;
}

/**
 * Above this many key results, `toHtml` draws burn-up charts only for those
 * needing attention unless `charts` says otherwise.
 *
 * @example
 * ```ts
 * import { MAX_DEFAULT_CHARTS, toHtml, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const report = weeklyReport(set, { asOf: '2026-01-21' });
 * const all = report.overall.keyResults > MAX_DEFAULT_CHARTS ? toHtml(report, { charts: 'all' }) : toHtml(report);
 * ```
 */
export const MAX_DEFAULT_CHARTS = 1000;

/**
 * Above this many key results, `toHtml`'s detail tables hold the first units
 * (objectives) up to this many rows unless `rows` says otherwise.
 *
 * @example
 * ```ts
 * import { MAX_DEFAULT_ROWS, toHtml, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const report = weeklyReport(set, { asOf: '2026-01-21' });
 * const every = report.overall.keyResults > MAX_DEFAULT_ROWS ? toHtml(report, { rows: 'all' }) : toHtml(report);
 * ```
 */
export const MAX_DEFAULT_ROWS = 5000;

type ChartFilter = (k: WeeklyKeyResult | ReviewKeyResult) => boolean;

function chartNote(
  shown: number,
  total: number,
  mode: 'attention' | 'none',
  capped: boolean,
  hints: PageHints,
): string {
  const which =
    mode === 'none'
      ? 'No burn-up charts are drawn'
      : `Burn-up charts are drawn for the ${shown} key results ${capped ? 'most in need of attention' : 'that need attention'}`;
  return `<p class="legend"><strong>${which} (of ${total} key results).</strong> ${hints.charts}</p>`;
}

/** The groups (units or objectives) whose tables are shown, whole, in order, within `budget` rows. */
function shownGroups<G>(
  groups: readonly G[],
  size: (group: G) => number,
  budget: number,
): { shown: Set<G>; rows: number } {
  const shown = new Set<G>();
  let rows = 0;
  for (const g of groups) {
    const n = size(g);
    if (rows > 0 && rows + n > budget) break;
    shown.add(g);
    rows += n;
  }
  return { shown, rows };
}

function rowsNote(
  rows: number,
  total: number,
  groups: number,
  of: number,
  what: 'units' | 'objectives',
  hints: PageHints,
): string {
  // A review has no unit filter: its hint names the rows option only.
  const more = what === 'units' ? `${hints.rows}, or ${hints.unitPage}.` : `${hints.rows}.`;
  return `<p class="legend"><strong>The tables below list ${rows} of ${total} key results: the first ${groups} of ${of} ${what}.</strong> Every key result counts in the headline and the lists above. ${more}</p>`;
}

/** A well-formed BCP 47 tag (any language, known to this runtime or not). */
function isLanguageTag(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function rowsOf(value: unknown): number | undefined {
  if (value === undefined || value === 'all') return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new SokrError([
    {
      path: ['options', 'rows'],
      code: 'invalid_value',
      message: `rows is 'all' or a whole number of at least 1, got ${typeof value === 'number' || typeof value === 'string' ? JSON.stringify(value) : typeof value}.`,
    },
  ]);
}

/**
 * Renders a report as one standalone, accessible HTML page: inline CSS, no
 * scripts, no external assets. The page has `lang`, one `<h1>`, a section
 * per part with an `<h2>`, tables with captions and header cells, and
 * inline SVG charts with `role="img"` and an accessible name.
 *
 * The page opens with its headline (`#headline`): a weekly report's score
 * in large type, its trend against last week, the status counts and the
 * units-at-a-glance table (unit, score, trend, counts, the key result most in
 * need of attention); a review's cycle score with its grade, committed vs
 * aspirational, and the grades. A contents list links the sections below, each
 * a `<details>` that folds: needs attention, coming up next, moved, didn't
 * move (grouped by unit), key results by unit (weekly); celebrate, carry
 * over, retrospective prompts, key results by objective, pillars, alignment
 * (review). Every key result row shows its real numbers
 * (`ReportFigures.text`: "€4.2M of €5.0M (from €4.0M)").
 *
 * Colours mean one thing per page: in the weekly report the colour and word
 * next to a score are its status (on track, at risk, …); in the review they
 * are the scale's grade bands. The legend says so.
 *
 * Charts (stable, for tests): one progress bar (`rect.sokr-bar`) per
 * objective — weekly with the expected-progress marker, review with the
 * commitment's target as marker; each key result with a score series or a
 * forecast gets a burn-up chart (`svg.sokr-burnup`, on a value axis in the
 * measure's unit where it has numbers) with one `circle.sokr-point` per series
 * point — for reports above {@link MAX_DEFAULT_CHARTS} key results only those
 * needing attention, unless `charts` says otherwise. Charts sit in folded
 * `<details>`; the units' (objectives') tables start folded unless `expand`.
 * Every status appears as a text badge (`.sokr-status-<status>`) and every
 * band by its label, never by colour alone. Print CSS unfolds everything.
 *
 * @param report - a {@link WeeklyReport} or a {@link CycleReview}.
 * @param options - page title, language, which charts to draw, and whether tables start open.
 * @returns the HTML document as a string.
 * @throws {@link SokrError} `invalid_type` for what is not a report; `invalid_value` at
 * `['options', name]` for `charts`, `expand`, `rows`, `lang` or `locale` outside their values.
 * @example
 * ```ts
 * import { toHtml, weeklyReport } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const html = toHtml(weeklyReport(set, { asOf: '2026-01-21' }), { title: 'Week 3' });
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function toHtml(report: Report, options: ToHtmlOptions = {}): string {
  return renderingReport('toHtml', () => {
    checkRenderInput(report, options, 'toHtml');
    return htmlOf(report, options);
  });
}

function htmlOf(report: Report, options: ToHtmlOptions): string {
  checkChoice(options.charts, 'charts', ['all', 'attention', 'none'], 'toHtml');
  checkChoice(options.expand, 'expand', [true, false], 'toHtml');
  checkChoice(options.hints, 'hints', ['api', 'cli'], 'toHtml');
  const hints = PAGE_HINTS[options.hints ?? 'api'];
  if (options.lang !== undefined && !isLanguageTag(options.lang))
    throw new SokrError([
      {
        path: ['options', 'lang'],
        code: 'invalid_value',
        message: "The lang option of toHtml is a BCP 47 language tag ('en', 'de-CH').",
      },
    ]);
  report = withShownDates(report, options.locale);
  const title =
    options.title ??
    (report.kind === 'weekly'
      ? `Weekly check-in — ${report.asOf}`
      : `Cycle review — ${report.cycle.name}`);
  const parts: string[] = [
    `<!doctype html>\n<html lang="${esc(options.lang ?? 'en')}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n`,
  ];
  // One array for the whole page, joined once: no intermediate copies of a page that can weigh megabytes.
  const total =
    report.kind === 'weekly'
      ? report.units.reduce((n, u) => u.objectives.reduce((m, o) => m + o.keyResults.length, n), 0)
      : report.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  const budget =
    rowsOf(options.rows) ??
    (options.rows === undefined && total > MAX_DEFAULT_ROWS ? MAX_DEFAULT_ROWS : undefined);
  let shownUnits: Set<WeeklyUnit> | undefined;
  let shownObjectives: Set<ReviewObjective> | undefined;
  let rowNote = '';
  let krs: Array<WeeklyKeyResult | ReviewKeyResult>;
  if (report.kind === 'weekly') {
    const units = report.units.filter((u) => u.objectives.length > 0);
    if (budget !== undefined && budget < total) {
      const size = (u: WeeklyUnit) => u.objectives.reduce((n, o) => n + o.keyResults.length, 0);
      const picked = shownGroups(units, size, budget);
      shownUnits = picked.shown;
      const withRows = units.filter((u) => size(u) > 0).length;
      rowNote = rowsNote(picked.rows, total, picked.shown.size, withRows, 'units', hints);
    }
    krs = [];
    for (const u of units) {
      if (shownUnits !== undefined && !shownUnits.has(u)) continue;
      for (const o of u.objectives) for (const k of o.keyResults) krs.push(k);
    }
  } else {
    if (budget !== undefined && budget < total) {
      const picked = shownGroups(report.objectives, (o) => o.keyResults.length, budget);
      shownObjectives = picked.shown;
      const withRows = report.objectives.filter((o) => o.keyResults.length > 0).length;
      rowNote = rowsNote(picked.rows, total, picked.shown.size, withRows, 'objectives', hints);
    }
    krs = [];
    for (const o of report.objectives) {
      if (shownObjectives !== undefined && !shownObjectives.has(o)) continue;
      for (const k of o.keyResults) krs.push(k);
    }
  }
  const mode = options.charts ?? (krs.length > MAX_DEFAULT_CHARTS ? 'attention' : 'all');
  const hasChart = (k: WeeklyKeyResult | ReviewKeyResult) =>
    k.series.length > 0 || k.forecast !== null;
  const flagged = new Set(report.kind === 'review' ? report.flagged : []);
  const needsAttention = (k: WeeklyKeyResult | ReviewKeyResult): boolean =>
    'movement' in k
      ? k.status === 'at-risk' ||
        k.status === 'off-track' ||
        k.status === 'missed' ||
        k.outlook === 'falls-behind'
      : k.status !== 'achieved' && flagged.has(k.objectiveId);
  let drawn: ChartFilter =
    mode === 'all'
      ? hasChart
      : mode === 'none'
        ? () => false
        : (k) => hasChart(k) && needsAttention(k);
  if (options.charts === undefined && mode === 'attention') {
    // Default for a large report: at most MAX_DEFAULT_CHARTS charts, the worst first.
    const rank: Record<string, number> = { missed: 0, 'off-track': 1, 'at-risk': 2 };
    const gap = (k: WeeklyKeyResult | ReviewKeyResult) =>
      ('expected' in k ? k.expected : 1) - k.score;
    const chosen = new Set(
      krs
        .filter(drawn)
        .sort((a, b) => (rank[a.status] ?? 3) - (rank[b.status] ?? 3) || gap(b) - gap(a))
        .slice(0, MAX_DEFAULT_CHARTS),
    );
    drawn = (k) => chosen.has(k);
  }
  const note =
    rowNote +
    (mode === 'all'
      ? ''
      : chartNote(krs.filter(drawn).length, krs.length, mode, options.charts === undefined, hints));
  if (report.kind === 'weekly')
    weeklyBody(report, title, parts, drawn, note, options.expand === true, shownUnits, hints);
  else reviewBody(report, title, parts, drawn, note, options.expand === true, shownObjectives);
  parts.push('\n</main>\n</body>\n</html>\n');
  return parts.join('');
}
