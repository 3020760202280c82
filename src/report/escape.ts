/**
 * Private text helpers of the report renderers (not exported from the package).
 *
 * @module
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML/HTML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  // Most texts need no escaping: test first, so that they are returned as they are.
  if (!/[&<>"']/.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * A CSS colour safe to put in an attribute or a style: hex, rgb()/hsl() or a
 * named colour; anything else falls back to `fallback`.
 */
export function safeColor(color: string | undefined, fallback = '#6b7280'): string {
  if (color === undefined) return fallback;
  const c = color.trim();
  if (/^#[0-9a-fA-F]{3,8}$/.test(c)) return c;
  if (/^(?:rgb|rgba|hsl|hsla)\(\s*[-\d.%\s,/]+\)$/.test(c)) return c;
  if (/^[a-zA-Z]{3,20}$/.test(c)) return c;
  return fallback;
}

/** Rounds a coordinate to two decimals for compact SVG. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return String(Math.round(n * 100) / 100);
}

/** Clamps a number into `[lo, hi]`; NaN becomes `lo`. */
export function clamp(n: number, lo: number, hi: number): number {
  if (Number.isNaN(n)) return lo;
  return Math.min(Math.max(n, lo), hi);
}

/** Escapes Markdown-significant characters in inline text and table cells. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1')
    .replace(/^(\s*)-/, '$1\\-');
}
