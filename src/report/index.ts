// Public API of the report layer. Owners add one export line per file.
export type * from './types.js';
export { progressBarSvg, type ProgressBarSvgOptions } from './svg/progressBarSvg.js';
export {
  burnUpSvg,
  type BurnUpPoint,
  type BurnUpSvgOptions,
  type BurnUpValueAxis,
} from './svg/burnUpSvg.js';
export { toMarkdown, type ToMarkdownOptions } from './toMarkdown.js';
export { MAX_DEFAULT_CHARTS, MAX_DEFAULT_ROWS, toHtml, type ToHtmlOptions } from './toHtml.js';
export { weeklyReport, type WeeklyReportOptions } from './weeklyReport.js';
export { cycleReview, type CycleReviewOptions } from './cycleReview.js';
export { describeFinding, describeFix } from './describeFinding.js';
export {
  reminderData,
  reminderMarkdown,
  reminderSlackPayload,
  type ReminderData,
  type ReminderOptions,
  type SlackBlock,
  type SlackPayload,
} from './reminders.js';
