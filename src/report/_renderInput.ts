/**
 * Private to the report layer: the one check of a renderer's arguments, so
 * that `toMarkdown` and `toHtml` refuse what is not a report (or options that
 * are not an object) with a SokrError instead of failing half-way.
 *
 * @module
 */
import { SokrError } from '../model/SokrError.js';

/** Throws `invalid_type` unless `report` is a weekly report or a cycle review and `options` an object. */
export function checkRenderInput(report: unknown, options: unknown, renderer: string): void {
  const kind =
    typeof report === 'object' && report !== null ? (report as { kind?: unknown }).kind : undefined;
  if (kind !== 'weekly' && kind !== 'review') {
    throw new SokrError([
      {
        path: ['report'],
        code: 'invalid_type',
        message: `${renderer} renders what weeklyReport or cycleReview returns (kind 'weekly' or 'review').`,
      },
    ]);
  }
  if (options === null || typeof options !== 'object') {
    throw new SokrError([
      {
        path: ['options'],
        code: 'invalid_type',
        message: `The options of ${renderer} are an object.`,
      },
    ]);
  }
  const title = (options as { title?: unknown }).title;
  if (title !== undefined && typeof title !== 'string') {
    throw new SokrError([
      {
        path: ['options', 'title'],
        code: 'invalid_type',
        message: `The title of ${renderer} is a string.`,
      },
    ]);
  }
}
