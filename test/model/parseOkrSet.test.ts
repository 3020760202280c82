import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertOkrSet, isSokrError, parseOkrSet, SokrError } from '../../src/index.js';
import { validInput, withChange } from './fixtures.js';

const examplePath = new URL('../../examples/acme.okr.json', import.meta.url);

describe('parseOkrSet on input that is not plain JSON', () => {
  it('reports a cyclic object instead of looping', () => {
    const input = validInput() as Record<string, unknown> & { units: Record<string, unknown>[] };
    input.units[0]!['self'] = input;
    expect(parseOkrSet(input)).toMatchObject({
      ok: false,
      issues: [{ path: ['units', 0, 'self'], code: 'unknown_key' }],
    });
    expect(parseOkrSet(input, { unknownKeys: 'keep' })).toMatchObject({
      ok: false,
      issues: [{ path: ['units', 0, 'self'], code: 'not_json' }],
    });
    const looped: unknown[] = [];
    looped.push(looped);
    expect(parseOkrSet({ units: looped }).ok).toBe(false);
  });

  it('reports NaN and Infinity as invalid values', () => {
    expect(
      parseOkrSet(withChange(['keyResults', 1, 'measure', 'target'], Number.NaN)),
    ).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['keyResults', 1, 'measure', 'target'],
          code: 'invalid_value',
          message: 'must be a finite number, got NaN',
        },
      ],
    });
    expect(
      parseOkrSet(withChange(['checkIns', 0, 'value'], Number.POSITIVE_INFINITY), {
        unknownKeys: 'keep',
      }),
    ).toMatchObject({
      ok: false,
      issues: [{ path: ['checkIns', 0, 'value'], code: 'invalid_value' }],
    });
  });

  it('reports bigints, functions, symbols and undefined', () => {
    for (const value of [10n, () => 1, Symbol('s'), undefined]) {
      const result = parseOkrSet(withChange(['units', 1, 'name'], value));
      expect(result).toMatchObject({
        ok: false,
        issues: [{ path: ['units', 1, 'name'], code: 'invalid_type' }],
      });
      const kept = parseOkrSet(withChange(['units', 1, 'extra'], value), { unknownKeys: 'keep' });
      expect(kept).toMatchObject({
        ok: false,
        issues: [{ path: ['units', 1, 'extra'], code: 'not_json' }],
      });
    }
    for (const value of [10n, () => 1, Symbol('s')]) {
      expect(parseOkrSet(value)).toMatchObject({
        ok: false,
        issues: [{ path: [], code: 'invalid_type' }],
      });
    }
  });

  it('reports symbol keys and class instances kept as unknown values', () => {
    const input = validInput();
    input[Symbol('hidden') as unknown as string] = 1;
    expect(parseOkrSet(input, { unknownKeys: 'keep' })).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'not_json' }],
    });
    expect(
      parseOkrSet(withChange(['units', 0, 'since'], new Date(0)), { unknownKeys: 'keep' }),
    ).toMatchObject({
      ok: false,
      issues: [{ path: ['units', 0, 'since'], code: 'not_json' }],
    });
  });

  it('reports a getter that throws at its path', () => {
    const input = validInput() as { units: object[] };
    Object.defineProperty(input.units[1], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const unknownKeys of ['reject', 'keep'] as const) {
      expect(parseOkrSet(input, { unknownKeys })).toEqual({
        ok: false,
        issues: [
          {
            path: ['units', 1, 'name'],
            code: 'not_json',
            message: 'reading this property threw ("boom")',
          },
        ],
      });
    }
  });

  it('reports a proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        has() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const result = parseOkrSet(hostile);
    expect(result).toMatchObject({ ok: false, issues: [{ path: [], code: 'not_json' }] });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(parseOkrSet({ units: [revocable.proxy] }).ok).toBe(false);
  });

  it('handles 10 MB strings without echoing them', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const asName = parseOkrSet(withChange(['units', 1, 'name'], huge));
    expect(asName.ok).toBe(true);
    for (const path of [
      ['cycles', 0, 'start'],
      ['units', 1, 'parentId'],
      ['units', 1, 'id'],
    ]) {
      const result = parseOkrSet(withChange(path, huge));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const issue of result.issues) expect(issue.message.length).toBeLessThan(300);
    }
  });

  it('reports arrays and primitives where objects belong', () => {
    expect(parseOkrSet(withChange(['keyResults', 0, 'measure'], ['metric']))).toMatchObject({
      ok: false,
      issues: [{ path: ['keyResults', 0, 'measure'], code: 'invalid_type' }],
    });
    expect(parseOkrSet({ strategy: 'grow' })).toMatchObject({
      ok: false,
      issues: [{ path: ['strategy'], code: 'invalid_type' }],
    });
  });

  it('does not touch the prototype chain', () => {
    const input = JSON.parse('{"__proto__":{"isAdmin":true},"units":[]}');
    const result = parseOkrSet(input, { unknownKeys: 'keep' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: ['__proto__'], code: 'unsafe_key' }],
    });
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

describe('parseOkrSet values', () => {
  it('returns a fresh copy: changing it leaves the input alone', () => {
    const input = validInput();
    const result = parseOkrSet(input);
    if (!result.ok) throw new Error('expected ok');
    result.value.units[0]!.name = 'Changed';
    expect((input['units'] as { name: string }[])[0]!.name).toBe('Acme');
  });

  it('round-trips through JSON to an equal value', () => {
    for (const unknownKeys of ['reject', 'keep'] as const) {
      const first = parseOkrSet(
        withChange(['units', 0, ...(unknownKeys === 'keep' ? ['x'] : ['name'])], 'X'),
        { unknownKeys },
      );
      if (!first.ok) throw new Error(JSON.stringify(first.issues));
      const again = parseOkrSet(JSON.parse(JSON.stringify(first.value)), { unknownKeys });
      expect(again).toStrictEqual(first);
    }
  });
});

describe('assertOkrSet', () => {
  it('returns the set when valid', () => {
    expect(assertOkrSet(validInput()).objectives).toHaveLength(3);
  });

  it('throws a SokrError carrying every issue', () => {
    let caught: unknown;
    try {
      assertOkrSet(withChange(['keyResults', 3, 'ownerId'], 'nobody'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SokrError);
    expect(isSokrError(caught)).toBe(true);
    const error = caught as SokrError;
    expect(error.issues).toEqual([
      {
        path: ['keyResults', 3, 'ownerId'],
        code: 'dangling_reference',
        message: 'no person has id "nobody"',
        id: 'nobody',
        kind: 'person',
      },
    ]);
    expect(error.message).toContain('keyResults[3].ownerId: dangling_reference');
  });

  it('throws for input that is not an object, never anything but a SokrError', () => {
    for (const input of [undefined, 42, 'x', [], 10n]) {
      expect(() => assertOkrSet(input)).toThrow(SokrError);
    }
  });
});

describe('the bundled example', () => {
  it.skipIf(!existsSync(examplePath))('examples/acme.okr.json parses cleanly', () => {
    const result = parseOkrSet(JSON.parse(readFileSync(examplePath, 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
