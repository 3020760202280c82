// burnUpSvg and progressBarSvg on bad arguments: a SokrError naming the
// option's path and code, never a TypeError; what they tolerate on purpose
// (dates that do not parse, NaN scores, colours that are not CSS colours)
// still renders, and valid options render exactly as before the checks.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BurnUpSvgOptions,
  burnUpSvg,
  type ProgressBarSvgOptions,
  progressBarSvg,
} from '../../src/index.js';
import { hostileValue, hostileWhole, RUNS, throwsOnlySokrError } from '../hostile/_hostile.js';
import { issuesOf, where } from '../_support/sokrIssues.js';

const window = { start: '2026-01-01', end: '2026-03-31' };

/** A valid chart, with one option replaced. */
function chart(change: Record<string, unknown>): BurnUpSvgOptions {
  return {
    label: 'k',
    window,
    points: [
      { at: '2026-01-07', score: 0.1 },
      { at: '2026-01-14', score: 0.2 },
    ],
    ...change,
  } as BurnUpSvgOptions;
}

/** A valid bar, with one option replaced. */
function bar(change: Record<string, unknown>): ProgressBarSvgOptions {
  return { score: 0.45, label: 'Win', ...change } as ProgressBarSvgOptions;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('burnUpSvg refuses bad options with their path', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'chart'],
    ['an array', []],
  ])('refuses options that are %s: invalid_type at []', (_name, options) => {
    expect(where(() => burnUpSvg(options as never))).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('reports every required option that is absent: missing at points, window and label', () => {
    expect(where(() => burnUpSvg({} as never))).toEqual([
      { path: ['points'], code: 'missing' },
      { path: ['window'], code: 'missing' },
      { path: ['label'], code: 'missing' },
    ]);
  });

  it('refuses points that are not an array: invalid_type at points', () => {
    expect(where(() => burnUpSvg(chart({ points: null })))).toEqual([
      { path: ['points'], code: 'invalid_type' },
    ]);
  });

  it('refuses a point that is not an object: invalid_type at points[0]', () => {
    expect(where(() => burnUpSvg(chart({ points: [null] })))).toEqual([
      { path: ['points', 0], code: 'invalid_type' },
    ]);
  });

  it('refuses a score that is not a number at its index: invalid_type at points[3].score', () => {
    const points = [0.1, 0.2, 0.3, '0.4'].map((score, i) => ({ at: `2026-01-0${i + 1}`, score }));
    const [issue] = issuesOf(() => burnUpSvg(chart({ points })));
    expect(issue).toMatchObject({
      path: ['points', 3, 'score'],
      code: 'invalid_type',
      expected: 'number',
      received: 'string',
    });
    expect(issue?.message).toBe('points[3].score must be a number, got the string "0.4"');
  });

  it('refuses a point without a score: missing at points[0].score', () => {
    expect(where(() => burnUpSvg(chart({ points: [{ at: '2026-01-07' }] })))).toEqual([
      { path: ['points', 0, 'score'], code: 'missing' },
    ]);
  });

  it('refuses a point date that is neither a string nor a number: invalid_type at points[0].at', () => {
    expect(where(() => burnUpSvg(chart({ points: [{ at: {}, score: 0.1 }] })))).toEqual([
      { path: ['points', 0, 'at'], code: 'invalid_type' },
    ]);
  });

  it('refuses a point value that is neither a number nor null: invalid_type at points[0].value', () => {
    const points = [{ at: '2026-01-07', score: 0.1, value: '12' }];
    expect(where(() => burnUpSvg(chart({ points })))).toEqual([
      { path: ['points', 0, 'value'], code: 'invalid_type' },
    ]);
  });

  it('refuses a window that is not an object: invalid_type at window', () => {
    expect(where(() => burnUpSvg(chart({ window: null })))).toEqual([
      { path: ['window'], code: 'invalid_type' },
    ]);
  });

  it('refuses a window end that is not a date: invalid_type at window.end', () => {
    const bad = { start: '2026-01-01', end: new Map() };
    expect(where(() => burnUpSvg(chart({ window: bad })))).toEqual([
      { path: ['window', 'end'], code: 'invalid_type' },
    ]);
  });

  it('refuses a forecast that is not an object: invalid_type at forecast', () => {
    expect(where(() => burnUpSvg(chart({ forecast: 5 })))).toEqual([
      { path: ['forecast'], code: 'invalid_type' },
    ]);
  });

  it('refuses a forecast end that is not a point: invalid_type at forecast.to', () => {
    const forecast = { from: { at: '2026-01-14', score: 0.2 }, to: null };
    expect(where(() => burnUpSvg(chart({ forecast })))).toEqual([
      { path: ['forecast', 'to'], code: 'invalid_type' },
    ]);
  });

  it('refuses an asOf that is not a string, a number or a Date: invalid_type at asOf', () => {
    expect(where(() => burnUpSvg(chart({ asOf: {} })))).toEqual([
      { path: ['asOf'], code: 'invalid_type' },
    ]);
  });

  it('refuses a label that is a symbol: invalid_type at label', () => {
    expect(where(() => burnUpSvg(chart({ label: Symbol('k') })))).toEqual([
      { path: ['label'], code: 'invalid_type' },
    ]);
  });

  it('refuses a description that cannot be written: invalid_type at description', () => {
    expect(where(() => burnUpSvg(chart({ description: Object.create(null) })))).toEqual([
      { path: ['description'], code: 'invalid_type' },
    ]);
  });

  it('refuses a colour that is not a string: invalid_type at color', () => {
    expect(where(() => burnUpSvg(chart({ color: 5 })))).toEqual([
      { path: ['color'], code: 'invalid_type' },
    ]);
  });

  it('refuses a formatY that is not a function: invalid_type at formatY', () => {
    expect(where(() => burnUpSvg(chart({ formatY: '%' })))).toEqual([
      { path: ['formatY'], code: 'invalid_type' },
    ]);
  });

  it('refuses a formatDay that is not a function: invalid_type at formatDay', () => {
    expect(where(() => burnUpSvg(chart({ formatDay: 'en-GB' })))).toEqual([
      { path: ['formatDay'], code: 'invalid_type' },
    ]);
  });

  it('refuses values that are not an object: invalid_type at values', () => {
    expect(where(() => burnUpSvg(chart({ values: null })))).toEqual([
      { path: ['values'], code: 'invalid_type' },
    ]);
  });

  it('refuses a value axis without format: missing at values.format', () => {
    const values = { metric: { start: 0, target: 10 } };
    expect(where(() => burnUpSvg(chart({ values })))).toEqual([
      { path: ['values', 'format'], code: 'missing' },
    ]);
  });

  it('refuses a metric that is not an object: invalid_type at values.metric', () => {
    expect(where(() => burnUpSvg(chart({ values: { format: String, metric: null } })))).toEqual([
      { path: ['values', 'metric'], code: 'invalid_type' },
    ]);
  });

  it('refuses a metric start that is not a number: invalid_type at values.metric.start', () => {
    const values = { format: String, metric: { start: Symbol('s'), target: 10 } };
    expect(where(() => burnUpSvg(chart({ values })))).toEqual([
      { path: ['values', 'metric', 'start'], code: 'invalid_type' },
    ]);
  });

  it('refuses an unknown threshold mode: invalid_value at values.threshold.mode', () => {
    const values = { format: String, threshold: { value: 90, mode: 'above' } };
    const [issue] = issuesOf(() => burnUpSvg(chart({ values })));
    expect(issue).toMatchObject({
      path: ['values', 'threshold', 'mode'],
      code: 'invalid_value',
      options: ['atLeast', 'atMost'],
      received: 'above',
    });
  });

  it('refuses a range bound that is a bigint: invalid_type at values.range.min', () => {
    const values = { format: String, range: { min: 10n, max: 20 } };
    expect(where(() => burnUpSvg(chart({ values })))).toEqual([
      { path: ['values', 'range', 'min'], code: 'invalid_type' },
    ]);
  });

  it('refuses a width that is not a finite number above 0: invalid_value at width', () => {
    expect(where(() => burnUpSvg(chart({ width: Number.NaN })))).toEqual([
      { path: ['width'], code: 'invalid_value' },
    ]);
  });

  it('refuses a height that is not a number: invalid_type at height', () => {
    expect(where(() => burnUpSvg(chart({ height: '160px' })))).toEqual([
      { path: ['height'], code: 'invalid_type' },
    ]);
  });

  it('refuses an inlineStyle that is not a boolean: invalid_type at inlineStyle', () => {
    expect(where(() => burnUpSvg(chart({ inlineStyle: 'no' })))).toEqual([
      { path: ['inlineStyle'], code: 'invalid_type' },
    ]);
  });

  it('reports every problem at once, in the order of the options', () => {
    const options = chart({ points: [{ at: '2026-01-07', score: 'x' }], width: 0, color: 1 });
    expect(where(() => burnUpSvg(options))).toEqual([
      { path: ['points', 0, 'score'], code: 'invalid_type' },
      { path: ['color'], code: 'invalid_type' },
      { path: ['width'], code: 'invalid_value' },
    ]);
  });

  it('turns a getter that throws into not_json at []', () => {
    const options = Object.defineProperty(chart({}), 'points', {
      enumerable: true,
      get: () => {
        throw new Error('getter says no');
      },
    });
    const [issue] = issuesOf(() => burnUpSvg(options));
    expect(issue).toMatchObject({ path: [], code: 'not_json' });
    expect(issue?.message).toContain('getter says no');
  });
});

