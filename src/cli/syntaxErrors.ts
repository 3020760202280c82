/**
 * Syntax errors of YAML (and JSON) input as people need them: every error up
 * to a cap, each at the line and column of the mistake, with the source line
 * and a caret under the column.
 *
 * @module
 */
import { CliError } from './CliError.js';

/** YAML errors shown for one file, at most; the rest are counted. */
export const MAX_SYNTAX_ERRORS = 10;

/**
 * The deepest nesting of maps and lists (objects and arrays) an input file
 * may have. An OKR file needs about 10 levels (objectives › key results ›
 * check-ins › …); the YAML parser runs out of stack near 800. Deeper files
 * are refused, YAML and JSON alike, with {@link TOO_DEEP}.
 */
export const MAX_NESTING = 100;

/** Why a file nested deeper than {@link MAX_NESTING} is refused. */
export const TOO_DEEP = `nested too deeply: more than ${MAX_NESTING} levels of maps and lists (an OKR file needs about 10)`;

/** Source lines longer than this are cut around the caret. */
const MAX_SHOWN = 100;

/** One syntax error: where (a character offset of the text) and why. */
export interface SyntaxProblem {
  readonly offset: number;
  readonly reason: string;
}

/** A 1-based line and column, and the offsets where that line starts and ends. */
interface Place {
  line: number;
  column: number;
  start: number;
  end: number;
}

function placeOf(text: string, offset: number): Place {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  const next = text.indexOf('\n', start);
  return { line, column: at - start + 1, start, end: next === -1 ? text.length : next };
}

/** Control characters (other than tab) as spaces, so a snippet cannot move the terminal's cursor. */
function blankControls(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += (code < 32 && code !== 9) || code === 127 ? ' ' : c;
  }
  return out;
}

/** `line L, column C` of `offset` in `text`, for messages that name a second place. */
export function lineColumnText(text: string, offset: number): string {
  const { line, column } = placeOf(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * The two lines under an error: the source line (cut to about 100 characters
 * around the column) and a caret under the column. Tabs before the column are
 * kept in the caret line so the caret lines up in any terminal.
 */
export function sourceSnippet(text: string, offset: number): string[] {
  const place = placeOf(text, offset);
  let from = place.start;
  let to = place.end;
  const at = place.start + place.column - 1;
  if (to - from > MAX_SHOWN) {
    from = Math.max(place.start, at - MAX_SHOWN / 2);
    to = Math.min(place.end, from + MAX_SHOWN);
  }
  const source = blankControls(text.slice(from, to));
  const pad = text.slice(from, Math.min(at, to)).replace(/[^\t]/g, ' ');
  const number = String(place.line);
  const gutter = ' '.repeat(number.length);
  return [
    `${number} | ${from > place.start ? '…' : ''}${source}${to < place.end ? '…' : ''}`,
    `${gutter} | ${from > place.start ? ' ' : ''}${pad}^`,
  ];
}

/**
 * Where a YAML error really is. The parser reports an unclosed quote at the
 * end of the text and an unclosed flow collection (`[`, `{`) on the line after
 * it; the mistake is the opening character, so point there. A bad indentation
 * is reported at the start of its line; point at the first character.
 */
export function yamlErrorOffset(text: string, offset: number, reason: string): number {
  const quote = /closing (["'])quote/.exec(reason)?.[1];
  if (quote !== undefined) return openingQuote(text, offset, quote) ?? offset;
  const bracket = /^Flow (sequence|map) in block collection/.exec(reason)?.[1];
  if (bracket !== undefined) {
    return openingBracket(text, offset, bracket === 'sequence' ? '[' : '{') ?? offset;
  }
  return pastIndentation(text, offset);
}

/** An error at the start of an indented line (a bad indentation) points at its first character. */
function pastIndentation(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] !== '\n') return offset;
  let i = offset;
  while (text[i] === ' ') i++;
  return i > offset && i < text.length && text[i] !== '\n' ? i : offset;
}

/** The quote that opened the unclosed scalar: the last one before `offset` that is not escaped. */
function openingQuote(text: string, offset: number, quote: string): number | undefined {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) {
      i--;
      continue;
    }
    return i;
  }
  return undefined;
}

/** The opening bracket left unclosed before `offset` (brackets inside quotes are not skipped: a best guess). */
function openingBracket(text: string, offset: number, open: string): number | undefined {
  const close = open === '[' ? ']' : '}';
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * The error for a file with syntax errors: the first one in the message
 * (`file:line:col: invalid YAML: reason`), its source line and caret, then the
 * others (up to {@link MAX_SYNTAX_ERRORS}) each with its own location and snippet.
 *
 * @param text - The text parsed (line endings normalized).
 * @param file - The file as shown.
 * @param kind - `YAML` or `JSON`.
 * @param problems - The errors in document order (at least one).
 */
export function syntaxError(
  text: string,
  file: string,
  kind: 'YAML' | 'JSON',
  problems: readonly SyntaxProblem[],
): CliError {
  const seen = new Set<number>();
  const unique = problems.filter((p) => !seen.has(p.offset) && seen.add(p.offset));
  const shown = unique.slice(0, MAX_SYNTAX_ERRORS);
  const where = (p: SyntaxProblem) => {
    const { line, column } = placeOf(text, p.offset);
    return `${file}:${line}:${column}`;
  };
  const first = shown[0]!;
  const count = unique.length;
  const details = sourceSnippet(text, first.offset);
  for (const p of shown.slice(1)) {
    details.push(`${where(p)}: ${p.reason}`, ...sourceSnippet(text, p.offset).map((l) => `  ${l}`));
  }
  if (count > shown.length) {
    details.push(
      `… and ${count - shown.length} more ${kind} errors (the first ${shown.length} are shown)`,
    );
  }
  const of = count > 1 ? ` (1 of ${count} ${kind} errors)` : '';
  return new CliError(`${where(first)}: invalid ${kind}: ${first.reason}${of}`, {
    details,
    label: `invalid ${kind}`,
  });
}
