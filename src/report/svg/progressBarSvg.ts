import { clamp, escapeXml, num, safeColor } from '../escape.js';

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
 * @param options - The score, expected marker, band/colour and label.
 * @returns An `<svg>` element as a string.
 * @example
 * ```ts
 * import { progressBarSvg } from 'sokr';
 * const svg = progressBarSvg({
 *   score: 0.45, expected: 0.3, band: { label: 'Yellow', color: '#f59e0b' },
 *   label: 'Win the mid-market',
 * });
 * svg.includes('class="sokr-bar"'); // true
 * ```
 */
export function progressBarSvg(options: ProgressBarSvgOptions): string {
  const w = options.width ?? 240;
  const h = options.height ?? 14;
  const showValue = options.showValue !== false;
  const score = Number.isFinite(options.score) ? options.score : 0;
  const fill = safeColor(options.color ?? options.band?.color);
  const valueText = options.valueText ?? percent(score);
  const bandText = options.band === undefined ? '' : ` (${options.band.label})`;
  const expected = options.expected;
  const hasExpected = expected !== undefined && Number.isFinite(expected);
  const expectedText = hasExpected ? (options.expectedText ?? percent(expected)) : '';
  const name = `${options.label}: ${valueText}${bandText}${hasExpected ? `, expected ${expectedText}` : ''}`;
  const pad = 3;
  const totalW = w + (showValue ? TEXT_WIDTH : 0);
  const totalH = h + pad * 2;
  const barW = clamp(score, 0, 1) * w;
  const inline = options.inlineStyle !== false;
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
    const label = options.band === undefined ? valueText : `${valueText} · ${options.band.label}`;
    parts.push(
      `<text class="sokr-bar-value" x="${num(w + 8)}" y="${num(pad + h / 2)}"${inline ? ' dominant-baseline="central" font-size="12" font-family="system-ui, sans-serif" fill="#111827"' : ''}>${escapeXml(label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
