// Private: the rules a key result must satisfy (shared by addKeyResult, updateKeyResult).
import type { Issue, Path } from '../model/issue.js';
import { duplicateIdIssue } from '../model/issueMessages.js';
import type { OkrSet } from '../model/types.js';
import {
  checkDate,
  checkExists,
  checkTitleAndDescription,
  checkValueFits,
  isRecord,
  issue,
} from './_inputChecks.js';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks the plain fields of a key result (present keys only). */
export function checkKeyResultFields(
  set: OkrSet,
  fields: Record<string, unknown>,
  prefix: Path,
  issues: Issue[],
): void {
  const at = (key: string): Path => [...prefix, key];
  checkTitleAndDescription(fields, prefix, issues);
  if ('ownerId' in fields) {
    if (typeof fields.ownerId !== 'string' || fields.ownerId === '')
      issues.push(
        issue(
          at('ownerId'),
          fields.ownerId === undefined ? 'missing' : 'invalid_type',
          'A key result has exactly one owner: ownerId must be a person id.',
        ),
      );
    else checkExists(set.people, fields.ownerId, at('ownerId'), 'person', issues);
  }
  if (fields.weight !== undefined && !(finite(fields.weight) && fields.weight >= 0))
    issues.push(issue(at('weight'), 'invalid_value', 'weight must be a finite number ≥ 0.'));
  if (
    fields.confidence !== undefined &&
    !(finite(fields.confidence) && fields.confidence >= 0 && fields.confidence <= 10)
  )
    issues.push(
      issue(at('confidence'), 'invalid_value', 'confidence must be a number from 0 to 10.'),
    );
  if (fields.due !== undefined) checkDate(fields.due, at('due'), issues);
  if ('measure' in fields) checkMeasure(fields.measure, at('measure'), issues);
}

/** Checks a measure's shape. */
export function checkMeasure(measure: unknown, path: Path, issues: Issue[]): void {
  if (!isRecord(measure)) {
    issues.push(
      issue(
        path,
        measure === undefined ? 'missing' : 'invalid_type',
        'measure must be an object with a kind.',
      ),
    );
    return;
  }
  const num = (key: string) => {
    if (!finite(measure[key]))
      issues.push(
        issue(
          [...path, key],
          measure[key] === undefined ? 'missing' : 'invalid_value',
          `${key} must be a finite number.`,
        ),
      );
  };
  switch (measure.kind) {
    case 'metric':
      if (measure.start !== null) num('start'); // null: a baseline, set by the first check-in
      num('target');
      if (
        measure.direction !== undefined &&
        measure.direction !== 'increase' &&
        measure.direction !== 'decrease'
      )
        issues.push(
          issue(
            [...path, 'direction'],
            'invalid_value',
            "direction must be 'increase' or 'decrease'.",
          ),
        );
      break;
    case 'threshold':
      if (measure.mode !== 'atLeast' && measure.mode !== 'atMost')
        issues.push(
          issue([...path, 'mode'], 'invalid_value', "mode must be 'atLeast' or 'atMost'."),
        );
      num('value');
      break;
    case 'range':
      num('min');
      num('max');
      if (finite(measure.min) && finite(measure.max) && measure.min > measure.max)
        issues.push(issue([...path, 'max'], 'invalid_value', 'max must be ≥ min.'));
      break;
    case 'checklist': {
      if (!Array.isArray(measure.items) || measure.items.length === 0) {
        issues.push(
          issue([...path, 'items'], 'invalid_value', 'A checklist needs at least one item.'),
        );
        break;
      }
      const seen = new Set<unknown>();
      measure.items.forEach((item: unknown, i) => {
        if (
          !isRecord(item) ||
          typeof item.id !== 'string' ||
          item.id === '' ||
          typeof item.title !== 'string'
        )
          issues.push(
            issue([...path, 'items', i], 'invalid_type', 'A checklist item is { id, title }.'),
          );
        else if (seen.has(item.id))
          issues.push(duplicateIdIssue([...path, 'items', i, 'id'], 'checklistItem', item.id));
        else seen.add(item.id);
      });
      break;
    }
    case 'milestone':
    case 'derived':
      break;
    default:
      issues.push(
        issue(
          [...path, 'kind'],
          'invalid_value',
          `Unknown measure kind ${JSON.stringify(measure.kind)}.`,
        ),
      );
  }
}

/** Checks that the existing check-ins of a key result still fit a new measure. */
export function checkExistingCheckIns(
  set: OkrSet,
  keyResultId: string,
  measure: Parameters<typeof checkValueFits>[0],
  path: Path,
  issues: Issue[],
): void {
  for (const c of set.checkIns) {
    if (c.keyResultId !== keyResultId) continue;
    const found: Issue[] = [];
    checkValueFits(measure, c.value, path, found);
    if (found.length > 0) {
      issues.push(
        issue(
          path,
          'value_mismatch',
          `Check-in '${c.id}' (value ${JSON.stringify(c.value)}) would no longer fit the new measure: ${found[0]!.message}`,
        ),
      );
      return;
    }
  }
}
