import { SCORE_EPSILON } from '../scale/scoreEpsilon.js';
import type { Path } from '../model/issue.js';
import { expectArgument, finite, refuse } from './_arguments.js';
import {
  checkStatusPolicy,
  defaultStatusPolicy,
  type KeyResultStatus,
  type StatusPolicy,
} from './statusPolicy.js';

export type { KeyResultStatus } from './statusPolicy.js';

/** The facts {@link keyResultStatus} decides on. */
export interface KeyResultStatusInput {
  /** The key result's progress (clamped or not). */
  score: number;
  /** The expected progress at `asOf` (see `expectedProgress`). */
  expected: number;
  /** Whether there is a check-in at or before `asOf`. */
  hasCheckIn: boolean;
  /** Whether `asOf` is at or after the end of the key result's window. */
  windowOver: boolean;
  /** The latest confidence (0–10), if known; one that is not a number counts as none. */
  confidence?: number | undefined;
  /**
   * A kept key result (a threshold or a range: keep above, keep below, stay
   * inside): its status follows whether it holds, not a time line.
   */
  held?: boolean | undefined;
}

/**
 * The status of a key result, in this order:
 * 1. no check-in → `pending`;
 * 2. `score ≥ 1` → `achieved`;
 * 3. window over → `missed`;
 * 4. `score ≥ expected − atRiskGap` → `on-track`;
 *    `score ≥ expected − offTrackGap` → `at-risk`; else `off-track`.
 *    A boundary belongs to the better status: comparisons allow
 *    {@link SCORE_EPSILON} (1e-9), because `0.6 − 0.2` is `0.39999999999999997`
 *    in floating point and a score of 0.4 must be on track there;
 * 5. a confidence ≤ `lowConfidence` turns `on-track` into `at-risk`.
 *    Confidence only ever worsens a status, never improves it.
 *
 * A `held` key result (threshold or range) has no time line: while its
 * window runs it is `on-track` when it holds (score 1; at risk with low
 * confidence) and `off-track` at once when broken; when the window is over
 * it is `achieved` if it held and `missed` if not.
 *
 * A `confidence` that is not a number (a set that was never parsed) counts
 * as none; a number outside 0–10 is refused.
 *
 * @param input - `{ score, expected, hasCheckIn, windowOver, confidence?, held? }`.
 * @param policy - overrides of {@link defaultStatusPolicy}.
 * @returns the status.
 * @throws SokrError when `input` is not a status input: `invalid_type` at
 *   `[]` for a non-object (`undefined`, `null`, a string), at `['score']` or
 *   `['expected']` for one that is not a finite number (`'0.5'`, NaN), at
 *   `['hasCheckIn']` or `['windowOver']` for one that is not a boolean and
 *   at `['held']` for a `held` that is given and not a boolean;
 *   `invalid_value` at `['confidence']` for a number outside 0–10 (NaN
 *   included). When `policy` is not a status policy: `invalid_type` at
 *   `['statusPolicy']` for a non-object, `unknown_key`, `invalid_type` or
 *   `invalid_value` at `['statusPolicy', field]` (gaps are numbers in 0–1,
 *   `lowConfidence` in 0–10, `cadenceDays` above 0).
 *
 * @example
 * ```ts
 * import { keyResultStatus } from 'sokr';
 * const at60 = { expected: 0.6, hasCheckIn: true, windowOver: false };
 * keyResultStatus({ ...at60, score: 0.4 }); // 'on-track' (boundary)
 * keyResultStatus({ ...at60, score: 0.3 }); // 'at-risk'
 * keyResultStatus({ ...at60, score: 0.1 }); // 'off-track'
 * keyResultStatus({ ...at60, score: 0.5, confidence: 2 }); // 'at-risk'
 * keyResultStatus({ ...at60, score: 1, held: true }); // 'on-track' (keep-above, holding)
 * keyResultStatus({ ...at60, score: 0, held: true }); // 'off-track' (broken)
 * keyResultStatus({ ...at60, score: '0.5' } as never);
 * // throws SokrError: invalid_type at ['score']
 * ```
 */
export function keyResultStatus(
  input: KeyResultStatusInput,
  policy?: Partial<StatusPolicy>,
): KeyResultStatus {
  checkInput(input);
  return statusOf(
    input,
    policy === undefined
      ? defaultStatusPolicy
      : { ...defaultStatusPolicy, ...checkStatusPolicy(policy) },
  );
}

// The fields checked, made once: `keyResultStatus` runs once per key result in a caller's loop.
const NO_PATH: Path = [];
const FINITE = 'a finite number';
const BOOLEAN = 'a boolean';

/** The checks of {@link keyResultStatus}'s input (see its throws); the kernel makes none. */
function checkInput(input: KeyResultStatusInput): void {
  // Named reads, not `expectFields`' keyed ones: it runs once per key result in a caller's loop.
  expectArgument(input, NO_PATH, 'object');
  const { score, expected, hasCheckIn, windowOver, held } = input;
  if (!finite(score)) refuse(['score'], 'invalid_type', FINITE, score);
  if (!finite(expected)) refuse(['expected'], 'invalid_type', FINITE, expected);
  if (hasCheckIn !== !!hasCheckIn) refuse(['hasCheckIn'], 'invalid_type', BOOLEAN, hasCheckIn);
  if (windowOver !== !!windowOver) refuse(['windowOver'], 'invalid_type', BOOLEAN, windowOver);
  if (held !== undefined && held !== !!held) refuse(['held'], 'invalid_type', BOOLEAN, held);
  const c = input.confidence;
  if (typeof c === 'number' && !(c >= 0 && c <= 10))
    refuse(['confidence'], 'invalid_value', 'from 0 to 10', c);
}

/**
 * {@link keyResultStatus} with a complete status policy that was already
 * checked (the scorer checks its options once, then decides every key
 * result's status with this). Internal.
 */
export function statusOf(input: KeyResultStatusInput, policy: StatusPolicy): KeyResultStatus {
  if (!input.hasCheckIn) return 'pending';
  const score = input.score + SCORE_EPSILON;
  if (input.windowOver) return score >= 1 ? 'achieved' : 'missed';
  if (input.held) {
    // Kept: on track while it holds, off track at once when broken.
    if (score < 1) return 'off-track';
  } else if (score >= 1) return 'achieved';
  if (score >= input.expected - policy.atRiskGap) {
    const c = input.confidence;
    // A confidence that is not a number (a set that was never parsed) counts as none.
    return typeof c === 'number' && c <= policy.lowConfidence ? 'at-risk' : 'on-track';
  }
  return score >= input.expected - policy.offTrackGap ? 'at-risk' : 'off-track';
}
