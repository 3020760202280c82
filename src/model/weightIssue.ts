import { describeValue } from '../_lib/quote.js';
import type { IssueCode } from './issue.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './limits.js';

/**
 * What is wrong with a weight, or `undefined` when it is fine: a weight is 0
 * or a number from {@link MIN_WEIGHT} to {@link MAX_WEIGHT} (the bounds the
 * parser enforces), so a set that was never parsed gets the same refusal from
 * the scorer. Internal.
 */
export function weightIssue(
  weight: unknown,
):
  | { code: IssueCode; message: string; received?: number; minimum?: number; maximum?: number }
  | undefined {
  // The data of each code, as the parser gives it: the weight and the bound it broke.
  const received =
    typeof weight === 'number' && Number.isFinite(weight) ? { received: weight } : {};
  if (typeof weight !== 'number' || !(weight >= 0) || weight === Number.POSITIVE_INFINITY) {
    return {
      code: 'invalid_value',
      message: `A weight is a finite number ≥ 0, got ${describeValue(weight)}.`,
      ...received,
      minimum: 0,
    };
  }
  if (weight > MAX_WEIGHT) {
    return {
      code: 'too_big',
      message: `A weight must be 0 or between ${MIN_WEIGHT} and ${MAX_WEIGHT}, got ${weight}.`,
      received: weight,
      maximum: MAX_WEIGHT,
    };
  }
  if (weight !== 0 && weight < MIN_WEIGHT) {
    return {
      code: 'too_small',
      message: `A weight must be 0 or between ${MIN_WEIGHT} and ${MAX_WEIGHT}, got ${weight}.`,
      received: weight,
      minimum: MIN_WEIGHT,
    };
  }
  return undefined;
}
