import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, instantFrom, parseIsoDate } from '../../src/_lib/date.js';

/** A reference for calendar days: the day exists when it survives a round trip through Date. */
function referenceDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  const year = y < 100 ? back.getUTCFullYear() - 1900 : back.getUTCFullYear();
  return year === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : undefined;
}

describe('parseIsoDate (the fast path for calendar days)', () => {
  it('agrees with a Date round trip on every digit pattern YYYY-MM-DD', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        expect(parseIsoDate(text)).toBe(referenceDay(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses any other ten characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10, maxLength: 10 }), (text) => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return;
        expect(parseIsoDate(text)).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026/01/01',
      '２０２６-01-01',
      '2026-1-011',
    ]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(parseIsoDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
  });
});

describe('instantFrom', () => {
  it('reads ISO strings, finite epoch ms and valid Dates; nothing else', () => {
    const ms = Date.UTC(2026, 1, 15, 9);
    expect(instantFrom('2026-02-15T09:00:00Z')).toBe(ms);
    expect(instantFrom(ms)).toBe(ms);
    expect(instantFrom(new Date(ms))).toBe(ms);
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(Number.NaN),
      null,
      undefined,
      {},
      'soon',
      [ms],
    ]) {
      expect(instantFrom(bad)).toBeUndefined();
    }
  });
});

describe('formatIsoDay', () => {
  it('prints the UTC calendar day as Date does, for any instant from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(formatIsoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [
      0,
      -1,
      86_399_999,
      86_400_000,
      Date.UTC(2028, 1, 29),
      Date.UTC(2100, 2, 1) - 1,
      Date.UTC(0, 0, 1) - 1,
    ]) {
      if (ms < -62_167_219_200_000) continue;
      expect(formatIsoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
  });
});

describe('instants no Date can hold', () => {
  it('are refused, so every accepted instant prints back', () => {
    expect(instantFrom(8.64e15)).toBe(8.64e15);
    expect(instantFrom(8.64e15 + 1)).toBeUndefined();
    expect(instantFrom(-1e308)).toBeUndefined();
    expect(instantFrom(10n)).toBeUndefined();
  });
});
