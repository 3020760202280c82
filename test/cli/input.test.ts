// Reading input files (issue 15 items 7 and 8, issue 21 item 5): the size
// limit checked before reading, encodings and BOMs, line endings, and `-` (stdin)
// — on the built binary.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

const SMALL_TEXT = readFileSync(join(FIXTURES, 'small.okr.yaml'), 'utf8');
/** The one finding of small.okr.yaml, for a file named `file`. */
const smallOutput = (file: string) =>
  `${file}:15:5 info limits/objectives-per-unit Unit Sales has 1 objective in cycle Q1 2026; 3–5 is recommended.\n` +
  '\nℹ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\n';

function fileIn(dir: string, name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

describe('the input size limit (issue 15 item 7)', () => {
  it('refuses a file over the default 32 MiB before reading it: exit 2, the file, its size and the limit', async () => {
    const dir = tempDir();
    // A sparse 40 MiB file: stat says 40 MiB, nothing is read or written.
    writeFileSync(join(dir, 'huge.okr.yaml'), '');
    truncateSync(join(dir, 'huge.okr.yaml'), 40 * 1024 * 1024);
    const r = await sokr(['validate', 'huge.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: huge.okr.yaml: the file is 40 MiB (41943040 bytes), larger than the input limit of 32 MiB; ' +
        'raise the limit with --max-input-size (e.g. --max-input-size 40MB)\n',
    });
  });

  it('--max-input-size takes bytes or a KB/MB/GB suffix, for validate, score and report', async () => {
    const dir = tempDir();
    fileIn(dir, 'small.okr.yaml', SMALL_TEXT);
    const size = Buffer.byteLength(SMALL_TEXT);
    const refused = await sokr(['validate', 'small.okr.yaml', '--max-input-size', '1KB'], {
      cwd: dir,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `sokr: small.okr.yaml: the file is ${(size / 1024).toFixed(1)} KiB (${size} bytes), larger than the input limit of 1 KiB; ` +
        'raise the limit with --max-input-size (e.g. --max-input-size 10MB)\n',
    );
    expect(
      (await sokr(['validate', 'small.okr.yaml', '--max-input-size', String(size)], { cwd: dir }))
        .code,
    ).toBe(0);
    expect(
      (await sokr(['validate', 'small.okr.yaml', '--max-input-size', '2kb'], { cwd: dir })).code,
    ).toBe(0);
    const score = await sokr(
      ['score', 'small.okr.yaml', '--as-of', '2026-02-15', '--max-input-size', '100'],
      { cwd: dir },
    );
    expect(score.code).toBe(2);
    expect(score.stderr).toMatch(
      /^sokr: small\.okr\.yaml: the file is .* larger than the input limit of 100 bytes;/,
    );
    const report = await sokr(
      ['report', 'weekly', 'small.okr.yaml', '--as-of', '2026-02-15', '--max-input-size', '1MB'],
      {
        cwd: dir,
      },
    );
    expect(report.code).toBe(0);
    const bad = await sokr(['validate', 'small.okr.yaml', '--max-input-size', 'lots'], {
      cwd: dir,
    });
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: option '--max-input-size' must be a size in bytes, or with a KB, MB or GB suffix, like 200MB (got 'lots')\n" +
        "Run 'sokr validate --help' for usage.\n",
    });
  });

  it('applies the limit to stdin too', async () => {
    const r = await sokr(['validate', '-', '--max-input-size', '1KB'], { input: SMALL_TEXT });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: <stdin>: the input is larger than the input limit of 1 KiB; raise the limit with --max-input-size\n',
    });
  });
  it('refuses, before parsing, a file that cannot fit in the heap (no V8 heap abort)', async () => {
    const dir = tempDir();
    // 2 MiB of YAML comments, then a valid set: about 200 MiB to parse, in a 64 MB heap.
    const padding = `# ${'x'.repeat(1021)}\n`.repeat(2048);
    fileIn(dir, 'big.okr.yaml', padding + SMALL_TEXT);
    const env = { NODE_OPTIONS: '--max-old-space-size=64' };
    const r = await sokr(['validate', 'big.okr.yaml'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^sokr: big\.okr\.yaml: parsing this 2 MiB YAML file needs about 200\.2 MiB of memory, more than the \d+ MiB heap Node has; run with NODE_OPTIONS=--max-old-space-size=1024, or convert the file to JSON \(about a fifth of the memory\), or split it\n$/,
    );
    // The same file is fine with the default heap.
    expect((await sokr(['validate', 'big.okr.yaml'], { cwd: dir })).stdout).toBe(
      smallOutput('big.okr.yaml').replace(':15:5', ':2063:5'),
    );
  });
});

