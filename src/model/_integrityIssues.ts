/**
 * Private: how `checkIntegrity`'s checks push their issues — plain ones and
 * dangling references — and the closest existing ids added to the dangling
 * references at the end, within a budget of compared ids.
 *
 * @module
 */
import { closestMatch } from '../_lib/closestMatch.js';
import type { Ids, Index } from './_integrityIndex.js';
import type { IdKind, Issue, IssueCode, Path } from './issue.js';
import { danglingReferenceIssue } from './issueMessages.js';

/** Pushes one issue. */
export function issue(issues: Issue[], path: Path, code: IssueCode, message: string): void {
  issues.push({ path, code, message });
}

/** A reference to a missing id (suggestions are added at the end, by `suggestIds`). */
export function dangling(issues: Issue[], path: Path, kind: IdKind, id: string): void {
  issues.push(danglingReferenceIssue(path, kind, id));
}

/** Ids compared for suggestions in one check, at most (a million dangling references stay linear). */
const SUGGESTION_BUDGET = 250_000;

/**
 * Adds to each dangling reference the closest existing id of its kind, as
 * `suggestion` and in the message, while the budget of compared ids lasts.
 */
export function suggestIds(issues: Issue[], ids: Ids): void {
  let budget = SUGGESTION_BUDGET;
  for (let i = 0; i < issues.length; i++) {
    const found = issues[i]!;
    if (found.code !== 'dangling_reference' || found.id === undefined) continue;
    const index = found.kind === undefined ? undefined : indexOfKind(ids, found.kind);
    if (index === undefined || index.items.length > budget) continue;
    budget -= index.items.length;
    const suggestion = closestMatch(found.id, idsOf(index.items));
    if (suggestion !== undefined) {
      issues[i] = danglingReferenceIssue(found.path, found.kind!, found.id, suggestion);
    }
  }
}

function indexOfKind(ids: Ids, kind: IdKind): Index | undefined {
  switch (kind) {
    case 'pillar':
      return ids.pillars;
    case 'swotItem':
      return ids.swot;
    case 'unit':
      return ids.units;
    case 'person':
      return ids.people;
    case 'cycle':
      return ids.cycles;
    case 'objective':
      return ids.objectives;
    case 'keyResult':
      return ids.keyResults;
    default:
      return undefined;
  }
}

function* idsOf(items: readonly { id: string }[]): Generator<string> {
  for (const item of items) yield item.id;
}
