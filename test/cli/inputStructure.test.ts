// What a parser lets through or cannot handle is bad input with a place and
// a clear reason: a key given twice in a JSON object (JSON.parse keeps the
// last one; YAML already refuses it), nesting deeper than MAX_NESTING (the
// YAML parser would run out of stack), several YAML documents in one file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonKeyProblems } from '../../src/cli/jsonPathOffsets.js';
import { MAX_NESTING } from '../../src/cli/syntaxErrors.js';
import { hasStackTrace, requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

/** Writes `text` to `name` in a fresh directory and returns its path. */
function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const TOO_DEEP = `nested too deeply: more than ${MAX_NESTING} levels of maps and lists (an OKR file needs about 10)`;

describe('jsonKeyProblems', () => {
  it('finds each key given twice in one object, compared as decoded, with its first place', () => {
    const text = '{"a":1,"b":{"a":2,"c":3,"c":4},"\\u0061":5}';
    expect(jsonKeyProblems(text, { maxDepth: 10 })).toEqual([
      { offset: text.indexOf('"c":4'), kind: 'duplicate', key: 'c', first: text.indexOf('"c":3') },
      { offset: text.indexOf('"\\u0061"'), kind: 'duplicate', key: 'a', first: 1 },
    ]);
    // Keys in different objects, and strings that are values, are not duplicates.
    expect(jsonKeyProblems('[{"a":"a"},{"a":"a"}]', { maxDepth: 10 })).toEqual([]);
  });

  it('stops at the first value nested deeper than maxDepth', () => {
    expect(jsonKeyProblems('[[[1]]]', { maxDepth: 3 })).toEqual([]);
    expect(jsonKeyProblems('[[[[1]]]]', { maxDepth: 3 })).toEqual([{ offset: 3, kind: 'depth' }]);
  });

  it('finds exactly the keys written twice in one object, whatever the nesting and escapes', () => {
    type Tree = { text: string; dups: number };
    const keys = fc.constantFrom('a', 'b', 'é', '"', '\\');
    const tree = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant({ text: '1', dups: 0 }),
        fc.array(tie('node')).map((items) => ({
          text: `[${items.map((i) => i.text).join(',')}]`,
          dups: items.reduce((n, i) => n + i.dups, 0),
        })),
        fc.array(fc.tuple(keys, fc.boolean(), tie('node'))).map((members) => {
          const seen = new Set<string>();
          let dups = 0;
          const parts = members.map(([k, escaped, v]) => {
            if (seen.has(k)) dups++;
            seen.add(k);
            dups += v.dups;
            const key = escaped
              ? `"\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}"`
              : JSON.stringify(k);
            return `${key}:${v.text}`;
          });
          return { text: `{${parts.join(',')}}`, dups };
        }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, ({ text, dups }) => {
        JSON.parse(text);
        expect(jsonKeyProblems(text, { maxDepth: 1000 }).length).toBe(dups);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a key given twice in a JSON file', () => {
  it('is invalid JSON at the second key, naming the first: validate and score exit 2', async () => {
    const path = file('dup.okr.json', '{"title":"A","title":"Overwritten"}');
    const validate = await sokr(['validate', path]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(
      `sokr: ${path}:1:14: invalid JSON: duplicate key "title" (first at line 1, column 2): keys must be unique\n` +
        '  1 | {"title":"A","title":"Overwritten"}\n' +
        '    |              ^\n',
    );
    const score = await sokr(['score', path, '--as-of', '2026-02-15']);
    expect(score.code).toBe(2);
    expect(score.stdout).toBe('');
    expect(score.stderr).not.toContain('Overwritten"}\n\n');
    expect(score.stderr).toMatch(
      /^sokr: .*dup\.okr\.json:1:14: invalid JSON: duplicate key "title"/,
    );
  });

  it('deep in a real file: every duplicate, in order, at its line and column; the summary says invalid JSON', async () => {
    const text = `{
  "version": 1,
  "units": [
    { "id": "shop", "name": "Shop", "name": "Shop Co" }
  ],
  "people": [{ "id": "ana", "name": "Ana", "unitId": "shop", "unitId": "shop" }]
}
`;
    const path = file('two.okr.json', text);
    const other = file('good.okr.json', '{"version":1,"units":[{"id":"u","name":"U"}]}');
    const r = await sokr(['validate', path, other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `sokr: ${path}:4:37: invalid JSON: duplicate key "name" (first at line 4, column 21): keys must be unique (1 of 2 JSON errors)\n`,
    );
    expect(r.stderr).toContain(
      `  ${path}:6:62: duplicate key "unitId" (first at line 6, column 44): keys must be unique\n`,
    );
    expect(r.stdout).toContain(`${path} (invalid JSON)`);
  });

  it('in a JSON policy file too', async () => {
    const policy = file('policy.json', '{"extends":"recommended","extends":"strict"}');
    const r = await sokr(['validate', 'test/cli/fixtures/small.okr.yaml', '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy\.json:1:26: invalid JSON: duplicate key "extends"/);
  });
});

describe('nesting deeper than the limit', () => {
  it('YAML 20,000 levels deep: "nested too deeply" with the limit, at the first level too many (exit 2)', async () => {
    const deep = file(
      'deep.okr.yaml',
      `version: 1\nunits: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    );
    const r = await sokr(['validate', deep]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Maximum call stack');
    expect(hasStackTrace(r.stderr)).toBe(false);
    // Level 1 is the file's map, level 2 the first '[' (column 8): level 101 is column 107.
    expect(r.stderr.split('\n')[0]).toBe(`sokr: ${deep}:2:107: invalid YAML: ${TOO_DEEP}`);
    const block = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- `).join('\n');
    const blocky = file('block.okr.yaml', `${block}x\n`);
    const b = await sokr(['validate', blocky]);
    expect(b.code).toBe(2);
    expect(b.stderr.split('\n')[0]).toBe(`sokr: ${blocky}:101:201: invalid YAML: ${TOO_DEEP}`);
  });

  it('at the limit the file is read (and checked as an OKR set); one level more is refused, YAML and JSON alike', async () => {
    const lists = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    for (const [name, at, over] of [
      ['ok.okr.yaml', `units: ${lists(MAX_NESTING - 1)}\n`, `units: ${lists(MAX_NESTING)}\n`],
      ['ok.okr.json', `{"units": ${lists(MAX_NESTING - 1)}}`, `{"units": ${lists(MAX_NESTING)}}`],
    ] as const) {
      const ok = await sokr(['validate', file(name, at)]);
      expect(ok.stderr).toContain('is not a valid OKR set');
      const deep = await sokr(['validate', file(name, over)]);
      expect(deep.code).toBe(2);
      expect(deep.stderr).toContain(`: ${TOO_DEEP}`);
    }
  });
});

describe('several YAML documents in one file', () => {
  it('one OKR set per file: says how many documents, at the second', async () => {
    const path = file('multi.okr.yaml', 'version: 1\n---\nversion: 1\n---\nversion: 1\n');
    const r = await sokr(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('parseAllDocuments');
    expect(r.stderr).toBe(
      `sokr: ${path}:2:1: invalid YAML: one OKR set per file; this file has 3 documents (the second starts here; split them into files, or remove the '---' line)\n` +
        '  2 | ---\n' +
        '    | ^\n',
    );
    // A single document that starts with '---' is one OKR set, as before.
    const one = await sokr([
      'validate',
      file('one.okr.yaml', '---\nversion: 1\nunits: [{ id: u, name: U }]\n'),
    ]);
    expect(one.stderr).not.toContain('documents');
  });
});

describe('numbers with more digits than a number holds', () => {
  it('digitsLost names an integer beyond 2^53 that would change and a decimal past 17 digits', async () => {
    const { digitsLost } = await import('../../src/cli/numberText.js');
    expect(digitsLost('123456789012345678901234567890')).toMatch(
      /beyond what a number holds exactly/,
    );
    expect(digitsLost('9007199254740993')).toMatch(/would read as 9007199254740992/);
    expect(digitsLost('0.12345678901234567891')).toMatch(/more digits than a number holds/);
    // What reads back as written is fine: 2^53 + 2 is exact, 0.1 and 1e30 have few digits.
    for (const ok of [
      '9007199254740994',
      '0.1',
      '-12.5',
      '1e30',
      '1.5E-7',
      '100000000000000000000',
    ])
      expect(digitsLost(ok), ok).toBeUndefined();
  });

  it('refuses such a number in a JSON or YAML file, at its line and column', async () => {
    const json = file(
      'big.okr.json',
      '{\n  "version": 1,\n  "target": 123456789012345678901234567890\n}\n',
    );
    const a = await sokr(['validate', json]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(
      'big.okr.json:3:13: invalid JSON: the integer 123456789012345678901234567890',
    );
    expect(hasStackTrace(a.stderr)).toBe(false);
    const yaml = file('big.okr.yaml', 'version: 1\ntarget: 0.12345678901234567891\n');
    const b = await sokr(['validate', yaml]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('big.okr.yaml:2:9: invalid YAML: the number 0.12345678901234567891');
  });
});
