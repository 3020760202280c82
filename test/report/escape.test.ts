// escapeMarkdown: one line of Markdown that renders as the text (issue 15, item 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown as md, escapeXml, safeColor } from '../../src/report/escape.js';

const WJ = '\u2060';
const LINE_TERMINATOR = /[\n\r\v\f\u0085\u2028\u2029]/;

/** Undoes the escaping: drops the backslashes before punctuation and the word joiners. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+!|<>~.)=&-])/g, '$1').replaceAll(WJ, '');
}

/** The cells of a GFM table row (split on pipes that are not escaped). */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe('escapeMarkdown — line breaks', () => {
  it.each([
    ['a bare CR', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['a vertical tab', '\v'],
    ['a form feed', '\f'],
    ['NEL', '\u0085'],
  ])('turns %s into a space, so a title cannot start a heading or end a table row', (_name, br) => {
    expect(md(`Ship v2${br}# injected`)).toBe('Ship v2 \\# injected');
    expect(md(`Ship v2${br}- item`)).toBe('Ship v2 - item');
    const row = `| ${md(`a${br}| --- |${br}| evil`)} | 0.5 |`;
    expect(row).not.toMatch(LINE_TERMINATOR);
    expect(cells(row)).toHaveLength(2);
  });

  it('turns other control characters into spaces and keeps tabs', () => {
    expect(md('a\u0000b\u001bc\u007fd\te')).toBe('a b c d\te');
  });
});

describe('escapeMarkdown — line starts', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['=== underline', '\\=== underline'],
    ['--- rule', '\\--- rule'],
    ['```js', '\\`\\`\\`js'],
    ['~~~', '\\~\\~\\~'],
    ['    indented code', 'indented code'],
    ['\t- tab then item', '\\- tab then item'],
    ['<div>', '\\<div\\>'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['Fish &amp; chips &#60;3 &lt;', 'Fish \\&amp; chips &\\#60;3 \\&lt;'],
    ['R&D and AT&T', 'R&D and AT&T'],
  ])('neutralises %j', (text, escaped) => {
    expect(md(text)).toBe(escaped);
  });

  it('leaves plain text as it is (the same string)', () => {
    const text = 'Win the mid-market: 120 customers, 3.5% churn';
    expect(md(text)).toBe(text);
  });
});

describe('escapeMarkdown — no autolinks or mentions', () => {
  it.each([
    ['https://evil.example/x?y=1', `https:${WJ}//evil.example/x?y=1`],
    ['see http://a.b and ftp://c.d', `see http:${WJ}//a.b and ftp:${WJ}//c.d`],
    ['www.evil.example', `www${WJ}.evil.example`],
    ['WWW.EVIL.EXAMPLE', `WWW${WJ}.EVIL.EXAMPLE`],
    ['mail ceo@acme.example', `mail ceo@${WJ}acme.example`],
    ['mailto:ceo@acme.example', `mailto:ceo@${WJ}acme.example`],
    ['ping @team', `ping @${WJ}team`],
  ])('breaks %j with a word joiner', (text, escaped) => {
    expect(md(text)).toBe(escaped);
  });
});

describe('escapeMarkdown — properties', () => {
  const hostile = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '\r',
        '\n',
        '\r\n',
        '\u2028',
        '\u2029',
        '\v',
        '\f',
        '\u0085',
        '\t',
        ' ',
        '    ',
      ),
      fc.constantFrom(
        '#',
        '>',
        '-',
        '+',
        '*',
        '=',
        '|',
        '<',
        '`',
        '~',
        '_',
        '[',
        ']',
        '!',
        '\\',
        '1.',
        '2)',
        '@',
        '://',
        'www.',
        'http',
        '&#10;',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    maxLength: 30,
  });

  it('gives one line with no unescaped Markdown control at its start, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const out = md(text);
        expect(out).not.toMatch(LINE_TERMINATOR);
        expect(out).not.toMatch(/^[ \t]/);
        expect(out).not.toMatch(/^[#>+*=|<`~_[\]!-]/);
        expect(out).not.toMatch(/^\d{1,9}[.)]/);
        // Every punctuation mark is escaped (its backslash is not itself escaped).
        expect(out.replace(/\\[\\`*_{}[\]()#+!|<>~.)=-]/g, '')).not.toMatch(
          /[\\`*_{}[\]()#+!|<>~]/,
        );
        expect(out).not.toMatch(/:\/\//);
        expect(out).not.toMatch(/www\./i);
        expect(out).not.toMatch(new RegExp(`@(?!${WJ})`));
      }),
      { numRuns: 3000 },
    );
  });

  it('loses nothing but breaks, controls and leading blanks: unescaping gives the text back', () => {
    // A bidi control becomes a space, as a line break does (fast-check found a lone U+202A).
    expect(unescapeMarkdown(md('\u202a'))).toBe('');
    expect(unescapeMarkdown(md('a\u202eb\u2066c'))).toBe('a b c');
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'grapheme' })), (text) => {
        const expected = text
          .replaceAll(WJ, '')
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeMarkdown turns into spaces (bidi controls too)
          .replace(/\r\n|[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
          .replace(/^[ \t]+/, '');
        expect(unescapeMarkdown(md(text))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a table row at its number of cells, whatever the cell text', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const row = `| ${md(a)} | ${md(b)} | 0.5 |`;
        expect(row).not.toMatch(LINE_TERMINATOR);
        expect(cells(row)).toHaveLength(3);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('figures in Markdown lines', () => {
  it('keep no list-marker escape: they never start a line', async () => {
    const { mdFigures } = await import('../../src/report/_digest.js');
    expect(mdFigures('2.4 % — keep ≤ 2 %')).toBe('2.4 % — keep ≤ 2 %');
    expect(mdFigures('-3 of 5')).toBe('-3 of 5');
    expect(mdFigures('€4.2M of €5.0M (from €4.0M)')).toBe('€4.2M of €5.0M (from €4.0M)');
    expect(mdFigures('[x](y) *z*')).toBe('\\[x\\](y) \\*z\\*');
  });
});

describe('control characters in HTML', () => {
  it('replaces the ones XML does not allow with U+FFFD and keeps tab and line breaks', () => {
    expect(escapeXml('Grow \u001b[2J\u001b]0;evil\u0007 \0 ok\u0085')).toBe(
      'Grow \uFFFD[2J\uFFFD]0;evil\uFFFD \uFFFD ok\uFFFD',
    );
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});

describe('safeColor', () => {
  it('keeps CSS colours, falls back for anything else, a value that is not a string included', () => {
    expect(safeColor('#1d4ed8')).toBe('#1d4ed8');
    expect(safeColor(' rgb(1, 2, 3) ')).toBe('rgb(1, 2, 3)');
    expect(safeColor('red;background:url(x)')).toBe('#6b7280');
    for (const bad of [undefined, null, 5, {}, ['#fff'], Symbol('c')])
      expect(safeColor(bad as never, '#000')).toBe('#000');
  });
});
