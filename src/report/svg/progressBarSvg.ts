import type { Issue } from '../../model/issue.js';
import { clamp, escapeXml, num, safeColor } from '../escape.js';
import {
  isRecord,
  optionsIssue,
  readBoolean,
  readColor,
  readNumber,
  readOptions,
  readSize,
  readText,
  typeIssue,
} from './_check.js';

/** The options `progressBarSvg` takes (any other name is a typo, refused). */
const BAR_OPTIONS: readonly string[] = [
  'score',
  'expected',
  'band',
  'color',
  'label',
  'valueText',
  'expectedText',
  'width',
  'height',
  'showValue',
  'inlineStyle',
];

/** Options of {@link progressBarSvg}. */
export interface ProgressBarSvgOptions {
  /** Score on 0–1 (1 = target met). Drawn clamped to 0–1; the text shows the value given. */
  score: number;
  /** Expected progress on 0–1 at the report date: drawn as a vertical marker when given. */
  expected?: number | undefined;
  /** The band of the score (e.g. `grade(score, scale)`): its colour fills the bar, its label is written next to it. */
  band?: { label: string; color: string } | undefined;
  /** Fill colour; overrides `band.color`. Any CSS hex, rgb()/hsl() or named colour. */
  color?: string | undefined;
  /** What the bar measures (an objective title): the start of the accessible name. */
  label: string;
  /** The score as text (e.g. `formatScore(score, scale)`); `Math.round(score * 100)%` when absent. */
  valueText?: string | undefined;
  /** The expected progress as text; a percentage when absent. */
  expectedText?: string | undefined;
  /** Width of the bar in px (the text, when shown, is drawn to its right). Default 240. */
  width?: number | undefined;
  /** Height of the bar in px. Default 14. */
  height?: number | undefined;
  /** Write the value and band label to the right of the bar. Default `true`. */
  showValue?: boolean | undefined;
  /**
   * Write the shared presentation attributes (track colour, marker stroke,
   * font) on the elements. Default `true`, for a standalone SVG; `false`
   * leaves them to a page stylesheet styling the `sokr-*` classes (as `toHtml`
   * does), which keeps a page of thousands of bars small. The bar's fill is
   * always written.
   */
  inlineStyle?: boolean | undefined;
}

const TEXT_WIDTH = 130;

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/**
 * Builds a standalone horizontal progress bar as an SVG string.
 *
 * Element structure (stable, for tests and CSS):
 * `<svg class="sokr-progress" role="img" aria-label="…">` containing, in order,
 * `<title>` (same text as the accessible name), `<rect class="sokr-track">`
 * (the full width), `<rect class="sokr-bar">` (the score; exactly one per
 * bar, `data-score` holds the score), `<line class="sokr-expected">` (only
 * when `expected` is given, `data-expected` holds it) and
 * `<text class="sokr-bar-value">` (only when `showValue` is not `false`).
 * Colour is never the only signal: the band label and the value are in the
 * text and in the accessible name. All text is XML-escaped.
 *
 * What is drawn rather than refused: a `score` that is `NaN` or infinite is
 * drawn as 0, an `expected` that is not finite draws no marker, and a colour
 * that is not a CSS colour (`color`, `band.color`) falls back to grey. A text
 * option may also be a number, written as its digits.
 *
 * @param options - The score, expected marker, band/colour and label.
 * @returns An `<svg>` element as a string.
 * @throws {@link SokrError} naming every option of the wrong type at its path:
 *   options that are not an object (`invalid_type` at `[]`); `missing` for an
 *   absent `score`, `label`, `band.label` or `band.color`; `invalid_type` for a
 *   `score` or `expected` that is not a number, a `band` that is not an object,
 *   a text or colour that is not a string, a `showValue` or `inlineStyle` that
 *   is not a boolean (`null` is not "absent": leave the option out);
 *   `invalid_value` for a `width` or `height` that is not a finite number above 0.
 *   A getter that throws while the options are read is `not_json` at `[]`.
 * @example
 * ```ts
 * import { isSokrError, progressBarSvg } from 'sokr';
 * const svg = progressBarSvg({
 *   score: 0.45, expected: 0.3, band: { label: 'Yellow', color: '#f59e0b' },
 *   label: 'Win the mid-market',
 * });
 * svg.includes('class="sokr-bar"'); // true
 * try {
 *   progressBarSvg({ score: '45%', label: 'Win' } as never);
 * } catch (error) {
 *   if (isSokrError(error)) error.issues[0]; // { path: ['score'], code: 'invalid_type', … }
 * }
 * ```
 */
