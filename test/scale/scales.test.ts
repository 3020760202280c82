import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitmentTarget,
  defineScale,
  formatScore,
  googleScale,
  grade,
  gradeObjective,
  isSokrError,
  percentScale,
  scales,
  trafficScale,
  zonesScale,
} from '../../src/index.js';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues.map((i) => ({ code: i.code, path: i.path }));
    throw error;
  }
  throw new Error('expected a SokrError');
}

describe('grade', () => {
  it('grades the zones 0.3/0.7/1 with inclusive lower bounds: 0.29 fail, 0.3 commit, 0.7 target, 1 stretch', () => {
    expect([0, 0.29, 0.3, 0.69, 0.7, 0.99, 1].map((s) => grade(s, zonesScale).id)).toEqual([
      'fail',
      'fail',
      'commit',
      'commit',
      'target',
      'target',
      'stretch',
    ]);
  });

  it("grades Google's scale with the gaps closed: red below 0.4, yellow below 0.7, green from 0.7", () => {
    expect([0, 0.3, 0.35, 0.4, 0.6, 0.65, 0.7, 1].map((s) => grade(s, googleScale).id)).toEqual([
      'red',
      'red',
      'red',
      'yellow',
      'yellow',
      'yellow',
      'green',
      'green',
    ]);
  });

  it('uses the google scale by default', () => {
    expect(grade(0.7)).toBe(googleScale.bands[2]);
  });

  it('grades scores above 1 in the top band and below 0 in the bottom band', () => {
    expect(grade(1.7, zonesScale).id).toBe('stretch');
    expect(grade(-0.5, zonesScale).id).toBe('fail');
    expect(grade(3, percentScale).id).toBe('p90');
  });

  it('puts computed boundary scores in the higher band despite floating point', () => {
    expect(grade(0.1 * 7, zonesScale).id).toBe('target');
    expect(grade(0.7 - 1e-12, zonesScale).id).toBe('target');
    expect(grade(1 - 0.7, zonesScale).id).toBe('commit'); // 0.30000000000000004
    expect(grade(0.9 - 0.6, zonesScale).id).toBe('commit'); // 0.30000000000000004 too
    expect(grade(0.3 - 1e-12, zonesScale).id).toBe('commit');
  });

  it('grades percent in bands of ten and traffic in red/amber/green', () => {
    expect(grade(0.55, percentScale).id).toBe('p50');
    expect(grade(1, percentScale).id).toBe('p90');
    expect([0.39, 0.4, 0.7].map((s) => grade(s, trafficScale).id)).toEqual([
      'red',
      'amber',
      'green',
    ]);
  });

  it('rejects NaN and Infinity', () => {
    expect(issuesOf(() => grade(Number.NaN))).toEqual([{ code: 'invalid_value', path: ['score'] }]);
    expect(issuesOf(() => grade(Number.POSITIVE_INFINITY))[0]?.code).toBe('invalid_value');
  });

  it('assigns every score in the band whose min it reached (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(scales)),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (scale, s) => {
          const band = grade(s, scale);
          const i = scale.bands.indexOf(band);
          const next = scale.bands[i + 1];
          return (i === 0 || s + 1e-9 >= band.min) && (next === undefined || s + 1e-9 < next.min);
        },
      ),
    );
  });
});

describe('formatScore', () => {
  it('formats decimals with one digit (0.7) and percent as whole percentages (70%)', () => {
    expect(formatScore(0.7, googleScale)).toBe('0.7');
    expect(formatScore(0.7)).toBe('0.7');
    expect(formatScore(1)).toBe('1.0');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(0.7, percentScale)).toBe('70%');
    expect(formatScore(0.1 * 7, percentScale)).toBe('70%');
  });

  it('rounds halves away from zero without floating point noise', () => {
    expect(formatScore(0.25)).toBe('0.3');
    expect(formatScore(0.45)).toBe('0.5');
    expect(formatScore(0.285, percentScale)).toBe('29%');
    expect(formatScore(0.004, percentScale)).toBe('0%');
  });

  it('shows over-achievement and regression unclamped, never "-0"', () => {
    expect(formatScore(1.25)).toBe('1.3');
    expect(formatScore(-0.25)).toBe('-0.3');
    expect(formatScore(-0.01)).toBe('0.0');
    expect(formatScore(-0.004, trafficScale)).toBe('0%');
    expect(formatScore(1.25, trafficScale)).toBe('125%');
  });

  it('rejects NaN', () => {
    expect(issuesOf(() => formatScore(Number.NaN))).toEqual([
      { code: 'invalid_value', path: ['score'] },
    ]);
  });
});

