// Private to the rollup layer: the shape checks of a scorer's edits (applyCheckIn,
// setMeasure) on data that was never parsed. Zod-free on purpose: the scorer is
// bundled without the parser (the dashboard example), so these mirror the model's
// check-in and measure schemas (src/model/_keyResultSchemas.ts; a test keeps the
// field lists equal) with the same codes and issue data.
import { closestMatch } from '../_lib/closestMatch.js';
import { describeValue, quote } from '../_lib/quote.js';
import type { Issue, Path } from '../model/issue.js';
import { didYouMean, duplicateIdIssue, unknownKeyIssue } from '../model/issueMessages.js';
import { typeName } from '../_lib/typeName.js';

/** The fields of a check-in (the model's `checkIn` schema). */
export const CHECK_IN_KEYS: readonly string[] = [
  'id',
  'keyResultId',
  'at',
  'value',
  'confidence',
  'moved',
  'blocked',
  'next',
  'authorId',
];

/** The fields of each measure kind (the model's `measure` schemas). */
export const MEASURE_KEYS: Readonly<Record<string, readonly string[]>> = {
  metric: ['kind', 'start', 'target', 'unit', 'direction', 'checkpoints'],
  threshold: ['kind', 'mode', 'value', 'unit'],
  range: ['kind', 'min', 'max', 'unit'],
  milestone: ['kind'],
  checklist: ['kind', 'items'],
  derived: ['kind'],
};

/** The fields of a checklist item and of a metric's checkpoint. */
export const CHECKLIST_ITEM_KEYS: readonly string[] = ['id', 'title'];
export const CHECKPOINT_KEYS: readonly string[] = ['value', 'score'];

/** True for an object that is not an array (what a schema object accepts, shape aside). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One `unknown_key` issue per field of `record` not in `known` (suggesting a field it lacks). */
function unknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: Path,
  issues: Issue[],
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key))
      issues.push(
        unknownKeyIssue(
          path,
          key,
          known.filter((k) => !Object.hasOwn(record, k)),
        ),
      );
  }
}

function wrongType(path: Path, what: string, expected: string, value: unknown): Issue {
  return {
    path,
    code: 'invalid_type',
    message: `${what} is ${expected === 'object' ? 'an' : 'a'} ${expected}, got ${describeValue(value)}.`,
    expected,
    received: typeName(value),
  };
}

/** A required id (a non-empty string). */
function checkId(value: unknown, path: Path, what: string, issues: Issue[]): void {
  if (value === undefined)
    issues.push({ path, code: 'missing', message: `${what} is required.`, expected: 'string' });
  else if (typeof value !== 'string') issues.push(wrongType(path, what, 'string', value));
  else if (value === '')
    issues.push({
      path,
      code: 'invalid_value',
      message: `${what} must not be empty.`,
      received: '',
    });
}

/** An optional plain text (any string). */
function checkText(value: unknown, path: Path, what: string, issues: Issue[]): void {
  if (value !== undefined && typeof value !== 'string')
    issues.push(wrongType(path, what, 'string', value));
}

/** A field that must be one of `options` (`required`: also present). */
function checkEnum(
  value: unknown,
  options: readonly string[],
  path: Path,
  what: string,
  required: boolean,
  issues: Issue[],
): void {
  const list = options.map((o) => quote(o)).join(' or ');
  if (value === undefined) {
    if (required)
      issues.push({
        path,
        code: 'missing',
        message: `${what} is required: ${list}.`,
        expected: options.map((o) => quote(o)).join(' | '),
      });
    return;
  }
  if (typeof value === 'string' && options.includes(value)) return;
  const suggestion = typeof value === 'string' ? closestMatch(value, options) : undefined;
  const issue: Issue = {
    path,
    code: 'invalid_value',
    message: `${what} is ${list}, got ${describeValue(value)}${suggestion === undefined ? '.' : didYouMean(suggestion)}`,
    options,
  };
  const type = typeof value;
  if (value === null || type === 'string' || type === 'number' || type === 'boolean')
    issue.received = value as string | number | boolean | null;
  if (suggestion !== undefined) issue.suggestion = suggestion;
  issues.push(issue);
}

/**
 * What the model's check-in schema refuses in a check-in given to
 * `applyCheckIn`, paths from the check-in: not an object, an id or key result
 * id that is not a non-empty string, an `at` that is missing or not a string,
 * a missing `value`, a confidence that is not a finite number in 0–10, text
 * that is not a string, an empty `authorId`, an unknown field. Whether `at` is
 * a real date and the value fits the measure are checked by the scorer.
 */
