/**
 * Private to the rollup layer: the problems that make a set impossible to
 * score — a duplicate objective or key result id, a key result without its
 * objective, an objective without its cycle, an invalid weight — as issues.
 *
 * @module
 */
import { showValue } from '../_lib/quote.js';
import { suggestIds } from '../model/_integrityIssues.js';
import type { Issue, Path } from '../model/issue.js';
import type { OkrSet } from '../model/types.js';
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

/**
 * `dangling_reference` at `path` (the parser's sentence; an id that is not a
 * string is shown as a value). Suggestions are added once every issue is
 * known, by {@link suggestDangling}.
 */
export function danglingIssue(
  path: Path,
  kind: 'objective' | 'cycle' | 'keyResult',
  id: unknown,
): Issue {
  return typeof id === 'string'
    ? danglingReferenceIssue(path, kind, id)
    : {
        path,
        code: 'dangling_reference',
        message: `no ${ID_KIND_NOUNS[kind]} has id ${showValue(id)}`,
      };
}

/**
 * Adds the closest existing id to the scorer's dangling references, as the
 * parser does (`did you mean "k1"?`), within `checkIntegrity`'s shared budget.
 */
export function suggestDangling(issues: Issue[], set: OkrSet): void {
  suggestIds(issues, (kind) =>
    kind === 'objective'
      ? set.objectives
      : kind === 'cycle'
        ? set.cycles
        : kind === 'keyResult'
          ? set.keyResults
          : undefined,
  );
}
