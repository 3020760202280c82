/**
 * Private to the rollup layer: the problems that make a set impossible to
 * score — a duplicate objective or key result id, a key result without its
 * objective, an objective without its cycle, an invalid weight — as issues.
 *
 * @module
 */
import { closestMatch } from '../_lib/closestMatch.js';
import { showValue } from '../_lib/quote.js';
import type { Issue, Path } from '../model/issue.js';
import { danglingReferenceIssue, duplicateIdIssue, ID_KIND_NOUNS } from '../model/issueMessages.js';
import { weightIssue } from '../model/weightIssue.js';

/**
 * The weight to score with: 1 when absent, 0 with an issue at `path` when it
 * is not a valid weight.
 */
export function checkWeight(w: unknown, path: (string | number)[], issues: Issue[]): number {
  if (w === undefined) return 1;
  const problem = weightIssue(w);
  if (problem !== undefined) {
    issues.push({ path, ...problem });
    return 0;
  }
  return w as number;
}

/**
 * `duplicate_id` at `path` (with the first entity's place, as the parser
 * says it: `(first at keyResults[0])`); an id that is not a string is shown
 * as a value.
 */
export function duplicateIssue(
  path: Path,
  kind: 'objective' | 'keyResult',
  id: unknown,
  first?: Path,
): Issue {
  return typeof id === 'string'
    ? duplicateIdIssue(path, kind, id, first)
    : {
        path,
        code: 'duplicate_id',
        message: `${ID_KIND_NOUNS[kind]} id ${showValue(id)} is used twice`,
      };
}

/** Ids compared for a suggestion, at most (the parser's budget): an error never costs more than that. */
const SUGGESTION_BUDGET = 250_000;

/**
 * `dangling_reference` at `path`, with the closest id of `among` as the
 * parser suggests it (`did you mean "k1"?`); an id that is not a string is
 * shown as a value.
 */
export function danglingIssue(
  path: Path,
  kind: 'objective' | 'cycle' | 'keyResult',
  id: unknown,
  among: readonly { id: unknown }[] = [],
): Issue {
  if (typeof id !== 'string') {
    return {
      path,
      code: 'dangling_reference',
      message: `no ${ID_KIND_NOUNS[kind]} has id ${showValue(id)}`,
    };
  }
  const ids =
    among.length > SUGGESTION_BUDGET
      ? []
      : among.flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []));
  return danglingReferenceIssue(path, kind, id, closestMatch(id, ids));
}
