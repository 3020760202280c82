import { describeValue } from '../_lib/quote.js';
import { checkpointIssue } from './checkpointIssue.js';
import type { IssueCode, Path } from './issue.js';

const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  metric: ['start', 'target'],
  threshold: ['value'],
  range: ['min', 'max'],
  milestone: [],
  checklist: [],
  derived: [],
};

/**
 * What makes a measure unusable for scoring, or `undefined`: an unknown kind,
 * or a number field (metric `start`/`target`, threshold `value`, range
 * `min`/`max`) that is not a finite number (a metric's `start` may be `null`:
 * a baseline metric), or checklist `items` that are not
 * a list. The parser checks far more; this is the check the scorer's
 * `setMeasure` makes on a measure that was never parsed. Internal.
 */
export function measureIssue(
  measure: unknown,
): { path: Path; code: IssueCode; message: string } | undefined {
  if (measure === null || typeof measure !== 'object') {
    return { path: [], code: 'invalid_type', message: 'A measure is an object.' };
  }
  const record = measure as Record<string, unknown>;
  const kind = record['kind'];
  const fields =
    typeof kind === 'string' && Object.hasOwn(NUMBERS, kind) ? NUMBERS[kind] : undefined;
  if (fields === undefined) {
    return {
      path: ['kind'],
      code: 'invalid_value',
      message: `A measure's kind is one of ${Object.keys(NUMBERS).join(', ')}, got ${describeValue(kind)}.`,
    };
  }
  for (const field of fields) {
    const value = record[field];
    if (value === null && kind === 'metric' && field === 'start') continue; // a baseline metric
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return {
        path: [field],
        code: 'invalid_type',
        message: `A ${kind} measure's ${field} is a finite number, got ${describeValue(value)}.`,
      };
    }
  }
  if (kind === 'metric' && record['checkpoints'] !== undefined) {
    const problem = checkpointIssue(
      record['start'] as number | null,
      record['target'] as number,
      record['checkpoints'],
    );
    if (problem !== undefined) return { ...problem, code: 'invalid_value' };
  }
  if (kind === 'checklist' && !Array.isArray(record['items'])) {
    return {
      path: ['items'],
      code: 'invalid_type',
      message: "A checklist measure's items are a list.",
    };
  }
  return undefined;
}
