/**
 * Reading an input file as text, safely: a size limit checked before reading
 * (so a huge file is refused instead of exhausting the heap), BOMs detected
 * (UTF-8 stripped, UTF-16 LE/BE decoded), invalid UTF-8 refused with the
 * offset of the first bad byte, and CRLF / CR line endings normalized to LF.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './CliError.js';

/** The default input size limit: 32 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** What reading an input may take. */
export interface InputLimits {
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
}

/** The default limits. */
export const defaultLimits: InputLimits = { maxBytes: DEFAULT_MAX_INPUT_BYTES };

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  K: 1024,
  KB: 1024,
  KIB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  MIB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
  GIB: 1024 ** 3,
};

/**
 * Parses a size such as `200MB`, `1.5GB`, `512KB` or `1048576` (bytes).
 * Suffixes are binary (1 KB = 1024 bytes) and case-insensitive. Returns
 * `undefined` for anything else.
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (m === null) return undefined;
  const unit = UNITS[m[2]!.toUpperCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** `33554432` → `32 MiB`, `1500` → `1.5 KiB`, `100` → `100 bytes`. */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[i]}`;
}

function tooLarge(file: string, size: number, limits: InputLimits): CliError {
  return new CliError(
    `${file}: the file is ${formatByteSize(size)} (${size} bytes), larger than the input limit of ${formatByteSize(limits.maxBytes)}; ` +
      `raise the limit with --max-input-size (e.g. --max-input-size ${suggestLimit(size)})`,
    { label: 'too large' },
  );
}

/** A round limit above `size`, in MB or GB. */
function suggestLimit(size: number): string {
  const mb = Math.ceil(size / 1024 ** 2 / 10) * 10;
  return mb >= 1024 ? `${Math.ceil(mb / 1024)}GB` : `${mb}MB`;
}

/**
 * Reads the file `absolute` (shown as `file`) as text. Throws a
 * {@link CliError} naming the file when it is missing, unreadable, larger
 * than `limits.maxBytes` (checked with `stat` before reading) or not text in
 * a supported encoding.
 */
export async function readInputFile(
  absolute: string,
  file: string,
  limits: InputLimits = defaultLimits,
): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limits.maxBytes) throw tooLarge(file, info.size, limits);
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeReadError(error, file), { label: 'unreadable' });
  }
  // Not a regular file (a FIFO, /dev/stdin): its size is known only now.
  if (bytes.length > limits.maxBytes) throw tooLarge(file, bytes.length, limits);
  return decodeInput(bytes, file);
}

/** A readable stream as the CLI sees stdin. */
export interface InputStream {
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy?(): unknown;
}

/** Reads all of `stream` (stdin), refusing more than `limits.maxBytes`, and decodes it like a file. */
export function readInputStream(
  stream: InputStream,
  file: string,
  limits: InputLimits = defaultLimits,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    stream.on('data', (chunk) => {
      if (done) return;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += buffer.length;
      if (size > limits.maxBytes) {
        done = true;
        stream.destroy?.();
        reject(
          new CliError(
            `${file}: the input is larger than the input limit of ${formatByteSize(limits.maxBytes)}; raise the limit with --max-input-size`,
            { label: 'too large' },
          ),
        );
        return;
      }
      chunks.push(buffer);
    });
    stream.on('error', (error) => {
      if (done) return;
      done = true;
      reject(
        new CliError(`${file}: cannot read the input (${error.message})`, { label: 'unreadable' }),
      );
    });
    stream.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolvePromise(decodeInput(Buffer.concat(chunks), file));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function describeReadError(error: unknown, file: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, expected a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  if (code === 'ELOOP') return `${file}: too many levels of symbolic links`;
  return `${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Decodes the bytes of an input file: a UTF-8 BOM is dropped, a UTF-16 BOM
 * (or UTF-16 text without one, recognised by its NUL bytes) decodes as
 * UTF-16 LE/BE, anything else must be valid UTF-8. Line endings (CRLF and
 * lone CR) become LF, so that line numbers count every kind of line break
 * and columns stay the same.
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0x00 && b1 === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) throw utf32(file);
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) throw utf32(file);
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) text = decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  else if (b0 === 0xfe && b1 === 0xff) text = decodeUtf16(bytes.subarray(2), 'utf-16be', file);
  else if (bytes.length >= 2 && b0 !== 0 && b1 === 0) text = decodeUtf16(bytes, 'utf-16le', file);
  else if (bytes.length >= 2 && b0 === 0 && b1 !== 0) text = decodeUtf16(bytes, 'utf-16be', file);
  else {
    const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = decodeUtf8(bytes.subarray(start), file, start);
  }
  text = normalizeLineEndings(text);
  // YAML and JSON text holds no NUL character: a file with one is binary (or
  // a zero-filled file), not an OKR file whose NULs would be read as strings.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul);
    const lineStart = before.lastIndexOf('\n') + 1;
    const column = [...before.slice(lineStart)].length + 1;
    throw new CliError(
      `${file}:${countLines(before)}:${column}: not a text file: a NUL character (U+0000); a binary file is not read (write \\0 in a double-quoted YAML string, or \\u0000 in JSON, for a NUL in a title)`,
      { label: 'not text' },
    );
  }
  return text;
}

function utf32(file: string): CliError {
  return new CliError(
    `${file}: the file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8`,
    {
      label: 'not UTF-8',
    },
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  if (bytes.length % 2 !== 0) {
    throw new CliError(
      `${file}: not valid ${encoding.toUpperCase()}: an odd number of bytes; save the file as UTF-8`,
      {
        label: 'not UTF-8',
      },
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${file}: not valid ${encoding.toUpperCase()} (an unpaired surrogate); save the file as UTF-8`,
      {
        label: 'not UTF-8',
      },
    );
  }
}

function decodeUtf8(bytes: Uint8Array, file: string, skipped: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const before = normalizeLineEndings(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset)),
    );
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = countLines(before);
    const column = [...before.slice(lineStart)].length + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new CliError(
      `${file}:${line}:${column}: not valid UTF-8: byte 0x${byte} at byte offset ${offset + skipped}; save the file as UTF-8 (a Latin-1 or Windows-1252 file is not read)`,
      { label: 'not UTF-8' },
    );
  }
}

function countLines(text: string): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence
 * (or of the lead byte of a truncated or overlong one); `bytes.length` when
 * the text is valid.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

/** CRLF and lone CR → LF. */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