export function progressBarSvg(options: ProgressBarSvgOptions): string {
  const o = readOptions(
    'progressBarSvg',
    (issues) => readBarOptions(options, issues),
    options,
    BAR_OPTIONS,
  )!;
  const w = o.width;
  const h = o.height;
  const showValue = o.showValue !== false;
  const score = Number.isFinite(o.score) ? o.score : 0;
  const fill = safeColor(o.color ?? o.band?.color);
  const valueText = o.valueText ?? percent(score);
  const bandText = o.band === undefined ? '' : ` (${o.band.label})`;
  const expected = o.expected;
  const hasExpected = expected !== undefined && Number.isFinite(expected);
  const expectedText = hasExpected ? (o.expectedText ?? percent(expected)) : '';
  const name = `${o.label}: ${valueText}${bandText}${hasExpected ? `, expected ${expectedText}` : ''}`;
  const pad = 3;
  const totalW = w + (showValue ? TEXT_WIDTH : 0);
  const totalH = h + pad * 2;
  const barW = clamp(score, 0, 1) * w;
  const inline = o.inlineStyle !== false;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sokr-progress" role="img" aria-label="${escapeXml(name)}" width="${num(totalW)}" height="${num(totalH)}" viewBox="0 0 ${num(totalW)} ${num(totalH)}">`,
    `<title>${escapeXml(name)}</title>`,
    `<rect class="sokr-track" x="0" y="${pad}" width="${num(w)}" height="${num(h)}" rx="${num(h / 2)}"${inline ? ' fill="#e5e7eb"' : ''}/>`,
    `<rect class="sokr-bar" data-score="${num(score)}" x="0" y="${pad}" width="${num(barW)}" height="${num(h)}" rx="${num(h / 2)}" fill="${escapeXml(fill)}"/>`,
  ];
  if (hasExpected) {
    const x = clamp(expected, 0, 1) * w;
    parts.push(
      `<line class="sokr-expected" data-expected="${num(expected)}" x1="${num(x)}" x2="${num(x)}" y1="0" y2="${num(totalH)}"${inline ? ' stroke="#111827" stroke-width="2"' : ''}/>`,
    );
  }
  if (showValue) {
    const label = o.band === undefined ? valueText : `${valueText} · ${o.band.label}`;
    parts.push(
      `<text class="sokr-bar-value" x="${num(w + 8)}" y="${num(pad + h / 2)}"${inline ? ' dominant-baseline="central" font-size="12" font-family="system-ui, sans-serif" fill="#111827"' : ''}>${escapeXml(label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The options of {@link progressBarSvg} as read once, checked, with the sizes' defaults. */
interface BarOptions {
  score: number;
  expected: number | undefined;
  band: { label: string; color: string } | undefined;
  color: string | undefined;
  label: string;
  valueText: string | undefined;
  expectedText: string | undefined;
  width: number;
  height: number;
  showValue: boolean | undefined;
  inlineStyle: boolean | undefined;
}

/** Reads every option once (a getter runs once), pushing an issue for each of the wrong type. */
function readBarOptions(options: unknown, issues: Issue[]): BarOptions | undefined {
  if (!isRecord(options)) {
    issues.push(optionsIssue('progressBarSvg', '{ score, label, band?, expected?, … }', options));
    return undefined;
  }
  const score = readNumber(options.score, ['score'], true, issues) ?? 0;
  const expected = readNumber(options.expected, ['expected'], false, issues);
  const band = options.band;
  let paint: BarOptions['band'];
  if (isRecord(band)) {
    const label = readText(band.label, ['band', 'label'], true, issues) ?? '';
    const color = band.color;
    if (typeof color === 'string') paint = { label, color };
    else issues.push(typeIssue(['band', 'color'], 'string', 'a CSS colour string', color));
  } else if (band !== undefined) {
    issues.push(typeIssue(['band'], 'object', 'an object { label, color }', band));
  }
  return {
    score,
    expected,
    band: paint,
    color: readColor(options.color, ['color'], issues),
    label: readText(options.label, ['label'], true, issues) ?? '',
    valueText: readText(options.valueText, ['valueText'], false, issues),
    expectedText: readText(options.expectedText, ['expectedText'], false, issues),
    width: readSize(options.width, ['width'], 240, issues),
    height: readSize(options.height, ['height'], 14, issues),
    showValue: readBoolean(options.showValue, ['showValue'], issues),
    inlineStyle: readBoolean(options.inlineStyle, ['inlineStyle'], issues),
  };
}
