/**
 * Private to the burn-up chart: the width of an axis label, estimated, and
 * a label cut with an ellipsis to fit.
 *
 * @module
 */
/** Px between a value label's end and the plot. */
export const LABEL_GAP = 4;
/** The share of the chart's width the value labels may take at most. */
export const MAX_LABEL_SHARE = 0.45;
/** The axis labels' font size in px (`font-size="10"`, `.sokr-axis`). */
const AXIS_FONT_PX = 10;

/**
 * The width of one character of an axis label in em, estimated on the side
 * of wide fonts (DejaVu Sans, the widest common sans-serif) from character
 * classes: an SVG string is laid out by the reader's browser, so it cannot
 * be measured here.
 */
function charEm(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x300 && cp <= 0x36f) return 0; // combining marks
  if (" .,:;'!|iIjl·".includes(c)) return 0.32;
  if ('ftr/()[]-'.includes(c)) return 0.42;
  if ('mwMW%@…'.includes(c) || cp >= 0x2e80) return 1;
  if (c >= 'A' && c <= 'Z') return 0.76;
  return 0.66;
}

/** The width of an axis label in px (see {@link charEm}). */
export function labelWidth(text: string): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * AXIS_FONT_PX;
}

/**
 * `text` cut with an ellipsis to fit `max` px, or as it is when it fits: the
 * longest start (one character at least) that fits with the ellipsis, found
 * in one pass (widths only grow with the length, so the first start that
 * does not fit ends the search; a unit of 20,000 characters is cut at once).
 */
export function fitLabel(text: string, max: number): string {
  if (labelWidth(text) <= max) return text;
  const chars = [...text];
  const ellipsis = charEm('…');
  let em = 0;
  let keep = 0;
  for (; keep < chars.length; keep++) {
    const next = em + charEm(chars[keep]!);
    if ((next + ellipsis) * AXIS_FONT_PX > max) break;
    em = next;
  }
  return `${chars.slice(0, Math.max(1, keep)).join('').trimEnd()}…`;
}
