import type { Issue } from '../model/issue.js';
import { duplicateIdIssue } from '../model/issueMessages.js';
import { SokrError } from '../model/SokrError.js';
import type { Band, Scale } from './Scale.js';

/** The input of {@link defineScale}: a {@link Scale} whose `format` defaults to `'decimal'`. */
export interface ScaleDefinition {
  /** Stable identifier of the scale. */
  id: string;
  /** Human-readable name; the id when absent. */
  name?: string;
  /** Bands ordered by strictly increasing `min`, the first with `min: 0`. */
  bands: readonly Band[];
  /** How `formatScore` prints scores; `'decimal'` when absent. */
  format?: 'decimal' | 'percent';
}

/**
 * Validates a scale definition and returns a fresh {@link Scale}.
 *
 * Rules: `id` is a non-empty string; there is at least one band; every band
 * has a non-empty unique `id`, a string `label` and `color`, and a finite
 * `min`; the first band's `min` is 0 and the `min`s strictly increase. Since
 * each band runs up to the next band's `min` and the last one is unbounded,
 * such bands are ordered, never overlap and cover 0–1 (and beyond).
 *
 * @param def - the scale to check.
 * @returns a copy of the scale (the input is not kept).
 * @throws {@link SokrError} listing every problem, each with its path
 *   (e.g. `['bands', 2, 'min']`) and code (`invalid_value`, `invalid_type`,
 *   `duplicate_id`, `missing`).
 *
 * @example
 * ```ts
 * import { defineScale, grade } from 'sokr';
 * const passFail = defineScale({
 *   id: 'pass-fail',
 *   bands: [
 *     { id: 'fail', label: 'Fail', color: 'red', min: 0 },
 *     { id: 'pass', label: 'Pass', color: 'green', min: 0.5 },
 *   ],
 * });
 * grade(0.5, passFail).id; // 'pass'
 * ```
 */
export function defineScale(def: ScaleDefinition): Scale {
  const issues: Issue[] = [];
  const d = (typeof def === 'object' && def !== null ? def : {}) as Partial<ScaleDefinition>;
  if (typeof def !== 'object' || def === null) {
    issues.push({
      path: [],
      code: 'invalid_type',
      message: 'A scale definition must be an object.',
    });
  } else if (typeof d.id !== 'string' || d.id === '') {
    issues.push({
      path: ['id'],
      code: d.id === undefined ? 'missing' : 'invalid_value',
      message: 'A scale needs a non-empty string id.',
    });
  }
  if (d.name !== undefined && typeof d.name !== 'string') {
    issues.push({ path: ['name'], code: 'invalid_type', message: 'The name must be a string.' });
  }
  if (d.format !== undefined && d.format !== 'decimal' && d.format !== 'percent') {
    issues.push({
      path: ['format'],
      code: 'invalid_value',
      message: "The format must be 'decimal' or 'percent'.",
    });
  }
  const bands: Band[] = [];
  if (!Array.isArray(d.bands) || d.bands.length === 0) {
    if (typeof def === 'object' && def !== null) {
      issues.push({
        path: ['bands'],
        code: d.bands === undefined ? 'missing' : 'invalid_value',
        message: 'A scale needs a non-empty array of bands.',
      });
    }
  } else {
    const seen = new Set<string>();
    let previousMin = Number.NEGATIVE_INFINITY;
    d.bands.forEach((band: Band, i: number) => {
      if (typeof band !== 'object' || band === null) {
        issues.push({
          path: ['bands', i],
          code: 'invalid_type',
          message: 'A band must be an object.',
        });
        return;
      }
      if (typeof band.id !== 'string' || band.id === '') {
        issues.push({
          path: ['bands', i, 'id'],
          code: 'invalid_value',
          message: 'A band needs a non-empty string id.',
        });
      } else if (seen.has(band.id)) {
        issues.push(duplicateIdIssue(['bands', i, 'id'], 'band', band.id));
      } else seen.add(band.id);
      for (const key of ['label', 'color'] as const) {
        if (typeof band[key] !== 'string') {
          issues.push({
            path: ['bands', i, key],
            code: 'invalid_type',
            message: `The band's ${key} must be a string.`,
          });
        }
      }
      const min = band.min;
      if (typeof min !== 'number' || !Number.isFinite(min)) {
        issues.push({
          path: ['bands', i, 'min'],
          code: 'invalid_type',
          message: "The band's min must be a finite number.",
        });
        return;
      }
      if (i === 0 && min !== 0) {
        issues.push({
          path: ['bands', 0, 'min'],
          code: 'invalid_value',
          message: `The first band must start at 0 so the scale covers 0–1 (got ${min}).`,
        });
      } else if (i > 0 && !(min > previousMin)) {
        issues.push({
          path: ['bands', i, 'min'],
          code: 'invalid_value',
          message: `Bands must be ordered by strictly increasing min without overlap (${min} after ${previousMin}).`,
        });
      }
      previousMin = min;
      bands.push({ id: band.id, label: band.label, color: band.color, min });
    });
  }
  if (issues.length > 0) throw new SokrError(issues);
  const scale = def as ScaleDefinition;
  return {
    id: scale.id,
    name: scale.name ?? scale.id,
    bands,
    format: scale.format ?? 'decimal',
  };
}
