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

/**
 * What `escapeXml` changes: markup, the control characters XML 1.0 does not
 * allow and HTML reports as parse errors (C0 but tab, line feed and carriage
 * return; DEL and C1), and the bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069), which all become U+FFFD: a title pasted
 * with an escape sequence shows a mark, not an invisible terminal command,
 * and a title with an unterminated right-to-left override cannot reverse the
 * figures written after it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const XML_SPECIAL = /[&<>"'\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const XML_SPECIAL_ALL = /[&<>"'\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for XML/HTML element content and double- or single-quoted
 * attributes; control characters and bidi controls become U+FFFD.
 */
export function escapeXml(text: string): string {
  // A title that is not text (a set that was never parsed) is written as its digits, like the reminders do.
  if (typeof text !== 'string') text = String(text);
  // Most texts need no escaping: test first, so that they are returned as they are.
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_SPECIAL_ALL, (c) => XML_ESCAPES[c] ?? '\uFFFD');
}

/**
 * A CSS colour safe to put in an attribute or a style: hex, rgb()/hsl() or a
 * named colour; anything else falls back to `fallback`.
 */
export function safeColor(color: string | undefined, fallback = '#6b7280'): string {
  // Anything but a string (a set never parsed) is no colour either.
  if (typeof color !== 'string') return fallback;
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

/**
 * Line terminators (CommonMark's `\r\n`, `\n`, a bare `\r`; also vertical tab,
 * form feed, NEL, U+2028, U+2029), the other control characters but tab and
 * the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069): each becomes one space, so user text can never end a table
 * row or a list item, nor start a heading, nor reverse the text after it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const BREAKS = /\r\n|[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Markdown punctuation escaped wherever it appears. */
const PUNCTUATION = /([\\`*_{}[\]()#+!|<>~])/g;

/** Anything `escapeMarkdown` would change. */
const NEEDS_ESCAPING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  /[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\\`*_{}[\]()#+!|<>~@]|:\/\/|www\.|^[\s=-]|^\d|&[a-z][a-z0-9]*;/i;

/** U+2060 WORD JOINER: invisible, and no autolinker takes it inside a link. */
const WORD_JOINER = '\u2060';

/**
 * Escapes user text (a title, a name, a note) for one line of Markdown: inline
 * text, a heading, a list item or a table cell. The result is a single line
 * that renders as the text itself:
 *
 * - every line terminator — `\n`, `\r\n`, a bare `\r` (a line break in
 *   CommonMark), U+2028, U+2029, vertical tab, form feed, NEL — and every
 *   other control character but tab becomes a space, and so does every bidi
 *   embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069),
 *   so a title cannot reverse the figures after it;
 * - backslash, backtick and `* _ { } [ ] ( ) # + ! | < > ~` are backslash-escaped everywhere;
 *   leading whitespace is dropped (it could start an indented code block in
 *   a list item) and a leading `-`, `=` or `1.` / `1)` is escaped, so the text
 *   cannot start a list, a heading underline or a thematic break;
 * - **no autolinks**: reports are meant for chat and pull-request comments,
 *   whose renderers (GitHub, GitLab, Slack, Teams) turn bare URLs, `www.`
 *   names and e-mail addresses into links and `@name` into a mention. A
 *   U+2060 WORD JOINER (invisible) is put inside `://`, after `www` and after
 *   every `@`, so `https://evil.example`, `www.evil.example`, `ceo@acme.example`
 *   and `@team` read the same but are neither links nor mentions. Wrapping in
 *   backticks was rejected: code spans do not take backslash escapes, so the
 *   rest of the escaping would have to change inside them;
 * - an `&` that starts a named character reference (`&amp;`, `&lt;`) is
 *   escaped (`\&amp;`), so the text shows it as written instead of the
 *   character it names (a numeric one, `&#60;`, is already broken by the
 *   escaped `#`); any other `&` ("R&D") is left as it is.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from './escape.js';
 * escapeMarkdown('Ship v2\r# done'); // 'Ship v2 \\# done'
 * escapeMarkdown('1. see https://x.example'); // '1\\. see https:\u2060//x.example'
 * ```
 */
export function escapeMarkdown(text: string): string {
  // A title that is not text (a set that was never parsed) is written as its digits, like the reminders do.
  if (typeof text !== 'string') text = String(text);
  // Most texts need no escaping: test first, so that they are returned as they are.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(BREAKS, ' ')
    .replace(PUNCTUATION, '\\$1')
    .replace(/^[ \t]+/, '')
    .replace(/^[-=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/&(?=[a-z][a-z0-9]*;)/gi, '\\&');
}
