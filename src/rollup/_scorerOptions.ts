// Private to the rollup layer: the options of a scorer, resolved and checked.
import { showValue } from '../_lib/quote.js';
import type { AsOf } from '../model/AsOf.js';
import { describeInstant, instantFrom } from '../_lib/date.js';
import {
  checkStatusPolicy,
  defaultStatusPolicy,
  type StatusPolicy,
} from '../progress/statusPolicy.js';
import { googleScale } from '../scale/presets.js';
import type { Scale } from '../scale/Scale.js';
import { checkOptionKeys } from '../model/checkOptionKeys.js';
import { defineScale } from '../scale/defineScale.js';
import { fail, rebase } from './_errors.js';
import type { StaleStatus } from '../progress/scoreKeyResult.js';
import type { ObjectiveStatusMode, PendingPolicy, RollupOptions, RollupScope } from './types.js';

/** The options of a scorer with defaults applied. */
export interface ScorerOptions {
  /** The `asOf` given. */
  asOf: AsOf;
  /** `asOf` in epoch ms. */
  asOfMs: number;
  pending: PendingPolicy;
  /** `pending === 'exclude'`. */
  exclude: boolean;
  includeChildren: boolean;
  clamp: boolean;
  /** `{ clamp }`, the options of `measureProgress`. */
  clampOption: { clamp: boolean };
  scale: Scale;
  policy: StatusPolicy;
  scope: RollupScope;
  /** How objective statuses are decided (`objectiveStatus`). */
  objectiveStatus: ObjectiveStatusMode;
  /** `objectiveStatus === 'score'`. */
  scoreStatus: boolean;
  staleStatus: StaleStatus;
  /** `staleStatus === 'at-risk'`. */
  staleAtRisk: boolean;
}

/** The options `rollup` and `createScorer` take (any other name is a typo, refused). */
const ROLLUP_OPTIONS: readonly string[] = [
  'asOf',
  'scale',
  'statusPolicy',
  'includeChildren',
  'pending',
  'clamp',
  'scope',
  'objectiveStatus',
  'staleStatus',
];

/**
 * Resolves and checks the options of a scorer, in this order: the options
 * object and its names (`unknown_key` with a suggestion), `asOf` (missing,
 * then invalid), `pending`, `scale` (a scale `defineScale` would accept),
 * `statusPolicy` (`checkStatusPolicy`), `objectiveStatus`, `staleStatus`.
 */
export function resolveScorerOptions(options: RollupOptions): ScorerOptions {
  if (options === undefined || options === null || typeof options !== 'object') {
    fail(['options'], 'missing', 'rollup options with an asOf are required.');
  }
  checkOptionKeys(options, ROLLUP_OPTIONS);
  const asOf = options.asOf;
  if (asOf === undefined)
    fail(['asOf'], 'missing', 'asOf is required: scoring never reads the clock.');
  const parsedAsOf = instantFrom(asOf);
  if (parsedAsOf === undefined) {
    fail(
      ['asOf'],
      'invalid_date',
      `${describeInstant(asOf)} is not an ISO-8601 date, epoch milliseconds or a valid Date.`,
    );
  }
  const asOfMs: number = parsedAsOf;
  const pending = options.pending ?? 'zero';
  if (pending !== 'zero' && pending !== 'exclude') {
    fail(
      ['pending'],
      'invalid_value',
      `pending is 'zero' or 'exclude', got ${showValue(pending)}.`,
    );
  }
  const includeChildren = options.includeChildren === true;
  const clamp = options.clamp !== false;
  const scale = options.scale ?? googleScale;
  if (typeof scale !== 'object' || scale === null || !Array.isArray((scale as Scale).bands)) {
    fail(
      ['scale'],
      'invalid_type',
      'scale is a Scale (such as scales.google or one from defineScale).',
    );
  }
  // A hand-written scale gets the checks of defineScale (bands sorted, the first at 0…):
  // with no band, or bands out of order, grading would be undefined or wrong.
  try {
    defineScale(scale);
  } catch (error) {
    throw rebase(error, ['scale']);
  }
  const policy: StatusPolicy = {
    ...defaultStatusPolicy,
    ...checkStatusPolicy(options.statusPolicy, ['statusPolicy']),
  };
  const objectiveStatus = options.objectiveStatus ?? 'worst';
  if (objectiveStatus !== 'worst' && objectiveStatus !== 'score') {
    fail(
      ['objectiveStatus'],
      'invalid_value',
      `objectiveStatus is 'worst' or 'score', got ${showValue(objectiveStatus)}.`,
    );
  }
  const staleStatus = options.staleStatus ?? 'keep';
  if (staleStatus !== 'keep' && staleStatus !== 'at-risk') {
    fail(
      ['staleStatus'],
      'invalid_value',
      `staleStatus is 'keep' or 'at-risk', got ${showValue(staleStatus)}.`,
    );
  }
  return {
    // The scorecard records a Date as its instant: never the caller's mutable object.
    asOf: asOf instanceof Date ? new Date(asOfMs).toISOString() : asOf,
    asOfMs,
    pending,
    exclude: pending === 'exclude',
    includeChildren,
    clamp,
    clampOption: { clamp },
    scale,
    policy,
    scope: options.scope ?? 'running',
    objectiveStatus,
    scoreStatus: objectiveStatus === 'score',
    staleStatus,
    staleAtRisk: staleStatus === 'at-risk',
  };
}