describe('encodings and line endings (issue 15 item 8)', () => {
  it('refuses invalid UTF-8 (a Latin-1 byte) with the line, column and byte offset', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([
      Buffer.from('version: 1\nunits:\n  - id: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    fileIn(dir, 'latin1.okr.yaml', bytes);
    const r = await sokr(['validate', 'latin1.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: latin1.okr.yaml:3:12: not valid UTF-8: byte 0xE9 at byte offset 29; ' +
        'save the file as UTF-8 (a Latin-1 or Windows-1252 file is not read)\n',
    });
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('counts the offset after valid multi-byte characters and a BOM, and refuses truncated sequences', async () => {
    const dir = tempDir();
    // BOM (3 bytes) + "é: " (4 bytes) + a lone continuation byte at offset 7.
    fileIn(dir, 'a.okr.yaml', Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x3a, 0x20, 0x80, 0x0a]));
    const a = await sokr(['validate', 'a.okr.yaml'], { cwd: dir });
    expect(a.stderr).toMatch(
      /^sokr: a\.okr\.yaml:1:4: not valid UTF-8: byte 0x80 at byte offset 7;/,
    );
    // A 3-byte sequence cut after 2 bytes at the end of the file.
    fileIn(dir, 'b.okr.yaml', Buffer.from([0x61, 0x3a, 0x0a, 0x62, 0x3a, 0x20, 0xe2, 0x82]));
    const b = await sokr(['validate', 'b.okr.yaml'], { cwd: dir });
    expect(b.stderr).toMatch(
      /^sokr: b\.okr\.yaml:2:4: not valid UTF-8: byte 0xE2 at byte offset 6;/,
    );
    // An overlong encoding of '/'.
    fileIn(dir, 'c.okr.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a]));
    const c = await sokr(['validate', 'c.okr.yaml'], { cwd: dir });
    expect(c.stderr).toMatch(
      /^sokr: c\.okr\.yaml:1:4: not valid UTF-8: byte 0xC0 at byte offset 3;/,
    );
  });

  it('reads UTF-8 with a BOM, UTF-16 LE and BE with a BOM, and UTF-16 LE without one, with the same positions', async () => {
    const dir = tempDir();
    const utf16be = Buffer.from(SMALL_TEXT, 'utf16le').swap16();
    fileIn(dir, 'bom.okr.yaml', `\ufeff${SMALL_TEXT}`);
    fileIn(
      dir,
      'le.okr.yaml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL_TEXT, 'utf16le')]),
    );
    fileIn(dir, 'be.okr.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    fileIn(dir, 'le-nobom.okr.yaml', Buffer.from(SMALL_TEXT, 'utf16le'));
    for (const file of ['bom.okr.yaml', 'le.okr.yaml', 'be.okr.yaml', 'le-nobom.okr.yaml']) {
      expect(await sokr(['validate', file], { cwd: dir }), file).toEqual({
        code: 0,
        stdout: smallOutput(file),
        stderr: '',
      });
    }
  });

  it('reads a UTF-16 JSON file', async () => {
    const dir = tempDir();
    const json = readFileSync(
      join(FIXTURES, '..', '..', '..', 'examples', 'acme.okr.json'),
      'utf8',
    );
    fileIn(
      dir,
      'acme.okr.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
    );
    const r = await sokr(['validate', 'acme.okr.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(
      (JSON.parse(r.stdout) as { summary: { invalidFiles: number } }).summary.invalidFiles,
    ).toBe(0);
  });

  it('refuses UTF-32 and odd-length UTF-16 with a clear message', async () => {
    const dir = tempDir();
    fileIn(dir, 'u32.okr.yaml', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]));
    fileIn(dir, 'odd.okr.yaml', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x3a]));
    expect((await sokr(['validate', 'u32.okr.yaml'], { cwd: dir })).stderr).toBe(
      'sokr: u32.okr.yaml: the file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8\n',
    );
    expect((await sokr(['validate', 'odd.okr.yaml'], { cwd: dir })).stderr).toBe(
      'sokr: odd.okr.yaml: not valid UTF-16LE: an odd number of bytes; save the file as UTF-8\n',
    );
  });

  it('accepts CRLF and CR-only line endings with the right lines and columns', async () => {
    const dir = tempDir();
    fileIn(dir, 'crlf.okr.yaml', SMALL_TEXT.replace(/\n/g, '\r\n'));
    fileIn(dir, 'cr.okr.yaml', SMALL_TEXT.replace(/\n/g, '\r'));
    for (const file of ['crlf.okr.yaml', 'cr.okr.yaml']) {
      expect(await sokr(['validate', file], { cwd: dir }), file).toEqual({
        code: 0,
        stdout: smallOutput(file),
        stderr: '',
      });
    }
  });

  it('reports a YAML and a JSON syntax error in a CR-only file at the right line', async () => {
    const dir = tempDir();
    fileIn(
      dir,
      'broken.okr.yaml',
      'version: 1\runits:\r  - id: shop\r    name: [Shop Co\rpeople: []\r',
    );
    expect((await sokr(['validate', 'broken.okr.yaml'], { cwd: dir })).stderr).toBe(
      'sokr: broken.okr.yaml:4:11: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n' +
        '  4 |     name: [Shop Co\n' +
        '    |           ^\n',
    );
    fileIn(
      dir,
      'broken.okr.json',
      '{\r  "version": 1,\r  "units": [\r    { "id": "shop" },\r  ]\r}\r',
    );
    expect((await sokr(['validate', 'broken.okr.json'], { cwd: dir })).stderr).toBe(
      "sokr: broken.okr.json:5:3: invalid JSON: a trailing comma before ']'\n" +
        '  5 |   ]\n' +
        '    |   ^\n',
    );
  });
});

describe("'-' reads stdin (issue 21 item 5)", () => {
  it('validates YAML from stdin, named <stdin>', async () => {
    expect(await sokr(['validate', '-'], { input: SMALL_TEXT })).toEqual({
      code: 0,
      stdout: smallOutput('<stdin>'),
      stderr: '',
    });
  });

  it('scores JSON from stdin (format by content), and decodes a UTF-16 stdin', async () => {
    const json = readFileSync(join(FIXTURES, '..', '..', '..', 'examples', 'acme.okr.json'));
    const r = await sokr(['score', '-', '--as-of', '2026-02-15', '--format', 'json'], {
      input: json,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('company');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL_TEXT, 'utf16le')]);
    expect((await sokr(['validate', '-'], { input: utf16 })).stdout).toBe(smallOutput('<stdin>'));
  });

  it('reports an empty stdin and refuses - twice', async () => {
    expect(await sokr(['validate', '-'], { input: '' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sokr: <stdin>: the file is empty\n',
    });
    const twice = await sokr(['validate', '-', '-'], { input: SMALL_TEXT });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      "sokr: '-' (stdin) can be given only once\nRun 'sokr validate --help' for usage.\n",
    );
  });
});