describe('burnUpSvg tolerates, never crashes', () => {
  it('cuts a value label of 20,000 characters in one pass (it took half a minute)', () => {
    const unit = 'x'.repeat(20_000);
    const started = performance.now();
    const svg = burnUpSvg(
      chart({
        points: [{ at: '2026-01-07', score: 0.1, value: 1 }],
        values: { format: (v: number) => `${v} ${unit}`, metric: { start: 0, target: 10 } },
      }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(svg).toMatch(/>0 x+…<\/text>/);
  });

  it('leaves out a point whose epoch ms lie beyond what a Date holds (was a RangeError)', () => {
    const svg = burnUpSvg(chart({ points: [{ at: 1e20, score: 0.5 }] }));
    expect(svg).toContain('No check-ins yet');
  });

  it('reads a window start beyond what a Date holds as one that does not parse (was a RangeError)', () => {
    const svg = burnUpSvg(chart({ window: { start: -1e20, end: '2026-03-31' } }));
    expect(svg).toContain('>1970-01-01</text>');
  });

  it('writes the default text when formatY returns something other than a string', () => {
    const svg = burnUpSvg(chart({ formatY: () => 5 }));
    expect(svg).toContain('<title>2026-01-14: 20%</title>');
  });

  it("writes the value's digits when values.format returns something other than a string", () => {
    const svg = burnUpSvg(
      chart({
        points: [{ at: '2026-01-07', score: 0.1, value: 12 }],
        values: { format: () => Symbol('x'), metric: { start: 0, target: 120 } },
      }),
    );
    expect(svg).toContain('<title>2026-01-07: 12 (score 10%)</title>');
  });
});

describe('progressBarSvg refuses bad options with their path', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 0.45],
  ])('refuses options that are %s: invalid_type at []', (_name, options) => {
    expect(where(() => progressBarSvg(options as never))).toEqual([
      { path: [], code: 'invalid_type' },
    ]);
  });

  it('refuses a bar without a score or label: missing at score and label', () => {
    expect(where(() => progressBarSvg({} as never))).toEqual([
      { path: ['score'], code: 'missing' },
      { path: ['label'], code: 'missing' },
    ]);
  });

  it('refuses a score that is not a number: invalid_type at score', () => {
    const [issue] = issuesOf(() => progressBarSvg(bar({ score: '45%' })));
    expect(issue).toMatchObject({ path: ['score'], code: 'invalid_type', received: 'string' });
    expect(issue?.message).toBe('score must be a number, got the string "45%"');
  });

  it('refuses an expected of null (leave it out instead): invalid_type at expected', () => {
    expect(where(() => progressBarSvg(bar({ expected: null })))).toEqual([
      { path: ['expected'], code: 'invalid_type' },
    ]);
  });

  it('refuses a band that is not an object: invalid_type at band', () => {
    expect(where(() => progressBarSvg(bar({ band: null })))).toEqual([
      { path: ['band'], code: 'invalid_type' },
    ]);
  });

  it('refuses a band colour that is not a string: invalid_type at band.color', () => {
    expect(where(() => progressBarSvg(bar({ band: { label: 'Yellow', color: 5 } })))).toEqual([
      { path: ['band', 'color'], code: 'invalid_type' },
    ]);
  });

  it('refuses a band without a label: missing at band.label', () => {
    expect(where(() => progressBarSvg(bar({ band: { color: 'red' } })))).toEqual([
      { path: ['band', 'label'], code: 'missing' },
    ]);
  });

  it('refuses a colour that is not a string: invalid_type at color', () => {
    expect(where(() => progressBarSvg(bar({ color: {} })))).toEqual([
      { path: ['color'], code: 'invalid_type' },
    ]);
  });

  it('refuses a label that is a symbol: invalid_type at label', () => {
    expect(where(() => progressBarSvg(bar({ label: Symbol('w') })))).toEqual([
      { path: ['label'], code: 'invalid_type' },
    ]);
  });

  it('refuses a valueText that cannot be written: invalid_type at valueText', () => {
    expect(where(() => progressBarSvg(bar({ valueText: Object.create(null) })))).toEqual([
      { path: ['valueText'], code: 'invalid_type' },
    ]);
  });

  it('refuses an expectedText that is a symbol: invalid_type at expectedText', () => {
    const options = bar({ expected: 0.3, expectedText: Symbol('e') });
    expect(where(() => progressBarSvg(options))).toEqual([
      { path: ['expectedText'], code: 'invalid_type' },
    ]);
  });

  it('refuses a width of 0: invalid_value at width', () => {
    const [issue] = issuesOf(() => progressBarSvg(bar({ width: 0 })));
    expect(issue).toMatchObject({ path: ['width'], code: 'invalid_value', received: 0 });
  });

  it('refuses a height that is a bigint: invalid_type at height', () => {
    expect(where(() => progressBarSvg(bar({ height: 14n })))).toEqual([
      { path: ['height'], code: 'invalid_type' },
    ]);
  });

  it('refuses a showValue that is not a boolean: invalid_type at showValue', () => {
    expect(where(() => progressBarSvg(bar({ showValue: 'yes' })))).toEqual([
      { path: ['showValue'], code: 'invalid_type' },
    ]);
  });

  it('refuses an inlineStyle that is not a boolean: invalid_type at inlineStyle', () => {
    expect(where(() => progressBarSvg(bar({ inlineStyle: 0 })))).toEqual([
      { path: ['inlineStyle'], code: 'invalid_type' },
    ]);
  });
});

