import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burnUpSvg, progressBarSvg } from '../../src/index.js';

function count(svg: string, cls: string): number {
  return svg.split(`class="${cls}"`).length - 1;
}

function attr(svg: string, cls: string, name: string): string | undefined {
  const m = new RegExp(`class="${cls}"[^>]*?\\s${name}="([^"]*)"`).exec(svg);
  return m?.[1];
}

describe('progressBarSvg', () => {
  it('draws one bar whose width is the score share of the track', () => {
    const svg = progressBarSvg({
      score: 0.45,
      label: 'Win',
      width: 200,
      band: { label: 'Yellow', color: '#f9ab00' },
    });
    expect(count(svg, 'sokr-bar')).toBe(1);
    expect(count(svg, 'sokr-track')).toBe(1);
    expect(attr(svg, 'sokr-bar', 'width')).toBe('90');
    expect(attr(svg, 'sokr-bar', 'fill')).toBe('#f9ab00');
  });

  it('is an image with an accessible name and a title that carry the value and band label', () => {
    const svg = progressBarSvg({
      score: 0.45,
      expected: 0.3,
      label: 'Win',
      band: { label: 'Yellow', color: '#f9ab00' },
    });
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="sokr-progress" role="img"'),
    ).toBe(true);
    expect(svg).toContain('aria-label="Win: 45% (Yellow), expected 30%"');
    expect(svg).toContain('<title>Win: 45% (Yellow), expected 30%</title>');
    expect(svg).toContain('>45% · Yellow</text>');
  });

  it('draws the expected marker only when expected is given, at its share of the width', () => {
    const withMarker = progressBarSvg({
      score: 0.2,
      expected: 0.25,
      label: 'x',
      color: 'red',
      width: 200,
    });
    expect(count(withMarker, 'sokr-expected')).toBe(1);
    expect(attr(withMarker, 'sokr-expected', 'x1')).toBe('50');
    expect(count(progressBarSvg({ score: 0.2, label: 'x', color: 'red' }), 'sokr-expected')).toBe(
      0,
    );
  });

  it('clamps the drawn bar to the track but writes the unclamped value', () => {
    const over = progressBarSvg({ score: 1.25, label: 'x', width: 100, valueText: '1.3' });
    expect(attr(over, 'sokr-bar', 'width')).toBe('100');
    expect(over).toContain('>1.3</text>');
    expect(attr(progressBarSvg({ score: -0.5, label: 'x', width: 100 }), 'sokr-bar', 'width')).toBe(
      '0',
    );
  });

  it('escapes text and refuses colours that could break out of the attribute', () => {
    const svg = progressBarSvg({
      score: 0.5,
      label: '<script>alert("x")</script> & co',
      color: 'red" onload="x',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain('onload');
  });

  it('omits the value text when showValue is false', () => {
    expect(
      count(progressBarSvg({ score: 0.5, label: 'x', showValue: false }), 'sokr-bar-value'),
    ).toBe(0);
  });

  it('always yields exactly one bar with a width within the track (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.string(), (score, label) => {
        const svg = progressBarSvg({ score, label, width: 100 });
        const w = Number(attr(svg, 'sokr-bar', 'width'));
        return count(svg, 'sokr-bar') === 1 && w >= 0 && w <= 100 && !svg.includes('<script');
      }),
    );
  });
});

