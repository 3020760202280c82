// Private helpers (scale and progress layers): one place that builds sokr's errors, to keep bundles small.
import type { IssueCode, Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import type { Band, Scale } from './Scale.js';

/** A SokrError with a single issue. */
export function fail(path: Path, code: IssueCode, message: string): SokrError {
  return new SokrError([{ path, code, message }]);
}

/** Throws `invalid_value` at `['score']` unless the score is a finite number. */
export function checkScore(score: number): void {
  if (typeof score !== 'number' || score - score !== 0) {
    throw fail(['score'], 'invalid_value', `Expected a finite score, got ${show(score)}.`);
  }
}

/**
 * The bands of `scale`; throws `invalid_type` at `['scale', 'bands']` for
 * something that is not a scale with bands, `invalid_value` at
 * `['scale', 'bands', i, 'min']` for a `min` that is not finite or not above
 * the previous band's (a hand-written scale; `defineScale` checks more).
 */
export function bandsOf(scale: Scale): readonly Band[] {
  const bands: unknown = typeof scale === 'object' && scale !== null ? scale.bands : undefined;
  if (!Array.isArray(bands) || bands.length === 0) {
    throw fail(['scale', 'bands'], 'invalid_type', 'Expected a scale with bands.');
  }
  let previous = -Infinity;
  for (let i = 0; i < bands.length; i++) {
    const min = (bands[i] as Band | null)?.min;
    if (!(typeof min === 'number' && min - min === 0 && min > previous)) {
      throw fail(
        ['scale', 'bands', i, 'min'],
        'invalid_value',
        `Expected a finite min above the last band's, got ${show(min)}.`,
      );
    }
    previous = min;
  }
  return bands as readonly Band[];
}

/** A value as JSON for a message (a number as written: `NaN`, not `null`); never throws (a bigint, a symbol, a cycle). */
export function show(value: unknown): string {
  try {
    return typeof value === 'number' ? `${value}` : (JSON.stringify(value) ?? String(value));
  } catch {
    if (typeof value === 'bigint') return `${value}n`;
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return 'an unreadable value'; // a Proxy whose traps throw
    }
  }
}