describe('commitment targets', () => {
  it('expects a committed objective to reach 1.0 and an aspirational one 0.7', () => {
    expect(commitmentTarget('committed')).toBe(1);
    expect(commitmentTarget('aspirational')).toBe(0.7);
  });

  it('says whether an objective met the target of its commitment', () => {
    expect(gradeObjective(0.7, 'aspirational')).toEqual({
      band: googleScale.bands[2],
      target: 0.7,
      met: true,
    });
    expect(gradeObjective(0.7, 'committed')).toMatchObject({ target: 1, met: false });
    expect(gradeObjective(1, 'committed', zonesScale)).toMatchObject({
      band: { id: 'stretch' },
      met: true,
    });
    expect(gradeObjective(0.69, 'aspirational').met).toBe(false);
  });
});

describe('defineScale', () => {
  const bands = [
    { id: 'low', label: 'Low', color: 'red', min: 0 },
    { id: 'high', label: 'High', color: 'green', min: 0.5 },
  ];

  it('returns a copy with defaults (decimal format, name = id)', () => {
    const scale = defineScale({ id: 'two', bands });
    expect(scale).toEqual({ id: 'two', name: 'two', bands, format: 'decimal' });
    expect(scale.bands).not.toBe(bands);
    expect(grade(0.5, scale).id).toBe('high');
  });

  it('rejects a first band that does not start at 0 (the scale must cover 0–1)', () => {
    expect(issuesOf(() => defineScale({ id: 's', bands: [{ ...bands[0]!, min: 0.1 }] }))).toEqual([
      { code: 'invalid_value', path: ['bands', 0, 'min'] },
    ]);
  });

  it('rejects unordered or overlapping bands with the path of the offending min', () => {
    const unordered = [
      bands[0]!,
      { ...bands[1]!, min: 0.7 },
      { id: 'mid', label: 'Mid', color: 'y', min: 0.5 },
    ];
    expect(issuesOf(() => defineScale({ id: 's', bands: unordered }))).toEqual([
      { code: 'invalid_value', path: ['bands', 2, 'min'] },
    ]);
    const overlapping = [bands[0]!, { ...bands[1]!, min: 0 }];
    expect(issuesOf(() => defineScale({ id: 's', bands: overlapping }))).toEqual([
      { code: 'invalid_value', path: ['bands', 1, 'min'] },
    ]);
  });

  it('rejects duplicate band ids, missing fields, a bad format and an empty band list', () => {
    expect(
      issuesOf(() => defineScale({ id: 's', bands: [bands[0]!, { ...bands[1]!, id: 'low' }] })),
    ).toEqual([{ code: 'duplicate_id', path: ['bands', 1, 'id'] }]);
    expect(
      issuesOf(() =>
        defineScale({
          id: '',
          bands: [{ id: 'a', min: Number.NaN } as never],
          format: 'roman' as never,
        }),
      ),
    ).toEqual([
      { code: 'invalid_value', path: ['id'] },
      { code: 'invalid_value', path: ['format'] },
      { code: 'invalid_type', path: ['bands', 0, 'label'] },
      { code: 'invalid_type', path: ['bands', 0, 'color'] },
      { code: 'invalid_type', path: ['bands', 0, 'min'] },
    ]);
    expect(issuesOf(() => defineScale({ id: 's', bands: [] }))).toEqual([
      { code: 'invalid_value', path: ['bands'] },
    ]);
    expect(issuesOf(() => defineScale(null as never))).toEqual([
      { code: 'invalid_type', path: [] },
    ]);
  });

  it('accepts every preset as a definition', () => {
    for (const scale of Object.values(scales)) expect(defineScale(scale)).toEqual(scale);
  });
});

describe('shared presets are frozen', () => {
  it('a change to a preset cannot regrade every later call in the process', async () => {
    const { defaultStatusPolicy, googleScale, grade, scales } = await import('../../src/index.js');
    expect(Object.isFrozen(googleScale)).toBe(true);
    expect(Object.isFrozen(googleScale.bands)).toBe(true);
    expect(Object.isFrozen(googleScale.bands[2])).toBe(true);
    expect(Object.isFrozen(scales)).toBe(true);
    expect(Object.isFrozen(defaultStatusPolicy)).toBe(true);
    expect(() => {
      (googleScale.bands.at(-1) as { min: number }).min = 0.4;
    }).toThrow(TypeError);
    expect(grade(0.5, googleScale).id).toBe('yellow');
  });
});
