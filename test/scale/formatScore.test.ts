import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineScale,
  formatScore,
  googleScale,
  grade,
  isSokrError,
  percentScale,
  type Scale,
  scales,
  trafficScale,
  zonesScale,
} from '../../src/index.js';

/** Reads a printed score back: `'0.3'` → 0.3, `'70%'` → 0.7. */
function parse(text: string): number {
  const match = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (match === null) throw new Error(`not a plain number: ${JSON.stringify(text)}`);
  const value = Number(match[1]);
  return match[2] === '%' ? value / 100 : value;
}

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues.map((i) => ({ code: i.code, path: i.path }));
    throw error;
  }
  throw new Error('expected a SokrError');
}

const PRESETS = Object.values(scales);

describe('formatScore prints a number in the band of the score', () => {
  it('prints 0.35 as 0.3 on the google scale: 0.35 is Red and so is 0.3', () => {
    expect(grade(0.35).label).toBe('Red');
    expect(formatScore(0.35)).toBe('0.3');
    expect(grade(parse(formatScore(0.35))).label).toBe('Red');
  });

  it("rounds toward the band's interior only next to a boundary; elsewhere to the nearest step", () => {
    expect(
      [0.34, 0.35, 0.3999, 0.4, 0.44, 0.65, 0.69, 0.7, 0.75].map((s) => formatScore(s)),
    ).toEqual(['0.3', '0.3', '0.3', '0.4', '0.4', '0.6', '0.6', '0.7', '0.8']);
    expect(formatScore(0.96, zonesScale)).toBe('0.9'); // target, not stretch (1.0)
    expect(formatScore(0.25, zonesScale)).toBe('0.2'); // fail, not commit (0.3)
    expect(formatScore(0.395, percentScale)).toBe('39%'); // p30, not p40
    expect(formatScore(0.695, trafficScale)).toBe('69%'); // amber, not green
    expect(formatScore(0.7 - 1e-12)).toBe('0.7'); // graded green (within SCORE_EPSILON), printed green
  });

  it('never prints a score below 1 as a met target (1.0 is a boundary of every scale)', () => {
    expect([0.94, 0.95, 0.96, 0.98, 0.999, 1, 1.04].map((s) => formatScore(s))).toEqual([
      '0.9',
      '0.9',
      '0.9',
      '0.9',
      '0.9',
      '1.0',
      '1.0',
    ]);
    expect(formatScore(0.996, percentScale)).toBe('99%');
    expect(formatScore(1, percentScale)).toBe('100%');
    // A custom band just under 1: the extra decimal it needs stays below 1.
    const fine = defineScale({
      id: 'fine',
      name: 'Fine',
      bands: [
        { id: 'low', label: 'Low', color: '#c00', min: 0 },
        { id: 'near', label: 'Near', color: '#cc0', min: 0.95 },
        { id: 'met', label: 'Met', color: '#0c0', min: 1 },
      ],
    });
    expect(formatScore(0.98, fine)).toBe('0.98');
    expect(formatScore(0.999, fine)).toBe('0.99');
  });

  it('gives a band narrower than one step the extra decimals it needs', () => {
    const narrow = defineScale({
      id: 'narrow',
      bands: [
        { id: 'low', label: 'Low', color: 'red', min: 0 },
        { id: 'thin', label: 'Thin', color: 'orange', min: 0.42 },
        { id: 'high', label: 'High', color: 'green', min: 0.48 },
      ],
    });
    expect(formatScore(0.45, narrow)).toBe('0.45'); // 0.5 is 'high' and 0.4 is 'low'
    expect(formatScore(0.47, narrow)).toBe('0.47');
    expect(formatScore(0.41, narrow)).toBe('0.4');
  });

  it('law: grade(parse(formatScore(s))) = grade(s) for every score in [0, 1] and every preset scale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...PRESETS),
        (score, scale) => {
          expect(grade(parse(formatScore(score, scale)), scale)).toBe(grade(score, scale));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('law: holds right next to every boundary of every preset scale', () => {
    const near = PRESETS.flatMap((scale) =>
      scale.bands.flatMap((band) =>
        [-0.051, -0.05, -0.005, -1e-6, -1e-9, 0, 1e-9, 0.005, 0.049].map(
          (d) => [scale, band.min + d] as const,
        ),
      ),
    );
    for (const [scale, score] of near) {
      expect(grade(parse(formatScore(score, scale)), scale), `${scale.id} ${score}`).toBe(
        grade(score, scale),
      );
    }
  });

  it('law: holds on random scales, unclamped scores included, and never moves the number by more than a step', () => {
    const scale = fc
      .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 6 })
      .map(
        (mins): Scale =>
          defineScale({
            id: 'random',
            format: mins.length % 2 === 0 ? 'percent' : 'decimal',
            bands: [0, ...mins.sort((a, b) => a - b).map((m) => m / 1000)].map((min, i) => ({
              id: `b${i}`,
              label: `B${i}`,
              color: 'gray',
              min,
            })),
          }),
      );
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), scale, (score, s) => {
        const printed = parse(formatScore(score, s));
        expect(grade(printed, s)).toBe(grade(score, s));
        expect(Math.abs(printed - score)).toBeLessThanOrEqual(
          s.format === 'percent' ? 0.01 + 1e-9 : 0.1 + 1e-9,
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatScore of extreme numbers', () => {
  it('refuses NaN and ±Infinity with a SokrError (as grade does), never printing "NaN" or "Infinity"', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(issuesOf(() => formatScore(bad))).toEqual([
        { code: 'invalid_value', path: ['score'] },
      ]);
      expect(issuesOf(() => formatScore(bad, percentScale))).toEqual([
        { code: 'invalid_value', path: ['score'] },
      ]);
      expect(issuesOf(() => grade(bad))).toEqual([{ code: 'invalid_value', path: ['score'] }]);
    }
  });

  it('prints -0 as 0.0 / 0%, never with a minus sign', () => {
    expect(formatScore(-0)).toBe('0.0');
    expect(formatScore(-0, percentScale)).toBe('0%');
    expect(formatScore(-1e-300, googleScale)).toBe('0.0');
  });

  it('prints huge finite scores in full, without exponent, Infinity or NaN', () => {
    expect(formatScore(1e20)).toBe('100000000000000000000.0');
    expect(formatScore(1e20, percentScale)).toBe('10000000000000000000000%');
    expect(formatScore(-1e20)).toBe('-100000000000000000000.0');
    for (const huge of [1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, 1e16, 9e15]) {
      for (const scale of PRESETS) {
        const text = formatScore(huge, scale);
        const exact = `${huge < 0 ? '-' : ''}${BigInt(Math.abs(huge))}${scale.format === 'percent' ? '00%' : '.0'}`;
        expect(text).toBe(exact);
      }
    }
    expect(formatScore(1e308)).toMatch(/^1\d{308}\.0$/);
  });

  it('prints tiny scores as zero', () => {
    expect(formatScore(Number.MIN_VALUE)).toBe('0.0');
    expect(formatScore(5e-324, percentScale)).toBe('0%');
  });
});

describe('docs/guides/scoring.md: how scores print', () => {
  const guide = readFileSync(new URL('../../docs/guides/scoring.md', import.meta.url), 'utf8');
  const table = guide.split('<!-- table: printed-scores -->')[1]?.trim().split('\n\n')[0] ?? '';
  const rows = table
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('has a table of printed scores', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  for (const [score, scaleId, printed, band] of rows) {
    it(`prints ${score} on the ${scaleId} scale as ${printed} (${band})`, () => {
      const scale = scales[scaleId as keyof typeof scales];
      expect(scale, scaleId).toBeDefined();
      expect(formatScore(Number(score), scale)).toBe(printed);
      expect(grade(Number(score), scale).id).toBe(band);
      expect(grade(parse(printed!), scale).id).toBe(band);
    });
  }
});
