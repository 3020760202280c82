// The byte-level helpers behind the CLI's input reading, property-tested
// against the platform's own UTF-8 decoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatByteSize,
  invalidUtf8Offset,
  normalizeLineEndings,
  parseByteSize,
} from '../../src/cli/inputText.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes that are mostly valid UTF-8 with a few random bytes spliced in. */
const mostlyText = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  )
  .map(([text, edits]) => {
    const bytes = [...Buffer.from(text, 'utf8')];
    for (const [at, byte] of edits)
      bytes.splice(bytes.length === 0 ? 0 : at % (bytes.length + 1), 0, byte);
    return Uint8Array.from(bytes);
  });

describe('invalidUtf8Offset', () => {
  it('agrees with TextDecoder: the offset is the length exactly when the bytes decode', () => {
    fc.assert(
      fc.property(fc.oneof(mostlyText, fc.uint8Array({ maxLength: 24 })), (bytes) => {
        const offset = invalidUtf8Offset(bytes);
        expect(offset === bytes.length).toBe(decodes(bytes));
        // Everything before the offset is valid UTF-8.
        expect(decodes(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first bad byte after valid multi-byte text', () => {
    expect(invalidUtf8Offset(Buffer.from([0xc3, 0xa9, 0x61, 0xe9, 0x62]))).toBe(3);
    expect(invalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(invalidUtf8Offset(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(invalidUtf8Offset(Buffer.from('ok ✓ 😀', 'utf8'))).toBe(Buffer.byteLength('ok ✓ 😀'));
  });
});

describe('normalizeLineEndings', () => {
  it('keeps the number of line breaks and the text between them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 8 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 8 },
        ),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          expect(normalizeLineEndings(lines.join(eol))).toBe(lines.join('\n'));
        },
      ),
    );
  });
});

describe('parseByteSize and formatByteSize', () => {
  it('reads bytes and binary KB/MB/GB suffixes, and refuses the rest', () => {
    expect(parseByteSize('1048576')).toBe(1048576);
    expect(parseByteSize('200MB')).toBe(200 * 1024 ** 2);
    expect(parseByteSize('1.5gb')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('512 KiB')).toBe(512 * 1024);
    for (const bad of ['', 'lots', '-1', '0', '1TB', '1e6', 'MB'])
      expect(parseByteSize(bad), bad).toBeUndefined();
  });

  it('prints sizes in binary units', () => {
    expect(formatByteSize(100)).toBe('100 bytes');
    expect(formatByteSize(1536)).toBe('1.5 KiB');
    expect(formatByteSize(32 * 1024 ** 2)).toBe('32 MiB');
    expect(formatByteSize(4144 * 1024 ** 2)).toBe('4 GiB');
  });
});
