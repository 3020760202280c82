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
 * `suggestion` and in the message, while the budget of compared ids lasts
 * (shared by all the issues: many dangling references cost no more than the
 * budget). `itemsOf` gives the entities of a kind (`undefined`: no
 * suggestion for it); ids that are not strings (a set never parsed) are
 * skipped. The one suggester of `checkIntegrity` and the scorer. Internal.
 */
export function suggestIds(
  issues: Issue[],
  itemsOf: (kind: IdKind) => readonly { id: unknown }[] | undefined,
): void {
  let budget = SUGGESTION_BUDGET;
  for (let i = 0; i < issues.length; i++) {
    const found = issues[i]!;
    if (found.code !== 'dangling_reference' || found.id === undefined) continue;
    const items = found.kind === undefined ? undefined : itemsOf(found.kind);
    if (items === undefined || items.length > budget) continue;
    budget -= items.length;
    const suggestion = closestMatch(found.id, idsOf(items));
    if (suggestion !== undefined) {
      issues[i] = danglingReferenceIssue(found.path, found.kind!, found.id, suggestion);
    }
  }
}

/** The entities of a kind in `checkIntegrity`'s id tables. */
export function integrityItems(ids: Ids): (kind: IdKind) => readonly { id: string }[] | undefined {
  return (kind) => indexOfKind(ids, kind)?.items;
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

function* idsOf(items: readonly { id: unknown }[]): Generator<string> {
  for (const item of items) if (typeof item?.id === 'string') yield item.id;
}
