/**
 * Private to the HTML renderer: how a page words its hints for what it
 * leaves out, for a developer calling the library (`'api'`) or a person
 * running `sokr report` (`'cli'`). HTML, already escaped.
 *
 * @module
 */

/** The hints of one wording. */
export interface PageHints {
  /** After "No burn-up charts are drawn (…)". */
  charts: string;
  /** After "The tables below list …", without the final stop. */
  rows: string;
  /** Where one unit's page comes from: "one unit’s page with …". */
  unitPage: string;
}

/** The two wordings, by `ToHtmlOptions.hints`. */
export const PAGE_HINTS: Readonly<Record<'api' | 'cli', PageHints>> = {
  api: {
    charts: "Render with <code>{ charts: 'all' }</code> for every chart.",
    rows: "Render with <code>{ rows: 'all' }</code> for every table",
    unitPage: 'one unit’s page with <code>weeklyReport(set, { unitId })</code>',
  },
  cli: {
    charts: 'Run with <code>--charts all</code> for every chart.',
    rows: 'Run with <code>--rows all</code> for every table',
    unitPage: 'one unit’s page with <code>--unit &lt;id&gt;</code>',
  },
};
