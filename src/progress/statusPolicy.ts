import type { Issue, Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import { typeName } from '../_lib/typeName.js';
import { finite, unknownField } from './_arguments.js';

/**
 * The thresholds of "on track": one shared definition, overridable by callers.
 * Every field is a finite number in the range it states; anything else (and
 * an unknown field) is refused by `rollup`, `createScorer`, `keyResultStatus`
 * and the reports with a `SokrError` naming the field (`invalid_type`, `invalid_value` or `unknown_key` at `["statusPolicy", field]`).
 *
 * @example
 * ```ts
 * import { keyResultStatus, type StatusPolicy } from 'sokr';
 * const lenient: Partial<StatusPolicy> = { atRiskGap: 0.3 };
 * keyResultStatus({ score: 0.35, expected: 0.6, hasCheckIn: true, windowOver: false }, lenient); // 'on-track'
 * ```
 */
export interface StatusPolicy {
  /** A score below `expected − atRiskGap` is at risk (default 0.2; 0–1). */
  atRiskGap: number;
  /**
   * A score below `expected − offTrackGap` is off track (default 0.4; 0–1). At
   * or below `atRiskGap`, nothing is at risk by its score: behind is off track.
   */
  offTrackGap: number;
  /** A latest confidence at or below this (0–10 scale) turns on-track into at-risk (default 3; 0–10). */
  lowConfidence: number;
  /** The check-in cadence in days: a latest check-in older than this is stale (default 7, weekly; above 0, fractions allowed). */
  cadenceDays: number;
}

/**
 * The check-in cadence of the weekly rhythm, in days: the one place it is
 * written (`defaultStatusPolicy.cadenceDays` and the `deliver/*` rules read it).
 * A plain constant for module top levels
 * (internal, not exported from the package): a bundler treats a property read
 * such as `defaultStatusPolicy.cadenceDays` inside a top-level
 * `@__PURE__`-annotated `defineRule({...})` argument as a possible side effect and
 * keeps the whole call, which defeats tree-shaking; an imported constant does not.
 */
export const DEFAULT_CADENCE_DAYS = 7;

/**
 * The default status policy: at-risk gap 0.2, off-track gap 0.4, low
 * confidence ≤ 3, weekly cadence (7 days).
 *
 * @example
 * ```ts
 * import { defaultStatusPolicy } from 'sokr';
 * defaultStatusPolicy.cadenceDays; // 7
 * ```
 */
export const defaultStatusPolicy: Readonly<StatusPolicy> = /* @__PURE__ */ Object.freeze({
  atRiskGap: 0.2,
  offTrackGap: 0.4,
  lowConfidence: 3,
  cadenceDays: DEFAULT_CADENCE_DAYS,
});

/**
 * The status of a key result:
 * - `pending` — no check-in yet;
 * - `achieved` — score ≥ 1;
 * - `missed` — the window is over and the score < 1;
 * - `on-track` — score ≥ expected − atRiskGap (and confidence not low);
 * - `at-risk` — score ≥ expected − offTrackGap, or on track with low confidence;
 * - `off-track` — below that.
 *
 * @example
 * ```ts
 * import type { KeyResultStatus } from 'sokr';
 * const s: KeyResultStatus = 'at-risk';
 * ```
 */
export type KeyResultStatus =
  | 'pending'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'achieved'
  | 'missed';

/**
 * The status of an objective, derived from its key results' statuses by
 * `objectiveStatus` (same values as {@link KeyResultStatus}).
 *
 * @example
 * ```ts
 * import { objectiveStatus, type ObjectiveStatus } from 'sokr';
 * const s: ObjectiveStatus = objectiveStatus(['on-track', 'at-risk']); // 'at-risk'
 * ```
 */
export type ObjectiveStatus = KeyResultStatus;

/**
 * The range of each status policy field, `[min, max]`; a `max` of 0 stands
 * for "no maximum, and above `min`" (`cadenceDays`).
 */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  atRiskGap: [0, 1],
  offTrackGap: [0, 1],
  lowConfidence: [0, 10],
  cadenceDays: [0, 0],
};

/** The fields a status policy has. */
const FIELDS: readonly string[] = /* @__PURE__ */ Object.keys(RANGES);

/**
 * Checks a status policy override (the `statusPolicy` option of `rollup`,
 * `createScorer`, `scoreKeyResult`, the reports; the positional policy of
 * `keyResultStatus`) and returns the fields it sets: `atRiskGap` and
 * `offTrackGap` finite numbers in 0–1, `lowConfidence` in 0–10, `cadenceDays`
 * a finite number above 0. A field set to `undefined` counts as omitted.
 * Merge the result over {@link defaultStatusPolicy}. Every problem is
 * reported at once, each at `[...path, field]`. Internal (not exported from
 * the package): the one check every function taking a status policy makes.
 * Kept small: `keyResultStatus` is in the 2 kB scoring bundle.
 *
 * @param value - The override as given (`undefined`: none).
 * @param path - Where it is in the caller's input (default `['statusPolicy']`).
 * @returns A fresh object with the fields it sets (`{}` for `undefined`).
 * @throws SokrError with `invalid_type` at `path` when it is not an object
 *   (an array included), `unknown_key` for a field a status policy does not
 *   have (suggesting the closest), `invalid_type` for a field that is not a
 *   number and `invalid_value` (with `received`, `minimum` and, but for
 *   `cadenceDays`, `maximum`) for NaN, ±Infinity or a number out of its range.
 * @example
 * ```ts
 * import { checkStatusPolicy, defaultStatusPolicy } from '../progress/statusPolicy.js';
 * const policy = { ...defaultStatusPolicy, ...checkStatusPolicy({ atRiskGap: 0.3 }) };
 * checkStatusPolicy({ atRiskGap: 'x' }); // throws: statusPolicy.atRiskGap: invalid_type
 * ```
 */
export function checkStatusPolicy(
  value: unknown,
  path: Path = ['statusPolicy'],
): Partial<StatusPolicy> {
  const out: Record<string, number> = {};
  if (value === undefined) return out;
  const issues: Issue[] = [];
  const type = typeName(value);
  if (type !== 'object') {
    issues.push({
      path,
      code: 'invalid_type',
      message: `A status policy is an object { atRiskGap?, offTrackGap?, lowConfidence?, cadenceDays? }, got ${type}.`,
      expected: 'object',
      received: type,
    });
  } else {
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      const v = given[key];
      const range = Object.hasOwn(RANGES, key) ? RANGES[key] : undefined;
      if (range === undefined) {
        issues.push(unknownField(path, key, given, FIELDS, 'field'));
        continue;
      }
      if (v === undefined) continue;
      const [min, max] = range;
      const number = typeof v === 'number';
      if (finite(v) && (max === 0 ? v > min : v >= min && v <= max)) {
        out[key] = v;
        continue;
      }
      const issue: Issue = {
        path: [...path, key],
        code: number ? 'invalid_value' : 'invalid_type',
        message: `A status policy's ${key} is a finite number ${max === 0 ? `above ${min}` : `from ${min} to ${max}`}, got ${number ? v : typeName(v)}.`,
      };
      if (number) {
        issue.received = v;
        issue.minimum = min;
        if (max !== 0) issue.maximum = max;
      } else {
        issue.expected = 'number';
        issue.received = typeName(v);
      }
      issues.push(issue);
    }
  }
  if (issues.length > 0) throw new SokrError(issues);
  return out as Partial<StatusPolicy>;
}
