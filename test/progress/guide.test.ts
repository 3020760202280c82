// docs/guides/scoring.md cannot drift: its table of worked examples is checked row by row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MetricMeasure, measureProgress } from '../../src/index.js';

const guide = readFileSync(join(__dirname, '../../docs/guides/scoring.md'), 'utf8');
const table = guide.split('<!-- table: metric-examples -->')[1]!.trim().split('\n\n')[0]!;
const rows = table
  .split('\n')
  .slice(2)
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
const num = (text: string) => Number(text.replace('−', '-'));

describe('docs/guides/scoring.md worked examples', () => {
  it('has the examples of the issue', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  for (const [measureText, valueText, clamped, unclamped] of rows) {
    it(`scores ${measureText} at ${valueText} as ${clamped} (unclamped ${unclamped})`, () => {
      const m = /^(\S+) → (\S+)(?: \((increase|decrease)\))?$/.exec(measureText!);
      expect(m, measureText).not.toBeNull();
      const measure: MetricMeasure = { kind: 'metric', start: num(m![1]!), target: num(m![2]!) };
      if (m![3] !== undefined) measure.direction = m![3] as 'increase' | 'decrease';
      const value = valueText === '(no check-in)' ? undefined : num(valueText!);
      expect(measureProgress(measure, value)).toBeCloseTo(num(clamped!), 12);
      expect(measureProgress(measure, value, { clamp: false })).toBeCloseTo(num(unclamped!), 12);
    });
  }
});