describe('burnUpSvg', () => {
  const window = { start: '2026-01-01', end: '2026-03-31' };

  it('draws one point per series entry, a series line, and the forecast', () => {
    const svg = burnUpSvg({
      label: 'Reach 120 customers',
      window,
      points: [
        { at: '2026-01-07', score: 0.1 },
        { at: '2026-01-14', score: 0.2 },
        { at: '2026-01-21', score: 0.3 },
      ],
      forecast: { from: { at: '2026-01-21', score: 0.3 }, to: { at: '2026-03-31', score: 1.2 } },
      asOf: '2026-01-21',
    });
    expect(count(svg, 'sokr-point')).toBe(3);
    expect(count(svg, 'sokr-series')).toBe(1);
    expect(count(svg, 'sokr-forecast')).toBe(1);
    expect(count(svg, 'sokr-asof')).toBe(1);
    expect(count(svg, 'sokr-ideal')).toBe(1);
    expect(count(svg, 'sokr-target')).toBe(1);
    expect(count(svg, 'sokr-grid')).toBe(3);
    expect(count(svg, 'sokr-empty')).toBe(0);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Reach 120 customers: burn-up</title>');
    expect(svg).toContain('<title>2026-01-14: 20%</title>');
    expect(svg).toContain('>2026-01-01</text>');
    expect(svg).toContain('>2026-03-31</text>');
  });

  it('places a point by its share of the window and its score', () => {
    // plot: x from 40 to 40 + 268, y from 10 (score 1) to 136 (score 0) for 320×160
    const svg = burnUpSvg({
      label: 'k',
      window: { start: '2026-01-01', end: '2026-01-10' },
      points: [{ at: '2026-01-06', score: 0.5 }],
    });
    expect(attr(svg, 'sokr-point', 'cx')).toBe(String(40 + 0.5 * 268));
    expect(attr(svg, 'sokr-point', 'cy')).toBe(String(10 + 0.5 * 126));
  });

  it('shows an empty-state text and no series without points', () => {
    const svg = burnUpSvg({ label: 'k', window, points: [] });
    expect(count(svg, 'sokr-point')).toBe(0);
    expect(count(svg, 'sokr-series')).toBe(0);
    expect(svg).toContain('No check-ins yet');
  });

  it('draws no series line for a single point and no asOf marker outside the window', () => {
    const svg = burnUpSvg({
      label: 'k',
      window,
      points: [{ at: '2026-02-01', score: 0.4 }],
      asOf: '2026-05-01',
    });
    expect(count(svg, 'sokr-series')).toBe(0);
    expect(count(svg, 'sokr-point')).toBe(1);
    expect(count(svg, 'sokr-asof')).toBe(0);
  });

  it('uses the y formatter for the axis and point titles', () => {
    const svg = burnUpSvg({
      label: 'k',
      window,
      points: [{ at: '2026-02-01', score: 0.4 }],
      formatY: (s) => s.toFixed(1),
    });
    expect(svg).toContain('>0.5</text>');
    expect(svg).toContain('<title>2026-02-01: 0.4</title>');
  });

  it('escapes the label and description', () => {
    const svg = burnUpSvg({ label: 'a<b>&"c"', description: "it's", window, points: [] });
    expect(svg).toContain('aria-label="a&lt;b&gt;&amp;&quot;c&quot;: burn-up, it&#39;s"');
  });

  it('keeps every point inside the plot whatever the dates and scores (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: -30, max: 120 }),
            score: fc.double({ min: -2, max: 3, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        (raw) => {
          const start = Date.UTC(2026, 0, 1);
          const points = raw.map((p) => ({ at: start + p.day * 86_400_000, score: p.score }));
          const svg = burnUpSvg({ label: 'k', window, points });
          if (count(svg, 'sokr-point') !== points.length) return false;
          for (const m of svg.matchAll(/class="sokr-point" cx="([^"]+)" cy="([^"]+)"/g)) {
            const cx = Number(m[1]);
            const cy = Number(m[2]);
            if (cx < 40 || cx > 308 || cy < 10 || cy > 136) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('burnUpSvg on a value axis', () => {
  const window = { start: '2026-01-01', end: '2026-03-31' };
  const ys = (svg: string, cls: string): number[] =>
    [...svg.matchAll(new RegExp(`class="${cls}"[^>]*? y1="([^"]+)"`, 'g'))].map((m) =>
      Number(m[1]),
    );
  const pointY = (svg: string): number[] =>
    [...svg.matchAll(/class="sokr-point" cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]));

  it('plots a metric by value: grid at start, midpoint and target in the unit, the score on the right edge', () => {
    const svg = burnUpSvg({
      label: 'ARR',
      window,
      points: [
        { at: '2026-01-07', score: 0.05, value: 4.05 },
        { at: '2026-01-21', score: 1, value: 5 },
      ],
      values: { format: (v) => `€${v}M`, metric: { start: 4, target: 5 } },
    });
    expect(svg).toContain('>€4M</text>');
    expect(svg).toContain('>€4.5M</text>');
    expect(svg).toContain('>€5M</text>');
    expect(count(svg, 'sokr-axis sokr-score-axis')).toBe(3);
    expect(svg).toContain('<title>2026-01-21: €5M (score 100%)</title>');
    // the point at the target sits on the target line; the grid's top line is the target
    const target = ys(svg, 'sokr-target')[0]!;
    expect(pointY(svg)[1]).toBeCloseTo(target, 6);
    expect(Math.min(...ys(svg, 'sokr-grid'))).toBeCloseTo(target, 6);
  });

  it('puts a decreasing metric’s target below its start', () => {
    const svg = burnUpSvg({
      label: 'p95',
      window,
      points: [{ at: '2026-01-07', score: 0.02, value: 790 }],
      values: { format: (v) => `${v} ms`, metric: { start: 800, target: 300 } },
    });
    const [start, , target] = ys(svg, 'sokr-grid');
    expect(target!).toBeGreaterThan(start!); // lower value, lower on the chart (larger y)
    expect(pointY(svg)[0]!).toBeLessThan(target!);
  });

  it('draws a threshold as the target line at its value, and a range as a shaded band without one', () => {
    const threshold = burnUpSvg({
      label: 'CSAT',
      window,
      points: [
        { at: '2026-01-07', score: 0, value: 88 },
        { at: '2026-01-14', score: 0, value: 89 },
      ],
      forecast: { from: { at: '2026-01-14', score: 0 }, to: { at: '2026-03-31', score: 0 } },
      values: { format: (v) => `${v} %`, threshold: { value: 90, mode: 'atLeast' } },
    });
    expect(count(threshold, 'sokr-target')).toBe(1);
    expect(count(threshold, 'sokr-ideal')).toBe(0);
    expect(count(threshold, 'sokr-forecast')).toBe(0);
    expect(threshold).toContain('>90 %</text>');
    expect(pointY(threshold)[0]!).toBeGreaterThan(ys(threshold, 'sokr-target')[0]!); // below the line
    const range = burnUpSvg({
      label: 'Margin',
      window,
      points: [{ at: '2026-01-07', score: 1, value: 74 }],
      values: { format: (v) => `${v} %`, range: { min: 70, max: 80 } },
    });
    expect(count(range, 'sokr-range')).toBe(1);
    expect(count(range, 'sokr-target')).toBe(0);
    expect(range).toContain('>70 %</text>');
    expect(range).toContain('>80 %</text>');
  });

  it('keeps every point inside the plot whatever the values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (values, start, target) => {
          const points = values.map((value, i) => ({
            at: Date.UTC(2026, 0, 2 + i),
            score: 0,
            value,
          }));
          const svg = burnUpSvg({
            label: 'k',
            window,
            points,
            values: { format: String, metric: { start, target } },
          });
          expect(svg).not.toMatch(/NaN|Infinity/);
          for (const y of pointY(svg)) {
            expect(y).toBeGreaterThanOrEqual(10);
            expect(y).toBeLessThanOrEqual(136);
          }
        },
      ),
    );
  });
});