export function checkInShapeIssues(checkIn: unknown): Issue[] {
  if (!isRecord(checkIn)) return [wrongType([], 'A check-in', 'object', checkIn)];
  const issues: Issue[] = [];
  checkId(checkIn['id'], ['id'], 'A check-in id', issues);
  checkId(checkIn['keyResultId'], ['keyResultId'], "A check-in's keyResultId", issues);
  const at = checkIn['at'];
  if (at === undefined)
    issues.push({
      path: ['at'],
      code: 'missing',
      message: "A check-in's at (an ISO-8601 date) is required.",
      expected: 'string',
    });
  else if (typeof at !== 'string') issues.push(wrongType(['at'], "A check-in's at", 'string', at));
  if (checkIn['value'] === undefined)
    issues.push({
      path: ['value'],
      code: 'missing',
      message:
        "A check-in's value is required: a number, a boolean or a list of checklist item ids.",
      expected: 'number | boolean | array',
    });
  const confidence = checkIn['confidence'];
  if (confidence !== undefined) {
    if (typeof confidence !== 'number')
      issues.push(wrongType(['confidence'], "A check-in's confidence", 'number', confidence));
    else if (!(confidence >= 0 && confidence <= 10))
      issues.push({
        path: ['confidence'],
        code: 'invalid_value',
        message: `A check-in's confidence is between 0 and 10, got ${describeValue(confidence)}.`,
        received: confidence,
        minimum: 0,
        maximum: 10,
      });
  }
  for (const field of ['moved', 'blocked', 'next'])
    checkText(checkIn[field], [field], `A check-in's ${field}`, issues);
  if (checkIn['authorId'] !== undefined)
    checkId(checkIn['authorId'], ['authorId'], "A check-in's authorId", issues);
  unknownKeys(checkIn, CHECK_IN_KEYS, [], issues);
  return issues;
}

/**
 * What the model's measure schemas refuse beyond `measureIssue` (which has
 * checked the kind, the number fields and the checkpoints' values): an
 * unknown field, a `unit` that is not a string, a metric `direction` or a
 * threshold `mode` that is not one of its values, a range whose `min` is
 * above its `max`, a checkpoint with a field other than `value` and `score`,
 * a checklist without items or with an item that is not `{ id, title }` (both
 * non-empty strings) or reuses an id. Paths from the measure.
 */
export function measureShapeIssues(measure: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const kind = measure['kind'] as string;
  unknownKeys(measure, MEASURE_KEYS[kind] ?? ['kind'], [], issues);
  if (kind !== 'milestone' && kind !== 'checklist' && kind !== 'derived')
    checkText(measure['unit'], ['unit'], `A ${kind} measure's unit`, issues);
  if (kind === 'metric') {
    checkEnum(
      measure['direction'],
      ['increase', 'decrease'],
      ['direction'],
      "A metric's direction",
      false,
      issues,
    );
    const checkpoints = measure['checkpoints'];
    if (Array.isArray(checkpoints))
      checkpoints.forEach((point: unknown, i) => {
        if (isRecord(point)) unknownKeys(point, CHECKPOINT_KEYS, ['checkpoints', i], issues);
      });
  } else if (kind === 'threshold') {
    checkEnum(measure['mode'], ['atLeast', 'atMost'], ['mode'], "A threshold's mode", true, issues);
  } else if (kind === 'range') {
    const min = measure['min'] as number;
    const max = measure['max'] as number;
    if (min > max)
      issues.push({
        path: ['max'],
        code: 'invalid_value',
        message: `A range's max must be at least its min (${min}), got ${max}.`,
        received: max,
        minimum: min,
      });
  } else if (kind === 'checklist') {
    const items = measure['items'] as unknown[];
    if (items.length === 0)
      issues.push({
        path: ['items'],
        code: 'invalid_value',
        message: 'A checklist needs at least one item.',
      });
    const first = new Map<string, number>();
    items.forEach((item: unknown, i) => {
      const path = ['items', i];
      if (!isRecord(item)) {
        issues.push(wrongType(path, 'A checklist item', 'object', item));
        return;
      }
      checkId(item['id'], [...path, 'id'], "A checklist item's id", issues);
      checkId(item['title'], [...path, 'title'], "A checklist item's title", issues);
      unknownKeys(item, CHECKLIST_ITEM_KEYS, path, issues);
      const id = item['id'];
      if (typeof id !== 'string' || id === '') return;
      const at = first.get(id);
      if (at === undefined) first.set(id, i);
      else
        issues.push(
          duplicateIdIssue([...path, 'id'], 'checklistItem', id, ['measure', 'items', at]),
        );
    });
  }
  return issues;
}