// Hashes of the output of these options recorded before the checks were added:
// valid options (and what the builders tolerate on purpose) render byte for byte the same.
describe('valid options render as before', () => {
  const burnUps: Record<string, [BurnUpSvgOptions, string]> = {
    'a series with forecast and asOf': [
      {
        label: 'Reach 120 customers',
        window,
        points: [
          { at: '2026-01-07', score: 0.1 },
          { at: '2026-01-14', score: 0.2 },
          { at: '2026-01-21T12:00:00Z', score: 0.3 },
        ],
        forecast: { from: { at: '2026-01-21', score: 0.3 }, to: { at: '2026-03-31', score: 1.2 } },
        asOf: new Date('2026-01-21T00:00:00Z'),
      },
      'e6ae838a22b69de2',
    ],
    'dates that do not parse, NaN and null values, a bad colour, a numeric label': [
      {
        label: 42 as never,
        description: 'on track',
        window: { start: 'soon', end: Number.NaN },
        points: [
          { at: '2026-02-30', score: 0.4 },
          { at: Date.UTC(1970, 0, 1, 12), score: Number.NaN, value: null },
          { at: 3_600_000, score: 0.5, value: Number.NaN },
        ],
        asOf: 'not a day',
        color: 'red" onload="x',
      },
      '3b91f133777e9217',
    ],
    'a metric value axis': [
      {
        label: 'ARR',
        window,
        points: [
          { at: '2026-01-07', score: 0.05, value: 4.05 },
          { at: '2026-01-21', score: 1, value: 5 },
        ],
        forecast: { from: { at: '2026-01-21', score: 1 }, to: { at: '2026-03-31', score: 1.4 } },
        values: { format: (v) => `€${v}M`, metric: { start: 4, target: 5, scoreAxis: true } },
        formatY: (s) => s.toFixed(1),
        formatDay: (d) => `day ${d}`,
        width: 400,
        height: 180,
        inlineStyle: false,
      },
      'd331680c953e818b',
    ],
    'a threshold and a range': [
      {
        label: 'CSAT',
        window,
        points: [{ at: '2026-01-07', score: 0, value: 88 }],
        values: {
          format: (v) => `${v} %`,
          threshold: { value: 90, mode: 'atLeast' },
          range: { min: 70, max: 95 },
        },
      },
      '739a6abdd9a51fe1',
    ],
    'a value label cut with an ellipsis': [
      {
        label: 'k',
        window,
        points: [{ at: '2026-01-07', score: 0.1, value: 1 }],
        values: {
          format: (v) => `${v} signups per month from the referral programme${'é'.repeat(200)}`,
          metric: { start: 0, target: 10 },
        },
      },
      'a01a71a214977e72',
    ],
  };
  it.each(Object.entries(burnUps))('burnUpSvg: %s', (_name, [options, hash]) => {
    expect(sha(burnUpSvg(options))).toBe(hash);
  });

  const bars: Record<string, [ProgressBarSvgOptions, string]> = {
    'a band, expected marker and texts': [
      {
        score: 0.45,
        expected: 0.3,
        band: { id: 'yellow', label: 'Yellow', color: '#f59e0b', min: 0.4 } as never,
        label: 'Win the mid-market',
        valueText: '0.45',
        expectedText: '0.3',
      },
      'c234cc877cdeeb00',
    ],
    'a NaN score, an infinite expected, a bad colour, a numeric label': [
      {
        score: Number.NaN,
        expected: Number.POSITIVE_INFINITY,
        label: 7 as never,
        color: 'x" onload="y',
        width: 100,
        height: 10,
        showValue: false,
        inlineStyle: false,
      },
      '0187452cdf2402d7',
    ],
    'a score above 1 with a colour override': [
      { score: 1.25, label: 'x', color: 'rgb(1, 2, 3)', band: { label: 'Green', color: 'green' } },
      '393a29ec6cc4a87d',
    ],
  };
  it.each(Object.entries(bars))('progressBarSvg: %s', (_name, [options, hash]) => {
    expect(sha(progressBarSvg(options))).toBe(hash);
  });
});

