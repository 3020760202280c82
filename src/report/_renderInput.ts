/**
 * Private to the report layer: the one check of a renderer's arguments, so
 * that `toMarkdown` and `toHtml` refuse what is not a report (or options that
 * are not an object) with a SokrError instead of failing half-way.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import { inputError } from '../model/readingSet.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { SokrError } from '../model/SokrError.js';
import { isLocale } from './_formatDate.js';

/** Throws `invalid_type` unless `report` is a weekly report or a cycle review and `options` an object. */
/** The options each renderer takes (any other name is a typo, refused). */
const RENDER_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  toMarkdown: ['title', 'format', 'locale'],
  toHtml: ['title', 'lang', 'locale', 'charts', 'expand', 'hints', 'rows'],
};

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
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SokrError([
      {
        path: ['options'],
        code: 'invalid_type',
        message: `The options of ${renderer} are an object.`,
      },
    ]);
  }
  const known = RENDER_OPTIONS[renderer];
  if (known !== undefined) checkOptionKeys(options, known, ['options']);
  const locale = (options as { locale?: unknown }).locale;
  if (locale !== undefined && locale !== 'iso' && !isLocale(locale)) {
    throw new SokrError([
      {
        path: ['options', 'locale'],
        code: 'invalid_value',
        message: `The locale of ${renderer} is a BCP 47 tag this runtime formats dates with ('en-GB', 'de-DE') or 'iso', got ${describeValue(locale)}.`,
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

/** Throws `invalid_value` at `['options', name]` unless `value` is absent or one of `allowed`. */
export function checkChoice(
  value: unknown,
  name: string,
  allowed: readonly unknown[],
  renderer: string,
): void {
  if (value === undefined || allowed.includes(value)) return;
  throw new SokrError([
    {
      path: ['options', name],
      code: 'invalid_value',
      message: `The ${name} option of ${renderer} is one of ${allowed.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(', ')}; got ${describeValue(value)}.`,
    },
  ]);
}

/**
 * Runs a renderer over a report that passed {@link checkRenderInput}: a
 * `TypeError` from inside means the report was not made by `weeklyReport` or
 * `cycleReview` (a hand-made `{ kind: 'weekly' }`, a list set to `null`), and
 * becomes a {@link SokrError} `invalid_type` at `['report']`.
 */
export function renderingReport<T>(renderer: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof SokrError) throw error;
    if (!(error instanceof TypeError)) throw inputError(renderer, error);
    throw new SokrError([
      {
        path: ['report'],
        code: 'invalid_type',
        message: `${renderer} renders what weeklyReport or cycleReview returns; this report lacks part of that shape (${error.message}).`,
      },
    ]);
  }
}
