/**
 * Private to the burn-up chart: the y domain and its grid lines.
 *
 * @module
 */
import type { ReadOptions, ReadValueAxis } from './_burnUpOptions.js';

/** The y domain and its three grid lines: scores 0–max(1, …) (at most 2), or values around the goal. */
export function valueDomain(
  options: ReadOptions,
  values: ReadValueAxis | undefined,
): { lo: number; hi: number; grid: [number, number, number] } {
  if (values === undefined) {
    let yMax = 1;
    for (const p of options.points) if (Number.isFinite(p.score)) yMax = Math.max(yMax, p.score);
    const f = options.forecast?.to.score;
    if (f !== undefined && Number.isFinite(f)) yMax = Math.max(yMax, f);
    yMax = Math.min(yMax, 2);
    return { lo: 0, hi: yMax, grid: [0, 0.5, 1] };
  }
  const marks: number[] = [];
  const m = values.metric;
  if (m !== undefined) marks.push(m.start, m.target);
  if (values.threshold !== undefined) marks.push(values.threshold.value);
  if (values.range !== undefined) marks.push(values.range.min, values.range.max);
  for (const p of options.points) if (typeof p.value === 'number') marks.push(p.value);
  if (m !== undefined && options.forecast !== undefined) {
    const s = options.forecast.to.score;
    // The forecast counts up to one span beyond the target, so that a wild projection cannot flatten the chart.
    if (Number.isFinite(s))
      marks.push(m.start + Math.min(2, Math.max(-1, s)) * (m.target - m.start));
  }
  const finite = marks.filter((v) => Number.isFinite(v) && Math.abs(v) < 1e300);
  let lo = finite.length === 0 ? 0 : Math.min(...finite);
  let hi = finite.length === 0 ? 1 : Math.max(...finite);
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const grid: [number, number, number] =
    m !== undefined && m.start !== m.target
      ? [m.start, (m.start + m.target) / 2, m.target]
      : values.range !== undefined
        ? [values.range.min, (values.range.min + values.range.max) / 2, values.range.max]
        : values.threshold !== undefined &&
            values.threshold.value > lo &&
            values.threshold.value < hi
          ? [lo, values.threshold.value, hi]
          : [lo, (lo + hi) / 2, hi];
  const pad = (hi - lo) * 0.08;
  return { lo: lo - pad, hi: hi + pad, grid };
}