describe('hostile options (property)', () => {
  const isSvg = (out: unknown) =>
    out === undefined || (typeof out === 'string' && out.startsWith('<svg'));

  it('burnUpSvg of any whole value gives an SVG string or a SokrError, never another error', () => {
    fc.assert(
      fc.property(hostileWhole, (options) => {
        expect(isSvg(throwsOnlySokrError(() => burnUpSvg(options as never)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('burnUpSvg with hostile values in any option, point or axis field gives an SVG string or a SokrError', () => {
    const key = fc.constantFrom(
      'label',
      'window',
      'points',
      'forecast',
      'asOf',
      'description',
      'color',
      'formatY',
      'values',
      'width',
      'height',
      'inlineStyle',
      'formatDay',
      'window.start',
      'window.end',
      'points.0',
      'points.0.at',
      'points.0.score',
      'points.0.value',
      'forecast.to',
      'forecast.to.score',
      'values.format',
      'values.metric',
      'values.metric.start',
      'values.threshold',
      'values.threshold.mode',
      'values.range.max',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, hostileValue), { maxLength: 4 }), (changes) => {
        const options: Record<string, unknown> = {
          ...chart({}),
          points: [{ at: '2026-01-07', score: 0.1, value: 3 }],
          forecast: { from: { at: '2026-01-07', score: 0.1 }, to: { at: '2026-03-31', score: 1 } },
          values: { format: String, metric: { start: 0, target: 10 }, threshold: {}, range: {} },
        };
        for (const [path, make] of changes) {
          const keys = path.split('.');
          let node: unknown = options;
          for (const k of keys.slice(0, -1))
            node =
              typeof node === 'object' && node !== null
                ? (node as Record<string, unknown>)[k]
                : undefined;
          // A field of an option a previous change replaced by a non-object is left as it is, and
          // so is one that cannot be set (an index of a boxed string: fast-check found
          // `points: new String('x')` then `points.0`, which threw in this loop, not in sokr).
          if (typeof node === 'object' && node !== null && !Object.isFrozen(node))
            Reflect.set(node, keys[keys.length - 1]!, make());
        }
        expect(isSvg(throwsOnlySokrError(() => burnUpSvg(options as never)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('progressBarSvg of any whole value gives an SVG string or a SokrError, never another error', () => {
    fc.assert(
      fc.property(hostileWhole, (options) => {
        expect(isSvg(throwsOnlySokrError(() => progressBarSvg(options as never)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('progressBarSvg with hostile values in any option gives an SVG string or a SokrError', () => {
    const key = fc.constantFrom(
      'score',
      'expected',
      'band',
      'color',
      'label',
      'valueText',
      'expectedText',
      'width',
      'height',
      'showValue',
      'inlineStyle',
      'band.label',
      'band.color',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, hostileValue), { maxLength: 4 }), (changes) => {
        const options: Record<string, unknown> = bar({
          expected: 0.3,
          band: { label: 'Yellow', color: '#f59e0b' },
        }) as never;
        for (const [path, make] of changes) {
          const [first, second] = path.split('.') as [string, string | undefined];
          const band = options.band;
          if (second === undefined) options[first] = make();
          else if (typeof band === 'object' && band !== null)
            (band as Record<string, unknown>)[second] = make();
        }
        expect(isSvg(throwsOnlySokrError(() => progressBarSvg(options as never)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the SVG builders refuse a misspelt option instead of drawing with the default', () => {
  it('burnUpSvg and progressBarSvg: unknown_key at the name, with the option it is close to', () => {
    const window = { start: '2026-01-01', end: '2026-03-31' };
    expect(
      issuesOf(() => burnUpSvg({ label: 'x', points: [], window, widht: 400 } as never)),
    ).toEqual([
      expect.objectContaining({ path: ['widht'], code: 'unknown_key', suggestion: 'width' }),
    ]);
    expect(
      issuesOf(() => progressBarSvg({ score: 0.5, label: 'x', showvalue: false } as never)),
    ).toEqual([
      expect.objectContaining({
        path: ['showvalue'],
        code: 'unknown_key',
        suggestion: 'showValue',
      }),
    ]);
    expect(burnUpSvg({ label: 'x', points: [], window, width: 400 })).toContain('<svg');
  });
});
