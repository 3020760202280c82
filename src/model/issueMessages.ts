/**
 * The message catalogue of the facts every layer reports (an id used twice, an
 * id that names nothing, an unknown field, a near-miss name): one sentence per
 * fact, said the same way everywhere, with the issue data of its code.
 * Internal: the layers build their issues with these functions.
 *
 * @module
 */
import { closestMatch } from '../_lib/closestMatch.js';
import { quote } from '../_lib/quote.js';
import { formatPath, type IdKind, type Issue, type Path } from './issue.js';

/** How each kind of id is named in a sentence. Internal. */
export const ID_KIND_NOUNS: Readonly<Record<IdKind, string>> = {
  pillar: 'pillar',
  swotItem: 'SWOT item',
  unit: 'unit',
  person: 'person',
  cycle: 'cycle',
  objective: 'objective',
  keyResult: 'key result',
  checkIn: 'check-in',
  initiative: 'initiative',
  dependency: 'dependency',
  risk: 'risk',
  checklistItem: 'checklist item',
  band: 'band',
  rule: 'rule',
};

/** `; did you mean "x"?`, or nothing. Internal. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;
}

/**
 * `objective id "o1" is used twice (first at objectives[0])`: the one sentence
 * for a duplicate id. Internal.
 *
 * @param path - Where the later use is (usually ending in `'id'`).
 * @param kind - What the id names.
 * @param id - The id.
 * @param first - Where the first use is, when known.
 */
export function duplicateIdIssue(path: Path, kind: IdKind, id: string, first?: Path): Issue {
  const where = first === undefined ? '' : ` (first at ${formatPath(first)})`;
  return {
    path,
    code: 'duplicate_id',
    message: `${ID_KIND_NOUNS[kind]} id ${quote(id)} is used twice${where}`,
    id,
    kind,
  };
}

/**
 * `no objective has id "o9"; did you mean "o1"?`: the one sentence for a
 * reference that names nothing. Internal.
 *
 * @param path - Where the reference is.
 * @param kind - What the id should name.
 * @param id - The id referred to.
 * @param suggestion - The closest existing id of that kind, if any.
 */
export function danglingReferenceIssue(
  path: Path,
  kind: IdKind,
  id: string,
  suggestion?: string,
): Issue {
  const issue: Issue = {
    path,
    code: 'dangling_reference',
    message: `no ${ID_KIND_NOUNS[kind]} has id ${quote(id)}${didYouMean(suggestion)}`,
    id,
    kind,
  };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}

/**
 * `unknown field "ownrId"; did you mean "ownerId"?` (or `…: remove it` when no
 * known field is close). The path ends with the key. Internal.
 *
 * @param path - The path of the object holding the key.
 * @param key - The unknown key.
 * @param known - The fields the object may have.
 * @param noun - What the keys are (`'option'` for an options object).
 */
export function unknownKeyIssue(
  path: Path,
  key: string,
  known: readonly string[],
  noun = 'field',
): Issue {
  const suggestion = closestMatch(key, known);
  const issue: Issue = {
    path: [...path, key],
    code: 'unknown_key',
    message: `unknown ${noun} ${quote(key)}${suggestion === undefined ? ': remove it' : didYouMean(suggestion)}`,
    key,
  };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}

/** The kind an entity noun names (`'key result'` → `'keyResult'`), for callers that speak in nouns. Internal. */
export function idKindOfNoun(noun: string): IdKind | undefined {
  for (const [kind, name] of Object.entries(ID_KIND_NOUNS)) {
    if (name === noun.toLowerCase()) return kind as IdKind;
  }
  return undefined;
}
